SOURCE = 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-2579-QD-UBND-2025-tieu-chi-danh-gia-xep-loai-cong-tac-dan-van-Can-Tho-681766.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/1a434d0a7e14dc93.md@56eff108e1bc; corpus/directives/033.txt, excerpt: the Phụ lục I-II are not in the text)'
DOC = dict(doc_type='quyet_dinh', number='2579/QĐ-UBND', issuer='UBND thành phố Cần Thơ', signer='Trương Cảnh Tuyên', issued_on='2025-11-21',
           subject='ban hành Quy định tiêu chí đánh giá, xếp loại công tác dân vận và thực hiện dân chủ ở cơ sở tại các cơ quan nhà nước trên địa bàn thành phố Cần Thơ',
           # numbered documents of the Căn cứ / Theo đề nghị lines (as g-055, b-0372) and the two decisions Điều 2 replaces
           references=['97/2025/QH15', '23-QĐ/TW', '33/CT-TTg', '9086/BNV-CTTN&BĐG', '3129/TTr-SNV', '1849/QĐ-UBND', '824/QĐ-UBND'],
           indices=[])
START = 'QUYẾT ĐỊNH:'

SNV = 'Sở Nội vụ'
CQTP = 'các cơ quan, đơn vị cấp thành phố'   # defined in Quy định Điều 1.2 a)
UBX = 'Ủy ban nhân dân xã, phường'
BTG = 'Ban Tuyên giáo và Dân vận Thành ủy'
LQ = 'các cơ quan, đơn vị có liên quan'
# recurring yearly steps of Điều 9.2: date = the first occurrence after the issue date (21/11/2025), as h-0087 / c-003.
# Doubt: Điều 3 "chấm điểm từ năm 2026" could push the first round to Dec 2026; read here as the Q1-2026 review (9.2 c)
# of the 2025 self-scoring (9.2 a, b), which is consistent with the dates below.
T = [
 # Quyết định
 # Điều 1 issues the Quy định: the decision itself, not an instruction (as g-055) -> optional
 dict(s='Ban hành kèm theo Quyết định này Quy định Tiêu chí', e='trên địa bàn thành phố Cần Thơ.', opt=True),
 # Điều 2 (entry into force, replacement) -> not a task
 # Điều 3: "từ năm 2026" is a start, not a limit -> optional (g-018 "Từ 01/7/2025")
 dict(s='Giám đốc Sở Nội vụ có trách nhiệm hướng dẫn', e='tham mưu tổ chức thực hiện chấm điểm từ năm 2026.',
      b=[(SNV, 'lead', True)], d=(None, 'ongoing', None, 'từ năm 2026', True)),
 # Điều 4: "chịu trách nhiệm thi hành Quyết định này" -> optional closing (b-0372 t3)
 dict(s='Chánh Văn phòng Ủy ban nhân dân thành phố, Thủ trưởng', e='chịu trách nhiệm thi hành Quyết định này./.', opt=True,
      b=[('Văn phòng Ủy ban nhân dân thành phố', 'lead', True), ('cơ quan Trung ương trên địa bàn thành phố', 'lead', True),
         ('cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố', 'lead', True),
         ('ban ngành thành phố', 'lead', True), (UBX, 'lead', True)]),

 # Quy định. Điều 1 (phạm vi, đối tượng) -> not tasks.
 # Điều 2 Mục đích đánh giá, xếp loại -> optional (Mục đích convention)
 dict(s='Việc đánh giá, xếp loại hằng năm về công tác dân vận', e='Ủy ban nhân dân xã, phường trong tình hình mới.', opt=True),
 dict(s='Kết quả đánh giá, xếp loại công tác dân vận và thực hiện dân chủ ở cơ sở tại các cơ quan nhà nước là một',
      e='đề nghị cấp có thẩm quyền xem xét hình thức khen thưởng.', opt=True),
 # Điều 3 Nguyên tắc -> optional (principles, like Yêu cầu items); the point scale is not a target
 dict(s='Căn cứ các văn bản chỉ đạo của Trung ương, của thành phố', e='điểm trừ tối đa 03 điểm.', opt=True,
      b=[('Ủy ban nhân dân thành phố', 'lead', True)]),
 dict(s='Đánh giá, phân loại phải sát với tình hình thực tiễn', e='dựa trên mức độ thực hiện nhiệm vụ theo các nội dung tiêu chí.', opt=True),
 # Điều 4 (criteria groups with points), Điều 5 (method), Điều 6 (grade definitions, hạ bậc rules) -> not tasks
 # Điều 7 Xét tặng Bằng khen: award rule and quotas -> optional; "tối đa N tập thể" caps are not targets
 dict(s='Trên cơ sở kết quả đánh giá, xếp loại xét tặng Bằng khen', e='tại các cơ quan nhà nước cụ thể như sau:', opt=True),
 dict(s='Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa', e='2 tập thể và 4 cá nhân.', opt=True),
 dict(s='Cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân thành phố; ban ngành thành phố: Chỉ tiêu',
      e='3 tập thể và 6 cá nhân.', opt=True),
 dict(s='Ủy ban nhân dân xã, phường: Xét tối đa 15', e='15 tập thể và 30 cá nhân.', opt=True),
 # Điều 8.1 (criterion) -> not a task; 8.2 conditional rule -> optional
 dict(s='Trường hợp tổng số điểm bằng nhau', e='xem xét, quyết định.', opt=True,
      b=[('cơ quan có thẩm quyền đánh giá phân loại', 'lead', True)]),
 # Điều 9.1 Thẩm quyền: a statement of competence -> optional
 dict(s='Ủy ban nhân dân thành phố ban hành Quyết định đánh giá', e='trên địa bàn thành phố.', opt=True,
      b=[('Ủy ban nhân dân thành phố', 'lead', True)]),
 # Điều 9.2 Trình tự, thời gian (the Sở Nội vụ receiving the reports is not a body of a))
 dict(s='Hằng năm, các cơ quan, đơn vị cấp thành phố và Ủy ban nhân dân xã, phường xây dựng báo cáo',
      e='gửi báo cáo về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12;',
      b=[(CQTP, 'lead', True), (UBX, 'lead', True)],
      d=('2025-12-15', 'recurring', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', 'từ ngày 10 đến ngày 15 tháng 12')),
 dict(s='Sở Nội vụ tổng hợp kết quả tự chấm điểm', e='từ ngày 16 đến ngày 31 tháng 12 hằng năm;',
      b=[(SNV, 'lead', True)],
      d=('2025-12-31', 'recurring', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31', 'từ ngày 16 đến ngày 31 tháng 12 hằng năm')),
 dict(s='Trong quý I của năm liền kề đánh giá, Sở Nội vụ chủ trì', e='xem xét, quyết định công bố xếp loại.',
      b=[(SNV, 'lead', True), (BTG, 'support', True), (LQ, 'support', True)],
      d=('2026-03-31', 'recurring', 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31', 'Trong quý I của năm liền kề đánh giá')),
 # Điều 10.1 Kinh phí: statement -> optional, no body (c-044 t13)
 dict(s='Kinh phí thực hiện được đảm bảo từ nguồn ngân sách', e='theo quy định của Luật Ngân sách nhà nước.', opt=True),
 # Điều 10.2 Trách nhiệm của Sở Nội vụ (header -> inherited lead)
 dict(s='Chủ trì triển khai, hướng dẫn thực hiện Quy định này;', b=[(SNV, 'lead', False)]),
 dict(s='Chủ trì tham mưu Ủy ban nhân dân thành phố phối hợp', e='tại các cơ quan nhà nước trên địa bàn thành phố.',
      # it is UBND thành phố that "phối hợp" here (the Sở advises it) -> the partners are optional supports (g-011 1.1)
      b=[(SNV, 'lead', False), (BTG, 'support', True, True), (LQ, 'support', True, True)]),
 # Điều 10.3 Trách nhiệm các cơ quan, đơn vị cấp thành phố và UBND xã, phường (header -> inherited leads)
 dict(s='Tổ chức triển khai thực hiện Quy định Tiêu chí', e='tại cơ quan, đơn vị mình;',
      b=[(CQTP, 'lead', False), (UBX, 'lead', False)]),
 # b) names its subject "các cơ quan, đơn vị" (required, explicit); the header's full name an optional alias
 dict(s='Trên cơ sở quy định này, các cơ quan, đơn vị xây dựng báo cáo', e='để tổng hợp.',
      b=[('các cơ quan, đơn vị', 'lead', True), (UBX, 'lead', False), (CQTP, 'lead', False, True)]),
 # closing "nếu có khó khăn, vướng mắc, đề nghị ... báo cáo về Sở Nội vụ" -> task (c-009 t9), Sở Nội vụ optional lead
 dict(s='Trong quá trình tổ chức, triển khai thực hiện nếu có khó khăn', e='phù hợp với thực tế./.',
      b=[('cơ quan, đơn vị', 'lead', True), (SNV, 'lead', True, True)]),
]
