SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Ke-hoach-0129-KH-UBND-2025-ho-tro-nhu-yeu-pham-nhan-dan-bi-anh-huong-mua-lu-Dak-Lak-681731.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/62f25a030c183151.md@56eff108e1bc; corpus/directives/021.txt)'
DOC = dict(doc_type='ke_hoach', number='0129/KH-UBND', issuer='UBND tỉnh Đắk Lắk', signer='Hồ Thị Nguyên Thảo', issued_on='2025-11-21',
           subject='hỗ trợ nhu yếu phẩm khẩn cấp cho Nhân dân bị ảnh hưởng mưa lũ trên địa bàn tỉnh Đắk Lắk',
           references=['200/2023/NĐ-CP', '98/2021/NĐ-CP', '02600/PA-UBND', '02110/QĐ-UBND', '223/CĐ-TTg',
                       '007/CĐ-UBND', '008/CĐ-UBND', '009/CĐ-UBND', '010/CĐ-UBND', '49/QCPH-UBND-UBMT-HCTĐ'],
           indices=[])
START = 'II. MỤC TIÊU'
# Implementers of the plan as a whole (closing line "Các cơ quan, đơn vị, địa phương ... khẩn trương phối hợp
# triển khai thực hiện Kế hoạch này"); the issuer as the plan's owner is an optional extra.
CQ = 'các cơ quan, đơn vị, địa phương'
UT = ('UBND tỉnh Đắk Lắk', 'lead', False, True)
IMP = [(CQ, 'lead', False), UT]
IMP_OPT = [(CQ, 'lead', False, True), UT]
CT = [('Sở Công Thương', 'lead', False)]
NN = [('Sở Nông nghiệp và Môi trường', 'lead', False)]
YT = [('Sở Y tế', 'lead', False)]
XD = [('Sở Xây dựng', 'lead', False)]
CA = [('Công an tỉnh', 'lead', False)]
QS = [('Bộ Chỉ huy Quân sự tỉnh', 'lead', False)]
XA = [('UBND các xã, phường', 'lead', False)]
MT = [('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', False), ('các tổ chức chính trị - xã hội', 'lead', False)]
TT = [('Báo và Phát thanh - Truyền hình Đắk Lắk', 'lead', False), ('Sở Văn hóa, Thể thao và Du lịch', 'lead', False),
      ('Cổng Thông tin điện tử tính', 'lead', False), ('hệ thống truyền thanh cơ sở', 'lead', False)]
