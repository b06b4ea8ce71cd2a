NUM='0125'
DIRECTIVE=dict(doc_type='ke_hoach',number='0124/KH-UBND',issuer='UBND tỉnh Đắk Lắk',signer='Đào Mỹ',issued_on='2025-11-18',
 subject='phát động Đợt thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc, bứt phá, hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần thứ XIII của Đảng',
 references=['2437/QĐ-TTg','41-CT/TW','01-KL/TW','05-CT/TW'],indices=[])
G=('các cơ quan, đơn vị, địa phương, doanh nghiệp','lead',False,True)
SB=[('các sở, ban, ngành','lead',False),('UBND các xã, phường','lead',False)]
MT=[('Ủy ban Mặt trận tổ quốc Việt Nam tỉnh','lead',False),('các tổ chức chính trị-xã hội','lead',False)]
DN=[('các Doanh nghiệp','lead',False),('hộ gia đình','lead',False)]
CN=[('cá nhân','lead',False,True)]
SNV=('Sở Nội vụ','lead',False)
TASKS=[
 dict(s='Phát huy sức mạnh của cả hệ\nthống',e='lần thứ\nXIV của Đảng.',opt=True,b=[G]),
 dict(s='Tổ chức phát động thi đua được',e='chuyển đổi\nsố.',opt=True,b=[G],i=['PAR','DTI']),
 dict(s='Thông qua đợt thi đua, kịp',e='kinh tế, xã hội.',opt=True,b=[G]),
 dict(s='Phong trào thi đua phải được',e='giai đoạn 2020 - 2025.',opt=True,b=[G]),
 dict(s='Công tác khen thưởng thực hiện',e='trong\nPhong trào thi đua.',opt=True,b=[G]),
 dict(s='Tiếp tục nâng cao hiệu lực,',e='đẩy mạnh xây dựng nông thôn mới.',b=[G],i=['PAR','DTI']),
 dict(s='Tiếp tục quán triệt sâu sắc',e='phong cách Hồ Chí Minh.',b=[G]),
 dict(s='Thi đua đẩy mạnh xây dựng,',e='lực lượng sản xuất\nmới.',b=[G],i=['DTI']),
 dict(s='Thi đua hoàn thành, hoàn\nthành vượt mức',e='đẩy mạnh xây dựng nông thôn mới.',b=[G]),
 dict(s='Hoàn thành vượt mức các chỉ\ntiêu',e='trật tự, an toàn xã hội.',opt=True,b=SB),
 dict(s='Tổ chức tốt công tác tuyên',e='lần thứ XIV của Đảng.',opt=True,b=SB),
 dict(s='Cải cách hành chính, nâng cao',e='người dân và doanh nghiệp.',opt=True,b=SB,i=['PAR','DTI']),
 dict(s='Xây dựng Đảng, chính quyền và',e='khiếu nại, tố\ncáo.',opt=True,b=SB),
 dict(s='Tổ chức sâu rộng các phong',e='trong sạch vững\nmạnh.',opt=True,b=MT),
 dict(s='Phát huy mạnh mẽ vai trò của',e='lãng phí, tiêu cực.',opt=True,b=MT),
 dict(s='Sản xuất kinh doanh hiệu quả,',e='lần thứ XIV của Đảng.',opt=True,b=DN),
 dict(s='Có nhiều sáng chế, phát minh,',e='xanh -\nsạch - tiết kiệm.',opt=True,b=DN),
 dict(s='Nội bộ đoàn kết. Thực hiện tốt',e='của bộ, ngành, địa phương.',opt=True,b=DN),
 dict(s='Gương mẫu chấp hành tốt chủ',e='vì dân\nphục vụ".',opt=True,b=CN),
 dict(s='Mọi người dân tiếp tục nêu',e='bảo vệ độc lập chủ quyền đất nước.',opt=True,b=[('người dân','lead',True,True)]),
 dict(s='Căn cứ thành tích đạt được',e='thi đua,\nkhen thưởng.',opt=True,b=[]),
 dict(s='Các cơ quan, đơn vị, địa\nphương, doanh nghiệp căn cứ',e='kinh tế - xã hội năm 2025.',b=[('Các cơ quan, đơn vị, địa phương, doanh nghiệp','lead',True)]),
 dict(s='Giới thiệu điển hình tiên tiến',e='thông tin đại chúng.',b=[('các cơ quan, đơn vị, địa phương, doanh nghiệp','lead',False)]),
 dict(s='Khen thưởng theo thẩm quyền',e='trong Đợt thi đua theo quy định.',b=[('các cơ quan, đơn vị, địa phương, doanh nghiệp','lead',False)]),
 dict(s='Báo cáo Ủy ban nhân dân tỉnh\nvề kết quả',e='khi tổng kết Đợt thi đua.',b=[('các cơ quan, đơn vị, địa phương, doanh nghiệp','lead',False)],
      d=(None,'by',None,'khi tổng kết Đợt thi đua',True)),
 dict(s='Đề nghị các cấp ủy Đảng,',e='lần thứ XIV của Đảng;',
      b=[('các cấp ủy Đảng','lead',True),('Mặt trận Tổ quốc Việt Nam tỉnh','lead',True),('các tổ chức chính trị - xã hội tỉnh','lead',True),
         ('cấp ủy, chính quyền các cấp','support',True,True)]),
 dict(s='Sở Văn hóa, Thể thao và\nDu lịch: Phối hợp',e='nhân tố mới trong đợt thi đua.',
      b=[('Sở Văn hóa, Thể thao và Du lịch','lead',True),('Ban Tuyên giáo và Dân vận Tỉnh ủy','support',True),('Báo và Phát thanh, Truyền hình Đắk Lắk','lead',True,True)],
      d=(None,'ongoing',None,'thường xuyên',True)),
 dict(s='Chủ trì, phối hợp với các cơ\nquan',e='kết quả Đợt thi\nđua;',b=[SNV,('các cơ quan, đơn vị, địa phương, doanh nghiệp','support',True)]),
 dict(s='Tham mưu, hướng dẫn khen thưởng',e='hướng dẫn của Trung\nương;',b=[SNV]),
 dict(s='Tham mưu đề xuất Chủ tịch',e='xuất sắc trong Đợt thi đua.',b=[SNV]),
 dict(s='Trên đây là Kế hoạch phát động',e='triển khai thực hiện./.',opt=True,b=[('các cơ quan, đơn vị, địa phương, doanh nghiệp','lead',True)]),
]
TARGETS=[]
