NUM='0032'
DIRECTIVE=dict(doc_type='cong_van',number=[None,'6316/BVHTTDL-VP'],issuer='Bộ Văn hóa, Thể thao và Du lịch',signer='Nguyễn Thanh Sơn',issued_on=None,
 subject=None,references=['282/TTg-TKBT'],indices=[])
C1=('các cơ quan tham mưu, quản lý nhà nước thuộc Bộ','lead',False)
TC=('Vụ Tổ chức cán bộ','lead',False)
KH=('Vụ Kế hoạch, Tài chính','lead',False)
C8=[('Cục Báo chí','lead',False),('Cục Phát thanh Truyền hình và Thông tin điện tử','lead',False),('Cục Thông tin cơ sở và Thông tin đối ngoại','lead',False),('các cơ quan báo chí','lead',False,True)]
SUP=('các cơ quan, đơn vị liên quan','support',True)
TASKS=[
 dict(s='Các chính sách nhằm thể chế',e='Nghị quyết của Bộ\nChính trị.',b=[C1]),
 dict(s='Kiên quyết cắt giảm, đơn',e='báo cáo Lãnh đạo Bộ.',b=[C1,('Văn phòng Bộ','lead',True,True)],
      d=('2026-12-31','period',None,'Năm 2026'),i=['PAR','PCI']),
 dict(s='Ứng dụng mạnh mẽ khoa học',e='hiệu lực, hiệu quả.',b=[C1],i=['DTI']),
 dict(s='Siết chặt kỷ luật, kỷ',e='cán bộ, công chức.',b=[C1]),
 dict(s='Đề xuất cấp có thẩm quyền',e='vướng mắc về nguồn nhân lực.',b=[TC]),
 dict(s='Phân cấp, phân quyền tối',e='tăng cường kiểm tra, giám sát.',b=[TC]),
 dict(s='Chủ trì, phối hợp với các\ncơ quan, đơn vị liên quan tổ chức',e='Thủ tướng Chính phủ hằng tháng.',b=[KH,SUP],
      d=(None,'recurring','FREQ=MONTHLY','hằng tháng')),
 dict(s='Tham mưu Lãnh đạo Bộ tháo\ngỡ',e='cơ sở vật chất, quy hoạch.',b=[KH]),
 dict(s='Văn\nphòng Bộ: Thực hiện tốt',e='không để phát sinh điểm nóng.',b=[('Văn phòng Bộ','lead',True)]),
 dict(s='Cục\nDi sản văn hóa: Chủ trì',e='vật thể\nvà phi vật thể của các vùng miền.',b=[('Cục Di sản văn hóa','lead',True),SUP]),
 dict(s='Cục\nVăn hóa các dân tộc Việt Nam: Chủ trì',e='giá trị văn hóa dân tộc.',b=[('Cục Văn hóa các dân tộc Việt Nam','lead',True),SUP]),
 dict(s='Cục Bản\nquyền tác giả: Chủ trì',e='công nghiệp giải trí.',b=[('Cục Bản quyền tác giả','lead',True),SUP]),
 dict(s='Chủ động hơn nữa công tác',e='khát vọng phát triển.',b=C8),
 dict(s='Tiếp tục đổi mới, sáng tạo,\nđa dạng',e='nhiệm kỳ 2026-2031.',b=C8),
 dict(s='Lan toả các điển hình',e='việc tốt.',b=C8),
 dict(s='Trung\ntâm Chuyển đổi số VHTTDL: Tham mưu',e='hệ thống cơ sở dữ liệu.',b=[('Trung tâm Chuyển đổi số VHTTDL','lead',True)],i=['DTI']),
 dict(s='Bộ Văn hóa, Thể thao và Du lịch\nyêu cầu',e='kết quả thực hiện./.',opt=True,b=[('các đơn vị','lead',True)]),
]
TARGETS=[
 dict(task='t2',q='100% điều kiện kinh doanh không\ncần thiết hoặc mâu thuẫn, chồng chèo hoặc quy định chung chung, không cụ thể,\nrõ ràng',value=100,unit='%',comp='=',metric='tỷ lệ điều kiện kinh doanh không cần thiết, mâu thuẫn, chồng chéo, chung chung được cắt giảm, đơn giản hóa năm 2026'),
 dict(task='t2',q='100% điều kiện đầu tư kinh doanh của các ngành, nghề không thuộc\ndanh mục ngành, nghề đầu tư kinh doanh có điều kiện của Luật Đầu tư',value=100,unit='%',comp='=',metric='tỷ lệ điều kiện đầu tư kinh doanh của ngành, nghề không thuộc danh mục có điều kiện được bãi bỏ'),
 dict(task='t2',q='50% thời gian giải quyết thủ tục hành chính',value=50,unit='%',comp='>=',metric='tỷ lệ cắt giảm thời gian giải quyết thủ tục hành chính so với năm 2024'),
 dict(task='t2',q='50% chi phí tuân thủ thủ tục hành\nchính',value=50,unit='%',comp='>=',metric='tỷ lệ cắt giảm chi phí tuân thủ thủ tục hành chính so với năm 2024'),
]
