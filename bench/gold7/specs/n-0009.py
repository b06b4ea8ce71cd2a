SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Cong-dien-223-CD-TTg-2025-tap-trung-ung-pho-lu-dac-biet-lon-tai-Khanh-Hoa-Dak-Lak-681566.aspx (text via shared/corpus/bulk/0009.txt)'
DOC = dict(doc_type='other', number='223/CĐ-TTg', issuer='Thủ tướng Chính phủ', signer='Hồ Quốc Dũng',
           issued_on='2025-11-20',
           subject='tập trung ứng phó lũ đặc biệt lớn tại Khánh Hòa, Đắk Lắk và Gia Lai',
           # "tiếp theo các Công điện số 217/CĐ-TTg, 218/CĐ-TTg, 219/CĐ-TTg và 222/CĐ-TTg ngày 19/11/2025"
           references=['217/CĐ-TTg', '218/CĐ-TTg', '219/CĐ-TTg', '222/CĐ-TTg'],
           indices=[])
START = 'Lũ trên các sông ở Khánh Hòa'
# Background (flood levels, forecast for 20-21/11/2025) -> no task, no deadline.
# Intro "Để tập trung ứng phó ..., tiếp theo các Công điện ..., Thủ tướng Chính phủ yêu cầu:" names no body and carries
# no content of its own -> not a task (as k-0006, c-003's "Ủy ban nhân dân tỉnh yêu cầu:").
UBN = 'Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai'
# 2. header "Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, Đắk Lắk, Gia Lai:" names the body only -> not a task;
# "Chủ tịch" dropped as a title; the bare "Ủy ban nhân dân các tỉnh" is an optional alias (the full name is required).
UB = [(UBN, 'lead', False), ('Ủy ban nhân dân các tỉnh', 'lead', False, True)]
T = [
 # 1. leaf item: bodies in the item itself ("Đồng chí Bí thư" and "Chủ tịch" / "lãnh đạo" dropped as titles)
 dict(s='Đồng chí Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân', e='bảo đảm an toàn tính mạng cho người dân.',
      b=[('tỉnh ủy', 'lead', True), (UBN, 'lead', True), ('Ủy ban nhân dân các tỉnh', 'lead', True, True),
         ('các Bộ, ngành', 'lead', True)]),
 # 2. "-" bullets
 dict(s='Chịu trách nhiệm toàn diện trước Chính phủ', e='những vấn đề vượt thẩm quyền.', b=UB),
 # mobilised forces -> optional support (as k-0006 2a, c-038 t8)
 dict(s='Tiếp tục huy động tối đa các lực lượng, phương', e='tán người dân đến nơi an toàn.',
      b=UB + [('quân đội', 'support', True, True), ('công an', 'support', True, True),
              ('dân quân tự vệ', 'support', True, True),
              ('lực lượng tham gia bảo vệ an ninh trật tự tại cơ sở', 'support', True, True),
              ('các lực lượng khác', 'support', True, True)]),
 dict(s='Cung ứng, tiếp tế kịp thời lương thực', e='thiếu nước uống,..', b=UB),
 # 3.-8. header and text in one item: span starts at the bodies' names; "chỉ đạo X" -> X optional lead;
 # "hỗ trợ địa phương" (supported) is not a body
 dict(s='Bộ Quốc phòng, Bộ Công an chỉ đạo các đơn vị', e='vận chuyển lương thực cứu trợ cho người dân.',
      b=[('Bộ Quốc phòng', 'lead', True), ('Bộ Công an', 'lead', True),
         ('các đơn vị quân đội, công an đóng trên địa bàn', 'lead', True, True)]),
 dict(s='Bộ Xây dựng, Bộ Công an chỉ đạo công an các địa phương', e='hỗ trợ công tác bảo đảm an toàn giao thông.',
      b=[('Bộ Xây dựng', 'lead', True), ('Bộ Công an', 'lead', True),
         ('công an các địa phương', 'lead', True, True), ('các lực lượng chức năng', 'lead', True, True)]),
 dict(s='Bộ Nông nghiệp và Môi trường chỉ đạo cơ quan', e='ở mức độ cao nhất có thể.',
      b=[('Bộ Nông nghiệp và Môi trường', 'lead', True), ('cơ quan chức năng', 'lead', True, True)]),
 # "trong thời gian mưa lũ" is the period the safety covers, not a time limit -> no deadline
 dict(s='Bộ Giáo dục và Đào tạo chỉ đạo công tác bảo đảm', e='tại các địa phương trong thời gian mưa lũ.',
      b=[('Bộ Giáo dục và Đào tạo', 'lead', True)]),
 # "ngay sau khi lũ rút" qualifies only the last clause; event-relative -> optional, date null (as k-0006)
 dict(s='Bộ Y tế chỉ đạo lực lượng y tế cơ sở', e='phòng chống dịch bệnh ngay sau khi lũ rút.',
      b=[('Bộ Y tế', 'lead', True), ('lực lượng y tế cơ sở', 'lead', True, True)],
      d=(None, 'by', None, 'ngay sau khi lũ rút', True)),
 # "khi có yêu cầu của địa phương" is a condition, not a deadline
 dict(s='Các Bộ: Quốc phòng, Tài chính kịp thời xuất cấp', e='khi có yêu cầu của địa phương./.',
      b=[('Bộ Quốc phòng', 'lead', True), ('Bộ Tài chính', 'lead', True)]),
]
