NUM='0017'
DIRECTIVE=dict(doc_type='other',number='232/CĐ-TTg',issuer='Thủ tướng Chính phủ',signer='Phạm Minh Chính',issued_on='2025-11-27',
 subject='khẩn trương thống kê, rà soát, tổng hợp báo cáo thiệt hại về nhà ở của Nhân dân do mưa lũ tại khu vực Nam Trung Bộ',
 references=['227/CĐ-TTg','380/NQ-CP'],indices=[])
UB='Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng'
DL=('2025-11-27','by',None,'trước 17 giờ ngày 27/11/2025',True)
TASKS=[
 dict(s='Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk,',e='một số nội dung sau:',
      b=[(UB,'lead',True),('cơ quan chức năng','lead',True,True),('chính quyền cơ sở','lead',True,True)],d=DL,dout=True),
 dict(s='Số hộ dân có nhà bị sập',e='dựng lại.',opt=True,b=[(UB,'lead',False)],d=DL,dout=True),
 dict(s='Số hộ dân có nhà bị hư hỏng',e='chữa.',opt=True,b=[(UB,'lead',False)],d=DL,dout=True),
 dict(s='Tổng kinh phí cần thiết',e='tiếp tục hỗ trợ).',opt=True,b=[(UB,'lead',False)],d=DL,dout=True),
 dict(s='Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia\nLai',e='Thủ tướng Chính phủ.',
      b=[(UB,'lead',True)],d=('2025-11-27','by',None,'trước 17 giờ ngày 27/11/2025')),
 dict(s='Bộ trưởng Bộ Tài chính tổng hợp',e='đán năm 2026.',b=[('Bộ Tài chính','lead',True)],
      d=('2026-02-16','by',None,'trước Tết nguyên\nđán năm 2026',True)),
 dict(s='Bộ trưởng các Bộ: Quốc phòng',e='theo đề nghị của địa phương.',
      b=[('Bộ Quốc phòng','lead',True),('Bộ Công an','lead',True),('lực lượng quân đội, công an địa phương','lead',True,True),('các lực lượng khác','lead',True,True)]),
 dict(s='Văn phòng Chính phủ theo dõi, đôn đốc',e='Chính phủ./.',b=[('Văn phòng Chính phủ','lead',True)]),
]
TARGETS=[]
