SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Ke-hoach-0204-KH-UBND-2025-Tai-chinh-Ngan-sach-nha-nuoc-03-nam-Ca-Mau-2026-2028-681985.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/9b7eebadf7081069.md@56eff108e1bc; corpus/directives/047.txt)'
DOC = dict(doc_type='ke_hoach', number='0204/KH-UBND', issuer='UBND tỉnh Cà Mau', signer='Lâm Văn Bi', issued_on='2025-11-24',
           subject='tài chính - ngân sách nhà nước 03 năm 2026 - 2028 tỉnh Cà Mau',
           # the three Căn cứ documents, and the plan this one replaces (as p-033 lists the decisions it replaces);
           # documents cited only in the 2025 evaluation and its footnotes (01/CTr-UBND, 178/2024/NĐ-CP, 67/2025/NĐ-CP,
           # 174/2024/QH15, 204/2025/QH15, 60/2024/UBTVQH15, 87/2025/NĐ-CP) are background, not the basis of a task
           references=['45/2017/NĐ-CP', '69/2017/TT-BTC', '56/2025/TT-BTC', '076/KH-UBND'],
           indices=[])
START = 'I. TÌNH HÌNH'

UB = 'UBND tỉnh Cà Mau'
# The whole plan is the province's own budget plan, submitted to the HĐND ("Ủy ban nhân dân tỉnh Cà Mau xây dựng kế
# hoạch ..."); section III.2 (giải pháp) names no implementer, so the issuer owns each measure (explicit:false), as the
# district owns each measure in seed-002 / seed-003. ngành Thuế (named in III.2 2.1, 4th item) is an optional
# inherited lead of the tax-administration items.
OWN = [(UB, 'lead', False)]
THUE = (('ngành Thuế', 'lead', False, True),)
OWN_OPT = [(UB, 'lead', False, True)]
# the 2025 evaluation: its "phấn đấu" lines are commitments for the rest of 2025 -> optional, with the year inferred
D25 = ('2025-12-31', 'period', None, 'năm 2025', True, 'Ước thực hiện năm 2025 là')
# II.1 "Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026": forecasts -> optional units, optional targets
D26 = ('2026-12-31', 'by', None, 'đến năm 2026', True, 'các chỉ tiêu kinh tế - xã hội đến năm 2026')
# III.2 intro: the solutions serve "kế hoạch tài chính - NSNN 03 năm 2026 - 2028" -> inferred plan period, optional
D28 = ('2028-12-31', 'period', None, '03 năm 2026 - 2028', True, 'để hoàn thành kế hoạch tài chính - NSNN 03 năm')

