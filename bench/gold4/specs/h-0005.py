SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Cong-dien-217-CD-TTg-2025-phong-tranh-ung-pho-mua-lu-tai-khu-vuc-Trung-Bo-681138.aspx (text via shared/corpus/bulk/0005.txt)'
DOC = dict(doc_type='other', number='217/CĐ-TTg', issuer='Thủ tướng Chính phủ', signer='Trần Hồng Hà',
           issued_on='2025-11-16',
           subject='chủ động phòng, tránh, ứng phó mưa lũ tại khu vực Trung Bộ',
           references=[], indices=[])
START = 'Theo tổng hợp báo cáo nhanh'
# 1. header "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa:" (not a task)
UB = [('Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa', 'lead', False)]
# 2. header "Bộ Nông nghiệp và Môi trường:" (not a task)
NN = [('Bộ Nông nghiệp và Môi trường', 'lead', False)]
T = [
 # intro sentence: general instruction + "trong đó tập trung một số nhiệm vụ cụ thể sau:" (as c-038 t2)
 dict(s='Để chủ động phòng, tránh, ứng phó, bảo đảm an toàn', e='một số nhiệm vụ cụ thể sau:', opt=True,
      b=[('Ủy ban nhân dân các tỉnh, thành phố nêu trên', 'lead', True),
         ('các Bộ, ngành có liên quan', 'lead', True),
         ('Bộ Quốc phòng', 'lead', True), ('Bộ Công an', 'lead', True),
         ('Bộ Nông nghiệp và Môi trường', 'lead', True), ('Bộ Xây dựng', 'lead', True),
         ('Bộ Công Thương', 'lead', True)]),
 # 1 a)-đ)
 dict(s='Tổ chức theo dõi chặt chẽ, cập nhật đầy đủ', e='không nắm được thông tin về thiên tai.', b=UB),
 dict(s='Chỉ đạo rà soát, kiểm tra, kịp thời phát hiện', e='di dời dân cư ra khỏi khu vực nguy hiểm.', b=UB),
 dict(s='Triển khai công tác bảo đảm an toàn hồ đập', e='an toàn công trình và chống ngập lụt.', b=UB),
 dict(s='Triển khai lực lượng kiểm soát, hướng dẫn', e='khu vực nguy hiểm trong trường hợp cần thiết.', b=UB),
 dict(s='Chủ động bố trí lực lượng, phương tiện, vật tư', e='khi có tình huống xấu xảy ra.', b=UB),
 # 2 a)-c)
 dict(s='Chỉ đạo cơ quan dự báo khí tượng thủy văn', e='phù hợp, kịp thời, hiệu quả.',
      b=NN + [('cơ quan dự báo khí tượng thủy văn', 'lead', True, True)]),
 dict(s='Chỉ đạo triển khai công tác bảo vệ hồ đập thủy lợi', e='các hồ chứa thủy lợi, thủy điện.',
      b=NN + [('ngành công thương', 'support', True), ('các địa phương', 'support', True)]),
 dict(s='Chỉ đạo, đôn đốc các ngảnh, các địa phương', e='những vấn đề vượt thẩm quyền.',
      b=NN + [('các ngảnh', 'lead', True, True), ('các địa phương', 'lead', True, True)]),
 # 3.-9. header and text on one line: span starts at the body's name
 dict(s='Bộ Xây dựng chỉ đạo triển khai các giải pháp', e='trục giao thông chính, tuyến huyết mạch.',
      b=[('Bộ Xây dựng', 'lead', True)],
      d=(None, 'by', None, 'trong thời gian sớm nhất', True)),
 dict(s='Bộ Công Thương chỉ đạo bảo đảm an toàn hồ đập', e='hạn chế thiệt hại do mưa lũ.',
      b=[('Bộ Công Thương', 'lead', True)]),
 dict(s='Các Bộ: Quốc phòng, Công an chủ động chỉ đạo', e='cứu hộ cứu nạn khi có yêu cầu.',
      b=[('Bộ Quốc phòng', 'lead', True), ('Bộ Công an', 'lead', True),
         ('các đơn vị đóng trên địa bàn', 'lead', True, True)]),
 dict(s='Các Bộ: Giáo dục và Đào tạo, Y tế', e='ngành, lĩnh vực quản lý.',
      b=[('Bộ Giáo dục và Đào tạo', 'lead', True), ('Bộ Y tế', 'lead', True),
         ('Bộ Khoa học và Công nghệ', 'lead', True), ('Bộ Văn hóa, Thể thao và Du lịch', 'lead', True),
         ('địa phương', 'support', True), ('các cơ quan chức năng', 'lead', True, True)]),
 dict(s='Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo', e='theo chức năng, nhiệm vụ được phân công.',
      b=[('Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia', 'lead', True)]),
 dict(s='Đài Truyền hình Việt Nam, Đài Tiếng nói', e='sạt lở đất, lũ quét cho người dân.',
      b=[('Đài Truyền hình Việt Nam', 'lead', True), ('Đài Tiếng nói Việt Nam', 'lead', True),
         ('Thông tấn xã Việt Nam', 'lead', True)]),
 dict(s='Văn phòng Chính phủ theo dõi, đôn đốc thực hiện nghiêm', e='đột xuất, phát sinh./.',
      b=[('Văn phòng Chính phủ', 'lead', True)]),
]
