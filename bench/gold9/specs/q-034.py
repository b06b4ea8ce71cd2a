SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Ke-hoach-556-KH-UBND-2025-thuc-hien-Nghi-quyet-48-NQ-CP-su-dung-ben-vung-tai-nguyen-Dong-Thap-681495.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/bffd9da6f0d38031.md@56eff108e1bc; corpus/directives/034.txt)'
DOC = dict(doc_type='ke_hoach', number='556/KH-UBND', issuer='UBND tỉnh Đồng Tháp', signer='Nguyễn Thành Diệu', issued_on='2025-11-19',
           subject='thực hiện Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ phê duyệt Chiến lược khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo đến năm 2030, tầm nhìn đến năm 2050',
           # the basis (48/NQ-CP) and the documents the tasks say to keep implementing (III.7, IV.1: 36-NQ/TW, 26/NQ-CP,
           # 310/KH-UBND); the replaced plan 371/KH-UBND (closing "Kế hoạch này thay thế ...") is not a basis (as c-044
           # leaves out the decisions its tasks replace)
           references=['48/NQ-CP', '36-NQ/TW', '26/NQ-CP', '310/KH-UBND'],
           indices=[])
START = 'I. MỤC'
D = ['DTI']
SNN = 'Sở Nông nghiệp và Môi trường'
UT = ('UBND tỉnh Đồng Tháp', 'lead', False, True)
# Section III (Nhiệm vụ và giải pháp chủ yếu) names no body. IV.13 assigns it in so many words: "13. Các sở, ngành có
# liên quan; Ủy ban nhân dân các xã, phường — ... đề xuất, triển khai thực hiện các nhiệm vụ và giải pháp tại Phần III
# Kế hoạch này" -> those two are the required inherited leads of every III item (as c-044 / p-014 / p-029 inherit the
# plan's implementers). Optional aliases: VI.1's "các sở, ban, ngành cấp tỉnh" (the same implementers, token F1 0.5),
# the Sở NN&MT that VI.5 makes "chủ trì ... tổ chức triển khai thực hiện Kế hoạch này", and the issuer.
SN = ('Các sở, ngành có liên quan', 'lead', False)
XP = ('Ủy ban nhân dân các xã, phường', 'lead', False)
III = [SN, XP, ('các sở, ban, ngành cấp tỉnh', 'lead', False, True), (SNN, 'lead', False, True), UT]
# Section II (Mục tiêu): the owner and the implementers, inherited and optional (seed-004 t4, g-018, p-014)
MT = [UT, SN + (True,), XP + (True,), ('các sở, ban, ngành cấp tỉnh', 'lead', False, True)]
D30 = ('2030-12-31', 'by', None, 'đến năm 2030', False, 'tiêu cụ thể đến năm 2030')
D30_OPT = D30[:4] + (True, D30[5])
Y30 = ('2030-12-31', 'by', None, 'Đến năm 2030', True)      # a dated clause inside a solution item -> optional
# IV. Nhiệm vụ cụ thể: the "N. body" headers give inherited leads
B = lambda name: [(name, 'lead', False)]
NN = B(SNN)
VH = B('Sở Văn hóa, Thể thao và Du lịch')
CT = B('Sở Công Thương')
XD = B('Sở Xây dựng')
KH = B('Sở Khoa học và Công nghệ')
TC = B('Sở Tài chính')
NV = B('Sở Nội vụ')
QS = B('Bộ Chỉ huy Quân sự tỉnh')
# header "12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông": one collective body (the
# named communes share the head noun); the short form is an optional alias (token F1 with the full name is low)
X4 = [('Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông', 'lead', False),
      ('Ủy ban nhân dân các xã', 'lead', False, True)]
SNDP = ('các sở, ngành, địa phương có liên quan', 'support', True)
BNTW = ('các bộ, ngành Trung ương', 'support', True, True)   # "tham mưu UBND tỉnh phối hợp các bộ, ngành TW" (g-011)

