NUM='0086'
DIRECTIVE=dict(doc_type='cong_van',number='5095/SGDĐT-CTTTHSSV',issuer=['Sở Giáo dục và Đào tạo thành phố Hà Nội','Sở Giáo dục và Đào tạo Hà Nội'],signer='Nguyễn Quang Tuấn',issued_on='2025-12-03',
 subject='tăng cường các biện pháp cấp bách về kiểm soát ô nhiễm môi trường không khí trên địa bàn Thành phố',
 references=['6356/UBND-NNMT'],indices=[])
B=[('UBND các xã, phường','lead',False),('các đơn vị, cơ sở giáo dục trực thuộc','lead',False)]
TASKS=[
 dict(s='Nhằm đảm bảo sức khỏe cho học',e='sinh hoạt ngoài trời. Cụ thể:',opt=True,
      b=[('UBND các xã, phường','lead',True),('các đơn vị, cơ sở giáo dục trực thuộc','lead',True)]),
 dict(s='Thường xuyên cập nhật thông',e='https://moitruongthudo.vn/.',b=B,d=(None,'ongoing',None,'Thường xuyên')),
 dict(s='Hạn\nchế các hoạt động ngoài trời',e='ở mức “Xấu” trở lên.',b=B),
 dict(s='Trường hợp chất lượng môi trường không khí',e='học tập cho phù hợp.',
      b=[('các đơn vị, trường học','lead',True),('UBND các xã, phường','lead',False,True)]),
 dict(s='Sở\nGiáo dục và Đào tạo đề nghị Thủ trưởng',e='nghiêm túc thực hiện./.',opt=True,b=[('các đơn vị','lead',True)]),
]
TARGETS=[]
