SOURCE = 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-310-KH-UBND-2025-phat-trien-ha-tang-5G-IoT-trong-cac-khu-cong-nghiep-Ha-Noi-den-2030-682065.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/31786b0833a4130d.md@56eff108e1bc; corpus/directives/012.txt)'
DOC = dict(doc_type='ke_hoach', number='310/KH-UBND', issuer='UBND thành phố Hà Nội', signer='Trương Việt Dũng', issued_on='2025-11-24',
           subject='phát triển hạ tầng 5G, IoT trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp trên địa bàn thành phố Hà Nội đến năm 2030',
           references=['57-NQ/TW', '03/NQ-CP', '1132/QĐ-TTg', '1569/QĐ-TTg', '912/QĐ-BKHCN', '139/KH-UBND', '71/NQ-CP',
                       '18-NQ/TU', '36/QĐ-TTg', '1668/QĐ-TTg'],
           indices=[])
START = 'I. MỤC'
BQL = 'Ban Quản lý các khu công nghệ cao và khu công nghiệp'
KH = 'Sở Khoa học và Công nghệ'
TC = 'Sở Tài chính'
CT = 'Sở Công Thương'
# The plan's implementers as a whole: the closing line "Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố,
# UBND phường, xã và các doanh nghiệp viễn thông nghiêm túc triển khai thực hiện" (as k-021 / c-044).
SBN = 'các Sở, ban, ngành Thành phố'
PX = 'UBND phường, xã'
DNVT = 'các doanh nghiệp viễn thông'
UT = ('UBND thành phố Hà Nội', 'lead', False, True)
# section III (Giải pháp) names no body: the closing addressees, inherited; the telecom enterprises are required only
# where the item is their kind of work (infrastructure, sharing, standards), optional on state-only items.
III = [(SBN, 'lead', False), (PX, 'lead', False), (DNVT, 'lead', False), UT]
III_ST = [(SBN, 'lead', False), (PX, 'lead', False), (DNVT, 'lead', False, True), UT]
# section II (Mục tiêu): the owner and the implementers, inherited and optional (seed-004 t4, g-018)
MT = [UT, (SBN, 'lead', False, True), (PX, 'lead', False, True), (DNVT, 'lead', False, True)]
D26 = ('2026-12-31', 'by', None, 'đến hết năm 2026', False, 'Mục tiêu đến hết năm 2026')
D30 = ('2030-12-31', 'by', None, 'đến năm 2030', False, 'Mục tiêu đến năm 2030')
B_BQL = [(BQL, 'lead', False)]
B_KH = [(KH, 'lead', False)]
B_TC = [(TC, 'lead', False)]
B_SN = [('Các Sở, ban, ngành của Thành phố', 'lead', False), (PX, 'lead', False)]
DN5 = 'Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan'
B_DN = [(DN5, 'lead', False), ('Các doanh nghiệp viễn thông', 'lead', False, True)]
ONG = (None, 'ongoing', None, 'Thường xuyên')
T = [
 # I.1 Mục đích -> optional
 dict(s='Cụ thể hóa nhiệm vụ, giải', e='định hướng đến năm 2030.', opt=True, i=['DTI']),
 dict(s='Phát triển hạ tầng 5G, IoT bao gồm:', e='công nghệ cao trong lĩnh vực sinh học.', opt=True),
 dict(s='Là cơ sở để các cơ quan,', e='hoàn thành các mục tiêu đề ra.', opt=True,
      b=[('các cơ quan, đơn vị, địa phương', 'lead', True), ('các doanh nghiệp liên quan', 'lead', True)]),
 # I.2 Yêu cầu -> optional
 dict(s='Phát triển hạ tầng số, mạng viễn thông 5G', e='khu công nghiệp, cụm công nghiệp.', opt=True, i=['DTI']),
 dict(s='Hạ tầng 5G, IoT được ưu tiên', e='khu công nghiệp, cụm công nghiệp.', opt=True),
 dict(s='Phát triển hạ tầng 5G, IoT trong các khu công nghệ cao và khu công nghiệp, cụm công nghiệp đảm bảo tính kế',
      e='cạnh tranh bình đẳng, lành mạnh.', opt=True, b=[('Các doanh nghiệp viễn thông', 'lead', True)]),
 dict(s='Bảo đảm an toàn, an ninh mạng', e='khu công nghiệp, cụm công nghiệp', opt=True),
 dict(s='Nâng cao nhận thức, xác định', e='hạ tầng số trên địa bàn Thành phố.', opt=True),
 # II. Mục tiêu: the "Hiện nay ... khoảng 180 trạm, trong đó có 22 trạm 5G" line is the present state -> no task, no target.
 # II.1 Mục tiêu đến hết năm 2026: quantified goals -> tasks (g-018); qualitative goals -> optional (n-023)
 dict(s='Hoàn thành bổ sung, điều chỉnh quy hoạch viễn thông', e='cụm công nghiệp hiện hữu.', opt=True, b=MT,
      d=D26[:4] + (True, D26[5])),
 dict(s='100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu', e='trạm phát sóng 5G.', b=MT, d=D26, i=['DTI'],
      g=[('100% các khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G', 100, '%', '=',
          'tỷ lệ khu công nghệ cao, khu công nghiệp, cụm công nghiệp có tối thiểu 1 trạm phát sóng 5G đến hết năm 2026')]),
 dict(s='100% nhà đầu tư trong khu', e='mạng 5G riêng tích hợp.', b=MT, d=D26,
      g=[('100% nhà đầu tư trong khu công nghệ cao, khu công nghiệp, cụm công nghiệp được tư vấn phát triển ứng dụng trên nền tảng mạng 5G riêng tích hợp',
          100, '%', '=', 'tỷ lệ nhà đầu tư trong khu công nghệ cao, khu công nghiệp, cụm công nghiệp được tư vấn phát triển ứng dụng trên nền tảng mạng 5G riêng tích hợp đến hết năm 2026')]),
 dict(s='Thí điểm đầu tư ứng dụng 5G, IoT', e='phân tích dữ liệu…).', b=MT, d=D26,
      g=[('tối thiểu 2 dự án trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp', 2, 'dự án', '>=',
          'số dự án thí điểm ứng dụng 5G, IoT cho quản lý nhà máy thông minh trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp đến hết năm 2026')]),
 # II.2 Mục tiêu đến năm 2030
 dict(s='Hoàn thiện xây dựng hạ tầng viễn thông thụ động', e='đã đi vào hoạt động theo quy hoạch.', opt=True, b=MT,
      d=D30[:4] + (True, D30[5])),
 dict(s='Triển khai hoàn thiện hệ thống cáp quang Internet XGS-PON', e='và tải lên).', opt=True, b=MT,
      d=D30[:4] + (True, D30[5]),
      g=[('10 Gigabit mỗi giây (10 Gbps) đối xứng', 10, 'Gbps', '=', 'tốc độ truyền dữ liệu của hệ thống cáp quang XGS-PON và hạ tầng truyền dẫn', True)]),
 dict(s='100% các khu công nghệ cao và khu công nghiệp được ứng dụng', e='nền tàng 5G/IoT.', b=MT, d=D30, i=['DTI'],
      g=[('100% các khu công nghệ cao và khu công nghiệp được ứng dụng phần mềm quản lý hạ tầng đô thị thông minh dựa trên nền tàng 5G/IoT',
          100, '%', '=', 'tỷ lệ khu công nghệ cao và khu công nghiệp được ứng dụng phần mềm quản lý hạ tầng đô thị thông minh dựa trên nền tảng 5G/IoT đến năm 2030')]),
 dict(s='100% nhà đầu tư đang hoạt động', e='mạng 5G riêng độc lập.', b=MT, d=D30,
      g=[('100% nhà đầu tư đang hoạt động trong các khu công nghệ cao, khu công nghiệp được tư vấn ứng dụng phần mềm quản lý phát triển trên nền tảng mô hình mạng 5G riêng và mạng 5G riêng độc lập',
          100, '%', '=', 'tỷ lệ nhà đầu tư đang hoạt động trong các khu công nghệ cao, khu công nghiệp được tư vấn ứng dụng phần mềm quản lý trên nền tảng mạng 5G riêng và mạng 5G riêng độc lập đến năm 2030')]),
 dict(s='Xây dựng một hệ sinh thái IoT công nghiệp', e='khu công nghệ cao và khu công nghiệp.', opt=True, b=MT,
      d=D30[:4] + (True, D30[5])),
 # III. Giải pháp: imperative contents of the plan -> tasks of the plan's implementers (closing line), inherited
 # 1. Hoàn thiện thể chế
 dict(s='Nghiên cứu, triển khai có hiệu quả các Nghị định', e='hiệu lực, hiệu quả quản lý nhà nước.', b=III_ST),
 dict(s='Xây dựng, hoàn thiện các văn bản quy phạm pháp luật', e='hạ tầng 5G, IoT.', b=III_ST),
 dict(s='Rà soát, triển khai, tuân thủ các quy định', e='phù hợp với các tiêu chuẩn quốc tế.', b=III),
 # 2. Tuyên truyền, nâng cao năng lực khai thác hạ tầng 5G, IoT
 dict(s='Tổ chức các Hội nghị, hội thảo về hạ tầng 5G', e='kinh tế số, xã hội số của Thành phố.', i=['DTI'],
      b=III_ST + [('cơ quan báo chí', 'support', True, True)]),
 dict(s='Tuyên truyền, phổ biến những đặc tính', e='thương mại điện tử, …).', b=III_ST),
 # 3. Ưu tiên phát triển hạ tầng 5G, IoT
 dict(s='Ưu tiên phát triển, duy trì hạ tầng số', e='sẵn sàng cho phát triển hạ tầng số 5G, IoT.', b=III_ST, i=['DTI']),
 dict(s='Tạo thuận lợi cho các doanh nghiệp trong quá trình', e='đảm bảo hiệu quả, giảm chi phí đầu tư.', b=III_ST),
 dict(s='Tăng cường, phối hợp, thúc đẩy chia sẻ', e='chia sẻ hạ tầng tiên tiến (thụ động, tích cực).', b=III),
 # 4. Huy động nguồn lực, bảo đảm kinh phí, nguồn nhân lực thực hiện
 # a) a statement of the city's funding -> optional (c-044 t13)
 dict(s='Ngân sách Thành phố đảm bảo kinh phí', e='của Kế hoạch do Thành phố thực hiện.', opt=True),
 # b) an obligation of the enterprises with an action ("Có phương án nghiên cứu chuyển đổi ...") -> task (c-044 t14)
 dict(s='Doanh nghiệp viễn thông bảo đảm kinh phí thực hiện', e='nâng cao tỷ trọng chuyên gia công nghệ số.',
      b=[('Doanh nghiệp viễn thông', 'lead', True)]),
 # c) an encouragement -> optional (g-016)
 dict(s='Khuyến khích doanh nghiệp đầu tư hạ tầng 5G', e='khu công nghiệp, cụm công nghiệp.', opt=True,
      b=[('doanh nghiệp', 'lead', True)]),
 dict(s='Triển khai các cơ chế, chính sách ưu đãi về thuế', e='đầu tư phát triển hạ tầng 5G, IoT.', b=III_ST),
 # 5. Đo lường, quản lý, giám sát (heading + unmarked paragraph). The same work is Phụ lục row 6 (BQL chủ trì, Sở KH&CN
 # phối hợp, "Hàng năm"): those bodies inherited and required (as n-023 took section II's bodies from IV.1); the
 # closing addressees optional; the yearly period only inferred -> optional.
 dict(s='Thực hiện khảo sát, thu thập số liệu, công bố', e='phát triển hạ tầng số tại Kế hoạch này.',
      b=[(BQL, 'lead', False), (KH, 'support', False), (SBN, 'lead', False, True), (PX, 'lead', False, True),
         (DNVT, 'lead', False, True), UT],
      d=(None, 'recurring', 'FREQ=YEARLY', 'Hàng năm', True)),
 # IV. Kinh phí
 dict(s='Kinh phí thực hiện Kế hoạch được bố trí', e='hợp pháp khác theo quy định.', opt=True),
 dict(s='Các doanh nghiệp viễn thông trên địa bàn Thành phố, các nhà đầu tư', e='các nhiệm vụ được phân công tại Kế hoạch.',
      b=[('Các doanh nghiệp viễn thông trên địa bàn Thành phố', 'lead', True),
         ('các nhà đầu tư trong các khu công nghệ cao, khu công nghiệp, cụm công nghiệp', 'lead', True)]),
 # "Nguồn kinh phí ... được quy định cụ thể như sau:" introduces the four funding lines (not a task); the lines
 # describe sources of money -> optional (k-021 IV)
 dict(s='Kinh phí thực hiện các nhiệm vụ điều chỉnh quy hoạch', e='theo quy định của pháp luật hiện hành.', opt=True),
 dict(s='Đối với công trình, hạng mục đầu tư xây dựng công trình ngầm', e='thực hiện theo quy định của pháp luật.', opt=True),
 dict(s='Đối với hạng mục đầu tư hạ tầng kỹ thuật viễn thông thụ động', e='bằng nguồn vốn của doanh nghiệp.', opt=True,
      b=[('các doanh nghiệp', 'lead', True)]),
 dict(s='Đối với các ứng dụng IoT trong quản lý', e='chủ động tự đảm bảo kinh phí.', opt=True,
      b=[('các nhà đầu tư', 'lead', True)]),
 # V. Tổ chức thực hiện
 # 1. Ban Quản lý các khu công nghệ cao và khu công nghiệp
 dict(s='Chủ trì, phối hợp với các Sở, Ban, ngành liên quan rà soát', e='khu công nghiệp đến năm 2030.',
      b=B_BQL + [('các Sở, Ban, ngành liên quan', 'support', True)],
      d=('2026-09-30', 'period', None, 'Quý III Năm 2026', True), i=['DTI']),
 dict(s='Tổ chức triển khai xây dựng hạ tầng 5G, IoT theo quy hoạch', e='kế hoạch.', b=B_BQL),
 dict(s='Phối hợp với Sở Khoa học và Công nghệ, Sở Xây dựng', e='quy hoạch và quy định của pháp luật.',
      b=B_BQL + [(KH, 'support', True), ('Sở Xây dựng', 'support', True), ('các cơ quan liên quan', 'support', True)]),
 dict(s='Tổng hợp, tham mưu, báo cáo UBND Thành phố', e='kinh tế số, xã hội số của Thành phố.', b=B_BQL, i=['DTI']),
 # 2. Sở Khoa học và Công nghệ
 dict(s='Thực hiện công tác quản lý nhà nước về lĩnh vực viễn thông', e='cụm công nghiệp đến năm 2030.',
      b=B_KH + [(BQL, 'support', True), ('các doanh nghiệp viễn thông', 'support', True), ('các đơn vị liên quan', 'support', True)]),
 dict(s='Tham mưu, đề xuất Bộ Khoa học và Công nghệ', e='dịch vụ IoT.', b=B_KH),
 dict(s='Tham mưu hỗ trợ, khuyến khích các doanh nghiệp', e='hạ tầng của các ngành khác…', b=B_KH, i=['DTI']),
 # 3. Sở Tài chính
 dict(s='Trên cơ sở đề xuất của Ban Quản lý', e='khả năng cân đối ngân sách.', b=B_TC),
 dict(s='Chủ trì, phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học',
      e='triển khai thực hiện kế hoạch này.',
      b=B_TC + [(BQL, 'support', True), (KH, 'support', True), ('các đơn vị liên quan', 'support', True)]),
 # 4. Các Sở, ban, ngành của Thành phố, UBND phường, xã
 dict(s='Phối hợp với Ban Quản lý các khu công nghệ cao và khu công nghiệp tổ chức thực hiện', e='chức năng nhiệm vụ được giao.',
      b=B_SN + [(BQL, 'support', True)]),
 dict(s='Phối hợp, hướng dẫn các doanh nghiệp viễn thông', e='quy định của pháp luật về xây dựng.', b=B_SN),
 # 5. Các doanh nghiệp viễn thông, tổ chức, cá nhân có liên quan (one collective body; the enterprises as an optional alias)
 dict(s='Trên cơ sở những nội dung định hướng của Thành phố', e='Chương trình chuyển đổi số của Thành phố.', b=B_DN, i=['DTI']),
 dict(s='Tuân thủ các quy định về cấp phép và quản lý xây dựng', e='hạ tầng kỹ thuật liên ngành.', b=B_DN),
 dict(s='Doanh nghiệp viễn thông, tổ chức bảo đảm kinh phí', e='tỷ trọng chuyên gia công nghệ số.',
      b=[('Doanh nghiệp viễn thông, tổ chức', 'lead', True), ('Doanh nghiệp viễn thông', 'lead', True, True),
         (DN5, 'lead', False, True)]),
 # closing: the generic "nghiêm túc triển khai thực hiện" carries a dated yearly report -> a task (c-044 t17);
 # first 30/11 after the issue date (24/11/2025) -> 2025-11-30. "qua Ban Quản lý" is the channel -> optional.
 dict(s='Ủy ban nhân dân Thành phố yêu cầu các Sở, ban, ngành Thành phố', e='(qua Ban Quản lý các khu công nghệ cao và khu công nghiệp).',
      b=[(SBN, 'lead', True), (PX, 'lead', True), (DNVT, 'lead', True), (BQL, 'support', True, True)],
      d=('2025-11-30', 'recurring', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30', 'định kỳ trước ngày 30 tháng 11 hàng năm')),
 dict(s='Trong quá trình thực hiện, nếu có phát sinh', e='xem xét, giải quyết./.',
      b=[(SBN, 'lead', False), (PX, 'lead', False), (DNVT, 'lead', False), (BQL, 'lead', True, True)]),
 # Phụ lục: assignment table, one task per row (span = the task cell; bodies and time from the other cells)
 dict(s='Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông', e='khu công nghiệp đến năm 2030',
      b=[(BQL, 'lead', True), (KH, 'support', True), (CT, 'support', True), ('UBND các phường, xã', 'support', True)],
      d=('2026-09-30', 'period', None, 'Quý III Năm 2026')),
 dict(s='Khảo sát, đánh giá thực trạng hạ tầng viễn thông', e='khu công nghiệp, cụm công nghiệp',
      b=[(BQL, 'lead', True), (KH, 'support', True), (CT, 'support', True), ('Các doanh nghiệp viễn thông', 'support', True)],
      d=('2026-06-30', 'period', None, 'Quý IV/2025- Quý II/2026'), i=['DTI']),
 dict(s='Xây dựng kế hoạch đầu tư công, hợp tác công tư', e='trong phạm vi quản lý theo quy định của pháp luật',
      b=[(BQL, 'lead', True), (TC, 'support', True)], d=ONG),
 dict(s='Tổ chức triển khai thực hiện các dự án phát triển hạ tầng', e='hợp tác công tư (PPP)',
      b=[(BQL, 'lead', True), ('Các doanh nghiệp đầu tư hạ tầng', 'support', True)], d=ONG),
 dict(s='Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư bảo đảm kinh phí', e='do doanh nghiệp triển khai',
      b=[('Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư', 'lead', True), (BQL, 'support', True), (KH, 'support', True),
         (CT, 'support', True)], d=ONG),
 dict(s='Thực hiện khảo sát, thu nhập số liệu', e='đặt ra tại Kế hoạch này',
      b=[(BQL, 'lead', True), (KH, 'support', True)], d=(None, 'recurring', 'FREQ=YEARLY', 'Hàng năm')),
]
