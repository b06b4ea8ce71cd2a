SOURCE = 'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-165-KH-UBND-2025-thuc-hien-Chi-thi-27-CT-TTg-cong-tac-dan-so-tinh-hinh-moi-Can-Tho-681765.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/a83fffe08d7aeed7.md@56eff108e1bc; corpus/directives/025.txt)'
DOC = dict(doc_type='ke_hoach', number='165/KH-UBND', issuer='UBND thành phố Cần Thơ', signer='Nguyễn Thị Ngọc Điệp', issued_on='2025-11-21',
           subject='thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường thực hiện công tác dân số trong tình hình mới',
           # basis (27/CT-TTg, 6676/BYT-CDS), the resolution it implements (21-NQ/TW), numbers cited in the tasks, and the
           # "văn bản chỉ đạo của Chính phủ[2], Bộ Y tế[3]" of footnotes [2]/[3] that task II.1 a) is to implement.
           # Footnote [1] (past programmes of the pre-merger provinces) is background and left out.
           references=['27/CT-TTg', '6676/BYT-CDS', '21-NQ/TW', '02/2021/TT-BYT', '01/2021/TT-BYT', '496/QĐ-TTg', '34/2023/TT-BYT',
                       '157/TB-VPCP', '1679/QĐ-TTg', '314/QĐ-TTg', '537/QĐ-TTg', '588/QĐ-TTg', '1579/QĐ-TTg', '1999/QĐ-TTg',
                       '2259/QĐ-TTg', '520/QĐ-TTg', '1745/QĐ-TTg', '149-KL/TW', '2324/QĐ-BYT', '403/QĐ-BYT', '2539/QĐ-BYT'],
           indices=[])