T = [
 # I. Tình hình thực hiện 2025: narrative and estimates, no tasks; except three "phấn đấu" lines (optional)
 dict(s='Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu', e='đạt 100% kế hoạch.', opt=True, b=OWN_OPT, d=D25,
      g=[('Chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung phấn đấu đạt 100% kế hoạch', 100, '%', '=',
          'tỷ lệ thực hiện kế hoạch chi đầu tư từ nguồn vốn xây dựng cơ bản tập trung năm 2025', True)]),
 dict(s='Chi đầu tư từ nguồn thu xổ số kiến thiết phấn đấu', e='đạt 100% kế hoạch.', opt=True, b=OWN_OPT, d=D25,
      g=[('Chi đầu tư từ nguồn thu xổ số kiến thiết phấn đấu đạt 100% kế hoạch', 100, '%', '=',
          'tỷ lệ thực hiện kế hoạch chi đầu tư từ nguồn thu xổ số kiến thiết năm 2025', True)]),
 dict(s='Chi thực hiện các chương trình mục tiêu, nhiệm vụ: *Phấn đấu', e='trung ương hỗ trợ.', opt=True, b=OWN_OPT, d=D25,
      g=[('100% nhiệm vụ chi ngân sách trung ương hỗ trợ', 100, '%', '=',
          'tỷ lệ hoàn thành nhiệm vụ chi các chương trình mục tiêu, nhiệm vụ do ngân sách trung ương hỗ trợ năm 2025', True)]),

 # II.1 Dự báo các chỉ tiêu kinh tế - xã hội đến năm 2026 -> optional (forecasts, not commitments)
 dict(s='Tổng sản phẩm trong tỉnh *(GRDP) tăng khoảng 10%', e='bình quân đầu người đạt khoảng 91 triệu đồng.', opt=True, b=OWN_OPT, d=D26,
      g=[('Tổng sản phẩm trong tỉnh *(GRDP) tăng khoảng 10%', 10, '%', '=', 'tốc độ tăng trưởng GRDP của tỉnh năm 2026', True),
         ('Quy mô GRDP theo giá hiện hành đạt 660.085 tỷ đồng', 660085, 'tỷ đồng', '=', 'quy mô GRDP theo giá hiện hành năm 2026', True),
         ('GRDP bình quân đầu người đạt khoảng 91 triệu đồng', 91, 'triệu đồng', '=', 'GRDP bình quân đầu người năm 2026', True)]),
 dict(s='Cơ cấu kinh tế: Ngư, nông,', e='chiếm khoảng 3,83%.', opt=True, b=OWN_OPT, d=D26,
      g=[('Ngư, nông, lâm nghiệp chiếm khoảng 27,31%', 27.31, '%', '=', 'tỷ trọng ngư, nông, lâm nghiệp trong cơ cấu kinh tế năm 2026', True),
         ('Công nghiệp, xây dựng chiếm khoảng 27,91%', 27.91, '%', '=', 'tỷ trọng công nghiệp, xây dựng trong cơ cấu kinh tế năm 2026', True),
         ('Dịch vụ chiếm khoảng 40,94%', 40.94, '%', '=', 'tỷ trọng dịch vụ trong cơ cấu kinh tế năm 2026', True),
         ('Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 3,83%', 3.83, '%', '=',
          'tỷ trọng thuế sản phẩm trừ trợ cấp sản phẩm trong cơ cấu kinh tế năm 2026', True)]),
 dict(s='Tổng vốn đầu tư xã hội đạt', e='270.000 tỷ đồng.', opt=True, b=OWN_OPT, d=D26,
      g=[('Tổng vốn đầu tư xã hội đạt khoảng 270.000 tỷ đồng', 270000, 'tỷ đồng', '=', 'tổng vốn đầu tư xã hội năm 2026', True)]),
 dict(s='Kim ngạch xuất khẩu đạt khoảng', e='8,95 tỷ USD.', opt=True, b=OWN_OPT, d=D26,
      g=[('Kim ngạch xuất khẩu đạt khoảng 8,95 tỷ USD', 8.95, 'tỷ USD', '=', 'kim ngạch xuất khẩu năm 2026', True)]),
 dict(s='Tổng số doanh nghiệp đạt khoảng', e='11.400 doanh nghiệp.', opt=True, b=OWN_OPT, d=D26,
      g=[('Tổng số doanh nghiệp đạt khoảng 11.400 doanh nghiệp', 11400, 'doanh nghiệp', '=', 'tổng số doanh nghiệp năm 2026', True)]),
 dict(s='Giải quyết việc làm cho khoảng', e='59.000 người.', opt=True, b=OWN_OPT, d=D26,
      g=[('Giải quyết việc làm cho khoảng 59.000 người', 59000, 'người', '=', 'số lao động được giải quyết việc làm năm 2026', True)]),
 # a range "1%-1,5%": its lower bound, >= (c-089 "5-10%", c-035 "8,3 - 8,5%")
 dict(s='Tỷ lệ hộ nghèo giảm hàng năm', e='1%-1,5%.', opt=True, b=OWN_OPT, d=D26,
      g=[('Tỷ lệ hộ nghèo giảm hàng năm 1%-1,5%', 1, '%', '>=', 'mức giảm tỷ lệ hộ nghèo hằng năm', True)]),

 # II.2 Cơ cấu thu, chi: statements that point to the attached tables, and the allocation principles used to build
 # the plan's own figures -> optional (doubtful: they read partly as instructions for 2026 - 2028)
 dict(s='Dự kiến tổng thu NSNN trên địa', e='như Mẫu biểu số 02, 03 đính kèm.', opt=True, b=OWN_OPT),
 dict(s='Trên cơ sở tình hình thực hiện các dự án đầu tư năm 2025', e='chi tiết theo Mẫu biểu số 04 đính kèm.', opt=True, b=OWN_OPT),
 dict(s='Xây dựng dự toán chi thường xuyên theo từng lĩnh vực', e='chi tiết theo Mẫu biểu số 04 đính kèm.', opt=True, b=OWN_OPT),
 dict(s='Để đảm bảo cân đối ngân sách hàng năm', e='như các Mẫu biểu kèm theo.', opt=True, b=[(UB, 'lead', True)]),

 # III.1 Dự báo những tác động: forecasts and constraints, not tasks; the one "địa phương phải bố trí nguồn lực" bullet is
 # an impact statement with an obligation word -> optional
 dict(s='Tình trạng biến đổi khí hậu, nước biển dâng', e='rất khó khăn trong việc cân đối thu, chi.', opt=True, b=OWN_OPT),

 # III.2 Các giải pháp: the introducer (no body named) -> optional
 dict(s='Căn cứ đánh giá tình hình kinh tế - xã hội và những thách thức', e='cần tập trung vào các giải pháp sau:', opt=True, b=OWN_OPT),
 # 2.1 Thu NSNN
 # "giai đoạn 2026 - 2030" bounds only the closing "Phấn đấu ..." goal -> optional period; the goal itself has no number
 dict(s='Tăng cường công tác phân tích, dự báo, rà soát', e='dự toán thu NSNN giai đoạn 2026 - 2030.', b=OWN, i=['PAR', 'PCI'],
      d=('2030-12-31', 'period', None, 'giai đoạn 2026 - 2030', True),
      g=[('hoàn thành vượt mức dự toán thu NSNN giai đoạn 2026 - 2030', None, None, 'increase',
          'thu NSNN so với dự toán (vượt mức dự toán) giai đoạn 2026 - 2030', True)]),
 dict(s='Theo dõi chặt chẽ tiến độ thu ngân sách', e='để có giải pháp thu kịp thời.', b=OWN + list(THUE), d=D28),
 dict(s='Tăng cường công tác quản lý hoàn thuế', e='tiến độ xử lý hồ sơ theo đúng quy định.', b=OWN + list(THUE), d=D28),
 # "ngành Thuế phối hợp chặt chẽ với các ngành, các cấp": ngành Thuế is the explicit subject of the last clause;
 # "các ngành, các cấp" too vague a collective to require (p-025)
 dict(s='Triển khai đồng bộ các biện pháp quản lý thuế', e='theo Kế hoạch của Ủy ban nhân dân tỉnh.', d=D28,
      b=OWN + [('ngành Thuế', 'lead', True), ('các ngành, các cấp', 'support', True, True)]),
 dict(s='Tăng cường kỷ cương, kỷ luật nội ngành', e='thực hành tiết kiệm, chống lãng phí.', b=OWN + list(THUE), d=D28),
 # 2.2 Chi NSĐP
 dict(s='Quản lý chi NSNN hiệu quả; tiếp tục', e='không sử dụng cho chi thường xuyên.', b=OWN, d=D28),
 dict(s='Tiếp tục cơ cấu lại chi NSNN theo hướng tăng dần', e='đề án tinh giản biên chế đã được phê duyệt.', b=OWN, d=D28),
 dict(s='Tăng cường kỷ luật, kỷ cương, nâng cao hiệu lực', e='mục tiêu phát triển kinh tế - xã hội.', b=OWN, d=D28),
 # "Thường xuyên" qualifies the task itself -> required ongoing
 dict(s='Thường xuyên tổ chức kiểm tra, đánh giá tiến độ', e='phải kịp thời điều chuyển vốn.', b=OWN,
      d=(None, 'ongoing', None, 'Thường xuyên')),
 # "đến ngày 30 tháng 6 hàng năm" is the cut-off after which unallocated funds are recovered, not a time limit of the
 # whole task -> optional recurring (first occurrence after 24/11/2025)
 dict(s='Triệt để tiết kiệm ngân sách nhà nước', e='bố trí cho các nhiệm vụ chi bức thiết khác.', b=OWN,
      d=('2026-06-30', 'recurring', 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=30', 'đến ngày 30 tháng 6 hàng năm', True)),
 dict(s='Tiếp tục thực hiện lộ trình tính giá dịch vụ sự nghiệp công', e='cho các đơn vị sự nghiệp công lập.', b=OWN, d=D28),
 dict(s='Tiếp tục bố trí dự toán chi tạo nguồn', e='chính sách cải cách tiền lương theo quy định.', b=OWN, d=D28),
 # closing "Trên đây là Kế hoạch ..., UBND tỉnh Cà Mau báo cáo Bộ Tài chính, ..." -> a statement, not a task (g-045)
]