UX_S = ('UBND các xã, phường', 'support', True)
T = [
 # II.1 Mục tiêu trước mắt, II.2 Mục tiêu chung, lâu dài: aims of the plan -> optional
 dict(s='Hỗ trợ khẩn cấp lương thực, thực phẩm', e='không tiếp cận được cứu trợ.', opt=True, b=IMP_OPT),
 dict(s='Đảm bảo người già neo đơn', e='lực lượng đến được hiện trường.', opt=True, b=IMP_OPT,
      d=(None, 'by', None, 'trong 24 giờ đầu kể từ khi lực lượng đến được hiện trường', True),
      g=[('24 giờ đầu', 24, 'giờ', '<=', 'thời gian để người già neo đơn, trẻ em, phụ nữ mang thai, hộ nghèo, người khuyết tật tiếp cận hỗ trợ kể từ khi lực lượng đến hiện trường', True)]),
 dict(s='Tổ chức lực lượng cứu hộ, cứu nạn tiếp cận', e='thiếu hỗ trợ tối thiểu.', opt=True, b=IMP_OPT),
 dict(s='Mục tiêu chung, lâu dài:', e='đối tượng dễ bị tổn thương.', opt=True, b=IMP_OPT),
 # III.1 Phạm vi: scope description with one "tập trung hỗ trợ" clause -> optional
 dict(s='Phạm vi: Toàn bộ các xã', e='vùng có nguy cơ sạt lở cao.', opt=True, b=IMP_OPT,
      g=[('hơn 20.000 hộ bị ảnh hưởng trực tiếp', 20000, 'hộ', '>', 'số hộ bị ảnh hưởng trực tiếp được tập trung hỗ trợ', True)]),
 # III.2 Nhóm 1 is a definition (not a task); Nhóm 2 has "cần được hỗ trợ kịp thời" -> optional
 dict(s='Nhóm 2: Các xã, phường lân cận', e='để bảo đảm an sinh xã hội.', opt=True, b=IMP_OPT),
 # III.3 Nhu cầu hỗ trợ cấp bách: lists of needed goods -> optional
 dict(s='Hỗ trợ khẩn cấp: Nước uống đóng chai', e='chăn, áo ấm, quần áo khô.', opt=True, b=IMP_OPT),
 dict(s='Hỗ trợ giai đoạn phục hồi:', e='phục hồi sản xuất và chăn nuôi sau lũ.', opt=True, b=IMP_OPT),
 # III.4 Phương án tổ chức cấp phát: imperative plan contents -> tasks of the plan's implementers
 dict(s='Giai đoạn khẩn cấp (0-48 giờ):', e='ánh sáng, điều kiện vệ sinh cơ bản.', b=IMP,
      d=('2025-11-23', 'by', None, '0-48 giờ', True)),
 dict(s='Giai đoạn 48-72 giờ:', e='một số vật dụng sinh hoạt thiết yếu.', b=IMP,
      d=('2025-11-24', 'by', None, '48-72 giờ', True)),
 dict(s='Giai đoạn sau 72 giờ:', e='ổn định đời sống Nhân dân.',
      b=IMP + [('chính quyền địa phương', 'support', True), ('lực lượng xung kích', 'support', True)]),
 # Lưu ý
 dict(s='Việc triển khai cứu trợ và cấp phát', e='theo diễn biến thực tế.', opt=True, b=IMP_OPT),
 dict(s='UBND xã, phường thực hiện trực ban', e='lực lượng, phương tiện và nhu yếu phẩm.',
      b=[('UBND xã, phường', 'lead', True)], d=(None, 'ongoing', None, '24/24', True)),
 dict(s='Khi vận chuyển nhu yếu phẩm vào', e='khi chưa được phép của lực lượng cứu hộ.',
      b=IMP + [('lực lượng chức năng', 'support', True)]),
 # IV. Kinh phí - nguồn huy động: descriptions of funds -> optional (as c-044 t13)
 dict(s='Ngân sách tỉnh và kinh phí hỗ trợ từ Trung ương.', opt=True),
 dict(s='Nguồn xã hội hóa từ Mặt trận', e='giữa UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh.', opt=True),
 dict(s='Theo Kế hoạch dự trữ hàng hóa', e='Nguồn hỗ trợ từ các đơn vị lực lượng vũ trang.', opt=True),
 dict(s='Nguồn xã hội hóa từ Mặt trận', e='Nhân dân trong và ngoài tỉnh.', opt=True),
 # (second) IV. Phân công nhiệm vụ
 # 1. Sở Công Thương
 dict(s='Chủ trì điều phối toàn bộ nguồn hàng', e='diễn biến thiên tai và mức độ thiệt hại.', b=CT,
      d=(None, 'ongoing', None, 'thường xuyên', True)),
 dict(s='Phân bổ hàng hóa theo đúng mức độ', e='không để xảy ra găm hàng, tăng giá.', b=CT),
 dict(s='Phối hợp Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh', e='đột xuất khi cần thiết.',
      b=CT + [('Bộ Chỉ huy Quân sự tỉnh', 'support', True), ('Công an tỉnh', 'support', True), UX_S],
      d=(None, 'recurring', 'FREQ=DAILY;BYHOUR=19', 'trước 19h00’ hằng ngày')),
 # 2. Sở Nông nghiệp và Môi trường
 dict(s='Phối hợp UBND các xã, phường cập nhật thiệt hại', e='khu vực sản xuất bị hư hỏng nặng.', b=NN + [UX_S]),
 dict(s='Hướng dẫn các đơn vị, địa phương và tổ chức ra quân', e='xử lý cây xanh gãy đổ.', b=NN),
 dict(s='Hướng dẫn xử lý sơ bộ môi trường chăn nuôi', e='các chương trình hậu thiên tai.', b=NN),
 # 3. Sở Y tế
 dict(s='Bố trí các đội y tế lưu động', e='nguy cơ bùng phát dịch bệnh sau mưa lũ.', b=YT + [UX_S]),
 dict(s='Đảm bảo đầy đủ cơ số thuốc cấp cứu', e='các trạm y tế xã khi có yêu cầu.', b=YT),
 dict(s='Chuẩn bị và phân phối “túi thuốc chống lũ”', e='các nhóm đối tượng dễ bị tổn thương.', b=YT),
 dict(s='Hướng dẫn người dân sử dụng nước sạch', e='tổ chức phun thuốc phòng chống dịch.',
      b=YT + [('các địa phương', 'support', True)]),
 # 4. Sở Xây dựng
 dict(s='Rà soát, cập nhật điểm ngập sâu', e='khi điều kiện an toàn cho phép.',
      b=XD + [('các đơn vị liên quan', 'lead', True, True), ('lực lượng tại chỗ', 'support', True, True)]),
 dict(s='Hướng dẫn UBND các xã, phường lựa chọn điểm tập kết', e='ưu tiên hộ hư hỏng nặng.', b=XD),
 # 5. Sở Khoa học và Công nghệ (header + unmarked paragraph)
 dict(s='Chỉ đạo các doanh nghiệp viễn thông báo đảm', e='cấp phát nhu yếu phẩm trên địa bàn.',
      b=[('Sở Khoa học và Công nghệ', 'lead', False), ('các doanh nghiệp viễn thông', 'lead', True, True)]),
 # 6. Sở Tài chính (header + unmarked paragraph)
 dict(s='Phối hợp với Sở Công Thương và các đơn vị liên quan thẩm định', e='bảo đảm đúng quy định, minh bạch.',
      b=[('Sở Tài chính', 'lead', False), ('Sở Công Thương', 'support', True), ('các đơn vị liên quan', 'support', True)]),
 # 7. Công an tỉnh
 dict(s='Bảo đảm an ninh, trật tự tại các điểm tập kết', e='không để ùn tắc, chen lấn.', b=CA),
 dict(s='Triển khai lực lượng đảm bảo an toàn cho phương tiện', e='theo chỉ đạo của Ban Chỉ huy PTDS tỉnh.', b=CA),
 dict(s='Phối hợp các lực lượng và UBND các xã, phường huy động', e='bảo đảm an toàn tuyệt đối người và tài sản.',
      b=CA + [('các lực lượng', 'support', True), UX_S]),
 # 8. Bộ Chỉ huy Quân sự tỉnh
 dict(s='Huy động lực lượng, phương tiện hỗ trợ vận chuyển', e='ưu tiên xã ngập sâu, đi lại khó khăn.', b=QS),
 dict(s='Phối hợp UBND các xã, phường dựng nhà bạt', e='tuyệt đối an toàn cho lực lượng và phương tiện.', b=QS + [UX_S]),
 # 9. Báo và PT-TH, Sở VHTTDL, Cổng TTĐT, truyền thanh cơ sở (header + unmarked paragraph)
 dict(s='Theo chức năng, nhiệm vụ tăng cường thông tin, tuyên truyền', e='tránh tin giả, tin sai lệch gây hoang mang.', b=TT),
 # 10. UBND các xã, phường
 dict(s='Xây dựng phương án phân bố phù hợp', e='tổ chức cấp phát đúng người, đúng đối tượng.', b=XA),
 dict(s='Huy động nguồn lực xã hội hóa tại chỗ', e='gửi UBND tỉnh (qua Sở Công Thương).', b=XA,
      d=(None, 'recurring', 'FREQ=DAILY;BYHOUR=9,16', '02 lần/ngày (trước 9h00’ và 16h00’)')),
 dict(s='Trực tiếp tiếp nhận, bảo quản và cấp phát', e='khi thiếu hụt hàng hóa hoặc lực lượng.', b=XA),
 dict(s='Cập nhật liên tục tình hình ngập sâu', e='báo cáo ngay để điều chỉnh phương án phân bổ.', b=XA,
      d=(None, 'ongoing', None, 'liên tục')),
 dict(s='Tổ chức lực lượng xung kích dọn vệ sinh', e='bằng Cloramin B sau khi nước rút.', b=XA),
 dict(s='Khi cấp phát tại khu vực nguy hiểm', e='khu vực có nguy cơ sạt lở.', b=XA),
 # 11. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội
 dict(s='Thực hiện vai trò cơ quan thường trực Ban Vận động', e='hỗ trợ Nhân dân vùng thiên tai.', b=MT),
 dict(s='Xây dựng kế hoạch cụ thể phân phối', e='vận chuyển, cấp phát hàng hóa cứu trợ.', b=MT),
 dict(s='Chủ trì phối hợp UBND tỉnh, Sở Công Thương', e='đã được công bố tình huống khẩn cấp.',
      b=MT + [('UBND tỉnh', 'support', True), ('Sở Công Thương', 'support', True), ('các cơ quan liên quan', 'support', True)]),
 dict(s='Phối hợp chính quyền địa phương, Mặt trận cơ sở', e='tiếp nhận - phân phối theo quy định.',
      b=MT + [('chính quyền địa phương', 'support', True), ('Mặt trận cơ sở', 'support', True), ('các đoàn thể', 'support', True)]),
 dict(s='Tăng cường tuyên truyền ý nghĩa cuộc vận động', e='tổ chức biết, tham gia và giám sát.', b=MT),
 dict(s='Phối hợp cơ quan báo chí và hệ thống truyền thông', e='nhiệm vụ của Ban Vận động.',
      b=MT + [('cơ quan báo chí', 'support', True), ('hệ thống truyền thông', 'support', True)]),
 # 12.-15. body and text on one line
 dict(s='Đề nghị Công ty Điện lực Đắk Lắk:', e='khi mưa lũ tiếp diễn.',
      b=[('Công ty Điện lực Đắk Lắk', 'lead', True), ('chính quyền cơ sở', 'support', True)]),
 dict(s='Đề nghị các doanh nghiệp viễn thông (VNPT', e='theo chỉ đạo của UBND tỉnh khi cần thiết.',
      b=[('các doanh nghiệp viễn thông', 'lead', True), ('VNPT', 'lead', True, True), ('Viettel', 'lead', True, True),
         ('MobiFone', 'lead', True, True)]),
 dict(s='Doanh nghiệp, cộng đồng, tổ chức, cá nhân: Quan tâm', e='tránh trùng lặp hoặc bỏ sót.', opt=True,
      b=[('Doanh nghiệp, cộng đồng, tổ chức, cá nhân', 'lead', True)]),
 dict(s='Tất cả lực lượng, phương tiện tham gia', e='vận chuyển, cấp phát hàng hóa.',
      b=[('Tất cả lực lượng, phương tiện tham gia thực hiện Kế hoạch này', 'lead', True)]),
 # closing: generic "khẩn trương phối hợp triển khai" + report line -> optional
 dict(s='Các cơ quan, đơn vị, địa phương căn cứ chức năng', e='để xem xét, chỉ đạo giải quyết./.', opt=True,
      b=[('Các cơ quan, đơn vị, địa phương', 'lead', True), ('Sở Công Thương', 'support', True, True)]),
]
