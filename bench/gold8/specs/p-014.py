SOURCE = 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-597-KH-UBND-2025-chuyen-doi-so-trong-xay-dung-ket-cau-ha-tang-giao-thong-Dong-Thap-682284.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/689f49d25e51cbaa.md@56eff108e1bc; corpus/directives/014.txt)'
DOC = dict(doc_type='ke_hoach', number='597/KH-UBND', issuer='UBND tỉnh Đồng Tháp', signer='Nguyễn Thành Diệu', issued_on='2025-11-27',
           subject='chuyển đổi số trong hoạt động xây dựng, quản lý, khai thác kết cấu hạ tầng giao thông trên địa bàn tỉnh Đồng Tháp',
           references=['57-NQ/TW', '71/NQ-CP', '1644/QĐ-BXD', '03-QĐ/BCĐ'],
           indices=[])
START = 'I. MỤC ĐÍCH, YÊU CẦU'
D = ['DTI']
P = ['PAR', 'DTI']
SXD = 'Sở Xây dựng'
KH = 'Sở Khoa học và Công nghệ'
UT = ('UBND tỉnh Đồng Tháp', 'lead', False, True)
# The plan's implementers as a whole: the closing "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện"
# (as k-021 / c-044). Section III names no body: they are its inherited leads; Sở Xây dựng, the sector's agency that
# collects the reports (closing) and "chủ trì" the data system (V.1), and the issuer are optional extras.
CQ = 'các cơ quan, đơn vị'
III = [(CQ, 'lead', False), (SXD, 'lead', False, True), UT]
# section II (Mục tiêu): the owner and the implementers, inherited and optional (seed-004 t4, g-018)
MT = [UT, (CQ, 'lead', False, True)]
D30 = ('2030-12-31', 'by', None, 'đến năm 2030', False, 'Mục tiêu cụ thể đến năm 2030')
D30_OPT = D30[:4] + (True, D30[5])
B_XD = [(SXD, 'lead', False)]
B_KH = [(KH, 'lead', False)]
B_TC = [('Sở Tài chính', 'lead', False)]
B_NN = [('Sở Nông nghiệp và Môi trường', 'lead', False)]
B_CA = [('Công an Tỉnh', 'lead', False)]
B_XA = [('Ủy ban nhân dân cấp xã', 'lead', False)]
B_DN = [('Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông, vận tải, logistics và công nghệ thông tin trên địa bàn Tỉnh', 'lead', False)]


def sys(s, e):
    """A noun-phrase line naming one system under an action line that ends "như:" -> optional (n-023 / m-0036 3.3)."""
    return dict(s=s, e=e, opt=True, b=[(CQ, 'lead', False, True), UT])


