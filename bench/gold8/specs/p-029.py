SOURCE = 'https://thuvienphapluat.vn/van-ban/Giao-duc/Ke-hoach-624-KH-UBND-2025-chuong-trinh-Nang-cao-chat-luong-giao-duc-mam-non-o-do-thi-Ha-Tinh-682064.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/69db23c781b2e9aa.md@56eff108e1bc; corpus/directives/029.txt)'
DOC = dict(doc_type='ke_hoach', number='624/KH-UBND', issuer='UBND tỉnh Hà Tĩnh', signer='Nguyễn Thị Nguyệt', issued_on='2025-11-19',
           subject='thực hiện Chương trình “Nâng cao chất lượng giáo dục mầm non ở địa bàn đô thị, khu công nghiệp trên địa bàn tỉnh Hà Tĩnh giai đoạn 2025 - 2035, định hướng đến năm 2045”',
           # the basis (2270/QĐ-TTg) plus every number the tasks cite (as c-003 / g-020)
           references=['2270/QĐ-TTg', '145/2020/NĐ-CP', '338/QĐ-TTg', '1729/QĐ-TTg', '655/QĐ-TTg'],
           indices=[])
START = 'I. MỤC ĐÍCH,'

SGD = 'Sở Giáo dục và Đào tạo'
SNV = 'Sở Nội vụ'
# Implementers of the plan as a whole: I.1 "Là cơ sở để các sở, ban, ngành cấp tỉnh, UBND các xã, phường và các cơ
# quan có liên quan xây dựng kế hoạch, biện pháp thực hiện Chương trình" (also I.2, and the closing line).
# Section III (Nhiệm vụ, giải pháp) names no body -> these, inherited (as c-044 / g-020); "các cơ quan có liên quan"
# optional (as g-020); the coordinating Sở GD&ĐT (V.1 a) and the closing line's split names are optional aliases.
IMP = [('các sở, ban, ngành cấp tỉnh', 'lead', False), ('UBND các xã, phường', 'lead', False),
       ('các cơ quan có liên quan', 'lead', False, True), (SGD, 'lead', False, True),
       ('các sở', 'lead', False, True), ('các ban, ngành, đoàn thể cấp tỉnh', 'lead', False, True)]
# II. Mục tiêu: quantified goals the plan commits to -> required tasks (g-018, seed-004 t4), bodies inherited, optional
MT = [('UBND tỉnh Hà Tĩnh', 'lead', False, True), ('các sở, ban, ngành cấp tỉnh', 'lead', False, True),
      ('UBND các xã, phường', 'lead', False, True), (SGD, 'lead', False, True)]
# the sub-heading "2. Mục tiêu cụ thể đến năm 2035" gives its deadline to the items below it
D35 = ('2035-12-31', 'by', None, 'đến năm 2035', False, 'Mục tiêu cụ thể đến năm 2035')
HN = (None, 'recurring', 'FREQ=YEARLY', 'hàng năm')

