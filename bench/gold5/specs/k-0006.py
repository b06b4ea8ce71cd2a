SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Cong-dien-219-CD-TTg-2025-kip-thoi-khac-phuc-hau-qua-mua-lu-tai-khu-vuc-Trung-Bo-681321.aspx (text via shared/corpus/bulk/0006.txt)'
# The text has no "Số:" line and no date line: the number comes from the source address only, the date is not stated
# (other corpus documents cite "Công điện số 219/CĐ-TTg ngày 17/11/2025").
DOC = dict(doc_type='other', number=[None, '219/CĐ-TTg'], issuer='Thủ tướng Chính phủ', signer='Phạm Minh Chính',
           issued_on=[None, '2025-11-17'],
           subject='tập trung ứng phó và kịp thời khắc phục hậu quả mưa lũ tại khu vực Trung Bộ',
           references=['217/CĐ-TTg', '218/CĐ-TTg'],
           indices=[])
START = 'Theo báo cáo của Trung tâm dự báo'
# 1. header (names the bodies only, not a task): "Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Xây dựng,
#    Công Thương, Y tế, Giáo dục và Đào tạo và các Bộ, ngành có liên quan; Bí thư tỉnh ủy, thành ủy và Chủ tịch Ủy ban nhân dân
#    các tỉnh, thành phố nêu trên theo chức năng, nhiệm vụ, thẩm quyền:"
H1 = [('Bộ Quốc phòng', 'lead', False), ('Bộ Công an', 'lead', False), ('Bộ Nông nghiệp và Môi trường', 'lead', False),
      ('Bộ Xây dựng', 'lead', False), ('Bộ Công Thương', 'lead', False), ('Bộ Y tế', 'lead', False),
      ('Bộ Giáo dục và Đào tạo', 'lead', False), ('các Bộ, ngành có liên quan', 'lead', False),
      ('tỉnh ủy, thành ủy', 'lead', False), ('Ủy ban nhân dân các tỉnh, thành phố nêu trên', 'lead', False)]
# 2. introducer with content ("... trong đó:"): optional task; its bodies go to a)-g)
H2x = [('tỉnh ủy, thành ủy', 'lead', True),
       ('Ủy ban nhân dân các tỉnh, thành phố tại khu vực dự báo xảy ra mưa, lũ', 'lead', True)]
