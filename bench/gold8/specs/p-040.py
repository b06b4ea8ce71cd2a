SOURCE = 'https://thuvienphapluat.vn/van-ban/Thuong-mai/Cong-dien-220-CD-TTg-2025-hoan-thanh-thuc-thi-phuong-an-cat-giam-don-gian-hoa-thu-tuc-hanh-chinh-681467.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/344b9eec106a648a.md@56eff108e1bc; corpus/directives/040.txt)'
DOC = dict(doc_type='other', number='220/CĐ-TTg', issuer='Thủ tướng Chính phủ', signer='Phạm Minh Chính',
           issued_on='2025-11-18',
           subject='tập trung hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính, điều kiện kinh doanh năm 2025',
           # every document cited by number (as n-0023, h-0012): the basis NQ 66, NQ 66.7 (background),
           # Kế hoạch 02-KH/BCĐTW (II.1a), QĐ 3539/QĐ-NHNN (footnote [1], background)
           references=['66/NQ-CP', '66.7/2025/NQ-CP', '02-KH/BCĐTW', '3539/QĐ-NHNN'],
           indices=[])   # no index is named (as c-035, h-0031)
START = 'Thực hiện Nghị quyết số 66/NQ-CP ngày 26'
# headers that only name the bodies ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ[, Chủ tịch UBND các tỉnh, thành phố]")
BO = [('các Bộ', 'lead', False), ('cơ quan ngang bộ', 'lead', False)]
UBa = 'Ủy ban nhân dân các tỉnh, thành phố'
UBt = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'   # optional alias (token F1 0.67 with UBa)
BOUB = BO + [(UBa, 'lead', False), (UBt, 'lead', False, True)]
# II.2 b) items (1)-(4) name their ministry; the II.2 header's bodies are a superset: optional (as m-0007 8b)
BOo = [('các Bộ', 'lead', False, True), ('cơ quan ngang bộ', 'lead', False, True)]
Y25 = ('2025-12-31', 'period', None, 'trong năm 2025')
T11 = ('2025-11-30', 'by', None, 'trong tháng 11 năm 2025')
# deadline of the II.2 b) introducer, inherited by (1)-(4)
T11b = ('2025-11-30', 'by', None, 'trong tháng 11 năm 2025', False, 'Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn')
P, PD = ['PAR'], ['PAR', 'DTI']
T = [
 # background (results, problems: "còn 3.507/6.708 ... cần chuẩn hóa") is not a task; its figures are not targets.
 # intro "Để bảo đảm ..., Thủ tướng Chính phủ yêu cầu Bộ trưởng, ... tập trung hoàn thành ngay một số nhiệm vụ cụ thể
 # như sau:" -> optional (as h-0012, m-0007, n-0014)
 dict(s='Để bảo đảm cắt giảm thực chất, hiệu quả TTHC', e='một số nhiệm vụ cụ thể như sau:', opt=True,
      b=[('các Bộ', 'lead', True, True), ('cơ quan ngang bộ', 'lead', True), (UBt, 'lead', True)]),
 # I.1 header "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ" + one unmarked paragraph (as h-0031)
 dict(s='Tập trung chỉ đạo quyết liệt hoàn thành sửa đổi', e='(Phụ lục I kèm theo).', b=BO, i=P,
      d=('2025-12-31', 'period', None, 'trong năm 2025', True),   # qualifies only the 319 of the 485 documents
      g=[('485 văn bản quy phạm pháp luật', 485, 'văn bản quy phạm pháp luật', '=', 'số VBQPPL phải hoàn thành sửa đổi, bổ sung', True),
         ('2.163 TTHC', 2163, 'TTHC', '=', 'số TTHC đơn giản hóa theo các phương án đã phê duyệt', True),
         ('2.049 ĐKKD', 2049, 'ĐKKD', '=', 'số ĐKKD cắt giảm theo các phương án đã phê duyệt', True),
         ('319 VBQPPL', 319, 'VBQPPL', '=', 'số VBQPPL cần sửa đổi, bổ sung trong năm 2025 được ưu tiên hoàn thành', True)]),
 # I.2
 dict(s='Khẩn trương rà soát, sửa đổi các quy định không', e='hoàn thành trong năm 2025.', b=BOUB, d=Y25, i=PD),
 # I.3 header and text in one item: span starts at the body
 dict(s='Bộ trưởng Bộ Công Thương hoàn thành việc rà', e='phê duyệt trong tháng 11 năm 2025.',
      b=[('Bộ Công Thương', 'lead', True)], d=T11, i=P,
      g=[('cắt giảm tối thiểu 30%', 30, '%', '>=', 'tỷ lệ điều kiện kinh doanh được cắt giảm (Bộ Công Thương)')]),
 # II.1 a)-c)
 dict(s='Tập trung triển khai các nhiệm vụ, giải pháp về', e='bảo đảm chất lượng, thực chất, hiệu quả.', b=BOUB, i=PD),
 dict(s='Hoàn thành 100% TTHC liên quan đến doanh nghiệp', e='(Phụ lục II kèm theo).', b=BOUB, d=Y25, i=PD,
      g=[('100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến', 100, '%', '=',
          'tỷ lệ TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến')]),
 dict(s='Hoàn thành việc nâng cấp Hệ thống thông tin giải', e='hoàn thành trong tháng 11 năm 2025.', b=BOUB, d=T11, i=PD),
 # II.2 a)
 dict(s='Khẩn trương rà soát, chuẩn hóa kết quả giải quyết', e='cung cấp thông tin một lần cho cơ quan nhà nước.',
      b=BO, i=PD),
 # II.2 b) introducer with content ("..., hoàn thành trong tháng 11 năm 2025, cụ thể:") -> optional (as k-0006 2)
 dict(s='Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ khẩn', e='hoàn thành trong tháng 11 năm 2025, cụ thể:', opt=True,
      b=[('Bộ Tài chính', 'lead', True), ('Bộ Y tế', 'lead', True), ('Bộ Tư pháp', 'lead', True), ('Bộ Nội vụ', 'lead', True)] + BOo,
      d=T11, i=PD),
 # (1)-(4): each names its ministry; deadline inherited from b)
 dict(s='Bộ Tài chính giải quyết 03 vấn đề tồn đọng', e='trên Cổng Thông tin một cửa quốc gia.',
      b=[('Bộ Tài chính', 'lead', True)] + BOo, d=T11b, i=PD),
 dict(s='Bộ Y tế hoàn thành nâng cấp, kết nối Hệ thống', e='cấp phép hành nghề khám bệnh, chữa bệnh.',
      b=[('Bộ Y tế', 'lead', True)] + BOo, d=T11b, i=PD),
 dict(s='Bộ Tư pháp kịp thời khắc phục tình trạng chậm', e='Hệ thống đăng ký và quản lý hộ tịch điện tử.',
      b=[('Bộ Tư pháp', 'lead', True)] + BOo, d=T11b, i=PD),
 dict(s='Bộ Nội vụ hoàn thành kết nối Cơ sở dữ liệu người', e='giải quyết TTHC cấp bộ, cấp tỉnh.',
      b=[('Bộ Nội vụ', 'lead', True)] + BOo, d=T11b, i=PD),
 # II.3 header and text in one item
 dict(s='Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo', e='kèm theo)* trong năm 2025.',
      b=[(UBt, 'lead', True)], d=Y25, i=P,
      g=[('100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh', 100, '%', '=',
          'tỷ lệ TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh')]),
 # III.1 "Giao ... chịu trách nhiệm ..., báo cáo ... trong báo cáo cải cách TTHC hằng tháng."
 dict(s='Giao Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang', e='trong báo cáo cải cách TTHC hằng tháng.',
      b=[('các Bộ', 'lead', True), ('cơ quan ngang bộ', 'lead', True), (UBt, 'lead', True)],
      d=(None, 'recurring', 'FREQ=MONTHLY', 'hằng tháng'), i=P),
 # III.2 (two sentences, one item); "trước ngày 20 hằng tháng" -> first occurrence after 18/11/2025 (as g-011)
 dict(s='Văn phòng Chính phủ theo chức năng, nhiệm vụ được', e='trước ngày 20 hằng tháng.',
      b=[('Văn phòng Chính phủ', 'lead', True)],
      d=('2025-11-20', 'recurring', 'FREQ=MONTHLY;BYMONTHDAY=20', 'trước ngày 20 hằng tháng')),
 # closing paragraph: two sentences of exhortation -> optional (generic closing, as gold2 conventions)
 dict(s='Đây là nhiệm vụ rất quan trọng, cấp bách', e='cần khẩn trương tập trung hoàn thành.', opt=True),
 dict(s='Thủ tướng Chính phủ đề nghị các Đồng chí Bộ trưởng', e='Chính phủ, Thủ tướng Chính phủ./.', opt=True,
      b=[('các Bộ', 'lead', True), ('cơ quan ngang bộ', 'lead', True), ('Tỉnh ủy, Thành ủy', 'lead', True),
         (UBa, 'lead', True), ('các cơ quan, đơn vị trực thuộc', 'lead', True, True)]),
 # Nơi nhận, signature, Phụ lục I-III (result tables) and footnotes [1]-[10] (past results): no tasks, no targets.
]
