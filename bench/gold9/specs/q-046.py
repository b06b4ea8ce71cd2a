SOURCE = 'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-182-KH-UBND-2025-chuong-trinh-muc-tieu-quoc-gia-phong-chong-ma-tuy-Dong-Nai-683022.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/f069c23c942c1ec6.md@56eff108e1bc; corpus/directives/046.txt)'
DOC = dict(doc_type='ke_hoach', number='182/KH-UBND', issuer='UBND tỉnh Đồng Nai', signer='Lê Trường Sơn', issued_on='2025-11-20',
           subject='triển khai thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 trên địa bàn tỉnh Đồng Nai',
           # the basis (163/2024/QH15, 50/NQ-CP, 7619/QĐ-BCA), the documents the Yêu cầu say to follow (132-KL/TW, written
           # "132- KL/TW" once, 93/NQ-CP, 466-KH/TU, 36-CT/TW) and those tasks say to implement (23/KL-LNTPTW, 64/KH-UBND)
           references=['163/2024/QH15', '50/NQ-CP', '7619/QĐ-BCA', '132-KL/TW', '93/NQ-CP', '466-KH/TU', '36-CT/TW',
                       '23/KL-LNTPTW', '64/KH-UBND'],
           indices=[])
START = 'I. MỤC ĐÍCH,'
D = ['DTI']
UT = ('UBND tỉnh Đồng Nai', 'lead', False, True)
CA = 'Công an tỉnh'
# The plan's implementers as a whole: III.2's opening "... các Sở, ban, ngành, đoàn thể, địa phương tổ chức quán
# triệt, triển khai thực hiện nghiêm túc, hiệu quả trong đơn vị, địa bàn phụ trách" (one collective body, as p-014's
# "các sở, ngành, địa phương"). Sections II.1-5 and III.1 name no body -> it is their required inherited lead (c-044,
# p-014, p-029). Optional aliases: the issuer (chủ quản of the Chương trình), Công an tỉnh (which IV.2 makes chủ trì of
# the whole Chương trình), IV.1's split names, the second sentence's "các Sở, ban, ngành, địa phương" short form
# "các Sở, ban, ngành", and the closing's "các cơ quan, đơn vị, địa phương".
IMP_REQ = ('các Sở, ban, ngành, đoàn thể, địa phương', 'lead', False)
ALIASES = [UT, (CA, 'lead', False, True), ('các Sở, ban, ngành', 'lead', False, True),
           ('các Sở, ban, ngành, đoàn thể cấp tỉnh', 'lead', False, True), ('Ủy ban nhân dân xã, phường', 'lead', False, True),
           ('cơ quan ngành dọc đóng trên địa bàn', 'lead', False, True), ('các cơ quan, đơn vị, địa phương', 'lead', False, True)]
IMP = [IMP_REQ] + ALIASES
# II.6 Chỉ tiêu chủ yếu đến năm 2030: quantified goals -> required tasks (g-018, p-027, p-029) with optional inherited
# bodies; the sub-heading gives 2030-12-31 (p-014 / p-029)
MT = [UT, IMP_REQ + (True,), (CA, 'lead', False, True)]
D30 = ('2030-12-31', 'by', None, 'đến năm 2030', False, 'Chỉ tiêu chủ yếu đến năm')
D30_OPT = D30[:4] + (True, D30[5])
B = lambda name: [(name, 'lead', False)]
TC = B('Sở Tài chính')
NV = B('Sở Nội vụ')
CAB = B(CA)
QS = B('Bộ Chỉ huy Quân sự tỉnh')
XP = B('Ủy ban nhân dân xã, phường')
MTTQ = [('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', False), ('các tổ chức chính trị - xã hội trực thuộc', 'lead', False)]
VKS = [('Viện kiểm sát nhân dân tỉnh', 'lead', False), ('Tòa án nhân dân tỉnh', 'lead', False)]
DVLQ = ('các đơn vị liên quan', 'support', True)
SBNLQ = ('các Sở, ban, ngành liên quan', 'support', True)
# "(khi Bộ X triển khai)": a condition, no calendar date -> optional deadline without a date (c-044 t28)
def KHI(q):
    return (None, 'by', None, q, True)