T = [
 # I.1 Mục đích, I.2 Yêu cầu -> optional
 dict(s='Xây dựng và triển khai các nhiệm vụ và giải pháp', e='chức năng, nhiệm vụ của địa phương.', opt=True),
 dict(s='Là cơ sở để các sở, ban, ngành cấp tỉnh', e='phù hợp với chức năng, nhiệm vụ được giao.', opt=True,
      b=[('các sở, ban, ngành cấp tỉnh', 'lead', True), ('UBND các xã, phường', 'lead', True), ('các cơ quan có liên quan', 'lead', True)]),
 dict(s='Là cơ sở để tổ chức kiểm tra, giám sát', e='báo cáo Thủ tướng Chính phủ.', opt=True),
 dict(s='Bám sát các mục tiêu, chỉ tiêu cụ thể', e='giải pháp của Chương trình.', opt=True),
 dict(s='Đảm bảo tính khả thi, đúng chức năng', e='trong việc triển khai thực hiện Chương trình.', opt=True),
 # II.1 Mục tiêu chung -> optional (aim)
 dict(s='Mục tiêu chung: Hỗ trợ nâng cao chất lượng', e='đáp ứng yêu cầu đến năm 2035 và tầm nhìn 2045.', opt=True, b=MT,
      d=('2035-12-31', 'by', None, 'đến năm 2035', True)),
 # II.2 Mục tiêu cụ thể đến năm 2035 (header "a) Đối với trẻ em" etc. are not tasks)
 dict(s='Tại địa bàn đô thị: 100% trẻ em', e='phù hợp với điều kiện thực tiễn.', b=MT, d=D35,
      g=[('100% trẻ em trong cơ sở giáo dục mầm non được nuôi dưỡng, chăm sóc, giáo dục bảo đảm an toàn, đáp ứng yêu cầu theo chương trình giáo dục mầm non',
          100, '%', '=', 'tỷ lệ trẻ em trong cơ sở giáo dục mầm non ở địa bàn đô thị được nuôi dưỡng, chăm sóc, giáo dục bảo đảm an toàn, đáp ứng yêu cầu chương trình')]),
 dict(s='Tại địa bàn có khu công nghiệp: Phấn đấu 100% trẻ em', e='dịch vụ giáo dục mầm non chất lượng.', b=MT, d=D35,
      g=[('100% trẻ em từ 06 tháng đến 36 tháng tuổi là con công nhân, người lao động có nhu cầu được đến trường, lớp và được tiếp cận dịch vụ giáo dục mầm non chất lượng',
          100, '%', '=', 'tỷ lệ trẻ em từ 06 đến 36 tháng tuổi là con công nhân, người lao động có nhu cầu được đến trường, lớp ở địa bàn có khu công nghiệp')]),
 dict(s='Tại địa bàn đô thị: 100% cán bộ quản lý', e='được tiếp cận tài liệu trên nền tảng số.', b=MT, d=D35, i=['DTI'],
      g=[('100% cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non được tiếp cận tài liệu trên nền tảng số',
          100, '%', '=', 'tỷ lệ cán bộ quản lý, giáo viên mầm non và nhân viên ở địa bàn đô thị được tiếp cận tài liệu trên nền tảng số')]),
 dict(s='Tại địa bàn có khu công nghiệp: Phấn đấu 100% cán bộ', e='chuyên môn, nghiệp vụ hàng năm.', b=MT, d=D35,
      g=[('100% cán bộ quản lý, giáo viên mầm non và nhân viên trong cơ sở giáo dục mầm non được bồi dưỡng nâng cao năng lực chuyên môn, nghiệp vụ hàng năm',
          100, '%', '=', 'tỷ lệ cán bộ quản lý, giáo viên mầm non và nhân viên ở địa bàn có khu công nghiệp được bồi dưỡng chuyên môn, nghiệp vụ hằng năm')]),
 dict(s='Tại địa bàn đô thị: Phấn đấu ít nhất 55%', e='Bắc Hồng Lĩnh, Nam Hồng Lĩnh).', b=MT, d=D35,
      g=[('55% phường xây dựng và triển khai các mô hình giáo dục mầm non phù hợp với đặc thù địa phương',
          55, '%', '>=', 'tỷ lệ phường xây dựng và triển khai các mô hình giáo dục mầm non phù hợp với đặc thù địa phương')]),
 dict(s='Tại địa bàn có khu công nghiệp: Phấn đấu tăng thêm ít nhất 20%', e='phòng, chống tai nạn thương tích theo quy định.', b=MT, d=D35,
      g=[('20% số nhóm trẻ trong cơ sở giáo dục mầm non', 20, '%', '>=',
          'mức tăng số nhóm trẻ trong cơ sở giáo dục mầm non ở địa bàn có khu công nghiệp'),
         ('10% số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi', 10, '%', '>=',
          'mức tăng số trường mầm non công lập có tổ chức nhóm trẻ dưới 24 tháng tuổi'),
         ('100% cơ sở giáo dục mầm non độc lập dân lập, tư thục đạt tiêu chuẩn trường học an toàn, phòng, chống tai nạn thương tích',
          100, '%', '=', 'tỷ lệ cơ sở giáo dục mầm non độc lập dân lập, tư thục đạt tiêu chuẩn trường học an toàn, phòng, chống tai nạn thương tích')]),
 dict(s='Đối với cha mẹ trẻ em: Phấn đấu 100%', e='chăm sóc, giáo dục trẻ em.', b=MT, d=D35,
      g=[('100% cha mẹ trẻ em là công nhân làm việc ở khu công nghiệp được phổ biến kiến thức, kỹ năng nuôi dưỡng, chăm sóc, giáo dục trẻ em',
          100, '%', '=', 'tỷ lệ cha mẹ trẻ em là công nhân ở khu công nghiệp được phổ biến kiến thức, kỹ năng nuôi dưỡng, chăm sóc, giáo dục trẻ em')]),
 # II.3 Định hướng đến năm 2045 -> optional (aims)
 dict(s='Củng cố và tiếp tục nâng cao chất lượng', e='ở địa bàn đô thị, khu công nghiệp.', opt=True, b=MT,
      d=('2045-12-31', 'by', None, 'đến năm 2045', True, 'Định hướng đến năm 2045')),
 dict(s='Nhân rộng các mô hình giáo dục mầm non chất lượng', e='khu công nghiệp trên toàn tỉnh.', opt=True, b=MT,
      d=('2045-12-31', 'by', None, 'đến năm 2045', True, 'Định hướng đến năm 2045')),

 # III. Nhiệm vụ, giải pháp (numbered headings and "a) ..." headings with "-" items are not tasks)
 # 1.
 dict(s='Rà soát, kịp thời quy định chi tiết', e='phù hợp tình hình thực tiễn của địa phương.', b=IMP),
 dict(s='Nghiên cứu, đề xuất sửa đổi, bổ sung các cơ chế', e='người lao động tại khu công nghiệp.', b=IMP),
 dict(s='Rà soát, sửa đổi, bổ sung chính sách đặc thù', e='phù hợp với điều kiện thực tế.', b=IMP),
 # 2.
 dict(s='Bố trí quỹ đất xây dựng các cơ sở', e='các cơ sở giáo dục mầm non ngoài công lập.', b=IMP),
 dict(s='Cung cấp các dịch vụ hỗ trợ giáo dục', e='nhân viên làm việc ngoài giờ.', b=IMP),
 dict(s='Áp dụng mô hình hợp tác giữa nhà nước', e='thu nhập của công nhân, người lao động.', b=IMP),
 dict(s='Xây dựng, phát triển mô hình cơ sở giáo dục', e='nhu cầu của công nhân, người lao động.', b=IMP),
 dict(s='Vận dụng có chọn lọc các mô hình', e='các nước trong khu vực và thế giới.', b=IMP),
 # 3. a) "Đa dạng hóa hình thức hướng dẫn ..." heading -> three "-" items
 dict(s='Tổ chức tập huấn, bồi dưỡng chuyên môn', e='bảo đảm an toàn cho trẻ em hàng năm.', b=IMP, d=HN),
 dict(s='Phát huy vai trò của Cụm chuyên môn', e='cơ sở giáo dục mầm non độc lập dân lập, tư thục.', b=IMP, i=['DTI']),
 dict(s='Bồi dưỡng cho đội ngũ cán bộ quản lý', e='giáo dục mầm non ở địa bàn khu công nghiệp.', b=IMP),
 # 3. b) "Bảo đảm các điều kiện nhận trẻ ..." heading -> five "-" items
 dict(s='Bố trí đủ định mức giáo viên', e='đáp ứng nhu cầu của công nhân, người lao động.', b=IMP),
 dict(s='Bố trí kinh phí từ ngân sách địa phương', e='được đào tạo trình độ đạt chuẩn theo quy định.', b=IMP),
 dict(s='Huy động nguồn lực từ các Chương trình, Dự án', e='cơ sở giáo dục mầm non độc lập dân lập, tư thục.', b=IMP),
 dict(s='Khai thác sử dụng cơ sở vật chất sẵn có', e='tổ chức các hoạt động giáo dục cho trẻ em.', b=IMP),
 # encouraging enterprises is the authorities' measure (a solution item), kept required; the enterprises are not bodies
 dict(s='Khuyến khích các doanh nghiệp thực hiện trách nhiệm xã hội xây dựng', e='phục vụ con công nhân, người lao động.', b=IMP),
 # 3. c)
 dict(s='Phổ biến tài liệu hướng dẫn về dinh dưỡng', e='phù hợp với đặc thù của công nhân, người lao động.', b=IMP),
 # 4.
 dict(s='Huy động sự phối hợp, tham gia từ các chương trình', e='phù hợp với địa bàn đô thị, khu công nghiệp.', b=IMP),
 dict(s='Khuyến khích các doanh nghiệp sử dụng nhiều lao động', e='có con trong lứa tuổi mầm non.', b=IMP),
 dict(s='Huy động nguồn lực từ các tổ chức quốc tế', e='tại cơ sở giáo dục mầm non.', b=IMP),
 # 5.
 dict(s='Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy', e='kinh tế - xã hội của địa phương.', b=IMP),
 dict(s='Đẩy mạnh công tác phối hợp liên ngành;', e='tại địa bàn đô thị, khu công nghiệp.', b=IMP),
 dict(s='Tăng cường công tác kiểm tra trách nhiệm', e='theo quy hoạch đã được phê duyệt.', b=IMP),
 # "thường xuyên cập nhật" is what the guided cơ sở do, not the time frame of the task -> optional ongoing
 dict(s='Hướng dẫn cơ sở giáo dục mầm non độc lập, dân lập', e='lý cơ sở dữ liệu ở địa phương.', i=['DTI'],
      b=IMP + [('cơ sở giáo dục mầm non độc lập, dân lập, tư thục', 'lead', True, True)],
      d=(None, 'ongoing', None, 'thường xuyên', True)),
 # 6.
 dict(s='Thực hiện công tác tuyên truyền, phổ biến về sự cần thiết', e='giáo dục mầm non tại địa bàn đô thị, khu công nghiệp.', b=IMP),
 dict(s='Xây dựng các chuyên trang, chuyên mục', e='phương tiện thông tin đại chúng của tỉnh và địa phương.', b=IMP),
 dict(s='Tuyên truyền, phổ biến kiến thức, kỹ năng nuôi dưỡng', e='trẻ em mầm non trên các phương tiện thông tin đại chúng.', b=IMP),

 # IV. Kinh phí: statements of funding sources -> optional, no bodies (c-044 t13)
 dict(s='Ngân sách địa phương: Nguồn chi thường xuyên', e='theo phân cấp quản lý hiện hành.', opt=True),
 dict(s='Nguồn xã hội hóa và các nguồn kinh phí tài trợ', e='theo đúng quy định của pháp luật.', opt=True),
 dict(s='Việc lập và triển khai thực hiện kế hoạch tài chính', e='kế hoạch tài chính trung hạn của Nhà nước.', opt=True),

 # V. Tổ chức thực hiện
 # 1. Sở Giáo dục và Đào tạo
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương xây dựng', e='có thành tích tiêu biểu trong thực hiện Chương trình theo quy định.',
      b=[(SGD, 'lead', False), ('các sở, ngành, địa phương', 'support', True)]),
 dict(s='Rà soát, đề xuất, sửa đổi, bổ sung, trình cấp', e='trong quá trình thực hiện Chương trình.', b=[(SGD, 'lead', False)]),
 dict(s='Tổ chức tập huấn, bồi dưỡng nâng cao năng lực', e='dành cho cha mẹ trẻ em.', b=[(SGD, 'lead', False)]),
 dict(s='Chỉ đạo, hướng dẫn triển khai thực hiện các mô hình', e='khu công nghiệp.', b=[(SGD, 'lead', False)]),
 # the urged sở, ngành are not bodies; "định kỳ" governs the reporting clause only -> optional recurring, date null
 dict(s='Đôn đốc các sở, ban, ngành, cơ quan và các địa phương', e='tổng hợp báo cáo Ủy ban nhân dân tỉnh.', b=[(SGD, 'lead', False)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ', True)),
 # 2. Sở Nội vụ
 dict(s='Phối hợp với Sở Giáo dục và Đào tạo kiểm tra việc thực hiện', e='ngày 14 tháng 12 năm 2020 của Chính phủ.',
      b=[(SNV, 'lead', False), (SGD, 'support', True)]),
 dict(s='Phối hợp với Sở Giáo dục và Đào tạo và các sở, ngành liên quan', e='ở địa bàn đô thị, khu công nghiệp.',
      b=[(SNV, 'lead', False), (SGD, 'support', True), ('các sở, ngành liên quan', 'support', True)]),
 dict(s='Phối hợp với các đơn vị liên quan tăng cường', e='ở địa bàn đô thị, khu công nghiệp.',
      b=[(SNV, 'lead', False), ('các đơn vị liên quan', 'support', True)]),
 # 3. Sở Y tế (header + one paragraph); "chỉ đạo X" -> X optional lead, X's partner optional support (c-003, c-009 t2)
 dict(s='Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế', e='của Chương trình theo chức năng, nhiệm vụ.',
      b=[('Sở Y tế', 'lead', False), (SGD, 'support', True), ('hệ thống y tế cơ sở', 'lead', True, True),
         ('các cơ sở giáo dục mầm non', 'support', True, True)]),
 # 4. Sở Tài chính
 dict(s='Chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan', e='phương án kinh phí thực hiện đảm bảo phù hợp.',
      b=[('Sở Tài chính', 'lead', False), (SGD, 'support', True), ('các cơ quan, đơn vị liên quan', 'support', True)]),
 # 5. Sở Văn hóa, Thể thao và Du lịch
 dict(s='Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo, hướng dẫn các cơ quan báo chí', e='tại địa bàn đô thị, khu công nghiệp.',
      b=[('Sở Văn hóa, Thể thao và Du lịch', 'lead', False), (SGD, 'support', True),
         ('các cơ quan báo chí', 'lead', True, True), ('hệ thống thông tin cơ sở', 'lead', True, True)]),
 # 6. Sở Xây dựng
 dict(s='Tăng cường công tác chỉ đạo, rà soát, kiểm tra các dự án khu đô thị mới', e='đáp ứng nhu cầu của công nhân, người lao động.',
      b=[('Sở Xây dựng', 'lead', False), ('các chủ đầu tư', 'lead', True, True)]),
 dict(s='Chủ trì, phối hợp với các đơn vị liên quan triển khai thực hiện Quyết định số 338/QĐ-TTg', e='các công trình văn hóa, thể thao).',
      b=[('Sở Xây dựng', 'lead', False), ('các đơn vị liên quan', 'support', True)]),
 # 7. Sở Nông nghiệp và Môi trường
 dict(s='Tăng cường công tác quy hoạch, bố trí quỹ đất', e='trường, lớp mầm non theo quy định.', b=[('Sở Nông nghiệp và Môi trường', 'lead', False)]),
 # 8. numbered item with its bodies in the text ("Sở" as written; probably a slip for "UBND tỉnh")
 dict(s='Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan', e='tổ chức triển khai thực hiện Kế hoạch.',
      b=[('Các sở, cơ quan trực thuộc Sở', 'lead', True), ('các cơ quan liên quan', 'lead', True), ('các sở', 'lead', True, True)]),
 # 9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh
 dict(s='Chỉ đạo các tổ chức thành viên tăng cường công tác truyền thông', e='nơi có nhiều lao động theo quy định của Chính phủ.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', False), ('các tổ chức thành viên', 'lead', True, True)]),
 dict(s='Chỉ đạo các tổ chức thành viên lồng ghép', e='huy động nguồn lực để thực hiện Chương trình.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', False), ('các tổ chức thành viên', 'lead', True, True)]),
 dict(s='Hướng dẫn công đoàn cơ sở tổ chức đối thoại', e='hỗ trợ một phần chi phí gửi trẻ mầm non theo quy định.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', False), ('công đoàn cơ sở', 'lead', True, True)]),
 dict(s='Tham gia huy động nguồn lực, kinh phí từ các doanh nghiệp', e='theo quy định của Luật Giáo dục năm 2019.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', False)]),
 dict(s='Chủ trì, phối hợp với các đơn vị liên quan tiếp tục quan tâm', e='tại các khu công nghiệp, khu chế xuất.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', False), ('các đơn vị liên quan', 'support', True)]),
 # 10. Ủy ban nhân dân các xã, phường
 # "giai đoạn 2025 - 2035, định hướng đến năm 2045" is the period of the plan to be issued, not a time limit
 dict(s='Ban hành kế hoạch triển khai thực hiện Chương trình tại địa phương', e='phù hợp với nhu cầu thực tiễn.',
      b=[('Ủy ban nhân dân các xã, phường', 'lead', False)]),
 # the HĐND advised is not a body; "dự toán kinh phí hàng năm": the yearly budget -> optional recurring (g-018 IV.2)
 dict(s='Tham mưu Hội đồng nhân dân cấp phường, xã', e='các nguồn khác để thực hiện Chương trình, Kế hoạch.',
      b=[('Ủy ban nhân dân các xã, phường', 'lead', False)], d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm', True)),
 dict(s='Tổ chức rà soát, xác định nơi có nhiều lao động', e='tổ chức triển khai chính sách đúng quy định.',
      b=[('Ủy ban nhân dân các xã, phường', 'lead', False)]),
 dict(s='Lựa chọn triển khai các mô hình giáo dục', e='nhu cầu của công nhân, người lao động.',
      b=[('Ủy ban nhân dân các xã, phường', 'lead', False)]),
 dict(s='Có các giải pháp tăng cường nguồn lực', e='thực hiện Chương trình trên địa bàn.',
      b=[('Ủy ban nhân dân các xã, phường', 'lead', False)]),
 dict(s='Hằng năm, tổ chức kiểm tra, đánh giá tình hình', e='báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo.',
      b=[('Ủy ban nhân dân các xã, phường', 'lead', False)], d=(None, 'recurring', 'FREQ=YEARLY', 'Hằng năm')),
 # closing: generic "giao ... triển khai thực hiện" -> optional (c-044 t20)
 dict(s='Ủy ban nhân dân tỉnh giao Giám đốc các sở', e='đảm bảo mục đích, yêu cầu, hiệu quả, đúng quy định./.', opt=True,
      b=[('các sở', 'lead', True), ('các ban, ngành, đoàn thể cấp tỉnh', 'lead', True), ('Ủy ban nhân dân các xã, phường', 'lead', True),
         ('các cơ quan liên quan', 'lead', True)]),
]