T = [
 # I.1 Mục đích, I.2 Yêu cầu -> optional
 dict(s='Đẩy mạnh ứng dụng công nghệ số trong hoạt động', e='phục vụ người dân và doanh nghiệp tốt hơn.', opt=True, i=D),
 dict(s='Nâng cao năng lực, quản lý, khai thác hạ tầng', e='thực tế phát triển của tỉnh Đồng Tháp.', opt=True),
 dict(s='Đồng hành, đồng bộ với Chiến lược chuyển đổi số', e='từ Trung ương đến cấp xã.', opt=True),
 dict(s='Việc triển khai phải phù hợp với chủ trương', e='điều kiện thực tế của tỉnh Đồng Tháp.', opt=True),
 dict(s='Tạo những công cụ hiệu quả, tiện lợi', e='giữa Trung ương và địa phương.', opt=True),
 dict(s='Sử dụng hiệu quả các nguồn vốn đầu tư', e='quản lý, khai thác kết cấu hạ tầng giao thông.', opt=True),
 # II.1 Mục tiêu chung: aims, the "Phấn đấu đến năm 2030 ..." sentence has no measurable value -> optional
 dict(s='Nâng cao năng lực quản lý trong công tác xây dựng', e='phục vụ phát triển kinh tế - xã hội.', opt=True, b=MT),
 dict(s='Phấn đấu đến năm 2030, công tác quản lý hoạt động', e='giao thông thông minh và kinh tế số của Tỉnh.', opt=True, b=MT,
      d=('2030-12-31', 'by', None, 'đến năm 2030', True), i=D),
 # II.2 Mục tiêu cụ thể đến năm 2030: the two quantified goals are tasks (g-018); the qualitative ones optional (n-023)
 dict(s='Hoàn thành đánh giá hiện trạng hạ tầng', e='trong lĩnh vực xây dựng và giao thông.', opt=True, b=MT, d=D30_OPT),
 dict(s='Xây dựng nền tảng dữ liệu ban đầu', e='tại một số tuyến đường trọng điểm.', opt=True, b=MT, d=D30_OPT),
 dict(s='Thí điểm, đánh giá và hướng tới nhân rộng', e='dự án xây dựng giao thông.', opt=True, b=MT, d=D30_OPT),
 dict(s='Hoàn thiện cơ sở dữ liệu tập trung về hạ tầng', e='tích hợp vào Trung tâm IOC.', opt=True, b=MT, d=D30_OPT),
 dict(s='Phấn đấu 100% hồ sơ, dữ liệu chuyên ngành', e='khai thác trên môi trường số.', b=MT, d=D30, i=D,
      g=[('100% hồ sơ, dữ liệu chuyên ngành được quản lý, cập nhật, khai thác trên môi trường số', 100, '%', '=',
          'tỷ lệ hồ sơ, dữ liệu chuyên ngành xây dựng, giao thông được quản lý, cập nhật, khai thác trên môi trường số đến năm 2030')]),
 dict(s='Ứng dụng rộng rãi IoT, AI và Big Data', e='kết nối với đô thị thông minh của Tỉnh.', opt=True, b=MT, d=D30_OPT),
 dict(s='Phấn đấu đảm bảo 100% thủ tục hành chính', e='dịch vụ công trực tuyến toàn Tỉnh.', b=MT, d=D30, i=P,
      g=[('100% thủ tục hành chính lĩnh vực xây dựng, giao thông đủ điều kiện đều được cung cấp dịch vụ công trực tuyến toàn Tỉnh',
          100, '%', '=', 'tỷ lệ thủ tục hành chính lĩnh vực xây dựng, giao thông đủ điều kiện được cung cấp dịch vụ công trực tuyến đến năm 2030')]),
 # III. Nhiệm vụ và giải pháp chủ yếu: imperative contents -> tasks of the plan's implementers, inherited
 # 1. Hoàn thiện thể chế
 dict(s='Hoàn thiện hệ thống văn bản, cơ chế, chính sách', e='khai thác kết cấu hạ tầng giao thông.', b=III, i=D),
 dict(s='Ban hành quy chế quản lý, chia sẻ, khai thác dữ', e='đồng bộ, minh bạch và an toàn.', b=III, i=D),
 dict(s='Nghiên cứu ban hành các quy trình nghiệp vụ', e='quản lý khai thác kết cấu hạ tầng giao thông.', b=III, i=D),
 # 2. Phát triển hạ tầng số
 dict(s='Đầu tư xây dựng, hoàn thiện hạ tầng số đồng bộ', e='môi trường số của ngành Xây dựng.', b=III, i=D),
 dict(s='Nâng cấp Trung tâm tích hợp dữ liệu Tỉnh', e='kết nối, tích hợp với Trung tâm dữ liệu quốc gia.', b=III, i=D),
 dict(s='Phát triển hệ thống mạng truyền số liệu chuyên', e='đảm bảo kết nối ổn định, an toàn.', b=III, i=D),
 dict(s='Đầu tư, bổ sung trang thiết bị công nghệ thông', e='quản lý kết cấu hạ tầng giao thông.', b=III, i=D),
 # 3. Phát triển dữ liệu số ("quy trình cập nhật định kỳ" names a procedure, not a time limit)
 dict(s='Xây dựng hoàn thiện cơ sở dữ liệu tập trung về hoạt', e='quy trình cập nhật định kỳ.', b=III, i=D),
 dict(s='Hình thành bản đồ số phục vụ quản lý', e='dữ liệu LGSP của Tỉnh.', b=III, i=D),
 dict(s='Bảo đảm dữ liệu được quản lý thống nhất', e='góp phần phát triển đô thị thông minh.', b=III, i=D,
      d=(None, 'ongoing', None, 'thường xuyên', True)),
 # 4. Phát triển nền tảng, ứng dụng số
 # 4.1 heading + one unmarked paragraph -> one task
 dict(s='Nghiên cứu, ứng dụng GIS để quản lý, giám sát', e='Ủy ban nhân dân các xã, phường.', b=III, i=D),
 # 4.2
 dict(s='Nghiên cứu, triển khai và ứng dụng nền tảng số mô', e='duy tu bảo trì công trình xây dựng và giao thông.', b=III, i=D),
 dict(s='Nghiên cứu, triển khai BIM trong quản lý quy hoạch', e='đảm bảo tính đồng bộ, minh bạch, hiệu quả.', b=III, i=D),
 dict(s='Nghiên cứu, sử dụng BIM để quản lý, giám sát', e='công trình giao thông trên địa bàn Tỉnh.', b=III, i=D),
 dict(s='Hình thành dữ liệu BIM phục vụ công tác', e='kết nối với cơ sở dữ liệu ngành quốc gia.', b=III, i=D),
 dict(s='Tạo điều kiện cho các doanh nghiệp, tổ chức, cá', e='giảm chi phí và thời gian triển khai dự án.', b=III, i=D),
 # 4.3
 dict(s='Khai thác dữ liệu từ hệ thống camera giám sát', e='đảm bảo an toàn giao thông.', b=III, i=D),
 dict(s='Nghiên cứu, ứng dụng IoT gắn cảm biến', e='nguy cơ mất an toàn công trình.', b=III, i=D),
 dict(s='Nghiên cứu, ứng dụng trí tuệ nhân tạo (AI)', e='tối ưu kế hoạch bảo trì hạ tầng.', b=III, i=D),
 # 4.4-4.6: an action line ending "như:" + noun-phrase lines naming systems -> the action line is the task,
 # the system lines optional (n-023 / m-0036 3.3)
 dict(s='Nghiên cứu, triển khai các nền tảng số chuyên dùng', e='điều hành giao thông thông minh như:', b=III, i=D),
 sys('Hệ thống giám sát, điều hành giao thông thông minh.', None),
 sys('Hệ thống điều hành giao thông tích hợp trong đô thị thông minh.', None),
 sys('Hệ thống giám sát điều hành hoạt động các bến xe,', 'cảng thủy nội địa.'),
 dict(s='Nghiên cứu, triển khai các nền tảng cung cấp dịch vụ', e='của công nghệ số như:', b=III, i=D),
 sys('Hệ thống giám sát hành trình, quản lý điều hành phương tiện.', None),
 sys('Hệ thống kiểm tra tải trọng xe tự động.', None),
 sys('Hệ thống theo dõi đo đếm lưu lượng, phân loại', 'phương tiện tự động.'),
 dict(s='Nghiên cứu, triển khai ứng dụng các nền tảng công', e='an toàn trong giao thông như:', b=III, i=D),
 sys('Hệ thống thu phí điện tử không dừng', 'giao thông đường bộ.'),
 sys('Hệ thống kiểm soát thẻ vé, thu phí liên thông', 'giao thông công cộng.'),
 sys('Hệ thống quản lý thu phí tự động tại các bãi đỗ', 'xe.'),
 # 5. Tích hợp, chia sẻ dữ liệu với IOC
 dict(s='Kết nối, chia sẻ dữ liệu từ các hệ thống GIS', e='chỉ đạo, điều hành của lãnh đạo Tỉnh.', b=III, i=D),
 dict(s='Bảo đảm đồng bộ, kết nối ổn định, an toàn', e='dựa trên dữ liệu thời gian thực.', b=III, i=D),
 dict(s='Tăng cường phân quyền khai thác dữ liệu', e='không trùng lặp, lãng phí.', b=III, i=D),
 # 6. Dịch vụ công trực tuyến và số hóa hồ sơ chuyên ngành
 dict(s='Hoàn thiện, nâng cấp dịch vụ công trực tuyến toàn', e='trả kết quả trên môi trường điện tử.', b=III, i=P,
      g=[('100% thủ tục hành chính xử lý, thanh toán, trả kết quả trên môi trường điện tử', 100, '%', '=',
          'tỷ lệ thủ tục hành chính lĩnh vực xây dựng, quy hoạch, hạ tầng kỹ thuật, giao thông vận tải được xử lý, thanh toán, trả kết quả trên môi trường điện tử')]),
 dict(s='Số hóa, lưu trữ điện tử toàn bộ hồ sơ cấp phép', e='tích hợp vào hệ thống quản lý chuyên ngành.', b=III, i=P),
 dict(s='Kết nối đồng bộ với Hệ thống dịch vụ công', e='các nền tảng của Bộ Xây dựng.', b=III, i=P),
 # 7. An toàn, an ninh mạng ("kiểm thử an ninh mạng định kỳ" in item 1 names a kind of test inside a list of
 # solutions: no deadline; item 2's last clause "thực hiện kiểm thử an toàn định kỳ" -> optional recurring)
 dict(s='Nghiên cứu, triển khai thực hiện các giải pháp an', e='bảo đảm an toàn hệ thống.', b=III, i=D),
 dict(s='Xây dựng kế hoạch bảo đảm an toàn thông tin mạng', e='thực hiện kiểm thử an toàn định kỳ.', b=III, i=D,
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ', True)),
 # 8. Nâng cao năng lực và nguồn nhân lực: "a) Đào tạo và bồi dưỡng:", "b) Hợp tác:" are sub-headings
 dict(s='Tổ chức các khóa tập huấn về kỹ năng số', e='khai thác kết cấu hạ tầng giao thông.', b=III, i=D),
 dict(s='Hợp tác với các trường đại học, viện nghiên cứu', e='nguồn nhân lực chất lượng cao.', b=III, i=D),
 dict(s='Mời gọi các doanh nghiệp công nghệ số tham gia', e='các dự án chuyển đổi số.', b=III, i=D),
 dict(s='Chia sẻ kinh nghiệm và hợp tác với các tỉnh', e='và cả nước để cùng phát triển.', b=III),
 dict(s='Tham gia hội thảo, học tập kinh nghiệm', e='khai thác kết cấu hạ tầng giao thông.', b=III, i=D),
 # IV. Kinh phí: where the money comes from -> optional (c-044 t13, k-021 IV)
 dict(s='Kinh phí thực hiện gồm: Ngân sách nhà nước', e='các nguồn kinh phí hợp pháp khác, trong đó:', opt=True),
 dict(s='Ngân sách nhà nước thực hiện theo quy định phân', e='liên quan đã được phê duyệt.', opt=True),
 dict(s='Huy động các doanh nghiệp, tổ chức, cá nhân, cộng', e='bảo trì hệ thống kết cấu hạ tầng giao thông.', opt=True),
 # V. Tổ chức thực hiện: header items give inherited leads
 # 1. Sở Xây dựng
 dict(s='Chủ trì xây dựng quản lý, vận hành hệ thống thông', e='(cầu, đường, bến bãi, vận tải công cộng...).', b=B_XD, i=D),
 dict(s='Tổ chức thực hiện các công việc liên quan, như số', e='cập nhật dữ liệu thường xuyên.', b=B_XD, i=D,
      d=(None, 'ongoing', None, 'thường xuyên', True)),
 dict(s='Phối hợp Sở Khoa học và Công nghệ đề xuất ứng dụng', e='vào nền tảng số chung của Tỉnh.',
      b=B_XD + [(KH, 'support', True)], i=D),
 dict(s='Định kỳ rà soát, đề xuất sửa đổi, bổ sung các', e='phù hợp với định hướng của Bộ Xây dựng.', b=B_XD,
      d=(None, 'recurring', 'FREQ=YEARLY', 'Định kỳ')),
 dict(s='Thường xuyên nghiên cứu, trao đổi thông tin, học', e='khi có hướng dẫn của Trung ương.', b=B_XD, i=D,
      d=(None, 'ongoing', None, 'Thường xuyên')),
 # 2. Sở Khoa học và Công nghệ
 dict(s='Hướng dẫn về tiêu chuẩn kỹ thuật, tiêu chuẩn dữ', e='khả năng tích hợp IOC của Tỉnh.', b=B_KH, i=D),
 dict(s='Phối hợp hỗ trợ các đơn vị triển khai kết nối', e='hệ thống thông tin chuyên ngành khác.', b=B_KH, i=D),
 # "Chủ trì, chỉ đạo X ..." -> X optional leads (c-003 convention)
 dict(s='Chủ trì, chỉ đạo các doanh nghiệp viễn thông', e='bảo trì hệ thống kết cấu hạ tầng giao thông.', i=D,
      b=B_KH + [('các doanh nghiệp viễn thông', 'lead', True, True), ('doanh nghiệp công nghệ thông tin', 'lead', True, True)]),
 dict(s='Phối hợp triển khai các ứng dụng công nghệ mới', e='giải pháp chuyển đổi số.', b=B_KH, i=D),
 dict(s='Hỗ trợ đào tạo, nâng cao năng lực cán bộ', e='quản trị dữ liệu, công nghệ thông minh.', b=B_KH, i=D),
 # 3. Sở Tài chính
 dict(s='Phân bổ ngân sách hợp lý cho các dự án ứng dụng', e='dự án quan trọng được ưu tiên triển khai.', b=B_TC),
 dict(s='Tăng cường công tác giám sát và kiểm tra để đảm bảo', e='công nghệ thông tin, chuyển đổi số.', b=B_TC),
 # 4. Sở Nông nghiệp và Môi trường
 dict(s='Phối hợp chia sẻ dữ liệu đất đai, bản đồ địa', e='kết cấu hạ tầng giao thông.', b=B_NN, i=D),
 dict(s='Phối hợp xây dựng bản đồ số quy hoạch xây dựng', e='gắn với quản lý quỹ đất.', b=B_NN, i=D),
 dict(s='Chuẩn hóa dữ liệu không gian, kết nối, cập nhật', e='quy hoạch và hạ tầng kỹ thuật.', b=B_NN, i=D),
 # 5. Công an Tỉnh (item 2 is passive, but it is an obligation on the header's body: data to be shared via IOC)
 dict(s='Chủ trì tham mưu triển khai ứng dụng công nghệ số', e='vi phạm trật tự an toàn giao thông.', b=B_CA, i=D),
 dict(s='Dữ liệu từ hệ thống camera giám sát, phạt nguội', e='quy hoạch giao thông an toàn.', b=B_CA, i=D),
 dict(s='Hướng dẫn và giám sát an toàn thông tin mạng', e='vận hành các hệ thống thông tin.', b=B_CA, i=D),
 # 6. Ủy ban nhân dân cấp xã
 dict(s='Tổ chức triển khai thực hiện kế hoạch chuyển đổi', e='giao thông trên địa bàn quản lý.', b=B_XA, i=D),
 dict(s='Thực hiện số hóa hồ sơ, dữ liệu về hoạt động xây', e='công trình hạ tầng cơ sở trên địa bàn quản lý.', b=B_XA, i=D),
 dict(s='Ứng dụng các phần mềm quản lý công việc', e='(qua cổng dịch vụ công, ứng dụng di động).', b=B_XA, i=D),
 dict(s='Huy động cộng đồng, hợp tác xã, doanh nghiệp địa', e='thông qua các giải pháp số.', b=B_XA, i=D),
 dict(s='Phối hợp tích hợp dữ liệu về quy hoạch xây dựng', e='giao thông trên địa bàn quản lý.', b=B_XA, i=D),
 dict(s='Tích cực triển khai ứng dụng công nghệ BIM', e='công trình giao thông trên địa bàn quản lý.', b=B_XA, i=D),
 # 7. Các doanh nghiệp hoạt động trong lĩnh vực ... (one body, named as the header names it)
 dict(s='Chủ động phối hợp triển khai các giải pháp, nền tảng', e='và dịch vụ đô thị thông minh.', b=B_DN, i=D),
 dict(s='Ứng dụng mô hình BIM, GIS, IoT, quản lý phương tiện', e='theo hướng dẫn của cơ quan quản lý nhà nước.', b=B_DN, i=D),
 dict(s='Đề xuất sáng kiến, giải pháp công nghệ phù hợp thực', e='kết cấu hạ tầng giao thông trên địa bàn Tỉnh.', b=B_DN, i=D),
 # closing: "Trên đây là Kế hoạch ..." names the plan (no task); the generic "Đề nghị ... nghiêm túc triển khai thực
 # hiện." -> optional (c-044 t20); the yearly report and the amendment proposals -> tasks (c-044 t17, c-009 t9).
 dict(s='Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện.', opt=True, b=[(CQ, 'lead', True)]),
 dict(s='Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo', e='chuyển đối số tỉnh Đồng Tháp.',
      b=[(CQ, 'lead', False), (SXD, 'lead', True, True)],
      d=('2025-11-30', 'recurring', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30', 'Định kỳ hằng năm (trước ngày 30 tháng 11)')),
 dict(s='Trong quá trình tổ chức thực hiện, nếu thấy cần sửa đổi', e='xem xét, quyết định./.',
      b=[('các sở, ngành, địa phương', 'lead', True), (SXD, 'lead', True, True)]),
]
