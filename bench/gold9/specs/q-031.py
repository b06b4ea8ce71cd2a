SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Quyet-dinh-2853-QD-UBND-2025-Nang-cao-quan-ly-rui-ro-thien-tai-dua-vao-cong-dong-Ho-Chi-Minh-682537.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/437c3beb60ae2874.md@56eff108e1bc; corpus/directives/031.txt, excerpt: the Phụ lục "Khung kế hoạch" cited in III is not in the text)'
DOC = dict(doc_type='quyet_dinh', number='2853/QĐ-UBND', issuer='UBND Thành phố Hồ Chí Minh', signer='Bùi Minh Thạnh', issued_on='2025-11-21',
           subject='ban hành Kế hoạch triển khai thực hiện Đề án “Nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng, đến năm 2030” trên địa bàn Thành phố Hồ Chí Minh',
           # numbered documents of the Căn cứ / Theo đề nghị lines and the three decisions Điều 2 replaces (as p-033);
           # the laws are cited by name and date only. "9512/TTr- SNN-CCTL" is written with a space.
           references=['42-CT/TW', '66/2021/NĐ-CP', '78/2021/NĐ-CP', '63/2025/NĐ-CP', '131/2025/NĐ-CP', '200/2025/NĐ-CP',
                       '379/QĐ-TTg', '553/QĐ-TTg', '9512/TTr-SNN-CCTL', '3089/QĐ-UBND', '1397/QĐ-UBND', '1179/QĐ-UBND'],
           indices=[])
START = 'QUYẾT ĐỊNH:'

NN = 'Sở Nông nghiệp và Môi trường'
SBN = 'các sở, ban, ngành Thành phố'
PX = 'Ủy ban nhân dân các phường, xã, đặc khu'
UT = 'UBND Thành phố Hồ Chí Minh'
GD = 'Sở Giáo dục và Đào tạo'
BTL = 'Bộ Tư lệnh Thành phố'
YT = 'Sở Y tế'
KH = 'Sở Khoa học và Công nghệ'
# Implementers of the plan as a whole: Điều 3 ("Thủ trưởng các sở, ban, ngành Thành phố, Ủy ban nhân dân các phường, xã,
# đặc khu, ...") = the two groups of V.8 / V.9. Section III (Nội dung) names no body -> these two, inherited and
# required (c-044, p-014, p-029); the coordinating Sở NN&MT (V.1 "cơ quan đầu mối") and the owner optional; where a V item
# repeats the III item, its body is an extra optional lead.
IMP = [(SBN, 'lead', False), (PX, 'lead', False), (NN, 'lead', False, True), (UT, 'lead', False, True)]
def imp(*extra):
    return IMP + [(x, 'lead', False, True) for x in extra]
# I.2 Mục tiêu cụ thể: owner + implementers, inherited and optional (g-018, seed-004 t4, p-029)
MT = [(UT, 'lead', False, True), (NN, 'lead', False, True), (SBN, 'lead', False, True), (PX, 'lead', False, True)]
def mt(*extra):
    return MT + [(x, 'lead', False, True) for x in extra]
# the intro "Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:" gives its date to the items below it
D30 = ('2030-12-31', 'by', None, 'Đến hết năm 2030', False, 'Mục tiêu cụ thể')
D30o = D30[:4] + (True, D30[5])
# II.1 "Thời gian: từ nay đến năm 2030" is the plan's period: inferred for the III / V tasks -> optional
DP = ('2030-12-31', 'period', None, 'từ nay đến năm 2030', True, 'II. THỜI')
YRo = (None, 'recurring', 'FREQ=YEARLY', 'hàng năm', True)
# V.1 items: the header "Giao Sở Nông nghiệp và Môi trường ... tổ chức thực hiện các nhiệm vụ sau:"
B1 = [(NN, 'lead', False)]
LQ = 'các cơ quan, đơn vị liên quan'
# V.2: "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở NN&MT, Ủy ban nhân dân các phường, xã, đặc khu:"
B2 = [(GD, 'lead', False), (NN, 'support', False), (PX, 'support', False)]
B4 = [(KH, 'lead', False)]
B5 = [(YT, 'lead', False), (NN, 'support', False)]
B9 = [(PX, 'lead', False)]