H2 = [(n, r, False) for n, r, _ in H2x]
# 3. header "Bộ trưởng Bộ Nông nghiệp và Môi trường:" (not a task)
NN = [('Bộ Nông nghiệp và Môi trường', 'lead', False)]
# "trước 13 giờ hằng ngày": the issue date is not in the text, so the first occurrence is left null (kind only)
D13 = (None, 'recurring', 'FREQ=DAILY;BYHOUR=13', 'trước 13 giờ hằng ngày')
T = [
 # 1 a)-b)
 dict(s='Phải chủ động, kịp thời chỉ đạo triển khai', e='không để bị động, bất ngờ.', b=H1),
 dict(s='Cập nhật tình hình, gửi Văn phòng Chính phủ', e='để tổng hợp báo cáo cấp thẩm quyền.', b=H1, d=D13),
 # 2 introducer
 dict(s='Bí thư tỉnh ủy, thành ủy; Chủ tịch Ủy ban nhân', e='lên trên hết, trước hết, trong đó:', opt=True, b=H2x),
 # 2 a)-g)
 dict(s='Huy động lực lượng quân đội, công an và các', e='sơ tán những trường hợp cần thiết để bảo đảm an toàn.',
      b=H2 + [('lực lượng quân đội, công an', 'support', True, True), ('các lực lượng khác', 'support', True, True)]),
 dict(s='Tiếp tục rà soát, kịp thời phát hiện, cảnh báo', e='bảo vệ tài sản cho người dân.', b=H2),
 dict(s='Bố trí lực lượng chốt chặn, kiểm soát, hướng dẫn', e='khu vực ngập sâu, nước chảy xiết.', b=H2),
 dict(s='Chủ động bố trí lực lượng, phương tiện, vật tư', e='khi xảy ra tình huống chia cắt kéo dài nhiều ngày.', b=H2),
 dict(s='Chuẩn bị sẵn sàng lực lượng, phương tiện phù hợp', e='cứu hộ, cứu nạn tại các khu vực xảy ra ngập sâu.', b=H2),
 dict(s='Kịp thời tổ chức thăm hỏi, động viên, hỗ trợ', e='doanh ngay sau khi lũ rút.', b=H2,
      d=(None, 'by', None, 'ngay sau khi lũ rút', True)),
 dict(s='Kịp thời tổng hợp báo cáo đầy đủ, thông tin', e='báo cáo cấp thẩm quyền theo quy định.', b=H2, d=D13),
 # 3 a)-b)
 dict(s='Tập trung chỉ đạo cơ quan chức năng tiếp tục', e='khôi phục sản xuất nông nghiệp ngay sau mưa lũ.',
      b=NN + [('cơ quan chức năng', 'lead', True, True), ('địa phương', 'lead', True, True)],
      d=(None, 'by', None, 'ngay sau mưa lũ', True)),
 dict(s='Chủ trì, phối hợp với các Bộ, cơ quan có liên quan tổng hợp', e='để tổng hợp, báo cáo cấp có thẩm quyền.',
      b=NN + [('các Bộ, cơ quan có liên quan', 'support', True)],
      d=(None, 'recurring', 'FREQ=DAILY;BYHOUR=15', 'trước 15 giờ hằng ngày')),
 # 4.-9.: header and text in one item; span starts after the list marker
 dict(s='Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực', e='hỗ trợ người dân, doanh nghiệp khắc phục nhanh hậu quả thiên tai.',
      b=[('Bộ Quốc phòng', 'lead', True), ('Bộ Công an', 'lead', True),
         ('lực lượng quân đội, công an, dân quân tự vệ', 'lead', True, True),
         ('lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở', 'lead', True, True),
         ('các lực lượng khác', 'support', True, True)]),
 dict(s='Bộ trưởng các Bộ: Xây dựng, Công Thương, Khoa học', e='cấp, thoát nước,... ngay sau thiên tai.',
      b=[('Bộ Xây dựng', 'lead', True), ('Bộ Công Thương', 'lead', True), ('Bộ Khoa học và Công nghệ', 'lead', True),
         ('các bộ, ngành có liên quan', 'lead', True),
         ('các cơ quan, đơn vị có liên quan', 'lead', True, True), ('địa phương', 'support', True, True)],
      d=(None, 'by', None, 'ngay sau thiên tai', True)),
 dict(s='Bộ trưởng Bộ Tài chính chỉ đạo triển khai các', e='theo đúng quy định của pháp luật.',
      b=[('Bộ Tài chính', 'lead', True)]),
 dict(s='Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia phối hợp', e='theo chức năng, nhiệm vụ được phân công.',
      b=[('Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia', 'lead', True),
         ('cơ quan chức năng của Bộ Nông nghiệp và Môi trường', 'support', True)]),
 dict(s='Giao Phó Thủ tướng Chính phủ Trần Hồng Hà', e='khắc phục hậu quả mưa lũ theo quy định của pháp luật.',
      b=[('Phó Thủ tướng Chính phủ Trần Hồng Hà', 'lead', True), ('Phó Thủ tướng Chính phủ Hồ Đức Phớc', 'lead', True),
         ('các Bộ, ngành, địa phương', 'lead', True, True)]),
 dict(s='Văn phòng Chính phủ trên cơ sở chức năng, nhiệm', e='những vấn đề đột xuất, phát sinh./.',
      b=[('Văn phòng Chính phủ', 'lead', True)]),
]
