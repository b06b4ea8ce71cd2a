NUM='0001'
DIRECTIVE=dict(doc_type='chi_thi',number='09/CT-UBND',issuer='UBND thành phố Cần Thơ',signer='Trần Chí Hùng',issued_on='2025-11-18',
 subject='tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất trên địa bàn thành phố Cần Thơ',references=[],indices=[])
AD=[('các sở, ban ngành','lead',False,True),('Ủy ban nhân dân xã, phường','lead',False,True),('các đơn vị liên quan','lead',False,True)]
NN=[('Sở Nông nghiệp và Môi trường','lead',False)]
XD=('Sở Xây dựng','lead',False)
YT=('Sở Y tế','lead',False)
BAO=[('Báo và Phát thanh, Truyền hình thành phố','lead',False)]
SO=('Sở, cơ quan, ban, ngành','lead',False)
KCN=[('Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ','lead',False),('các đơn vị kinh doanh hạ tầng khu chế xuất, khu, cụm công nghiệp','lead',False)]
UBX=[('Ủy ban nhân dân xã, phường','lead',False)]
CN=[('Các đơn vị cấp nước sạch trên địa bàn thành phố','lead',False)]
TC=[('Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất trên địa bàn','lead',False)]
TASKS=[
 dict(s='Nhằm chấn chỉnh và tăng cường',e='cụ\nthể như sau:',opt=True,
      b=[('các sở, ban ngành','lead',True),('Ủy ban nhân dân xã, phường','lead',True),('các đơn vị liên quan','lead',True)]),
 dict(s='Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên\nquan',e='về tài nguyên nước dưới đất.',
      b=[('Các cơ quan quản lý nhà nước','lead',True),('tổ chức, cá nhân liên quan','lead',True)]),
 dict(s='Kết hợp hoặc luân phiên khai thác',e='do nguồn nước mang lại.',b=AD),
 dict(s='Tuân thủ nguyên tắc khoanh định',e='phòng cháy, chữa cháy.',b=AD),
 dict(s='Tăng cường công tác tuyên\ntruyền, phổ biến, tập huấn',e='tài nguyên nước dưới đất.',b=NN),
 dict(s='Tiếp tục thực hiện hiệu quả\nchương trình',e='Hội đồng nhân dân thành phố.',b=NN),
 dict(s='Tham mưu Ủy ban nhân dân\nthành phố tổ chức thực hiện kế hoạch',e='vùng hạn chế khai thác nước dưới đất theo quy định.',b=NN),
 dict(s='Duy trì các hoạt động mạng',e='quan trắc, giám sát nước dưới đất.',b=NN),
 dict(s='Tham mưu Ủy ban nhân dân\nthành phố tổ chức thẩm định',e='tránh xảy ra tranh chấp nguồn nước.',b=NN),
 dict(s='Chủ động theo dõi diễn biến',e='nhu cầu nước sinh hoạt và sản xuất.',b=NN),
 dict(s='Chủ trì, phối hợp Sở Nông\nnghiệp',e='cấp nước an toàn khu vực đô thị.',
      b=[XD,('Sở Nông nghiệp và Môi trường','support',True),('Sở Công Thương','support',True),('Ủy ban nhân dân xã, phường','support',True),('đơn vị có liên quan','support',True)]),
 dict(s='Chủ trì, phối hợp với các\nđơn vị cấp nước',e='khai thác từ nguồn nước dưới đất.',b=[XD,('các đơn vị cấp nước thuộc phạm vi quản lý','support',True)]),
 dict(s='Chủ trì, phối hợp với các Sở,\nban, ngành',e='chất lượng nguồn nước.',b=[XD,('các Sở, ban, ngành','support',True),('Ủy ban nhân dân cấp xã','support',True)]),
 dict(s='Thường xuyên kiểm tra chất\nlượng nước',e='cố\ntình vi phạm.',b=[YT],d=(None,'ongoing',None,'Thường xuyên')),
 dict(s='Tiếp tục chủ trì, phối hợp với\ncác đơn vị liên quan',e='ban hành theo quy định.',b=[YT,('các đơn vị liên quan','support',True)]),
 dict(s='Chủ động chỉ đạo, định hướng',e='Luật Tài nguyên nước năm 2023.',b=BAO,d=(None,'ongoing',None,'thường xuyên',True)),
 dict(s='Thực hiện đưa tin kịp thời',e='tái sử dụng và trữ nước.',b=BAO),
 dict(s='Phối hợp Sở Nông nghiệp và\nMôi trường',e='do nguồn nước mang lại.',
      b=[SO,('Sở Nông nghiệp và Môi trường','support',True),('Ủy ban nhân dân xã, phường','support',True)]),
 dict(s='Giao Thanh tra thành phố',e='kiến nghị xử lý theo quy định pháp luật.',b=[('Thanh tra thành phố','lead',True)]),
 dict(s='Giao Công an thành phố',e='khai thác và sử dụng tài nguyên nước;',b=[('Công an thành phố','lead',True)]),
 dict(s='Giao Ban Quản lý các khu chế\nxuất',e='có trách nhiệm:',opt=True,
      b=[('Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ','lead',True),('các đơn vị kinh doanh hạ tầng khu chế xuất, khu, cụm công nghiệp','lead',True)]),
 dict(s='Đối với các khu, cụm công\nnghiệp',e='hiệu quả\ntài nguyên nước.',b=KCN),
 dict(s='Đối với các khu chế xuất,\nkhu, cụm công nghiệp chưa',e='sụt, lún đất.',b=KCN),
 dict(s='Vận động các doanh nghiệp',e='Luật Tài nguyên nước năm 2023.',b=KCN),
 dict(s='Tăng cường công tác tuyên truyền,\nvận động đoàn viên',e='bảo tài nguyên nước.',b=[('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố','lead',False)]),
 dict(s='Đẩy mạnh công tác phổ biến, tuyên\ntruyền',e='tiết kiệm, hiệu quả.',b=UBX),
 dict(s='Thực hiện rà soát, thống kê',e='pháp luật về tài nguyên nước.',b=UBX,d=('2025-12-31','by',None,'trước\nngày 31/12/2025')),
 dict(s='Thực hiện các biện pháp bảo\nvệ',e='để bảo vệ các công trình này.',
      b=UBX+[('cơ quan, tổ chức quản lý trạm, công trình quan trắc, đo đạc, giám sát tài nguyên nước','support',True,True)]),
 dict(s='Tăng cường kiểm tra, giám\nsát việc chấp hành',e='biện pháp xử lý phù hợp theo quy định.',b=UBX),
 dict(s='Tiếp tục đầu tư, đẩy nhanh',e='cạn kiệt nguồn nước dưới đất.',b=CN),
 dict(s='Phối hợp, tạo điều kiện cho',e='các\nhoạt động sản xuất.',b=CN),
 dict(s='Thực hiện các quy định về\nkhai thác',e='cấp\nphép khai thác tài nguyên nước.',b=TC),
 dict(s='Khuyến khích sử dụng nước từ',e='do nguồn nước mang lại.',opt=True,b=TC),
 dict(s='Hạn chế khoan, đào mới',e='chất lượng và số lượng.',b=TC),
 dict(s='Khuyến khích tổ chức, cá\nnhân',e='do nước gây\nra.',opt=True,b=TC),
 dict(s='Trên đây là Chỉ thị về tăng cường',e='nghiêm túc Chỉ thị này.',opt=True,
      b=[('các sở, cơ quan, ban, ngành thành phố','lead',True),('Ủy ban nhân dân xã, phường','lead',True),('các tổ chức, cá nhân có liên quan','lead',True)]),
 dict(s='Trong quá trình thực hiện có\nphát sinh',e='xem xét, giải quyết./.',
      b=[('các sở, cơ quan, ban, ngành thành phố','lead',False),('Ủy ban nhân dân xã, phường','lead',False),('các tổ chức, cá nhân có liên quan','lead',False),
         ('Sở Nông nghiệp và Môi trường','lead',True,True)]),
]
TARGETS=[]