T = [
 # ---------------- Quyết định ----------------
 # Điều 1 issues the plan (g-055, p-033) -> optional; Điều 2 (hiệu lực, thay thế) -> not a task
 dict(s='Ban hành kèm theo Quyết định này Kế hoạch triển khai', e='trên địa bàn Thành phố Hồ Chí Minh.', opt=True),
 # Điều 3: "chịu trách nhiệm thi hành Quyết định này" -> optional closing formula; titles dropped
 dict(s='Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nông nghiệp', e='chịu trách nhiệm thi hành Quyết định này./.', opt=True,
      b=[('Văn phòng Ủy ban nhân dân Thành phố', 'lead', True), (NN, 'lead', True), (SBN, 'lead', True), (PX, 'lead', True),
         ('các tổ chức, hội, đoàn thể và cá nhân có liên quan', 'lead', True)]),

 # ---------------- Kế hoạch ----------------
 # I.1 Mục tiêu chung -> optional (aim)
 dict(s='Nâng cao nhận thức về thiên tai, năng lực ứng phó thiên tai cho đội ngũ', e='thiệt hại do thiên tai gây ra.', opt=True, b=MT),
 # I.2 intro -> optional (c-035 t2, p-027)
 dict(s='Đến hết năm 2030, phấn đấu đạt được những mục tiêu sau:', opt=True, b=MT, d=D30o),
 # qualitative goals -> optional (n-023, p-012)
 dict(s='Hoàn thiện và triển khai các văn bản hướng dẫn cơ chế', e='theo chính quyền địa phương 02 cấp;', opt=True, b=MT, d=D30o),
 dict(s='Đội ngũ giảng viên, tập huấn viên các cấp được trang bị', e='kỹ năng ứng phó thiên tai tại cộng đồng;', opt=True, b=MT, d=D30o),
 # quantified goals -> required tasks with targets (g-018, seed-004 t4, p-029); "100%" -> "=", "ít nhất 50%" -> ">="
 dict(s='100% cán bộ, chiến sĩ, công chức, viên chức, người lao động', e='phòng chống, ứng phó thiên tai;', b=mt(BTL), d=D30,
      g=[('100% cán bộ, chiến sĩ, công chức, viên chức, người lao động khi tham gia bồi dưỡng kiến thức quốc phòng và an ninh thuộc đối tượng 4 và đối tượng là cá nhân tiêu biểu, người có uy tín trong cộng đồng dân cư được phổ biến nâng cao nhận thức về phòng chống, ứng phó thiên tai',
          100, '%', '=', 'tỷ lệ cán bộ, chiến sĩ, công chức, viên chức, người lao động (đối tượng 4, cá nhân tiêu biểu, người có uy tín) tham gia bồi dưỡng kiến thức quốc phòng và an ninh được phổ biến nâng cao nhận thức về phòng chống, ứng phó thiên tai')]),
 dict(s='100% người dân ở các khu vực chịu ảnh hưởng của bão', e='thiên tai thường xuyên xảy ra trên địa bàn;', b=MT, d=D30,
      g=[('100% người dân ở các khu vực chịu ảnh hưởng của bão, áp thấp nhiệt đới; các khu vực thường xuyên hoặc có nguy cơ xảy ra giông sét, lốc xoáy, sạt lở đất, ngập lụt do mưa lớn, triều cường, xả lũ',
          100, '%', '=', 'tỷ lệ người dân ở các khu vực chịu ảnh hưởng của bão, áp thấp nhiệt đới và khu vực có nguy cơ giông sét, lốc xoáy, sạt lở, ngập lụt được phổ biến kiến thức về thiên tai và kỹ năng phòng tránh'),
         ('50% người dân ở các khu vực khác được phổ biến kiến thức về thiên tai và kỹ năng phòng tránh thiên tai',
          50, '%', '>=', 'tỷ lệ người dân ở các khu vực khác được phổ biến kiến thức về thiên tai và kỹ năng phòng tránh thiên tai')]),
 dict(s='100% các cấp giáo dục thường xuyên, tiểu học', e='giảng dạy hoặc hoạt động ngoại khóa;', b=mt(GD), d=D30,
      g=[('100% các cấp giáo dục thường xuyên, tiểu học, trung học cơ sở, trung học phổ thông đưa nội dung phòng tránh, giảm nhẹ rủi ro thiên tai vào một số môn học để giảng dạy hoặc hoạt động ngoại khóa',
          100, '%', '=', 'tỷ lệ các cấp giáo dục thường xuyên, tiểu học, trung học cơ sở, trung học phổ thông đưa nội dung phòng tránh, giảm nhẹ rủi ro thiên tai vào giảng dạy hoặc hoạt động ngoại khóa')]),
 dict(s='100% phường, xã, đặc khu khi xây dựng và phê duyệt', e='phải có sự tham gia của cộng đồng;', b=MT, d=D30,
      g=[('100% phường, xã, đặc khu khi xây dựng và phê duyệt kế hoạch phòng, chống thiên tai phải có sự tham gia của cộng đồng',
          100, '%', '=', 'tỷ lệ phường, xã, đặc khu có sự tham gia của cộng đồng khi xây dựng và phê duyệt kế hoạch phòng, chống thiên tai')]),
 dict(s='Phấn đấu 100% hộ gia đình được tiếp nhận', e='khắc phục hậu quả thiên tai.', b=MT, d=D30,
      g=[('100% hộ gia đình được tiếp nhận đầy đủ thông tin về thiên tai và thông tin chỉ đạo phòng tránh, ứng phó, khắc phục hậu quả thiên tai',
          100, '%', '=', 'tỷ lệ hộ gia đình được tiếp nhận đầy đủ thông tin về thiên tai và thông tin chỉ đạo phòng tránh, ứng phó, khắc phục hậu quả thiên tai')]),
 # II.1 Thời gian -> not a task. II.2 Phạm vi: scope, with a priority clause -> optional (doubtful unit)
 dict(s='Phạm vi: triển khai thực hiện trên toàn địa bàn Thành phố', e='thường xuyên chịu tác động của thiên tai.', opt=True),

 # III. Nội dung của Kế hoạch: the "N. <heading>" lines introduce; the "-" items are the plan's required contents
 # 1. Hoàn thiện cơ chế, chính sách, tài liệu hướng dẫn
 dict(s='Triển khai các văn bản hướng dẫn về chế độ, chính sách tài chính', e='của các cấp chính quyền và người dân.', b=IMP, d=DP),
 dict(s='Củng cố, kiện toàn và phát triển nguồn nhân lực', e='dựa vào cộng đồng tại các cấp.', b=IMP, d=DP),
 # = V.2 item 2 (Sở GD&ĐT), nearly word for word -> extra optional lead
 dict(s='Lồng ghép nội dung phòng chống, giảm nhẹ rủi ro thiên tai với một số môn học', e='trung học cơ sở, trung học phổ thông.',
      b=imp(GD), d=DP),
 # = V.3 (Bộ Tư lệnh Thành phố)
 dict(s='Đưa nội dung nâng cao nhận thức cộng về phòng chống thiên tai', e='kiến thức quốc phòng và an ninh.', b=imp(BTL), d=DP),
 dict(s='Xây dựng, cập nhật, bổ sung tài liệu tuyên truyền', e='giảm nhẹ rủi ro thiên tai tại cộng đồng.', b=IMP, d=DP),
 # 2. Nâng cao năng lực cho lực lượng làm công tác PCTT
 # "bồi dưỡng kiến thức quốc phòng và an ninh hàng năm": the yearly course the task rides on -> optional recurring
 dict(s='Tổ chức phổ biến nội dung nâng cao nhận thức cộng đồng và quản lý rủi ro thiên tai dựa vào cộng đồng trong phòng',
      e='bồi dưỡng kiến thức quốc phòng và an ninh hàng năm.', b=imp(BTL), d=YRo),
 dict(s='Phổ biến chính sách, cơ chế và tổ chức các lớp đào tạo', e='dựa vào cộng đồng ở các cấp.', b=IMP, d=DP),
 dict(s='Tập huấn nâng cao kiến thức về thiên tai, kỹ năng phòng chống', e='đối tượng dễ bị tổn thương tại cộng đồng.', b=IMP, d=DP),
 dict(s='Thực hiện đa dạng hóa các hình thức nâng cao năng lực', e='dựa vào cộng đồng.', b=IMP, d=DP),
 dict(s='Trang bị dụng cụ hỗ trợ cho đội ngũ giảng viên', e='dựa vào cộng đồng.', b=IMP, d=DP),
 # 3. Tăng cường tuyên truyền, giáo dục
 dict(s='Tổ chức tuyên truyền, truyền thông phòng chống thiên tai đến mọi đối tượng', e='phục vụ tham quan, học tập nâng cao nhận thức.',
      b=IMP, d=DP),
 dict(s='Hướng dẫn và huy động người dân trực tiếp tham gia', e='đánh giá rủi ro thiên tai, các sự kiện liên quan.', b=IMP, d=DP),
 dict(s='Xây dựng và nhân rộng mô hình phường, xã, đặc khu điển hình', e='dựa vào cộng đồng trong phòng chống thiên tai.', b=IMP, d=DP),
 # = V.1 e (Sở NN&MT, already an optional lead)
 dict(s='Xây dựng cơ sở dữ liệu về tài liệu, sản phẩm truyền thông', e='các nhóm đối tượng trong xã hội.', b=IMP, d=DP, i=['DTI']),
 dict(s='Xây dựng các công trình quy mô nhỏ phục vụ công tác phòng chống', e='giảm nhẹ thiên tai tại cộng đồng.', b=IMP, d=DP),
 # "cập nhật định kỳ bản đồ rủi ro" qualifies one clause only -> optional recurring (frequency not stated, placeholder)
 dict(s='Lắp đặt hệ thống cảnh báo sớm phòng, chống thiên tai', e='vào kế hoạch phát triển kinh tế - xã hội.', b=IMP, i=['DTI'],
      d=(None, 'recurring', 'FREQ=YEARLY', 'cập nhật định kỳ', True)),
 # "(Khung kế hoạch ... tại Phụ lục ...)" -> not a task; the Phụ lục is not in the excerpt

 # IV. Nguồn vốn: sources of money -> optional, no bodies (c-044 t13, p-014 IV)
 dict(s='Nguồn vốn triển khai Kế hoạch thực hiện Đề án', e='trên địa bàn Thành phố, bao gồm:', opt=True),
 dict(s='Nguồn Ngân sách Thành phố.', opt=True),
 dict(s='Nguồn Quỹ Phòng chống thiên tai Thành phố.', opt=True),
 dict(s='Nguồn vốn hỗ trợ, tài trợ từ các tổ chức quốc tế.', opt=True),
 dict(s='Nguồn vốn huy động từ các tổ chức, cá nhân theo quy định của pháp luật.', opt=True),
 dict(s='Các nguồn vốn hợp pháp khác.', opt=True),

 # V. Tổ chức thực hiện
 # 1. an introducer with content of its own ("là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện Đề án") -> optional
 # (k-0006, p-040 II.2 b); its eight items inherit the Sở NN&MT
 dict(s='Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối', e='tổ chức thực hiện các nhiệm vụ sau:', opt=True,
      b=[(NN, 'lead', True)]),
 # the guided sở/ngành/địa phương and the advised UBND Thành phố are not bodies; "ban hành Kế hoạch ... hàng năm" is the
 # second clause only -> optional recurring
 dict(s='Điều phối chung, đôn đốc, hướng dẫn việc triển khai Kế hoạch', e='trên địa bàn Thành phố hàng năm;', b=B1, d=YRo),
 dict(s='Chủ trì, phối hợp với các cơ quan, đơn vị liên quan rà soát, hoàn thiện', e='đáp ứng yêu cầu thực tiễn;',
      b=B1 + [(LQ, 'support', True)], d=DP),
 dict(s='Chủ trì, phối hợp với các cơ quan, đơn vị liên quan xây dựng, biên tập', e='các cơ quan, tổ chức, đoàn thể;',
      b=B1 + [(LQ, 'support', True)], d=DP),
 dict(s='Chủ trì, phối hợp với cơ quan thông tấn, báo chí', e='quản lý rủi ro thiên tai dựa vào cộng đồng;',
      b=B1 + [('cơ quan thông tấn, báo chí trên địa bàn Thành phố', 'support', True)], d=DP),
 # "Chịu trách nhiệm tổng hợp, biên tập ..." is a duty with an action (not "chịu trách nhiệm trước pháp luật") -> required
 dict(s='Chịu trách nhiệm tổng hợp, biên tập tài liệu', e='các nhóm đối tượng trong xã hội;', b=B1, d=DP, i=['DTI']),
 dict(s='Nghiên cứu, ứng dụng khoa học công nghệ, nhất là công nghệ về thông tin', e='thiên tai dựa vào cộng đồng;', b=B1, d=DP,
      i=['DTI']),
 dict(s='Chủ trì, phối hợp với Sở Tài chính và các sở, ngành, đơn vị có liên quan', e='Quỹ Phòng, chống thiên tai Thành phố;',
      b=B1 + [('Sở Tài chính', 'support', True), ('các sở, ngành, đơn vị có liên quan', 'support', True)], d=DP),
 # "đánh giá, báo cáo kết quả ... hàng năm": the item's main action recurs -> recurring, date null (c-044 t17)
 dict(s='Tổ chức đánh giá, báo cáo kết quả thực hiện Đề án hàng năm', e='tổng kết sau khi kết thúc Đề án.', b=B1,
      d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm')),
 # 2. a line that names who leads / cooperates and introduces the items -> optional (gold2 README intro convention)
 dict(s='Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các phường, xã, đặc khu:',
      opt=True, b=[(GD, 'lead', True), (NN, 'support', True), (PX, 'support', True)]),
 dict(s='Xây dựng chương trình đào tạo và tổ chức tập huấn cho đội ngũ giảng viên', e='giảm nhẹ rủi ro thiên tai;', b=B2, d=DP),
 dict(s='Lồng ghép nội dung phòng, chống, ứng phó, giảm nhẹ rủi ro thiên tai', e='trung học phổ thông hoặc hoạt động ngoại khóa;',
      b=B2, d=DP),
 dict(s='Xây dựng Phương án đảm bảo an toàn cho giáo viên, học sinh', e='khi xảy ra các tình huống thiên tai.', b=B2, d=DP),
 # 3. one paragraph
 dict(s='Bộ Tư lệnh Thành phố chủ trì, phối hợp với Sở Nông nghiệp và Môi trường', e='người có uy tín trong cộng đồng dân cư.',
      b=[(BTL, 'lead', True), (NN, 'support', True), ('các sở, ban, ngành, đơn vị liên quan', 'support', True), (PX, 'support', True)],
      d=DP),
 # 4. Sở Khoa học và Công nghệ (header)
 dict(s='Nâng cao chất lượng công tác truyền thông, tuyên truyền', e='giảm nhẹ rủi ro thiên tai từ cộng đồng;', b=B4, d=DP),
 # "Yêu cầu X ..." -> X optional explicit leads (the c-003 "Chỉ đạo X" convention)
 dict(s='Yêu cầu các cơ quan thông tấn, báo chí trên địa bàn Thành phố và hệ thống thông tin', e='biện pháp phòng, chống, ứng phó.',
      b=B4 + [('các cơ quan thông tấn, báo chí trên địa bàn Thành phố', 'lead', True, True),
              ('hệ thống thông tin các cấp', 'lead', True, True)], d=DP),
 # 5. introducer "Sở Y tế chủ trì, phối hợp ... thực hiện các chương trình có liên quan như:" -> optional
 dict(s='Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường thực hiện', e='có liên quan như:', opt=True,
      b=[(YT, 'lead', True), (NN, 'support', True)]),
 dict(s='Nâng cao năng lực ứng phó thiên tai cho đối tượng là người khuyết tật', e='đối tượng dễ bị tổn thương khác;', b=B5, d=DP),
 dict(s='Tập huấn chuyên môn, đẩy mạnh các hoạt động truyền thông', e='phòng, chống và giảm nhẹ thiên tai;', b=B5, d=DP),
 dict(s='Huy động và sử dụng có hiệu quả các nguồn lực', e='giảm nhẹ rủi ro thiên tai.', b=B5, d=DP),
 # 6. the advised UBND Thành phố is not a body
 dict(s='Sở Tài chính phối hợp với các cơ quan, đơn vị liên quan tham mưu', e='theo quy định của Luật ngân sách nhà nước.',
      b=[('Sở Tài chính', 'lead', True), (LQ, 'support', True)], d=DP),
 # 7.
 dict(s='Ban Quản lý các Khu chế xuất và công nghiệp Thành phố chủ trì', e='người lao động thuộc phạm vi quản lý.',
      b=[('Ban Quản lý các Khu chế xuất và công nghiệp Thành phố', 'lead', True),
         ('các sở, ban, ngành, đơn vị Thành phố liên quan', 'support', True)], d=DP),
 # 8. leads split by head noun ("Các sở, ban, ngành, đơn vị" collective, as g-018); "dự toán ... giao hàng năm" is the
 # yearly budget -> optional recurring (g-018 IV.2)
 dict(s='Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể theo chức năng', e='các quy định pháp luật khác có liên quan.',
      b=[('Các sở, ban, ngành, đơn vị', 'lead', True), ('tổ chức chính trị - xã hội', 'lead', True), ('hội, đoàn thể', 'lead', True),
         (NN, 'support', True), (PX, 'support', True)],
      d=YRo),
 # 9. introducer with content of its own (funding) ending "tập trung một số nhiệm vụ cụ thể sau:" -> optional (p-040 II.2 b)
 dict(s='Ủy ban nhân dân các phường, xã, đặc khu chủ động bố trí kinh phí', e='tập trung một số nhiệm vụ cụ thể sau:', opt=True,
      b=[(PX, 'lead', True)]),
 dict(s='Tổ chức xây dựng, phê duyệt và triển khai kế hoạch thực hiện Đề án của địa phương mình;', b=B9, d=DP),
 dict(s='Tổ chức các lớp tập huấn, bồi dưỡng và xây dựng các tài liệu tuyên truyền', e='biện pháp phòng chống, ứng phó;', b=B9, d=DP),
 dict(s='Thực hiện lồng ghép nội dung của Kế hoạch với các hoạt động', e='giảm nhẹ thiên tai tại cộng đồng;', b=B9, d=DP),
 # "đánh giá, báo cáo định kỳ" is the item's action -> recurring, frequency not stated (date null, placeholder); the Sở
 # NN&MT only receives -> not a body
 dict(s='Tổ chức đánh giá, báo cáo định kỳ về tiến độ thực hiện', e='Sở Nông nghiệp và Môi trường (nếu có);', b=B9,
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ')),
 dict(s='Xây dựng kế hoạch phòng, chống thiên tai trên cơ sở kết quả đánh giá', e='kế hoạch phát triển kinh tế - xã hội của địa phương./.',
      b=B9, d=DP),
]