T = [
 # I.1 Mục đích, I.2 Yêu cầu -> optional; the Yêu cầu 2.1 "ít nhất 50%" is a stated commitment -> required target
 # (g-016 Mục đích 1, c-035 t2)
 dict(s='Quán triệt và triển khai nghiêm túc', e='công tác phòng, chống ma túy trên địa bàn tỉnh.', opt=True),
 dict(s='Phát huy sức mạnh tổng hợp của hệ thống chính trị và các tầng lớp', e='tổ chức thực hiện có hiệu quả Chương trình MTQG.', opt=True),
 dict(s='Bám sát quan điểm chỉ đạo của Bộ Chính trị', e='phục vụ mục tiêu phát triển bền vững của đất nước.', opt=True,
      d=('2030-12-31', 'by', None, 'đến hết năm 2030', True),
      g=[('50% đơn vị hành chính cấp xã trên toàn tỉnh “không ma túy”', 50, '%', '>=',
          'tỷ lệ đơn vị hành chính cấp xã trên toàn tỉnh "không ma túy" đến hết năm 2030')]),
 dict(s='Việc triển khai thực hiện Chương trình MTQG và các văn bản', e='kế hoạch phát triển kinh tế - xã hội của địa phương.', opt=True),
 dict(s='Xác định cụ thể các nội dung công việc, thời hạn', e='trong việc tổ chức thực hiện Chương trình MTQG.', opt=True),
 dict(s='Tăng cường công tác phối hợp giữa các Sở, ban, ngành, các địa phương', e='các đơn vị liên quan thực hiện Chương trình MTQG.', opt=True),

 # II. Nội dung trọng tâm 1-5: imperative contents, no body named -> the implementers, inherited
 dict(s='Tổ chức quán triệt, tuyên truyền sâu rộng đến tất cả Thủ trưởng', e='về triển khai thực hiện Chương trình MTQG.', b=IMP),
 # "thực hiện thường xuyên, liên tục, đồng bộ các giải pháp" qualifies the second sentence -> optional ongoing
 dict(s='Phát huy sức mạnh tổng hợp của cả hệ thống chính trị, toàn dân', e='trên địa bàn tỉnh phát triển bền vững.', b=IMP,
      d=(None, 'ongoing', None, 'thường xuyên, liên tục', True)),
 dict(s='Phối hợp các chủ dự án, tiểu dự án thành phần', e='triển khai thực hiện các dự án, tiểu dự án.',
      b=IMP + [('các chủ dự án, tiểu dự án thành phần', 'support', True), ('cơ quan chủ quản Chương trình MTQG', 'support', True)]),
 # word for word III.2.3 a), the task of Công an tỉnh -> its required inherited lead (as p-012 III.5 takes a matching
 # Phụ lục row's bodies); the implementers optional here
 dict(s='Thực hiện chức năng chủ quản Chương trình tại địa phương', e='các nội dung, nhiệm vụ của Chương trình MTQG*.',
      b=[(CA, 'lead', False), IMP_REQ + (True,)] + [a for a in ALIASES if a[0] != CA]),
 # item 5 and its unmarked continuation paragraph are one leaf (gold2 / g-002 / n-023); the second paragraph repeats
 # III.2.3 b)'s "Sở Xây dựng, Sở Tài chính tổ chức rà soát ..." -> those two as optional leads
 dict(s='Đầu tư trang thiết bị, phương tiện, ứng dụng khoa học và công nghệ, nâng cao năng lực nghiệp vụ cho các lực lượng',
      e='trợ giúp pháp lý và tư vấn trong phòng, chống ma túy.',
      b=IMP + [('Sở Xây dựng', 'lead', False, True), ('Sở Tài chính', 'lead', False, True)]),
 # II.6 Chỉ tiêu chủ yếu đến năm 2030
 dict(s='Hàng năm, giảm số người nghiện ma túy', e='số xã, phường trên toàn tỉnh không ma túy.', b=MT, d=D30,
      g=[('50% số xã, phường trên toàn tỉnh không ma túy', 50, '%', '>=', 'tỷ lệ xã, phường trên toàn tỉnh không ma túy đến năm 2030')]),
 dict(s='Phấn đấu 100% các điểm tổ chức, chứa chấp', e='được phát hiện và triệt phá.', b=MT, d=D30,
      g=[('100% các điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng bán lẻ chất ma túy', 100, '%', '=',
          'tỷ lệ điểm tổ chức, chứa chấp sử dụng trái phép chất ma túy, đối tượng bán lẻ chất ma túy được phát hiện và triệt phá'),
         ('100% diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá', 100, '%', '=',
          'tỷ lệ diện tích trồng trái phép cây có chứa chất ma túy được phát hiện và triệt phá')]),
 dict(s='Trên 80% các đơn vị và cán bộ, chiến sĩ', e='đáp ứng yêu cầu nhiệm vụ phòng, chống tội phạm về ma túy.', b=MT, d=D30,
      g=[('80% các đơn vị và cán bộ, chiến sĩ lực lượng chuyên trách phòng, chống tội phạm về ma túy thuộc Bộ đội Biên phòng được trang bị vũ khí, công cụ hỗ trợ, phương tiện kỹ thuật nghiệp vụ hiện đại',
          80, '%', '>', 'tỷ lệ đơn vị và cán bộ, chiến sĩ lực lượng chuyên trách phòng, chống tội phạm về ma túy thuộc Bộ đội Biên phòng được trang bị hiện đại')]),
 # "Hàng năm ... tăng trên 03%": yearly rates, the heading's 2030 is only an optional deadline here
 dict(s='Hàng năm, số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới', e='được phát hiện, triệt phá tăng trên 05%.',
      b=MT, d=D30_OPT,
      g=[('số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới đường bộ, tuyến đường hàng không, chuyển phát nhanh tăng trên 03%',
          3, '%', '>', 'mức tăng hằng năm số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới đường bộ, tuyến đường hàng không, chuyển phát nhanh'),
         ('số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được phát hiện, bắt giữ tăng trên 03%', 3, '%', '>',
          'mức tăng hằng năm số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được phát hiện, bắt giữ'),
         ('số vụ phạm tội về ma túy lợi dụng không gian mạng được phát hiện, triệt phá tăng trên 05%', 5, '%', '>',
          'mức tăng hằng năm số vụ phạm tội về ma túy lợi dụng không gian mạng được phát hiện, triệt phá')]),
 dict(s='Trên 80% số trạm y tế cấp xã', e='đủ điều kiện xác định tình trạng nghiện ma túy.', b=MT, d=D30,
      g=[('80% số trạm y tế cấp xã trên toàn tỉnh', 80, '%', '>', 'tỷ lệ trạm y tế cấp xã trên toàn tỉnh đủ điều kiện xác định tình trạng nghiện ma túy'),
         ('100% cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện ma túy', 100, '%', '=',
          'tỷ lệ cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện ma túy')]),
 dict(s='Phấn đấu 100% cơ sở cai nghiện ma túy công lập bảo đảm', e='cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.', b=MT, d=D30,
      g=[('100% cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo quy định của Luật Phòng, chống ma túy', 100, '%', '=',
          'tỷ lệ cơ sở cai nghiện ma túy công lập bảo đảm điều kiện theo quy định của Luật Phòng, chống ma túy'),
         ('70% xã, phường có người nghiện ma túy bố trí điểm tiếp nhận và tư vấn cai nghiện ma túy đủ điều kiện theo quy định', 70, '%', '>',
          'tỷ lệ xã, phường có người nghiện ma túy bố trí điểm tiếp nhận và tư vấn cai nghiện ma túy đủ điều kiện')]),
 dict(s='Trên 80% các cơ quan truyền thông chủ lực', e='người lao động tại các khu công nghiệp, khu chế xuất.', b=MT, d=D30,
      g=[('80% các cơ quan truyền thông chủ lực đa phương tiện và cơ quan báo chí có lượng độc giả lớn có chuyên trang, chuyên mục, chuyên đề về phòng, chống ma túy',
          80, '%', '>', 'tỷ lệ cơ quan truyền thông chủ lực đa phương tiện và cơ quan báo chí có lượng độc giả lớn có chuyên trang, chuyên mục, chuyên đề về phòng, chống ma túy'),
         ('100% nhà trường', 100, '%', '=', 'tỷ lệ nhà trường tổ chức tuyên truyền, phổ biến, giáo dục pháp luật, kiến thức, kỹ năng về phòng, chống ma túy cho người học'),
         ('70% người lao động tại các khu công nghiệp, khu chế xuất', 70, '%', '>',
          'tỷ lệ người lao động tại các khu công nghiệp, khu chế xuất được tuyên truyền, phổ biến, giáo dục về phòng, chống ma túy')]),
 dict(s='Phấn đấu trợ giúp pháp lý cho 100%', e='thuộc diện trợ giúp pháp lý khi có yêu cầu.', b=MT, d=D30,
      g=[('100% số người vi phạm pháp luật liên quan đến ma túy, người sử dụng trái phép chất ma túy, người nghiện ma túy và người sau cai nghiện ma túy thuộc diện trợ giúp pháp lý',
          100, '%', '=', 'tỷ lệ người vi phạm pháp luật liên quan đến ma túy, người sử dụng, người nghiện và người sau cai nghiện ma túy thuộc diện trợ giúp pháp lý được trợ giúp khi có yêu cầu')]),
 dict(s='Bảo đảm cơ sở vật chất và duy trì điều trị', e='được tư vấn, hỗ trợ và can thiệp về y tế, tâm lý.', b=MT, d=D30,
      g=[('90% người nghiện ma túy, người sử dụng trái phép chất ma túy, người cai nghiện ma túy, người tham gia điều trị nghiện ma túy, người sau cai nghiện ma túy được tư vấn, hỗ trợ và can thiệp về y tế, tâm lý',
          90, '%', '>', 'tỷ lệ người nghiện, người sử dụng trái phép, người cai nghiện, người điều trị nghiện, người sau cai nghiện ma túy được tư vấn, hỗ trợ và can thiệp về y tế, tâm lý')]),

 # III.1 Nhiệm vụ, giải pháp tổng thể 1.1-1.7: one task per numbered item with its unmarked continuation paragraphs
 # 1.1 (three paragraphs): "thường xuyên, liên tục" -> optional ongoing; 20% (2025) / 50% (2030) -> required targets;
 # the heads of party committees / authorities "có trách nhiệm ..." -> optional explicit lead
 dict(s='Tiếp tục tăng cường sự lãnh đạo của Đảng', e='bảo đảm đúng mục đích, yêu cầu đề ra.',
      b=IMP + [('cấp ủy, chính quyền, cơ quan, tổ chức', 'lead', True, True)],
      d=(None, 'ongoing', None, 'thường xuyên, liên tục', True),
      g=[('20% xã, phường “không ma túy” năm 2025', 20, '%', '=', 'tỷ lệ xã, phường "không ma túy" năm 2025'),
         ('50% địa bàn cấp xã “không ma túy”', 50, '%', '=', 'tỷ lệ địa bàn cấp xã "không ma túy" đến hết năm 2030')]),
 dict(s='Nâng cao hiệu quả công tác phòng ngừa tội phạm và tệ nạn ma túy.', e='tham gia phòng, chống và kiểm soát ma túy.', b=IMP),
 dict(s='Tổ chức tổng rà soát người nghiện ma túy', e='cho người nghiện ma túy, nhất là ma túy tổng hợp.', b=IMP),
 dict(s='Triển khai tổng thể, đồng bộ các biện pháp nắm chắc', e='kiến nghị khởi tố về công tác điều tra, xử lý tội phạm về ma túy.', b=IMP),
 dict(s='Nâng cao hiệu lực, hiệu quả công tác quản lý nhà nước về an ninh', e='quản lý sau cai nghiện ma túy.', b=IMP, i=D),
 dict(s='Tăng cường nghiên cứu khoa học, chuyển giao công nghệ', e='lực lượng chuyên trách phòng, chống và kiểm soát ma túy.', b=IMP, i=D),
 dict(s='Tăng cường hợp tác quốc tế trong đấu tranh', e='nâng cao năng lực cho lực lượng phòng, chống ma túy.', b=IMP),

 # III.2 Phân công trách nhiệm: the opening paragraph ends "... cụ thể như sau:" -> optional introducer (c-035/c-038)
 dict(s='Căn cứ nội dung của Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 theo Quyết định',
      e='các công tác trọng tâm cụ thể như sau:', opt=True,
      b=[('các Sở, ban, ngành, đoàn thể, địa phương', 'lead', True)]),
 # 2.1 Sở Tài chính. a) an action line ending ":" + noun-phrase lines naming what HĐND decides -> the action line is
 # the task, the noun lines optional (p-014 4.4, n-023, m-0036 3.3); UBND / HĐND advised: not bodies
 dict(s='Tham mưu Ủy ban nhân dân tỉnh trình Hội đồng nhân dân cấp tỉnh quyết định:', b=TC),
 dict(s='Phương án phân bổ vốn kế hoạch đầu tư công trung hạn', e='ngân sách địa phương (nếu có).', opt=True, b=TC),
 dict(s='Mức vốn đối ứng từ ngân sách địa phương', e='trên địa bàn để thực hiện Chương trình MTQG theo quy định.', opt=True, b=TC),
 dict(s='Cơ chế, chính sách thực hiện Chương trình sử dụng nguồn ngân sách địa phương', e='thực hiện Chương trình MTQG).', opt=True, b=TC),
 # b) "giai đoạn 2026 - 2030" is the plan's period; "dự toán ngân sách nhà nước hàng năm" the yearly budget -> optional
 # recurring (g-018 IV.2)
 dict(s='Lập, giao kế hoạch mục tiêu, nhiệm vụ, kế hoạch đầu tư công trung hạn', e='hàng năm và kế hoạch tài chính.', b=TC,
      d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm', True)),
 dict(s='Phối hợp Công an tỉnh và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh rà soát',
      e='đáp ứng nhu cầu công tác cai nghiện của địa phương.',
      b=TC + [(CA, 'support', True), ('các đơn vị có liên quan', 'support', True)]),
 # 2.2 Sở Nội vụ
 dict(s='Phối hợp Công an tỉnh và các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh quy định về phân cấp',
      e='đề cao tinh thần trách nhiệm cho cơ sở.', b=NV + [(CA, 'support', True), DVLQ]),
 dict(s='Phối hợp Công an tỉnh tham mưu Ủy ban nhân dân tỉnh kịp thời động viên', e='thành tích xuất sắc trong công tác phòng, chống ma túy.',
      b=NV + [(CA, 'support', True)]),
 # 2.3 Công an tỉnh
 dict(s='Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh thực hiện chức năng chủ quản',
      e='các nội dung, nhiệm vụ của Chương trình MTQG.', b=CAB + [DVLQ]),
 # b) "Chủ trì, phối hợp" (no content) + "-" lines completing it: Công an tỉnh leads, the named bodies are its partners
 dict(s='Sở Tài chính và các đơn vị có liên quan tham mưu Ủy ban nhân dân tỉnh cân đối', e='thực hiện Chương trình MTQG theo quy định.',
      b=CAB + [('Sở Tài chính', 'support', True), ('các đơn vị có liên quan', 'support', True)]),
 dict(s='Sở Nội vụ và các cơ quan, đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh quy định', e='đề cao tinh thần trách nhiệm cho cơ sở.',
      b=CAB + [('Sở Nội vụ', 'support', True), ('các cơ quan, đơn vị liên quan', 'support', True)]),
 dict(s='Sở Xây dựng, Sở Tài chính tổ chức rà soát cơ sở vật chất', e='đáp ứng tiêu chuẩn theo quy định.',
      b=CAB + [('Sở Xây dựng', 'support', True), ('Sở Tài chính', 'support', True)]),
 # "Sở Sây dựng" (sic) kept as written; the corrected name is an optional alias (token F1 0.67)
 dict(s='Sở Nông nghiệp và Môi trường, Sở Sây dựng và các đơn vị có liên quan', e='trong khuôn khổ Chương trình MTQG.',
      b=CAB + [('Sở Nông nghiệp và Môi trường', 'support', True), ('Sở Sây dựng', 'support', True),
               ('Sở Xây dựng', 'support', True, True), ('các đơn vị có liên quan', 'support', True)]),
 # c) action line ending ":" + six "- Dự án N: “...”" noun lines (optional, as p-014 4.4)
 dict(s='Tổ chức triển khai thực hiện các nội dung, nhiệm vụ các dự án, tiểu dự án do Bộ Công an chủ trì', e='(khi Bộ Công an triển khai):',
      b=CAB, d=KHI('khi Bộ Công an triển khai')),
 dict(s='Dự án 1:', e='xuyên quốc gia”.', opt=True, b=CAB),
 dict(s='Dự án 2:', e='phòng, chống ma tuý”.', opt=True, b=CAB),
 dict(s='Dự án 4:', e='phòng, chống ma túy ở cơ sở”.', opt=True, b=CAB),
 dict(s='Dự án 5:', e='quản lý sau cai”.', opt=True, b=CAB),
 dict(s='Tiểu dự án 2 (Dự án 7):', e='phòng, chống ma túy ở cơ sở”.', opt=True, b=CAB),
 dict(s='Dự án 9:', e='đánh giá Chương trình”.', opt=True, b=CAB),
 # d) the localities guided are not bodies; "vào năm 2030" dates the target -> optional deadline
 dict(s='Hướng dẫn, theo dõi, đôn đốc các địa phương xây dựng', e='các mục tiêu đã đề ra trong Chương trình MTQG.', b=CAB,
      d=('2030-12-31', 'by', None, 'vào năm 2030', True),
      g=[('50% xã, phường không có ma tuý', 50, '%', '>=', 'tỷ lệ xã, phường không có ma túy vào năm 2030')]),
 # đ) "Ủy ban nhân dân các tỉnh" (sic) is advised: not a body
 dict(s='Tham mưu Ủy ban nhân dân các tỉnh tổ chức sơ kết, tổng kết', e='Thủ tướng Chính phủ theo quy định.', b=CAB),
 # 2.4 Bộ Chỉ huy Quân sự tỉnh
 dict(s='Chủ trì, phối hợp với các đơn vị, địa phương có liên quan tại khu vực biên giới', e='diện tích trồng cây có chứa chất ma túy.',
      b=QS + [('các đơn vị, địa phương có liên quan tại khu vực biên giới, cửa khẩu', 'support', True),
              ('các đơn vị, địa phương có liên quan', 'support', True, True)]),
 dict(s='Chủ động phối hợp với Công an, lực lượng Hải quan', e='Tăng cường hợp tác quốc tế trong phòng, chống tội phạm ma túy.',
      b=QS + [('Công an', 'support', True), ('lực lượng Hải quan', 'support', True)]),
 # "tham mưu UBND tỉnh phối hợp Bộ Quốc phòng": the ministry is the advised UBND's partner -> optional support (g-011)
 dict(s='Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Quốc phòng', e='khi Bộ Quốc phòng có văn bản triển khai).',
      b=QS + [DVLQ, ('Bộ Quốc phòng', 'support', True, True)], d=KHI('khi Bộ Quốc phòng có văn bản triển khai')),
 # 2.5 Sở Y tế, 2.7 Sở GD&ĐT, 2.8 Sở Tư pháp, 2.9 Liên đoàn Lao động (header + one paragraph each)
 dict(s='Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Y tế', e='(khi Bộ Y tế có văn bản triển khai).',
      b=B('Sở Y tế') + [DVLQ, ('Bộ Y tế', 'support', True, True)], d=KHI('khi Bộ Y tế có văn bản triển khai')),
 # 2.6 "Hoàn thành, báo cáo kết quả ... trong tháng 11/2025" -> by 2025-11-30; "(qua Công an tỉnh)" optional support (p-012)
 dict(s='Chủ trì, phối hợp với các Sở, ban, ngành liên quan tham mưu Ủy ban nhân dân tỉnh tổ chức thực hiện Tiểu dự án 1',
      e='(qua Công an tỉnh) trong tháng 11/2025.',
      b=B('Sở Văn hóa, Thể thao và Du lịch') + [SBNLQ, (CA, 'support', True, True)],
      d=('2025-11-30', 'by', None, 'trong tháng 11/2025')),
 dict(s='Chủ trì, phối hợp với các Sở, ban, ngành liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Giáo dục và Đào tạo',
      e='(khi Bộ Giáo dục và Đào tạo triển khai thực hiện).',
      b=B('Sở Giáo dục và Đào tạo') + [SBNLQ, ('Bộ Giáo dục và Đào tạo', 'support', True, True)],
      d=KHI('khi Bộ Giáo dục và Đào tạo triển khai thực hiện')),
 dict(s='Chủ trì, phối hợp với các đơn vị liên quan tham mưu Ủy ban nhân dân tỉnh phối hợp Bộ Tư pháp', e='(khi Bộ Tư pháp có văn bản triển khai).',
      b=B('Sở Tư pháp') + [DVLQ, ('Bộ Tư pháp', 'support', True, True)], d=KHI('khi Bộ Tư pháp có văn bản triển khai')),
 # header "Đề nghị Liên đoàn Lao động tỉnh" -> lead without "Đề nghị" (p-025 II.7)
 dict(s='Chủ trì, phối hợp với các Sở, ban, ngành liên quan tổ chức thực hiện Tiểu dự án 4', e='triển khai thực hiện).',
      b=B('Liên đoàn Lao động tỉnh') + [SBNLQ], d=KHI('khi Tổng Liên đoàn Lao động Việt Nam triển khai thực hiện')),
 # 2.10 Đề nghị Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh (two leads)
 dict(s='Thực hiện tốt chức năng thực hành quyền công tố', e='bảo đảm kịp thời, đúng quy định của pháp luật.', b=VKS),
 dict(s='Qua công tác truy tố, xét xử để tăng cường', e='để phòng ngừa hiệu quả tội phạm ma túy.', b=VKS),
 # 2.11 Đề nghị Ủy ban MTTQ VN tỉnh và các tổ chức chính trị - xã hội trực thuộc (two leads)
 dict(s='Tổ chức thực hiện có hiệu quả các kế hoạch, chương trình phối hợp', e='Kiểm tra, giám sát việc triển khai, thực hiện Chương trình MTQG.', b=MTTQ),
 # "Chỉ đạo lực lượng các cấp, phối hợp với Công an tỉnh, UBND các xã, phường ..." -> the directed forces optional
 # leads (c-003); their partners optional supports (p-029, c-009 t2)
 dict(s='Chỉ đạo lực lượng các cấp, phối hợp với Công an tỉnh', e='bảo đảm hiệu quả công tác cai nghiện bền vững, tránh tái nghiện.',
      b=MTTQ + [('lực lượng các cấp', 'lead', True, True), (CA, 'support', True, True),
                ('Ủy ban nhân dân các xã, phường', 'support', True, True)]),
 dict(s='Xây dựng giải pháp hỗ trợ giúp đỡ đối với đoàn viên', e='tăng gia sản xuất, phát triển kinh tế...', b=MTTQ),
 dict(s='Nghiên cứu, tổ chức thêm các hình thức hoạt động', e='có thành tích trong phòng, chống ma túy.', b=MTTQ),
 # 2.12 Các Sở, ban, ngành khác (header + one paragraph); "Chỉ đạo các đơn vị trực thuộc" -> optional lead
 dict(s='Căn cứ chức năng, nhiệm vụ, quyền hạn và theo quy định của Luật phòng, chống ma túy', e='lồng ghép các hoạt động chuyên môn của đơn vị.',
      b=B('Các Sở, ban, ngành khác') + [('các Sở, ban, ngành được giao chủ trì', 'support', True),
                                       ('các đơn vị trực thuộc', 'lead', True, True)]),
 # 2.13 Ủy ban nhân dân xã, phường a)-i)
 # a) "nhiệm vụ hàng năm và cả giai đoạn" describes the targets to set, not a time limit
 dict(s='Căn cứ tình hình thực tế của địa phương, phối hợp với các cơ quan, đơn vị chức năng', e='Tiểu dự án liên quan theo yêu cầu, quy định.',
      b=XP + [('các cơ quan, đơn vị chức năng', 'support', True)]),
 # b) 20% in 2025, 100% by 2030 (the plan's own stated figure, although II.6.1 says 50%); the dates qualify the targets
 # -> optional deadline (the first)
 dict(s='Triển khai hiệu quả Kế hoạch số 64/KH-UBND', e='đạt 100% “xã, phường không ma túy”.', b=XP,
      d=('2025-12-31', 'period', None, 'ngay trong năm 2025', True),
      g=[('20% xã, phường “không ma túy” ngay trong năm 2025', 20, '%', '=', 'tỷ lệ xã, phường "không ma túy" trong năm 2025'),
         ('100% “xã, phường không ma túy”', 100, '%', '=', 'tỷ lệ xã, phường "không ma túy" đến năm 2030')]),
 dict(s='Chỉ đạo triển khai quyết liệt, hiệu quả công tác phòng ngừa', e='tố giác tội phạm và tệ nạn ma túy.', b=XP),
 # d) "Chỉ đạo các ban, ngành, đoàn thể ... phối hợp với lực lượng Công an" -> directed bodies optional leads, their
 # partner optional support
 dict(s='Chỉ đạo các ban, ngành, đoàn thể chủ động', e='đưa vào cơ sở cai nghiện bắt buộc.',
      b=XP + [('các ban, ngành, đoàn thể', 'lead', True, True), ('lực lượng Công an', 'support', True, True)]),
 # đ) restates its subject: explicit (folds to the header's name, token F1 0.8)
 dict(s='Ủy ban nhân dân các xã, phường phân công cán bộ tư vấn', e='quản lý sau cai nghiện ma túy trên địa bàn tỉnh.',
      b=[('Ủy ban nhân dân các xã, phường', 'lead', True)]),
 # e) "Xây dựng lộ trình thực hiện đến năm 2030, đảm bảo ít nhất 70% ..." -> target; the date is the roadmap's horizon
 # -> optional deadline
 dict(s='Rà soát, lựa chọn, xây dựng phương án đảm bảo', e='cai nghiện ma túy tự nguyện tại gia đình, cộng đồng.', b=XP,
      d=('2030-12-31', 'by', None, 'đến năm 2030', True),
      g=[('70% xã, phường tổ chức thực hiện công tác cai nghiện ma túy tự nguyện tại gia đình, cộng đồng', 70, '%', '>=',
          'tỷ lệ xã, phường tổ chức thực hiện công tác cai nghiện ma túy tự nguyện tại gia đình, cộng đồng đến năm 2030')]),
 dict(s='Nghiên cứu xây dựng các mô hình, tạo nguồn vốn', e='cách thức tổ chức thực hiện.', b=XP),
 # h) "Tăng cường phối hợp hiệu quả giữa chính quyền, lực lượng Công an và gia đình" -> optional support
 dict(s='Chỉ đạo tổ chức tốt công tác quản lý, giám sát, giáo dục', e='không để tái sử dụng trái phép chất ma túy...',
      b=XP + [('lực lượng Công an', 'support', True, True)]),
 dict(s='Chủ động bố trí kinh phí địa phương', e='phòng, chống ma túy có hiệu quả.', b=XP),

 # IV. Tổ chức thực hiện
 # 1. three explicit leads; "(hoàn thành trong tháng 11/2025)" -> by 2025-11-30; Công an tỉnh receives the plans
 # "để theo dõi" -> optional lead (c-009 t9)
 dict(s='Căn cứ Kế hoạch này, các Sở, ban, ngành, đoàn thể cấp tỉnh', e='báo cáo theo định kỳ của Chương trình MTQG.',
      b=[('các Sở, ban, ngành, đoàn thể cấp tỉnh', 'lead', True), ('cơ quan ngành dọc đóng trên địa bàn', 'lead', True),
         ('Ủy ban nhân dân xã, phường', 'lead', True), (CA, 'lead', True, True)],
      d=('2025-11-30', 'by', None, 'hoàn thành trong tháng 11/2025')),
 # 2. with its unmarked "Đồng thời, giao Công an tỉnh ..." paragraph: one leaf item. "thường xuyên rà soát" (second
 # paragraph) -> optional ongoing; "kế hoạch thực hiện hàng năm" names the yearly plan
 dict(s='Giao Công an tỉnh chủ trì, phối hợp các đơn vị có liên quan', e='được Quốc hội thông qua và có hiệu lực thi hành.',
      b=[(CA, 'lead', True), ('các đơn vị có liên quan', 'support', True), ('các Sở, ban, ngành liên quan', 'support', True)],
      d=(None, 'ongoing', None, 'thường xuyên', True)),
 # closing: difficulties reported "(qua Công an tỉnh)" -> required task (c-009 t9, g-016), Công an tỉnh optional support
 dict(s='Trong quá trình thực hiện, nếu có khó khăn, vướng mắc', e='để được hướng dẫn, giải quyết./.',
      b=[('các cơ quan, đơn vị, địa phương', 'lead', True), (CA, 'support', True, True)]),
]
