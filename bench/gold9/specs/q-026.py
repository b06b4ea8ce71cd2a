SOURCE = 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-157-KH-UBND-2025-phong-trao-thi-dua-chi-tra-tro-giup-xa-hoi-khong-dung-tien-mat-Can-Tho-683103.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/3a2db039af8c2d05.md@56eff108e1bc; corpus/directives/026.txt)'
DOC = dict(doc_type='ke_hoach', number='157/KH-UBND', issuer='UBND thành phố Cần Thơ', signer='Nguyễn Thị Ngọc Điệp', issued_on='2025-11-18',
           subject='phát động phong trào thi đua vận động thực hiện chi trả trợ giúp xã hội, hưu trí xã hội không dùng tiền mặt trên địa bàn thành phố Cần Thơ',
           # the two "Thực hiện" documents, plus the award regulation cited in IV.1 a)
           references=['21/CT-TTg', '552/TB-VPCP', '10/2024/QĐ-UBND'],
           indices=[])
START = 'Thực hiện Chỉ thị số 21/CT-TTg'
D = ['DTI']
YT = 'Sở Y tế'
NV = 'Sở Nội vụ'
NHNN = 'Ngân hàng Nhà nước chi nhánh khu vực 14'
KHCN = 'Sở Khoa học và Công nghệ'
XP = 'Ủy ban nhân dân xã, phường'
TCDV = 'các tổ chức cung cấp dịch vụ chi trả'
NHTM = 'các Ngân hàng thương mại trên địa bàn'
HD = 'Hội đồng thi đua'
HDF = 'Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố'
UT = ('UBND thành phố Cần Thơ', 'lead', False, True)
# III.1 chỉ tiêu: no body named; the competing units of II.1 (UBND xã, phường; the payment-service providers) and the
# issuer, inherited and optional (the Mục tiêu / Nội dung thi đua convention: g-018, p-027, p-050)
CT = [(XP, 'lead', False, True), (TCDV, 'lead', False, True), UT]
# the campaign ends with Đợt 02 (08-10/12/2025): an inferred limit for the chỉ tiêu -> optional
D_DOT = ('2025-12-10', 'by', None, 'đến ngày 10 tháng 12 năm 2025', True, 'Đợt 02 dự kiến')
# II.2 b) "Thời gian kiểm tra và đánh giá kết quả thực hiện, xếp hạng thi đua trước ngày 31 tháng 12 năm 2025"
D_KT = ('2025-12-31', 'by', None, 'trước ngày 31 tháng 12 năm 2025', True, 'Thời gian kiểm tra và đánh')
B_YT = [(YT, 'lead', False)]
B_NHNN = [(NHNN, 'lead', False)]
B_XP = [(XP, 'lead', False)]
B_TC = [(TCDV, 'lead', False)]
PL_XP = [('xã, phường', 'lead', False, True)]
PL_TC = [(TCDV, 'lead', False, True)]
T = [
 # "Thực hiện ..." lines, the background paragraph ("Thời gian qua ... Tuy nhiên ...") and "Ủy ban nhân dân thành phố
 # ban hành Kế hoạch ... cụ thể như sau:" are not tasks.
 # I.1 Mục đích a)-d), I.2 Yêu cầu a)-c) -> optional
 dict(s='Nhằm nâng cao nhận thức, vai', e='Chính phủ số, kinh tế số và xã hội số;', opt=True, i=D),
 dict(s='Đẩy mạnh cuộc vận động đối', e='bảo đảm an sinh xã hội trên địa bàn thành phố;', opt=True),
 dict(s='Phát hiện, biểu dương, khen thưởng', e='của công tác chuyên môn từng đơn vị;', opt=True),
 dict(s='Đẩy mạnh công tác chi trả', e='từ ngân sách nhà nước.', opt=True, i=D),
 dict(s='Nội dung thực hiện phong trào thi đua phải bám sát', e='phù hợp với đặc điểm của từng cơ quan, đơn vị, địa phương;', opt=True),
 dict(s='Việc thực hiện chi trả không', e='làm quen với hình thức thanh toán không dùng tiền mặt;', opt=True),
 dict(s='Việc triển khai thực hiện phong trào thi đua phải', e='có liên quan theo Kế hoạch này.', opt=True),
 # II.1 Đối tượng thi đua (a) Tập thể, b) Cá nhân): definitions of who competes, not tasks (p-050, b-0125).
 # II.2 Thời gian thi đua: a) "chia thành 02 đợt:" introduces; the two Đợt lines are campaign windows -> optional (p-050 II.3)
 dict(s='Đợt 01 dự kiến:', e='đến ngày 03 tháng 12 năm 2025);', opt=True,
      d=('2025-12-03', 'by', None, 'đến ngày 03 tháng 12 năm 2025', True)),
 dict(s='Đợt 02 dự kiến:', e='đến ngày 10 tháng 12 năm 2025).', opt=True,
      d=('2025-12-10', 'by', None, 'đến ngày 10 tháng 12 năm 2025', True)),
 # b) fixes when the checking, evaluation and ranking must be done -> a task (as h-0087 Hướng dẫn 4); done by the Sở Y tế's
 # inspection team (III.3 a) and the Hội đồng thi đua (III.4 a): inferred, optional bodies
 dict(s='Thời gian kiểm tra và đánh giá kết quả thực hiện', e='trước ngày 31 tháng 12 năm 2025.',
      b=[(YT, 'lead', False, True), (HD, 'lead', False, True), UT],
      d=('2025-12-31', 'by', None, 'trước ngày 31 tháng 12 năm 2025')),
 # III.1 Nội dung thi đua: the intro paragraph states the content and introduces the chỉ tiêu -> optional (p-027 II.1);
 # the five chỉ tiêu are required tasks with their targets (p-027, g-018)
 dict(s='Nâng cao nhận thức của người hưởng trợ cấp', e='các chỉ tiêu cụ thể như sau:', opt=True, b=CT),
 dict(s='100% số người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội chưa có tài khoản', e='nhận chi trả trợ cấp từ ngân sách nhà nước;',
      b=CT, d=D_DOT,
      g=[('100% số người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội chưa có tài khoản được tuyên truyền, giải thích lợi ích mang lại từ việc giao dịch thanh toán không dùng tiền mặt và vận động mở tài khoản thanh toán',
          100, '%', '=', 'tỷ lệ người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội chưa có tài khoản được tuyên truyền, giải thích lợi ích thanh toán không dùng tiền mặt và vận động mở tài khoản')]),
 dict(s='Ít nhất 85% người hưởng trợ', e='bằng phương thức không dùng tiền mặt;', b=CT, d=D_DOT,
      g=[('85% người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng, ví điện tử hoặc người đã có tài khoản tự nguyện cung cấp số tài khoản để nhận tiền trợ cấp bằng phương thức không dùng tiền mặt',
          85, '%', '>=', 'tỷ lệ người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng, ví điện tử hoặc tự nguyện cung cấp số tài khoản để nhận trợ cấp không dùng tiền mặt')]),
 dict(s='Ít nhất 80% người hưởng trợ', e='bằng phương thức không dùng tiền mặt;', b=CT, d=D_DOT,
      g=[('80% người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản mới được phát hành thẻ ATM hoặc người đã có tài khoản, thẻ ATM tự nguyện cung cấp số tài khoản',
          80, '%', '>=', 'tỷ lệ người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản được phát hành thẻ ATM hoặc đã có thẻ ATM tự nguyện cung cấp số tài khoản')]),
 dict(s='Phấn đấu có ít nhất 70% số', e='bằng phương thức không dùng tiền mặt;', b=CT, d=D_DOT,
      g=[('70% số người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp bằng phương thức không dùng tiền mặt',
          70, '%', '>=', 'tỷ lệ người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay) nhận tiền trợ cấp bằng phương thức không dùng tiền mặt')]),
 dict(s='100% số người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội hàng tháng', e='https://misposasoft.molisa.gov.vn/.', b=CT, d=D_DOT, i=D,
      g=[('100% số người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội hàng tháng được rà soát, cập nhật dữ liệu và thực hiện lập danh sách chi trả thông qua hệ thống phần mềm trực tuyến',
          100, '%', '=', 'tỷ lệ người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội hằng tháng được rà soát, cập nhật dữ liệu và lập danh sách chi trả qua phần mềm trực tuyến')]),
 # III.2 Phương án triển khai
 dict(s='Ủy ban nhân dân xã, phường huy động nguồn lực', e='theo thư mời của Ủy ban nhân dân xã, phường;',
      b=[(XP, 'lead', True)]),
 # "Ngân hàng hướng dẫn quy trình và cán bộ ngân hàng thực hiện mở tài khoản" (last sentence): the bank as an optional lead
 dict(s='Thực hiện mở tài khoản và phát hành thẻ:', e='theo tình hình thực tế của địa phương;',
      b=[(XP, 'lead', True), ('các Ngân hàng thương mại', 'support', True), ('Ngân hàng', 'lead', True, True)]),
 # "hàng tháng" is how often the allowance is paid, not the limit of the contract signing
 dict(s='Thực hiện chi trả cho người hưởng trợ cấp', e='theo quy định pháp luật;',
      b=[(XP, 'lead', True), ('các tổ chức chi trả dịch vụ', 'support', True)]),
 # d), đ) name no body: the inspecting Sở Y tế (III.3 a, V.1 a) / the communes, inferred -> optional
 dict(s='Kiểm tra, giám sát đánh giá trong quá trình triển khai', e='kết thúc các hoạt động thi đua;',
      b=[(YT, 'lead', False, True), (XP, 'lead', False, True), UT]),
 dict(s='Xét thi đua khen thưởng và tổng kết Kế hoạch.', b=[(YT, 'lead', False, True), (HD, 'lead', False, True), UT]),
 # III.3 Tiêu chí đánh giá, xếp loại
 dict(s='Trên cơ sở kết quả thực hiện các chỉ tiêu tại điểm 1', e='*(Chi tiết theo Phụ lục đính kèm);',
      b=[(YT, 'lead', True)], d=D_KT),
 # b) a basis phrase with no verb -> optional
 dict(s='Trên cơ sở kết quả họp xét đánh giá, xếp hạng của Hội đồng', e='*(gọi tắt là Hội đồng thi đua).', opt=True,
      b=[(HDF, 'lead', True)]),
 # III.4 Cách thức xếp hạng: a) the council's ranking meeting -> task; Sở Y tế only supplies the scores (not a body)
 dict(s='Trên cơ sở kết quả kiểm tra, đánh giá, chấm điểm của Sở Y tế', e='trợ cấp hưu trí xã hội không dùng tiền mặt;',
      b=[(HD, 'lead', True), (HDF, 'lead', False, True)], d=D_KT),
 # b) and the "Lưu ý khi bình xét thi đua" tie-break rules -> optional
 dict(s='Ngoài ra, địa phương có thành tích xuất sắc sẽ được cộng điểm', e='(sau khi được ban hành).', opt=True),
 dict(s='Đối với các xã, phường: Nếu có từ 02 địa phương', e='áp dụng hình thức bỏ phiếu để thống nhất;', opt=True,
      b=[(HD, 'lead', False, True)]),
 dict(s='Đối với các tổ chức cung cấp dịch vụ chi trả: Căn cứ vào số lượng', e='áp dụng hình thức bỏ phiếu để thống nhất.', opt=True,
      b=[(HD, 'lead', False, True)]),
 # IV. Khen thưởng
 # 1 a) the issuer's own award competence, with caps -> optional (p-033 Điều 9.1); the caps are optional targets (p-050 IV.2)
 dict(s='Chủ tịch Ủy ban nhân dân thành phố xem xét tặng Bằng khen', e='đối tượng trực tiếp tham gia phong trào)*;', opt=True,
      b=[('Ủy ban nhân dân thành phố', 'lead', True)],
      g=[('không quá 10% tập thể', 10, '%', '<=', 'tỷ lệ tập thể trực tiếp tham gia phong trào được tặng Bằng khen của Chủ tịch UBND thành phố', True),
         ('5% cá nhân đối tượng trực tiếp tham gia phong trào', 5, '%', '<=', 'tỷ lệ cá nhân trực tiếp tham gia phong trào được tặng Bằng khen của Chủ tịch UBND thành phố', True)]),
 dict(s='Kinh phí khen thưởng: Từ nguồn kinh phí', e='khen thưởng của thành phố.', opt=True),
 # 2 a) directs the commune level to award -> task (b-0118 "Các cơ quan, đơn vị căn cứ thành tích ...", p-050 III.3.3)
 dict(s='Căn cứ vào kết quả kiểm tra và thực hiện phong trào thi đua ở địa phương', e='theo quy định của Luật Thi đua, khen thưởng;',
      b=[('Ủy ban nhân dân cấp xã', 'lead', True)]),
 dict(s='Kinh phí khen thưởng thực hiện theo quy định phân cấp', e='và Luật Ngân sách Nhà nước.', opt=True),
 # V. Tổ chức thực hiện: header bodies inherited
 # 1. Sở Y tế
 dict(s='Chủ trì, phối hợp với Sở, ban ngành liên quan triển khai', e='đảm bảo thực chất, hiệu quả;',
      b=B_YT + [('Sở, ban ngành liên quan', 'support', True)]),
 dict(s='Căn cứ tiêu chuẩn thi đua xây dựng bảng đánh giá', e='các tập thể có thành tích xuất sắc;', b=B_YT),
 dict(s='Phối hợp Sở Nội vụ *(Ban Thi đua', e='khen thưởng theo quy định;',
      b=B_YT + [(NV, 'support', True), ('Ban Thi đua - Khen thưởng', 'support', True, True)]),
 dict(s='Tổ chức huy động nguồn lực xã hội hóa', e='cá nhân có thành tích tiêu biểu;', b=B_YT),
 dict(s='Tham mưu Ủy ban nhân dân thành phố tổng kết Kế hoạch này.', b=B_YT),
 # 2. Sở Nội vụ (one paragraph)
 dict(s='Phối hợp Sở Y tế thẩm định, lập thủ tục', e='thực hiện phong trào thi đua theo quy định.',
      b=[(NV, 'lead', False), (YT, 'support', True)]),
 # 3. Ngân hàng Nhà nước chi nhánh khu vực 14
 # a) "Chỉ đạo các Ngân hàng thương mại ... cụ thể như sau:" has content of its own and introduces three "-" items
 # -> optional (k-0006 item 2, p-040 II.2 b); the directed banks an optional explicit lead (c-003)
 dict(s='Chỉ đạo các Ngân hàng thương mại trên địa bàn chủ động', e='thông qua tài khoản ngân hàng, cụ thể như sau:', opt=True,
      b=B_NHNN + [(NHTM, 'lead', True, True), (YT, 'support', True), ('Chi Cục Dân số - Xã hội', 'support', True, True)]),
 # the "-" items: what the NHNN directs the banks to do -> the header body and the directed banks both own them
 dict(s='Các ngân hàng thương mại tham gia phối hợp với Sở Y tế', e='(nếu có yêu cầu);',
      b=B_NHNN + [('Các ngân hàng thương mại', 'lead', True), (YT, 'support', True), ('địa phương', 'support', True)]),
 dict(s='Cử chuyên viên phối hợp với Ủy ban nhân dân xã, phường', e='phát hành thẻ ATM;',
      b=B_NHNN + [(NHTM, 'lead', False), ('các Ngân hàng thương mại', 'lead', False, True), (XP, 'support', True)]),
 # "theo định kỳ" is how often payment is made, not a time limit; the contract counterpart is an optional support
 dict(s='Ký kết với đơn vị quản lý chi trả', e='thông qua tài khoản ngân hàng theo định kỳ.',
      b=B_NHNN + [(NHTM, 'lead', False), ('các Ngân hàng thương mại', 'lead', False, True),
                  ('đơn vị quản lý chi trả', 'support', True, True)]),
 dict(s='Đề xuất danh sách các ngân hàng, cá nhân', e='xét khen thưởng (nếu có nhu cầu).', b=B_NHNN),
 # 4. Sở Khoa học và Công nghệ (one paragraph; "phối hợp, hỗ trợ" without a partner)
 dict(s='Theo chức năng, nhiệm vụ của đơn vị phối hợp, hỗ trợ', e='kinh tế số và xã hội số của thành phố.',
      b=[(KHCN, 'lead', False)], i=D),
 # 5. Ủy ban nhân dân xã, phường
 dict(s='Xây dựng và ban hành Kế hoạch phát động phong trào thi đua', e='các hoạt động liên quan trên địa bàn;', b=B_XP),
 # "Chỉ đạo phòng, ban chuyên môn, phối hợp tổ chức chính trị - xã hội ...": the directed offices an optional lead (c-003),
 # their partner an optional support (p-029, c-009 t2)
 dict(s='Tổ chức tuyên truyền, vận động người hưởng trợ cấp', e='thư mời của Ủy ban nhân dân xã, phường;',
      b=B_XP + [('phòng, ban chuyên môn', 'lead', True, True), ('tổ chức chính trị - xã hội tại địa phương', 'support', True, True)]),
 dict(s='Tổng hợp nhu cầu mở tài khoản và phát hành thẻ', e='theo tình hình thực tế của địa phương;',
      b=B_XP + [(TCDV, 'support', True), ('Ngân hàng', 'lead', True, True)]),
 dict(s='Phối hợp với các đơn vị liên quan thực hiện đạt và vượt', e='đảm bảo thuận lợi;',
      b=B_XP + [('các đơn vị liên quan', 'support', True)]),
 dict(s='Thường xuyên rà soát, cập nhật dữ liệu', e='cơ sở dữ liệu đối tượng bảo trợ xã hội”.', b=B_XP, i=D,
      d=(None, 'ongoing', None, 'Thường xuyên')),
 # 6. Đề nghị các tổ chức cung cấp dịch vụ chi trả ("Đề nghị" dropped)
 dict(s='Tích cực tham gia phong trào thi đua chi trả', e='trên địa bàn thành phố;', b=B_TC),
 dict(s='Có phương án cụ thể, phù hợp với điều kiện thực tế', e='cho người thụ hưởng trợ cấp;', b=B_TC),
 dict(s='Bố trí nguồn lực tổ chức chi trả trực tiếp', e='ủy quyền nhận trợ cấp,…', b=B_TC),
 # closing: "Trên đây là Kế hoạch ..." names the plan (no unit); the difficulties sentence -> task (c-009 t9, p-025)
 dict(s='Trong quá trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan', e='xem xét, quyết định./.',
      b=[('các cơ quan, đơn vị, địa phương', 'lead', True), (YT, 'lead', True, True)]),
 # Phụ lục: scoring table (TIÊU CHÍ | ĐIỂM CHUẨN | HƯỚNG DẪN CHẤM ĐIỂM) -> criteria rows optional (h-0087, b-0118);
 # points, the sample size (50 người) and the formulas are not targets; the 100% / 88% thresholds are optional targets.
 # I. Nhóm xã, phường
 dict(s='Tỷ lệ % người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội chưa có tài khoản', e='nhận chi trả trợ cấp từ ngân sách nhà nước',
      opt=True, b=PL_XP),
 dict(s='Cách thức ghi nhận để chấm điểm: Điều kiện để chấm điểm', e='sẽ không được tính điểm chuẩn;', opt=True, b=PL_XP),
 dict(s='Sở Y tế (Chi cục Dân số - Xã hội) sẽ kiểm tra thực tế', e='lại thành tổng điểm.', opt=True, b=[(YT, 'lead', True)]),
 dict(s='Tỷ lệ % người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng', e='bằng phương thức không dùng tiền mặt',
      opt=True, b=PL_XP),
 dict(s='Tỷ lệ % người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản mới được phát hành thẻ ATM',
      e='bằng phương thức không dùng tiền mặt', opt=True, b=PL_XP),
 dict(s='Tỷ lệ % người hưởng trợ cấp (bao gồm người được ủy quyền nhận thay)', e='bằng phương thức không dùng tiền mặt',
      opt=True, b=PL_XP),
 dict(s='Đơn vị đạt tỷ lệ 100% người hưởng trợ cấp', e='được cộng trực tiếp 05 điểm', opt=True, b=PL_XP,
      g=[('100% người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng', 100, '%', '=',
          'tỷ lệ người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng (điểm cộng 5.1)', True)]),
 dict(s='Đơn vị có tỷ lệ người hưởng trợ cấp', e='từ 88% trở lên.', opt=True, b=PL_XP,
      g=[('88% trở lên', 88, '%', '>=', 'tỷ lệ người hưởng trợ cấp nhận tiền trợ cấp bằng phương thức không dùng tiền mặt (điểm cộng 5.2)', True)]),
 dict(s='Đơn vị đạt tỷ lệ 100% số người hưởng trợ cấp', e='https://misposasoft.molisa.gov.vn/', opt=True, b=PL_XP,
      g=[('100% số người hưởng trợ cấp xã hội, trợ cấp hưu trí xã hội hàng tháng được rà soát, cập nhật dữ liệu', 100, '%', '=',
          'tỷ lệ người hưởng trợ cấp hằng tháng được rà soát, cập nhật dữ liệu và lập danh sách chi trả qua phần mềm (điểm cộng 5.3)', True)]),
 # II. Nhóm tổ chức cung cấp dịch vụ chi trả
 dict(s='Căn cứ vào số lượng người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản', e='xếp loại từ cao xuống thấp',
      opt=True, b=PL_TC),
 dict(s='Căn cứ vào số lượng mở mới tài khoản để xếp loại', e='áp dụng hình thức bỏ phiếu để thống nhất', opt=True, b=PL_TC),
]