START = 'I. MỤC ĐÍCH,'
SYT = 'Sở Y tế'
YT = [(SYT, 'lead', False)]                                   # header "1. Sở Y tế"
TC = [('Sở Tài chính', 'lead', False)]                        # header "2. Sở Tài chính"
XP = [('Ủy ban nhân dân xã, phường', 'lead', False)]          # header "6. Ủy ban nhân dân xã, phường"
T = [
 # I.1 Mục đích, I.2 Yêu cầu -> optional
 dict(s='Quán triệt và triển khai', e='công tác dân số và phát triển trong tình hình mới;', opt=True),
 dict(s='Phân công nhiệm vụ và trách', e='đảm bảo tính đồng bộ, thống nhất và hiệu quả.', opt=True),
 dict(s='Việc thực hiện Kế hoạch thực', e='thực chất, chất lượng và hiệu quả;', opt=True),
 dict(s='Đảm bảo sự phối hợp chặt chẽ,', e='trong quá trình triển khai;', opt=True,
      b=[('các cơ quan, đơn vị, địa phương liên quan', 'lead', True)]),
 dict(s='Căn cứ nhiệm vụ trong Kế hoạch,', e='triển khai nhiệm vụ được giao.', opt=True,
      b=[('các đơn vị liên quan', 'lead', True)]),

 # II.1 Sở Y tế
 # a) one leaf item; its "cụ thể:" list of population targets is part of the item (not sub-items)
 dict(s='Chủ trì, phối hợp với sở,', e='ít nhất 5 bệnh bẩm sinh phổ biến nhất;',
      b=YT + [('sở, ban, ngành', 'support', True), ('Ủy ban nhân dân xã, phường', 'support', True)],
      g=[('tổng tỷ suất sinh đạt 2,1 con/phụ nữ', 2.1, 'con/phụ nữ', '=', 'tổng tỷ suất sinh của thành phố'),
         ('tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống', 109, 'bé trai/100 bé gái', '<',
          'tỷ số giới tính khi sinh'),
         ('tỷ lệ trẻ em dưới 15 tuổi đạt khoảng 22%', 22, '%', '=', 'tỷ lệ trẻ em dưới 15 tuổi trong dân số'),
         ('tỷ lệ người từ 65 tuổi trở lên đạt khoảng 12%', 12, '%', '=', 'tỷ lệ người từ 65 tuổi trở lên trong dân số'),
         ('tỷ lệ phụ thuộc chung đạt khoảng 51%', 51, '%', '=', 'tỷ lệ phụ thuộc chung'),
         ('tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khoẻ trước khi kết hôn đạt 90%', 90, '%', '=',
          'tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn'),
         ('giảm 50% số cặp tảo hôn', 50, '%', '>=', 'mức giảm số cặp tảo hôn'),
         ('giảm 60% số cặp hôn nhân cận huyết thống', 60, '%', '>=', 'mức giảm số cặp hôn nhân cận huyết thống'),
         ('70% phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh tật bẩm sinh phổ biến nhất', 70, '%', '=',
          'tỷ lệ phụ nữ mang thai được tầm soát ít nhất 4 loại bệnh tật bẩm sinh phổ biến nhất'),
         ('90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất', 90, '%', '=',
          'tỷ lệ trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất')]),
 # b) "giai đoạn đến năm 2030" / "giai đoạn 2026 - 2030" name the programmes' / plans' periods, not a time limit
 dict(s='Tổ chức sơ kết, tổng kết các', e='giai đoạn 2026 - 2030;', b=YT),
 # c) HĐND thành phố is advised (tham mưu), not a body
 dict(s='Phối hợp với Sở Tư pháp và', e='thực hiện tốt công tác dân số ;',
      b=YT + [('Sở Tư pháp', 'support', True), ('các cơ quan liên quan', 'support', True)]),
 dict(s='Phối hợp với Sở Nội vụ và', e='Dân số thuộc Sở Y tế;',
      b=YT + [('Sở Nội vụ', 'support', True), ('các cơ quan liên quan', 'support', True)]),
 dict(s='Tham mưu Ủy ban nhân dân thành phố kịp thời kiện toàn', e='Ban Chỉ đạo Quốc gia Dân số và Phát triển;', b=YT),
 dict(s='Tiếp tục triển khai công tác chuyển đổi số', e='nâng cao chất lượng dân số;', b=YT, i=['DTI']),
 dict(s='Đẩy mạnh các hoạt động truyền', e='sang dân số và phát triển.', b=YT),

 # II.2 Sở Tài chính
 dict(s='Phối hợp với Sở Y tế và các', e='kinh tế - xã hội của thành phố;',
      b=TC + [(SYT, 'support', True), ('các sở, ban, ngành, địa phương có liên quan', 'support', True)]),
 # "ngân sách hàng năm": the yearly budget the task works within -> optional recurring (as g-018 IV.2)
 dict(s='Căn cứ vào khả năng cân đối', e='dân số theo quy định;', b=TC + [(SYT, 'support', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm', True)),
 dict(s='Phối hợp với Sở Y tế kiểm', e='dân số và phát triển theo quy định.', b=TC + [(SYT, 'support', True)]),

 # II.3 Sở Giáo dục và Đào tạo (single paragraph); "chỉ đạo X ..." -> X optional explicit lead (c-003)
 dict(s='Căn cứ chức năng nhiệm vụ, chỉ đạo các cơ sở giáo dục', e='phù hợp từng cấp học và trình độ đào tạo.',
      b=[('Sở Giáo dục và Đào tạo', 'lead', False), ('các cơ sở giáo dục phổ thông', 'lead', True, True),
         ('các cơ sở giáo dục nghề nghiệp trực thuộc quản lý', 'lead', True, True)]),

 # II.4 "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ" -> two inherited leads
 dict(s='Chỉ đạo các cơ quan truyền thông, báo chí', e='đối với công tác dân số và phát triển.',
      b=[('Sở Văn hóa, Thể thao và Du lịch', 'lead', False), ('Báo và Phát thanh, Truyền hình Cần Thơ', 'lead', False),
         ('các cơ quan truyền thông, báo chí', 'lead', True, True), (SYT, 'support', True)]),

 # II.5 Sở, ban, ngành liên quan
 dict(s='Căn cứ theo chức năng, nhiệm vụ,', e='về công tác dân số và phát triển.',
      b=[('Sở, ban, ngành liên quan', 'lead', False), (SYT, 'support', True)]),

 # II.6 Ủy ban nhân dân xã, phường
 # a) "đưa tỷ số giới tính khi sinh về mức cân bằng tự nhiên": qualitative, not a measurable target
 dict(s='Tiếp tục tổ chức triển khai', e='nâng cao chất lượng dân số;', b=XP),
 dict(s='Ban hành theo thẩm quyền hoặc', e='pháp luật về dân số;', b=XP),
 dict(s='Kiện toàn Ban Chỉ đạo Dân số', e='ban hành quy chế hoạt động của Ban Chỉ đạo;', b=XP),
 dict(s='Phối hợp với Sở Y tế, Sở Nội', e='công tác dân số và phát triển ở cơ sở;',
      b=XP + [(SYT, 'support', True), ('Sở Nội vụ', 'support', True)]),
 dict(s='Tiếp tục quan tâm bố trí', e='đã và đang thực hiện tại địa phương;', b=XP),
 dict(s='Đổi mới mạnh mẽ nội dung,', e='phù hợp với từng nhóm đối tượng;', b=XP),
 dict(s='Tăng cường kiểm tra, giám', e='về công tác dân số theo quy định.', b=XP),

 # II.7 "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố" (single paragraph, several sentences = one unit);
 # "các ngành, các cấp" is a vague collective -> optional support
 dict(s='Phối hợp với các ngành, các cấp', e='thực hiện tốt công tác dân số và phát triển.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'lead', False), ('các ngành, các cấp', 'support', True, True)]),

 # III.1 Sở Y tế; "định kỳ" qualifies only the last clause -> optional recurring, RRULE a placeholder (g-018 IV.6)
 dict(s='Chủ trì phối hợp với các sở,', e='kết quả thực hiện theo quy định.',
      b=YT + [('các sở, ban, ngành liên quan', 'support', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ', True)),
 # III.2 "Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường" -> two inherited leads
 dict(s='Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức', e='thực hiện Kế hoạch theo quy định.',
      b=[('Sở, ban, ngành thành phố', 'lead', False), ('Ủy ban nhân dân xã, phường', 'lead', False)]),

 # closing: "Trên đây là Kế hoạch ..." is a statement (no task, as g-045); the difficulties sentence is a task
 # (c-009 t9 / g-045): the body that collects and advises is an optional lead
 dict(s='Trong quá trình tổ chức thực hiện nếu có khó khăn', e='xem xét, chỉ đạo kịp thời./.',
      b=[('các cơ quan, đơn vị và địa phương', 'lead', True), (SYT, 'lead', True, True)]),
]
