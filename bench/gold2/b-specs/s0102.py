NUM='0102'
DIRECTIVE=dict(doc_type='cong_van',number='11554/VPCP-V.I',issuer='Văn phòng Chính phủ',signer='Trịnh Mạnh Linh',issued_on='2025-11-25',
 subject='nâng cao hiệu quả công tác chống buôn lậu, gian lận thương mại và hàng giả',
 references=['13/CT-TTg','341/TB-VPCP','86/NQ-CP','30/CT-TTg','6721/VPCP-V.I','7514/VPCP-V.I'],indices=[])
BTC=('Bộ Tài chính','lead',False)
DV=('các đơn vị liên quan','lead',False,True)
D30=('2025-11-30','by',None,None)
TASKS=[
 dict(s='Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang Bộ,\ncơ quan',e='phát triển nhanh, bền vững”.',
      b=[('các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ','lead',True),('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương','lead',True),
         ('các đơn vị, lực lượng chức năng','lead',True,True),('Ủy ban nhân dân các xã, phường, đặc khu','lead',True,True)]),
 dict(s='Các lực lượng chức năng phải liên tục',e='thực hiện nhiệm vụ được giao.',b=[('Các lực lượng chức năng','lead',True)],
      d=(None,'ongoing',None,'liên tục')),
 dict(s='Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường\ntrực Ban Chỉ đạo 389 quốc gia tập trung',e='một số nhiệm vụ sau:',opt=True,
      b=[('Bộ Tài chính','lead',True),('các đơn vị liên quan','lead',True,True)]),
 dict(s='Hoàn thiện Kế hoạch cao điểm',e='Kế hoạch của Ban Chỉ đạo 389 quốc gia.',
      b=[BTC,DV,('Ban Chỉ đạo 389 các bộ, ngành, địa phương','lead',True,True)],
      d=('2025-11-30','by',None,'trước ngày 30 tháng 11 năm\n2025')),
 dict(s='Khẩn trương hoàn thành việc tổng kết',e='trước ngày 30 tháng 11 năm 2025.',b=[BTC,DV],
      d=('2025-11-30','by',None,'trước ngày 30 tháng 11 năm 2025')),
 dict(s='Khẩn trương tiến hành sơ kết 6 tháng',e='trước ngày 30 tháng 11\nnăm 2025.',b=[BTC,DV],
      d=('2025-11-30','by',None,'trước ngày 30 tháng 11\nnăm 2025')),
 dict(s='Đài Truyền hình Việt Nam, Đài Tiếng nói',e='thiếu tinh thần trách nhiệm.',
      b=[('Đài Truyền hình Việt Nam','lead',True),('Đài Tiếng nói Việt Nam','lead',True),('Thông tấn xã Việt Nam','lead',True),
         ('hệ thống các cơ quan báo chí','lead',True),('các Bộ, ngành','support',True),('lực lượng chức năng','support',True)]),
 dict(s='Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia\ntăng cường',e='gian lận thương mại và hàng giả.',
      b=[('Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia','lead',True)]),
 dict(s='Văn phòng Chính phủ trân trọng thông báo',e='cơ quan liên quan./.',opt=True,b=[('các bộ, cơ quan liên quan','lead',True)]),
]
TARGETS=[]
