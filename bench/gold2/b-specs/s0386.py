NUM='0386'
DIRECTIVE=dict(doc_type='thong_bao',number='637/TB-VPCP',issuer='Văn phòng Chính phủ',signer='Đỗ Ngọc Huỳnh',issued_on='2025-11-24',
 subject='kết luận của Phó Thủ tướng Chính phủ Lê Thành Long tại chuyến kiểm tra, đôn đốc công trình Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Hữu nghị Việt Đức và Dự án đầu tư xây dựng Cơ sở 2 Bệnh viện Bạch Mai tại Ninh Bình',
 references=['34/NQ-CP','591/TB-VPCP','46/NQ-CP','158/CĐ-TTg'],indices=[])
BYT=('Bộ Y tế','lead',False)
TASKS=[
 dict(s='Để đảm bảo chất lượng, tiến độ hoàn thành 02',e='trọng tâm như sau:',opt=True,
      b=[('Bộ Y tế','lead',True),('Ban Quản lý dự án','lead',True),('các nhà thầu','lead',True),('các bộ, cơ quan liên quan','lead',True)],
      d=('2025-11-30','by',None,'trước ngày 30 tháng 11 năm 2025',True)),
 dict(s='Bộ Y tế chỉ đạo Ban Quản lý dự án',e='hướng dẫn vận hành theo quy định.',
      b=[('Bộ Y tế','lead',True),('Ban Quản lý dự án','lead',True,True),('các đơn vị liên quan','lead',True,True),
         ('các cơ quan liên quan thuộc Bộ Xây dựng, Bộ Quốc phòng','support',True,True),('các nhà thầu','lead',True,True)],
      d=('2025-11-30','by',None,'trước ngày 30 tháng 11 năm 2025')),
 dict(s='Chỉ đạo Ban Quản lý dự án, Bệnh viện Hữu nghị',e='sau khi hoàn\nthành 02 công trình dự án.',
      b=[BYT,('Ban Quản lý dự án','lead',True,True),('Bệnh viện Hữu nghị Việt Đức','lead',True,True),('Bệnh viện Bạch Mai','lead',True,True)]),
 dict(s='Chủ trì, phối hợp với Bộ Tài chính và các bộ',e='ngày 31 tháng 10 năm 2025.',
      b=[BYT,('Bộ Tài chính','support',True),('các bộ, cơ quan liên quan','support',True)]),
 dict(s='Đồng chí Bộ trưởng Bộ Y tế, Thứ trưởng',e='vượt thẩm quyền.',
      b=[('Bộ Y tế','lead',True)],d=(None,'recurring','FREQ=WEEKLY','hằng tuần',True)),
 dict(s='Bộ Công an tiếp tục chủ động phối hợp',e='công trình dự án.',
      b=[('Bộ Công an','lead',True),('các đơn vị liên quan','lead',True,True)]),
 dict(s='Bộ Xây dựng chỉ đạo các cơ quan liên quan tiếp',e='còn lại theo quy định.',
      b=[('Bộ Xây dựng','lead',True),('các cơ quan liên quan','lead',True,True),('các đơn vị liên quan','lead',True,True)]),
 dict(s='Bộ Tài chính chỉ đạo các cơ quan liên quan tiếp',e='bảo đảm chất lượng, tiến độ.',
      b=[('Bộ Tài chính','lead',True),('các cơ quan liên quan','lead',True,True)]),
 dict(s='Ủy ban nhân dân tỉnh Ninh Bình theo chức năng',e='hoàn\nthành 02 công trình dự án.',
      b=[('Ủy ban nhân dân tỉnh Ninh Bình','lead',True),('các cơ quan liên quan','lead',True,True)]),
 dict(s='Văn phòng Chính phủ thông báo để',e='biết, thực hiện./.',opt=True,
      b=[('Bộ Y tế','lead',True),('Bộ Công an','lead',True),('Bộ Xây dựng','lead',True),('Bộ Quốc phòng','lead',True),('Bộ Tài chính','lead',True),
         ('Ủy ban nhân dân tỉnh Ninh Bình','lead',True),('các bộ, cơ quan, tổ chức, cá nhân liên quan','lead',True)]),
]
TARGETS=[]