T = [
 # I.1 Mục đích (4), I.2 Yêu cầu (2) -> optional
 dict(s='Nhằm tổ chức quán triệt', e='ứng phó với biến đổi khí hậu và nước biển dâng.', opt=True),
 dict(s='Khai thác, sử dụng bền vững tài nguyên, bảo vệ môi trường biển và hải đảo dựa trên', e='đảm bảo phát triển bền vững kinh tế biển.', opt=True),
 dict(s='Tăng cường quyền lợi,', e='góp phần duy trì môi trường hòa bình, ổn định.', opt=True),
 dict(s='Phân công trách nhiệm cụ thể', e='theo chức năng, nhiệm vụ được giao.', opt=True,
      b=[('các sở, ban, ngành', 'lead', True), ('Ủy ban nhân dân các xã, phường', 'lead', True)]),
 dict(s='Các cấp, các ngành theo chức năng', e='Kế hoạch của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 48/NQ-CP.', opt=True,
      b=[('Các cấp, các ngành', 'lead', True)]),
 dict(s='Đảm bảo sự phối hợp chặt chẽ', e='để thực hiện tốt Nghị quyết số 48/NQ-CP.', opt=True),
 # II.1 Mục tiêu tổng quát -> optional (aims)
 dict(s='Tài nguyên biển và hải đảo phải được khai thác hợp lý', e='tăng cường đối ngoại và hợp tác quốc tế về biển.', opt=True, b=MT),
 dict(s='Việc khai thác, sử dụng bền vững tài nguyên', e='đảm bảo phát triển bền vững kinh tế biển.', opt=True, b=MT),
 # II.2 Mục tiêu cụ thể đến năm 2030: qualitative aims optional (n-023); the quantified "+ Ngăn ngừa ..." item is a
 # required task with two targets (g-018 / p-014); the sub-heading gives 2030-12-31 (required there, optional elsewhere).
 # "- Về môi trường, ứng phó với biến đổi khí hậu, nước biển dâng:" only introduces the "+" items: no unit.
 dict(s='Tài nguyên biển và hải đảo được khai thác hợp lý, sử dụng hiệu quả để phát triển', e='nâng cao đời sống và sinh kế cộng đồng.',
      opt=True, b=MT, d=D30_OPT),
 dict(s='Về khoa học, công nghệ, phát triển nguồn nhân lực biển:', e='có năng lực, trình độ cao.', opt=True, b=MT, d=D30_OPT),
 dict(s='Đánh giá được tiềm năng, giá trị', e='bảo đảm tính tích hợp, chia sẻ và cập nhật.', opt=True, b=MT, d=D30_OPT, i=D),
 dict(s='Ngăn ngừa, kiểm soát và giảm đáng kể ô nhiễm', e='thích ứng với biến đổi khí hậu, nước biển dâng.', b=MT, d=D30,
      g=[('100% chất thải nguy hại, chất thải rắn sinh hoạt được phân loại, thu gom, xử lý', 100, '%', '=',
          'tỷ lệ chất thải nguy hại, chất thải rắn sinh hoạt ở các khu đô thị ven biển được phân loại, thu gom, xử lý đến năm 2030'),
         ('100% khu công nghiệp và khu đô thị ven biển được quy hoạch, xây dựng theo hướng bền vững, sinh thái, thông minh, thích ứng với biến đổi khí hậu, nước biển dâng',
          100, '%', '=', 'tỷ lệ khu công nghiệp và khu đô thị ven biển được quy hoạch, xây dựng theo hướng bền vững, sinh thái, thông minh đến năm 2030')]),
 dict(s='Ứng phó hiệu quả với thiên tai', e='tác động của nước biển dâng được tăng cường.', opt=True, b=MT, d=D30_OPT),
 dict(s='Quản lý và bảo vệ tốt các hệ sinh thái biển', e='xâm nhập mặn, xói lở bờ biển.', opt=True, b=MT, d=D30_OPT),
 # II.3 Tầm nhìn đến năm 2050 -> optional (aim)
 dict(s='Tài nguyên biển và hải đảo được khai thác hợp lý, sử dụng hiệu quả nhằm', e='tiêu chí quốc gia về phát triển bền vững kinh tế biển.',
      opt=True, b=MT, d=('2050-12-31', 'by', None, 'đến năm 2050', True, 'nhìn đến năm 2050')),

 # III. Nhiệm vụ và giải pháp chủ yếu (numbered headings, "a) Phân vùng sử dụng không gian biển" are headings)
 # 1. quán triệt, tuyên truyền
 dict(s='Tập trung quán triệt các nội dung', e='vai trò, vị trí và tầm quan trọng của chiến lược.', b=III),
 dict(s='Tổ chức tuyên truyền sâu rộng Nghị quyết', e='để tạo đột phá phát triển bền vững.', b=III),
 # "các chiến dịch tuyên truyền cao điểm hàng năm" (05/6, 08/6, 01-08/6): the yearly campaigns the task works through
 # -> optional recurring, date null
 dict(s='Tập trung tuyên truyền, nâng cao ý thức của người dân', e='bảo vệ chủ quyền, tài nguyên, môi trường biển, đảo.', b=III,
      d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm', True)),
 dict(s='Đẩy mạnh giáo dục pháp luật nhằm', e='thuộc danh mục ưu tiên bảo vệ.', b=III),
 # 2. quy hoạch, kế hoạch ("trên 4 ngành công nghiệp chính" = in four sectors: a scope count, optional target)
 dict(s='Triển khai thực hiện quy hoạch tổng thể', e='cho các hộ dân có liên quan.', b=III),
 dict(s='Phát triển công nghiệp, cảng biển, trung tâm logistics:', e='nâng cao chất lượng cuộc sống người dân.', b=III,
      g=[('4 ngành công nghiệp chính', 4, 'ngành công nghiệp', '=', 'số ngành công nghiệp chính được đổi mới', True)]),
 # word for word the Sở NN&MT's IV.1 item (that Sở is already an optional alias in III)
 dict(s='Tăng cường đầu tư xây dựng, nâng cấp các cảng cá', e='hỗ trợ dịch vụ cứu hộ, cứu nạn.', b=III),
 # 3. a) Phân vùng sử dụng không gian biển
 dict(s='Từng bước khắc phục những mâu thuẫn', e='ứng phó với biến đổi khí hậu, nước biển dâng.', b=III),
 dict(s='Thực hiện các mục tiêu bảo đảm quốc phòng', e='bảo tồn các di sản văn hóa biển.', b=III),
 # intro with content of its own ("Ưu tiên bố trí không gian biển") over five full imperative "+" items -> optional
 # introducer (as c-035 t2 / k-0006); the "+" items are the tasks
 dict(s='Ưu tiên bố trí không gian biển cho các hoạt động sau:', opt=True, b=III),
 dict(s='Phát triển nhanh, đa dạng các lĩnh vực', e='du lịch văn hóa và tuyến du lịch liên tỉnh.', b=III),
 dict(s='Khai thác tốt các tuyến vận tải đường thủy', e='đáp ứng nhu cầu phát triển dịch vụ vận tải biển.', b=III),
 dict(s='Đánh giá, thăm dò, khai thác tài nguyên biển', e='tiết kiệm, hiệu quả.', b=III),
 # three targets; "Phấn đấu đến năm 2030" dates only the last sentence -> optional deadline
 dict(s='Phát triển ngành thủy sản toàn diện', e='rừng ngập mặn ven biển của tỉnh đạt 1.700 ha.', b=III,
      d=('2030-12-31', 'by', None, 'đến năm 2030', True),
      g=[('02 vùng dự án nuôi thủy sản công nghệ cao', 2, 'vùng dự án', '>=', 'số vùng dự án nuôi thủy sản công nghệ cao'),
         ('30% diện tích nuôi thủy sản chủ lực áp dụng các quy trình/mô hình sản xuất tiên tiến', 30, '%', '=',
          'tỷ lệ diện tích nuôi thủy sản chủ lực áp dụng các quy trình/mô hình sản xuất tiên tiến'),
         ('diện tích rừng ngập mặn ven biển của tỉnh đạt 1.700 ha', 1700, 'ha', '=',
          'diện tích rừng ngập mặn ven biển của tỉnh đến năm 2030')]),
 dict(s='Nghiên cứu, phát triển năng lượng tái tạo', e='vật liệu nạo vét không đổ được trên bờ.', b=III),
 # 3. b), c), d): lettered leaf paragraphs
 dict(s='Ưu tiên nguồn lực để đẩy mạnh các hoạt động', e='ô nhiễm môi trường, suy giảm đa dạng sinh học.', b=III),
 dict(s='Tạo bước chuyển biến căn bản', e='chương trình quản lý tổng hợp vùng bờ.', b=III),
 dict(s='Thúc đẩy hoạt động đồng quản lý', e='cơ sở vật chất, trang thiết bị.', b=III),
 # 4. Bảo vệ môi trường biển và hải đảo ("Kế hoạch hành động quốc gia ... đến năm 2030" is a cited plan's title; the
 # "Đến năm 2030, ..." sentences date the outcome clause only -> optional)
 dict(s='Thực hiện điều tra, đánh giá sức chịu tải', e='hải đảo vượt sức chịu tải môi trường.', b=III),
 dict(s='Tăng cường năng lực và chủ động kiểm soát', e='nguồn gây ô nhiễm môi trường biển.', b=III),
 dict(s='Ưu tiên nguồn lực từ nguồn kinh phí bảo vệ môi trường', e='khu du lịch biển đạt 100%.', b=III, d=Y30,
      g=[('tỷ lệ thu gom, xử lý rác thải nhựa tại các bãi biển, khu du lịch biển đạt 100%', 100, '%', '=',
          'tỷ lệ thu gom, xử lý rác thải nhựa tại các bãi biển, khu du lịch biển đến năm 2030')]),
 dict(s='Tăng cường năng lực hệ thống quan trắc', e='tài nguyên, môi trường biển và hải đảo quốc gia.', b=III, d=Y30, i=D),
 dict(s='Kiện toàn tổ chức, tăng cường năng lực, hiện đại hóa', e='xử lý ô nhiễm môi trường biển và hải đảo.', b=III),
 # 5. Bảo tồn đa dạng sinh học
 dict(s='Tăng cường công tác bảo vệ đa dạng sinh học', e='đến năm 2030 đạt 1.700 ha.', b=III,
      d=('2030-12-31', 'by', None, 'đến năm 2030', True),
      g=[('diện tích rừng ngập mặn đến năm 2030 đạt 1.700 ha', 1700, 'ha', '=', 'diện tích rừng ngập mặn của tỉnh đến năm 2030')]),
 # the whole item is a dated goal -> required deadline
 dict(s='Đến năm 2030, 100% các khu vực bảo vệ nguồn lợi thủy sản', e='được xác định và quản lý hiệu quả.', b=III,
      d=('2030-12-31', 'by', None, 'Đến năm 2030'),
      g=[('100% các khu vực bảo vệ nguồn lợi thủy sản được xác định và quản lý hiệu quả', 100, '%', '=',
          'tỷ lệ khu vực bảo vệ nguồn lợi thủy sản được xác định và quản lý hiệu quả đến năm 2030')]),
 dict(s='Kiểm soát chặt chẽ hoạt động khai thác, gây nuôi', e='danh mục cần được bảo tồn.', b=III),
 dict(s='Ngăn ngừa, kiểm soát chặt chẽ và phòng trừ', e='qua hoạt động vận tải biển.', b=III),
 # 6. Ứng phó với biến đổi khí hậu ("định kỳ cập nhật kịch bản" and "Đến năm 2030, hệ thống ... được hiện đại hóa"
 # both qualify a clause: one optional deadline)
 dict(s='Tăng cường năng lực quan trắc biến đổi khí hậu', e='được hiện đại hóa và được kết nối thông suốt.', b=III, d=Y30),
 dict(s='Nâng cao khả năng chống chịu và phục hồi', e='đời sống, sinh kế cộng đồng trên vùng biển và ven biển.', b=III),
 dict(s='Triển khai các giải pháp ứng phó, phòng tránh', e='đối với vùng biển và ven biển.', b=III),
 # "đạt mức phát thải ròng bằng 0 vào năm 2050" is Việt Nam's COP 26 commitment, cited: no target, no deadline
 dict(s='Rà soát, đổi mới công nghệ và hoạt động khai thác', e='phát thải ròng bằng 0 vào năm 2050.', b=III),
 # 7. Điều tra cơ bản ("đến năm 2030, tầm nhìn đến năm 2045" is 36-NQ/TW's title)
 dict(s='Phối hợp với các bộ, ngành Trung ương tiếp tục', e='tầm nhìn đến năm 2045.', b=III + [('các bộ, ngành Trung ương', 'support', True)]),
 dict(s='Xây dựng và số hóa hồ sơ tài nguyên', e='an ninh trên biển và hải đảo của Việt Nam.', b=III, i=D),
 # 8. Khoa học, công nghệ và hợp tác quốc tế
 dict(s='Tăng cường ứng dụng khoa học, công nghệ mới trong khai thác', e='đáp ứng nhu cầu của thị trường.', b=III),
 # "Thường xuyên" leads the item -> required ongoing (c-010 t4, p-014 V.1)
 dict(s='Thường xuyên chủ động tìm kiếm, phối hợp', e='hệ sinh thái biển và ven biển của tỉnh.',
      b=III + [('các cơ quan, đơn vị, tổ chức khoa học trong và ngoài nước', 'support', True)],
      d=(None, 'ongoing', None, 'Thường xuyên')),
 dict(s='Đầu tư trang thiết bị, phương tiện, nguồn nhân lực', e='hải đảo trên địa bàn tỉnh Đồng Tháp.', b=III),
 dict(s='Thúc đẩy sự tham gia của doanh nghiệp', e='sử dụng tài nguyên hiệu quả, thân thiện môi trường.', b=III),
 dict(s='Đẩy mạnh hợp tác, tranh thủ sự hỗ trợ', e='thích ứng với biến đổi khí hậu, nước biển dâng.', b=III),
 # 9. giáo dục, đào tạo, nguồn nhân lực ("Có cơ chế khuyến khích ..." is the authorities' measure, p-029)
 # word for word the Sở GD&ĐT's IV.8 task -> that Sở an optional extra lead (the IV.13 assignment stays required)
 dict(s='Xây dựng các chương trình đào tạo nghề', e='chuyển đổi nghề nghiệp của người dân.',
      b=III + [('Sở Giáo dục và Đào tạo', 'lead', False, True)]),
 dict(s='Tiếp tục hoàn thiện thể chế, đề xuất', e='quá trình phát triển kinh tế - xã hội.', b=III),
 dict(s='Tăng cường năng lực, kiện toàn bộ máy tham mưu', e='bảo vệ môi trường biển và hải đảo.', b=III),
 dict(s='Có cơ chế khuyến khích các cơ quan khoa học', e='quá trình Quản lý tổng hợp vùng bờ.', b=III),
 # 10. cơ chế tài chính
 dict(s='Huy động và sử dụng có hiệu quả các nguồn vốn', e='bảo vệ môi trường biển và hải đảo.', b=III),
 dict(s='Nghiên cứu, xây dựng cơ chế tăng nguồn thu', e='quản lý tài nguyên và bảo vệ môi trường biển.', b=III),
 # 11. heading + one unmarked paragraph -> one task
 dict(s='Tiếp tục vận hành hệ thống cơ sở dữ liệu', e='của Sở Nông nghiệp và Môi trường và các sở, ngành khác.', b=III, i=D),

 # IV. Nhiệm vụ cụ thể
 # 1. Sở Nông nghiệp và Môi trường ("Định kỳ hàng năm, tổng hợp, báo cáo ..." is the item's only time limit and a
 # sentence of its own -> required recurring, date null; the Bộ and UBND tỉnh are reported to, not bodies)
 dict(s='Chủ trì, theo dõi, kiểm tra, đôn đốc việc thực hiện', e='đồng gửi Ủy ban nhân dân tỉnh theo dõi.', b=NN,
      d=(None, 'recurring', 'FREQ=YEARLY', 'Định kỳ hàng năm')),
 dict(s='Tiếp tục thực hiện Nghị quyết số 36-NQ/TW', e='đến năm 2030, tầm nhìn đến năm 2045.', b=NN),
 dict(s='Chủ trì, phối hợp các sở, ngành, địa phương có liên quan, tham mưu đề xuất cấp có thẩm quyền',
      e='hải đảo trên địa bàn tỉnh.', b=NN + [SNDP]),
 dict(s='Chủ trì, phối hợp các sở, ngành, địa phương có liên quan, tham mưu đề xuất Ủy ban nhân dân tỉnh tổ chức',
      e='Chương trình Quản lý tổng hợp vùng bờ.', b=NN + [SNDP]),
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan xây dựng, triển khai các chương trình',
      e='để đóng góp vào phát triển kinh tế biển.', b=NN + [SNDP]),
 # "Kế hoạch 310/KH-UBND ... đến năm 2030" is a title; "thành lập mới khu bảo vệ ... đến năm 2030" dates the second
 # clause only -> optional
 dict(s='Tiếp tục triển khai thực hiện Kế hoạch 310/KH-UBND', e='phục hồi hệ sinh thái biển đến năm 2030.',
      b=NN + [('Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông', 'support', True),
              ('Ủy ban nhân dân 04 xã', 'support', True, True)],
      d=('2030-12-31', 'by', None, 'hệ sinh thái biển đến năm 2030', True)),
 dict(s='Theo dõi và quản lý các hoạt động khai thác thủy sản xa bờ', e='bảo vệ diện tích rừng ngập mặn.', b=NN),
 # word for word III.2 item 3
 dict(s='Tăng cường đầu tư xây dựng, nâng cấp các cảng cá', e='hỗ trợ dịch vụ cứu hộ, cứu nạn.', b=NN),
 dict(s='Tăng cường tuyên truyền các tiêu chuẩn, quy chuẩn', e='không khai báo, không theo quy định.', b=NN),
 dict(s='Xây dựng và triển khai kế hoạch quan trắc', e='phòng chống dịch bệnh trên thủy sản nuôi.', b=NN),
 # 2. Sở Văn hóa, Thể thao và Du lịch (UBND tỉnh advised: not a body)
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh phát triển',
      e='tuyến du lịch sinh thái tại khu vực Cồn Ngang.', b=VH + [SNDP]),
 dict(s='Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng: Đề án',
      e='gắn với biển và hải đảo.', b=VH + [BNTW]),
 # "Chỉ đạo ... X" -> X optional explicit lead (c-003)
 dict(s='Chỉ đạo, đôn đốc, hướng dẫn các cơ quan truyền thông', e='tìm hiểu về vùng biển Đồng Tháp.',
      b=VH + [('các cơ quan truyền thông trên địa bàn tỉnh', 'lead', True, True)]),
 # 3. Sở Công Thương ("100 MW" is the capacity of the zone offered to investors: optional target)
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh thực hiện các dự án',
      e='đầu tư cho phát triển bền vững kinh tế biển.', b=CT + [SNDP]),
 dict(s='Tiếp tục vận hành, khai thác các dự án điện gió', e='Tân Thành với công suất 100 MW.', b=CT,
      g=[('100 MW', 100, 'MW', '=', 'công suất Khu vực điện gió Tân Thành mời gọi đầu tư', True)]),
 # 4. Sở Xây dựng
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh chỉ đạo',
      e='theo đúng mục đích, yêu cầu của Kế hoạch.', b=XD + [SNDP]),
 dict(s='Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng các dự án', e='tinh thần Nghị quyết số 48/NQ-CP.',
      b=XD + [BNTW]),
 dict(s='Tham mưu Ủy ban nhân dân tỉnh phối hợp các bộ, ngành Trung ương xây dựng Đề án xây dựng', e='gắn với phát triển du lịch bền vững.',
      b=XD + [BNTW]),
 # 5. Sở Khoa học và Công nghệ (the organisations guided are not bodies)
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan xây dựng, tham mưu triển khai',
      e='khai thác, sử dụng bền vững tài nguyên và bảo vệ môi trường biển.', b=KH + [SNDP]),
 dict(s='Chủ trì, phối hợp với các sở, ban, ngành và địa phương có liên quan hướng dẫn', e='cho các sản phẩm nuôi biển.',
      b=KH + [('các sở, ban, ngành và địa phương có liên quan', 'support', True)]),
 # 6. Sở Tài chính (HĐND / UBND advised; "kế hoạch đầu tư công trung hạn, hằng năm" names the yearly plan -> optional
 # recurring, as g-018 IV.2's yearly budget)
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu Ủy ban nhân dân tỉnh trình',
      e='thuộc phạm vi quản lý nhà nước được giao.', b=TC + [SNDP], d=(None, 'recurring', 'FREQ=YEARLY', 'hằng năm', True)),
 dict(s='Đẩy mạnh huy động nguồn vốn đầu tư', e='sử dụng trình độ công nghệ hiện đại và thân thiện với môi trường.', b=TC),
 dict(s='Tham mưu Ủy ban nhân dân tỉnh các dự án, chương trình', e='nhà máy chế biến thủy sản phục vụ cho xuất khẩu.', b=TC),
 # "thời kỳ 2021 - 2030, tầm nhìn đến năm 2050" is the period of the plans: no deadline
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tổ chức triển khai lập điều chỉnh', e='tầm nhìn đến năm 2050.',
      b=TC + [SNDP]),
 dict(s='Căn cứ khả năng cân đối ngân sách địa phương', e='phân cấp ngân sách nhà nước hiện hành.', b=TC + [(SNN, 'support', True)]),
 # 7. Sở Nội vụ
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tổ chức thực hiện việc xác định', e='các xã có biển trên địa bàn tỉnh.',
      b=NV + [SNDP]),
 dict(s='Phối hợp với các sở, ngành, địa phương có liên quan, tham mưu đề xuất cấp có thẩm quyền bố trí, bổ sung', e='hải đảo theo quy định.',
      b=NV + [SNDP]),
 # 8. Sở Giáo dục và Đào tạo (header + one paragraph)
 dict(s='Chủ trì, tham mưu xây dựng các chương trình đào tạo nghề', e='phù hợp với thực tế.', b=B('Sở Giáo dục và Đào tạo')),
 # 9. Bộ Chỉ huy Quân sự tỉnh
 dict(s='Thực hiện tốt nhiệm vụ quốc phòng, an ninh trên biển', e='sử dụng tài nguyên biển bền vững.', b=QS),
 dict(s='Phối hợp với các cơ quan có liên quan tham gia và bảo vệ an ninh', e='xử lý các hành vi vi phạm theo thẩm quyền.',
      b=QS + [('các cơ quan có liên quan', 'support', True)]),
 # 10. Công an tỉnh, 11. Ban Quản lý Khu kinh tế tỉnh (header + one paragraph each)
 dict(s='Thực hiện tốt công tác phòng ngừa, phát hiện, đấu tranh', e='triển khai các nhiệm vụ của Chiến lược.', b=B('Công an tỉnh')),
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh triển khai thực hiện đầu tư',
      e='công nghiệp biển và thân thiện với môi trường.', b=B('Ban Quản lý Khu kinh tế tỉnh') + [SNDP]),
 # 12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông
 dict(s='Xây dựng kế hoạch cụ thể hóa các nhiệm vụ và giải pháp', e='kế hoạch phát triển kinh tế - xã hội của xã, tỉnh.', b=X4),
 dict(s='Phối hợp với các đơn vị liên quan tổ chức tuyên truyền', e='bảo vệ môi trường biển và hải đảo.',
      b=X4 + [('các đơn vị liên quan', 'support', True)]),
 dict(s='Chủ trì xây dựng, điều chỉnh, bố trí kinh phí', e='trong phạm vi quyền hạn của địa phương.', b=X4),
 # 13. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường (header + one paragraph; two leads)
 dict(s='Căn cứ vào chức năng, nhiệm vụ của đơn vị, đề xuất', e='thích ứng với biến đổi khí hậu, nước biển dâng.', b=[SN, XP]),

 # V. Kinh phí: 1. sources of money -> optional, no body (c-044 t13); 2. an obligation with explicit bodies (c-044 t14);
 # "ngân sách nhà nước được bố trí trong năm" is the yearly budget -> optional recurring
 dict(s='Kinh phí bảo đảm thực hiện Kế hoạch này được bố trí', e='các nguồn vốn hợp pháp khác (nếu có).', opt=True),
 dict(s='Các sở, ngành, địa phương có liên quan có trách nhiệm chủ động cân đối', e='nhiệm vụ được giao trong Kế hoạch này.',
      b=[('Các sở, ngành, địa phương có liên quan', 'lead', True)], d=(None, 'recurring', 'FREQ=YEARLY', 'trong năm', True)),

 # VI. Tổ chức thực hiện (numbered assignment items with their bodies in the text -> required, c-044 t15 / p-029 V.8)
 dict(s='Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh', e='chức năng, nhiệm vụ của ngành, cơ quan, đơn vị mình.',
      b=[('các sở, ban, ngành cấp tỉnh', 'lead', True), ('Ủy ban nhân dân các xã, phường', 'lead', True)]),
 # "có trách nhiệm thường xuyên phối hợp" -> required ongoing; the body is named with its relative clause cut at
 # "có liên quan" (the full name is an optional alias: token F1 0.70)
 dict(s='Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện', e='phát triển kinh tế biển trên địa bàn tỉnh.',
      b=[('Các sở, ban, ngành tỉnh có liên quan', 'lead', True),
         ('Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này', 'lead', True, True),
         ('các cơ quan chuyên môn thuộc các bộ, ngành Trung ương', 'support', True)],
      d=(None, 'ongoing', None, 'thường xuyên')),
 dict(s='Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các Đoàn thể tỉnh', e='góp phần phát triển bền vững kinh tế biển của tỉnh.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', True), ('các Đoàn thể tỉnh', 'lead', True)]),
 # yearly report "chậm nhất ngày 17 tháng 12": first occurrence after 19/11/2025 -> 2025-12-17; the Sở NN&MT receives
 # the reports -> optional lead (c-009 t9)
 dict(s='Các đơn vị, địa phương tăng cường kiểm tra, đôn đốc', e='đến ngày 14 tháng 12 của kỳ báo cáo.',
      b=[('Các đơn vị, địa phương', 'lead', True), (SNN, 'lead', True, True)],
      d=('2025-12-17', 'recurring', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=17',
         'định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất *ngày 17 tháng 12')),
 dict(s='Giao Sở Nông nghiệp và Môi trường chủ trì phối hợp', e='Bộ Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh.',
      b=[(SNN, 'lead', True), ('các sở, ban, ngành tỉnh', 'support', True), ('Ủy ban nhân dân các xã, phường', 'support', True)]),
 # closing: difficulties reported to the Sở NN&MT -> required task (c-009 t9); the Sở, which compiles, optional lead.
 # "Kế hoạch này thay thế Kế hoạch số 371/KH-UBND ..." is a statement: no unit.
 dict(s='Trong quá trình triển khai thực hiện, nếu có phát sinh khó khăn', e='xem xét, điều chỉnh cho phù hợp.',
      b=[('các sở, ban, ngành, đơn vị chức năng có liên quan', 'lead', True), ('Ủy ban nhân dân các xã, phường', 'lead', True),
         (SNN, 'lead', True, True)]),
]
