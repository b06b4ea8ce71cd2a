SOURCE = 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-987-KH-UBND-2025-phat-trien-he-thong-song-vien-thong-5G-tai-cac-Khu-cong-nghiep-Nghe-An-681659.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/ceb89a53c7b93f00.md@56eff108e1bc; corpus/directives/016.txt)'
DOC = dict(doc_type='ke_hoach', number='987/KH-UBND', issuer='UBND tỉnh Nghệ An', signer='Hoàng Phú Hiền', issued_on='2025-11-20',
           subject='phát triển hệ thống sóng viễn thông 5G, Internet vạn vật (IoT) tại các Khu công nghiệp Nghệ An giai đoạn 2026 - 2030, tầm nhìn đến năm 2045',
           references=['328-KH/TU', '57-NQ/TW', '348/KH-UBND', '71/NQ-CP', '01-KH/BCĐ', '02-KH/BCĐTW'],
           indices=[])
START = 'I. MỤC ĐÍCH, YÊU CẦU'
KH = 'Sở Khoa học và Công nghệ'
DNVT = 'Các doanh nghiệp viễn thông'
BQL = 'Ban Quản lý Khu kinh tế Đông Nam'
SBN = 'Các Sở, ban, ngành cấp tỉnh'
CDT = 'Các chủ đầu tư xây dựng và kinh doanh hạ tầng Khu công nghiệp'
DNTC = 'Các doanh nghiệp thứ cấp đang hoạt động trong KCN'
# Section II (Nội dung thực hiện) names no implementer; the work (building stations, IoT platforms, tests) is
# what the telecom enterprises do and pay for (III, IV.4 repeats 2.3 almost word for word) -> inherited, optional.
II = [('các doanh nghiệp viễn thông', 'lead', False, True)]
# deadline of section II: the plan period "Trong giai đoạn 2026 - 2030" of the intro to 2.x (inherited, optional)
DII = ('2030-12-31', 'period', None, 'Trong giai đoạn 2026 - 2030', True, 'Trong giai đoạn 2026 - 2030, Đảm bảo')
T = [
 # I.1 Mục đích (aims) -> optional
 dict(s='Chuyển dịch hạ tầng viễn thông sang hạ tầng Công', e='tại các KCN đến năm 2030 đạt 100%.', opt=True, i=['DTI'],
      d=('2030-12-31', 'by', None, 'đến năm 2030', True),
      g=[('tỷ lệ phủ sóng mạng 5G tại các KCN đến năm 2030 đạt 100%', 100, '%', '=', 'tỷ lệ phủ sóng mạng 5G tại các KCN đến năm 2030')]),
 dict(s='Tạo điều kiện cho các doanh nghiệp viễn thông', e='cung cấp dịch vụ mạng 5G.', opt=True),
 dict(s='Tăng cường chia sẻ, dùng chung hạ tầng kỹ thuật', e='giảm thiếu chi phí đầu tư và mỹ quan đô thị.', opt=True),
 dict(s='Cung ứng dịch vụ 5G với tốc độ siêu nhanh', e='tại các (KCN) trên địa bàn tỉnh.', opt=True),
 # I.2 Yêu cầu -> optional
 dict(s='Các doanh nghiệp viễn thông phối hợp các đơn vị', e='các nội dung đã đề ra trong kế hoạch.', opt=True,
      b=[(DNVT, 'lead', True), ('các đơn vị liên quan', 'support', True)]),
 dict(s='Các đơn vị liên quan tích cực phối hợp', e='thực hiện tốt các nội dung kế hoạch.', opt=True,
      b=[('Các đơn vị liên quan', 'lead', True)]),
 dict(s='Triển khai 5G và IoT tại KCN là bước đi', e='kiểm soát chất lượng môi trường.', opt=True),
 dict(s='Dữ liệu thu thập từ các hệ thống IoT', e='trong công tác quản lý, điều hành.', opt=True),
 # II.1 Hiện trạng: narrative, past results (87 trạm, 28 trạm, 32,2 %) -> nothing
 # II.2 intro sentence with a target, introduces 2.1-2.3 -> optional task (as c-035 t2)
 dict(s='Trong giai đoạn 2026 - 2030, Đảm bảo xây dựng trạm', e='phát triển trạm 4G, 5G, cụ thể như sau:', opt=True, b=II,
      d=('2030-12-31', 'period', None, 'Trong giai đoạn 2026 - 2030', True),
      g=[('xây dựng trạm BTS 5G đạt 100%', 100, '%', '=', 'tỷ lệ xây dựng trạm BTS 5G tại các KCN giai đoạn 2026 - 2030')]),
 # 2.1 Xây dựng trạm 5G, mạng lõi
 dict(s='Lắp đặt các trạm BTS 5G, mạng lõi:', e='chất lượng tín hiệu ổn định trong các khu công nghiệp.', b=II, d=DII),
 dict(s='Nâng cấp hoặc xây dựng mạng lõi:', e='độ trễ thấp của mạng 5G.', b=II, d=DII),
 dict(s='Triển khai cáp quang và hạ tầng truyền dẫn:', e='cho các trạm 5G và thiết bị IoT.', b=II, d=DII),
 # "Trong đó:" + quantified items (planned station counts)
 dict(s='Lắp đặt mới trạm 3G/4G: 58 trạm', e='Viettel: 33 trạm);', b=II, d=DII,
      g=[('Lắp đặt mới trạm 3G/4G: 58 trạm', 58, 'trạm', '=', 'số trạm 3G/4G lắp đặt mới tại các KCN giai đoạn 2026 - 2030'),
         ('VNPT: 25 trạm', 25, 'trạm', '=', 'số trạm 3G/4G lắp đặt mới của VNPT', True),
         ('Viettel: 33 trạm', 33, 'trạm', '=', 'số trạm 3G/4G lắp đặt mới của Viettel', True)]),
 dict(s='Đầu tư mới trạm 5G: 35 trạm', e='Viettel: 26 trạm);', b=II, d=DII,
      g=[('Đầu tư mới trạm 5G: 35 trạm', 35, 'trạm', '=', 'số trạm 5G đầu tư mới tại các KCN giai đoạn 2026 - 2030'),
         ('MobiFone: 09 trạm', 9, 'trạm', '=', 'số trạm 5G đầu tư mới của MobiFone', True),
         ('Viettel: 26 trạm', 26, 'trạm', '=', 'số trạm 5G đầu tư mới của Viettel', True)]),
 dict(s='Chuyển đổi từ trạm 3G/4G sang trạm 5G: 125 trạm', e='5G: 188 trạm.', b=II, d=DII,
      g=[('Chuyển đổi từ trạm 3G/4G sang trạm 5G: 125 trạm', 125, 'trạm', '=', 'số trạm 3G/4G chuyển đổi sang trạm 5G tại các KCN'),
         ('MobiFone: 22 trạm', 22, 'trạm', '=', 'số trạm chuyển đổi sang 5G của MobiFone', True),
         ('VNPT: 56 trạm', 56, 'trạm', '=', 'số trạm chuyển đổi sang 5G của VNPT', True),
         ('Viettel: 47 trạm', 47, 'trạm', '=', 'số trạm chuyển đổi sang 5G của Viettel', True),
         ('nâng tổng số trạm 5G: 188 trạm', 188, 'trạm', '=', 'tổng số trạm 5G tại các KCN')]),
 # 2.2 Triển khai nền tảng IoT
 dict(s='Ưu tiên triển khai các giải pháp IoT phục vụ quản', e='góp phần vào mục tiêu phát triển bền vững.', b=II, d=DII),
 dict(s='Thiết lập nền tảng quản lý thiết bị IoT:', e='từ hàng ngàn thiết bị IoT.', b=II, d=DII),
 dict(s='Phát triển các ứng dụng IoT ban đầu:', e='tối ưu hóa dây chuyền sản xuất).', b=II, d=DII),
 dict(s='Đào tạo và hỗ trợ kỹ thuật:', e='các giải pháp 5G và IoT.', b=II, d=DII),
 # 2.3 Thử nghiệm và tối ưu hóa
 dict(s='Kiểm tra chất lượng dịch vụ:', e='của mạng 5G đạt yêu cầu.', b=II, d=DII),
 dict(s='Thử nghiệm các ứng dụng IoT trong môi trường thực', e='đáp ứng nhu cầu của doanh nghiệp.', b=II, d=DII),
 dict(s='Thu thập phản hồi từ khách hàng:', e='trải nghiệm khách hàng.', b=II, d=DII),
 # III. Kinh phí: a statement of where money comes from -> optional (as c-044 t13)
 dict(s='Nguồn kinh phí thực hiện từ các doanh nghiệp viễn', e='huy động nguồn lực xã hội hóa.', opt=True,
      b=[('các doanh nghiệp viễn thông', 'lead', True)]),
 # IV.1 Sở Khoa học và Công nghệ
 dict(s='Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn', e='phủ sóng 5G theo Kế hoạch.',
      b=[(KH, 'lead', False), ('các doanh nghiệp viễn thông', 'lead', True, True)]),
 dict(s='Chủ trì, phối hợp các đơn vị liên quan hướng dẫn,', e='kết quả triển khai thực hiện.',
      b=[(KH, 'lead', False), ('các đơn vị liên quan', 'support', True)],
      d=('2025-12-15', 'recurring', 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15', 'Trước ngày 15/12 hàng năm')),
 dict(s='Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ', e='ứng dụng IoT tại các KCN.',
      b=[(KH, 'lead', False), ('các nhà mạng', 'support', True), ('Viettel Nghệ An', 'support', True, True),
         ('VNPT Nghệ An', 'support', True, True), ('MobiFone Nghệ An', 'support', True, True)]),
 # IV.2 Ban Quản lý Khu kinh tế Đông Nam
 dict(s='Đề xuất những khu công nghiệp có mật độ doanh', e='tự động hóa, logistics).', b=[(BQL, 'lead', False)]),
 dict(s='Phối hợp chặt chẽ Sở Khoa học và Công nghệ đê hỗ', e='các KCN đã đi vào hoạt động.',
      b=[(BQL, 'lead', False), (KH, 'support', True)]),
 dict(s='Tạo điều kiện thuận lợi để các doanh nghiệp viễn', e='và các thiết bị IoT khác.', b=[(BQL, 'lead', False)]),
 dict(s='Tích cực hướng dẫn các chủ đầu tư thực hiện đầy đủ', e='và đúng quy định pháp luật.', b=[(BQL, 'lead', False)], i=['PAR']),
 # IV.3 Các Sở, ban, ngành cấp tỉnh
 dict(s='Phối hợp, hỗ trợ, tạo điều kiện để các doanh nghiệp', e='triển khai trạm BTS 5G.', b=[(SBN, 'lead', False)]),
 dict(s='Phối hợp Sở Khoa học và Công nghệ và các đơn vị', e='trong quá trình triển khai Kế hoạch này.',
      b=[(SBN, 'lead', False), (KH, 'support', True), ('các đơn vị liên quan', 'support', True)]),
 dict(s='Hỗ trợ phát triển hạ tầng số, sử dụng chung', e='công trình viễn thông tại các KCN.', b=[(SBN, 'lead', False)], i=['DTI']),
 dict(s='Hỗ trợ cắt giảm thủ tục hành chính, bố trí không', e='hạ tầng viễn thông và hạ tầng kỹ thuật khác.', b=[(SBN, 'lead', False)], i=['PAR']),
 dict(s='Chủ trì, phối hợp các đơn vị điện lực trên địa', e='cho các trạm BTS 5G và hệ thống IoT.',
      b=[(SBN, 'lead', False), ('các đơn vị điện lực trên địa bàn tỉnh', 'support', True)]),
 # IV.4 Các doanh nghiệp viễn thông
 dict(s='Căn cứ kế hoạch này, khẩn trương xây dựng kế hoạch', e='về Sở Khoa học và Công nghệ kịp thời.', b=[(DNVT, 'lead', False)]),
 dict(s='Đảm bảo tốc độ, độ trễ và độ ổn định của mạng 5G', e='đạt yêu cầu.', b=[(DNVT, 'lead', False)]),
 dict(s='Đảm bảo các giải pháp hoạt động hiệu quả và đáp ứng', e='cải thiện hiệu suất và trải nghiệm người dùng.', b=[(DNVT, 'lead', False)]),
 dict(s='Tăng cường việc chia sẻ, sử dụng chung hạ tầng viễn', e='hạ tầng kỹ thuật liên ngành theo quy định.', b=[(DNVT, 'lead', False)]),
 dict(s='Định kỳ báo cáo kết quả triển khai về Sở Khoa học', e='và Công nghệ.', b=[(DNVT, 'lead', False)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'Định kỳ')),
 # IV.5 Các chủ đầu tư xây dựng và kinh doanh hạ tầng KCN
 dict(s='Phối hợp chặt chẽ với Ban Quản lý Khu kinh tế', e='tại KCN do mình quản lý.',
      b=[(CDT, 'lead', False), (BQL, 'support', True), (KH, 'support', True), ('các doanh nghiệp viễn thông', 'support', True),
         ('các doanh nghiệp công nghệ số', 'support', True)]),
 dict(s='Tạo điều kiện về mặt bằng, các điều kiện cần thiết', e='lắp đặt thiết bị 5G và IoT.', b=[(CDT, 'lead', False)]),
 dict(s='Chủ động đề xuất các nhu cầu, ứng dụng IoT phục vụ', e='của các doanh nghiệp thứ cấp trong KCN.', b=[(CDT, 'lead', False)]),
 dict(s='Đầu tư hạ tầng bảo đảm triển khai phát triển ứng', e='trong KCN thuận lợi, hiệu quả.', b=[(CDT, 'lead', False)]),
 dict(s='Triển khai các ứng dụng IoT trong quản lý vận', e='và các dịch vụ công nghiệp khác.', b=[(CDT, 'lead', False)]),
 dict(s='Tuân thủ đầy đủ các quy định pháp luật về an toàn', e='trong quá trình triển khai thực hiện.', b=[(CDT, 'lead', False)]),
 # IV.6 Các doanh nghiệp thứ cấp đang hoạt động trong KCN
 dict(s='Chủ động phối hợp với chủ đầu tư hạ tầng KCN và', e='quản lý và vận hành doanh nghiệp.',
      b=[(DNTC, 'lead', False), ('chủ đầu tư hạ tầng KCN', 'support', True), ('các cơ quan, đơn vị chức năng', 'support', True)]),
 # an encouragement, not an obligation -> optional
 dict(s='Khuyến khích các doanh nghiệp đầu tư, ứng dụng', e='an toàn, an ninh.', opt=True,
      b=[(DNTC, 'lead', False), ('các doanh nghiệp', 'lead', True)]),
 dict(s='Bảo vệ an toàn thiết bị và hạ tầng trong phạm vi', e='sự cố về thiết bị/đường truyền kịp thời.', b=[(DNTC, 'lead', False)]),
 dict(s='Tạo điều kiện cho các đơn vị triển khai lắp đặt', e='mặt bằng sản xuất của doanh nghiệp theo quy định.', b=[(DNTC, 'lead', False)]),
 dict(s='Tuân thủ đầy đủ các quy định pháp luật về an toàn', e='trong quá trình triển khai thực hiện.', b=[(DNTC, 'lead', False)]),
 # closing
 dict(s='Ủy ban nhân dân tỉnh yêu cầu các sở, ban,', e='các nhiệm vụ được giao tại Kế hoạch.', opt=True,
      b=[('các sở, ban, ngành', 'lead', True), ('cơ quan, đơn vị liên quan', 'lead', True)]),
 dict(s='Trong quá trình thực hiện nếu phát sinh vướng mắc', e='để xử lý theo thẩm quyền./.',
      b=[('các sở, ban, ngành', 'lead', False), ('cơ quan, đơn vị liên quan', 'lead', False), (BQL, 'support', True, True)]),
]
