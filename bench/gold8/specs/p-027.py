SOURCE = 'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-171-KH-UBND-2025-nhiem-vu-trong-tam-cuoi-nam-linh-vuc-Binh-dang-gioi-Ho-Chi-Minh-681660.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/31fb08f34535fce3.md@56eff108e1bc; corpus/directives/027.txt; the text reads "Số: 174/KH-UBND", the address says 171)'
DOC = dict(doc_type='ke_hoach', number='174/KH-UBND', issuer='UBND Thành phố Hồ Chí Minh', signer='Trần Thị Diệu Thúy', issued_on='2025-11-18',
           subject='triển khai các nhiệm vụ trọng tâm cuối năm 2025 lĩnh vực bình đẳng giới và “Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới” trên địa bàn Thành phố Hồ Chí Minh',
           references=['202/2025/QH15', '178/QĐ-TTg', '196-TB/TW', '2232/QĐ-TTg', '2282/QĐ-TTg', '28/NQ-CP', '101/QĐ-TTg',
                       '02-TT/TU', '8935/BNV-CTTN&BĐG', '1855/QĐ-TTg'],
           indices=[])
START = 'I. MỤC ĐÍCH, YÊU CẦU'
SBN = 'các sở, ban, ngành, đoàn thể Thành phố'
XP = 'Ủy ban nhân dân phường, xã, đặc khu'
VH = 'Sở Văn hóa và Thể thao'
YT = 'Sở Y tế'
LQ = 'các đơn vị có liên quan'
# II.1 targets: no body is named; the issuer and the plan's implementers (VI, VII) -> inherited, optional (g-018 / seed-004 t4)
MT = [('Ủy ban nhân dân Thành phố Hồ Chí Minh', 'lead', False, True), (SBN, 'lead', False, True), (XP, 'lead', False, True)]
# "Phấn đấu đến cuối năm 2025 đạt ..." and the item's own "vào năm 2025" -> stated limit
def Y25(q='vào năm 2025', kind='by'):
    return ('2025-12-31', kind, None, q)
# "Từ năm 2025 trở đi": a start from which the level holds -> ongoing, optional (as "... và các năm tiếp theo", c-085)
FWD = (None, 'ongoing', None, 'Từ năm 2025 trở đi', True)
# II.2 d) activities of the Tháng hành động: window "Từ ngày 15/11/2025 đến ngày 15/12/2025" inferred -> optional
DTH = ('2025-12-15', 'period', None, 'Từ ngày 15/11/2025 đến ngày 15/12/2025', True, 'Thời gian: Từ ngày')
# III activities without their own date: the title's "cuối năm 2025" inferred -> optional
PLAN = ('2025-12-31', 'by', None, 'CUỐI NĂM 2025', True, 'TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM')
# the "chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu" lines of III
SUP = [(SBN, 'support', True), (XP, 'support', True)]
# IV. Giải pháp names no body: the plan's implementers (VI.1, VII), inherited, optional (g-045)
IMP = [(SBN, 'lead', False, True), (XP, 'lead', False, True)]
SNV = [('Sở Nội vụ', 'lead', False)]
SB = [(SBN, 'lead', False)]                       # header "2. Thủ trưởng các sở, ban, ngành, đoàn thể Thành phố"
MTQ = [('Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố', 'lead', False), ('Hội Liên hiệp Phụ nữ Thành phố', 'lead', False),
       ('các tổ chức thành viên của Mặt trận', 'lead', False)]
CQ = [('các cơ quan, đơn vị, địa phương', 'lead', False)]   # II.2 d) intro
T = [
 # I.1 Mục đích, I.2 Yêu cầu -> optional
 dict(s='Tăng cường sự lãnh đạo, chỉ', e='ứng phó với bạo lực trên cơ sở giới.', opt=True),
 dict(s='Rà soát những kết quả đã đạt', e='thuộc trách nhiệm của ngành, lĩnh vực được giao.', opt=True),
 dict(s='Tăng cường truyền thông với', e='an toàn, thân thiện.', opt=True),
 dict(s='Duy trì những kết quả đã đạt', e='ứng phó với bạo lực trên cơ sở giới.', opt=True),
 dict(s='Tăng cường ứng dụng công', e='tại cơ quan, đơn vị, địa phương.', opt=True, i=['DTI']),

 # II.1 intro "Phấn đấu đến cuối năm 2025 đạt các mục tiêu, chỉ tiêu sau:" introduces the Chỉ tiêu -> optional (c-035 t2)
 dict(s='Phấn đấu đến cuối năm', e='các mục tiêu, chỉ tiêu sau:', opt=True, b=MT,
      d=('2025-12-31', 'by', None, 'đến cuối năm 2025', True)),
 # 1.1 chính trị
 dict(s='Chỉ tiêu 1: Năm 2025 đạt', e='thực tiễn cơ quan, đơn vị.', b=MT, d=Y25('Năm 2025', 'period'),
      g=[('60% các cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ', 60, '%', '=',
          'tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ')]),
 dict(s='Chỉ tiêu 2: Tỷ lệ cán bộ,', e='ít nhất vào năm 2025 đạt 40%.', b=MT, d=Y25(),
      g=[('Tỷ lệ cán bộ, công chức, viên chức nữ trong diện quy hoạch các chức danh quản lý, lãnh đạo các cấp ít nhất vào năm 2025 đạt 40%',
          40, '%', '>=', 'tỷ lệ cán bộ, công chức, viên chức nữ trong diện quy hoạch các chức danh quản lý, lãnh đạo các cấp')]),
 # 1.2 kinh tế, lao động
 dict(s='Chỉ tiêu 1: Tăng tỷ lệ lao', e='đạt 50% vào năm 2025.', b=MT, d=Y25(),
      g=[('tỷ lệ lao động nữ làm công hưởng lương đạt 50%', 50, '%', '=', 'tỷ lệ lao động nữ làm công hưởng lương')]),
 dict(s='Chỉ tiêu 2: Giảm tỷ trọng', e='xuống dưới 30% vào năm 2025.', b=MT, d=Y25(),
      g=[('tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm xuống dưới 30%', 30, '%', '<',
          'tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm')]),
 dict(s='Chỉ tiêu 3: Tỷ lệ nữ giám đốc', e='đạt ít nhất 27% vào năm 2025.', b=MT, d=Y25(),
      g=[('Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít nhất 27%', 27, '%', '>=',
          'tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã')]),
 # 1.3 gia đình, bạo lực trên cơ sở giới
 dict(s='Chỉ tiêu 1: Giảm số giờ', e='còn 1,7 lần vào năm 2025.', b=MT, d=Y25(),
      g=[('số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ còn 1,7 lần', 1.7, 'lần', '=',
          'số giờ trung bình làm công việc nội trợ và chăm sóc không được trả công của phụ nữ (số lần)')]),
 dict(s='Chỉ tiêu 2: Đến năm 2025 đạt', e='được tư vấn, tham vấn.', b=MT, d=Y25('Đến năm 2025'),
      g=[('80% người bị bạo lực gia đình được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản', 80, '%', '=',
          'tỷ lệ người bị bạo lực gia đình được phát hiện được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản'),
         ('50% người gây bạo lực gia đình được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn', 50, '%', '=',
          'tỷ lệ người gây bạo lực gia đình (chưa bị truy cứu trách nhiệm hình sự) được tư vấn, tham vấn')]),
 dict(s='Chỉ tiêu 3: Đến năm 2025 đạt', e='được tư vấn, tham vấn.', b=MT, d=Y25('Đến năm 2025'),
      g=[('80% người bị bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản', 80, '%', '=',
          'tỷ lệ người bị bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản'),
         ('50% người gây bạo lực trên cơ sở giới được phát hiện ở mức chưa bị truy cứu trách nhiệm hình sự được tư vấn, tham vấn', 50, '%', '=',
          'tỷ lệ người gây bạo lực trên cơ sở giới (chưa bị truy cứu trách nhiệm hình sự) được tư vấn, tham vấn')]),
 dict(s='Chỉ tiêu 4: Từ năm 2025 trở', e='tái hòa nhập cộng đồng.', b=MT, d=FWD,
      g=[('100% số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ được hưởng các dịch vụ hỗ trợ và tái hòa nhập cộng đồng',
          100, '%', '=', 'tỷ lệ nạn nhân bị mua bán trở về có nhu cầu hỗ trợ được hưởng dịch vụ hỗ trợ và tái hòa nhập cộng đồng')]),
 dict(s='Chỉ tiêu 5: Đến năm 2025', e='bạo lực trên cơ sở giới.', b=MT + [('cơ sở trợ giúp xã hội công lập', 'lead', True, True)],
      d=Y25('Đến năm 2025'),
      g=[('70% cơ sở trợ giúp xã hội công lập triển khai các hoạt động trợ giúp, phòng ngừa và ứng phó với bạo lực trên cơ sở giới',
          70, '%', '=', 'tỷ lệ cơ sở trợ giúp xã hội công lập triển khai hoạt động trợ giúp, phòng ngừa, ứng phó với bạo lực trên cơ sở giới')]),
 # 1.4 y tế
 dict(s='Chỉ tiêu 1: Tỷ số giới tính', e='sinh ra sống vào năm 2025.', b=MT, d=Y25(),
      g=[('Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái sinh ra sống', 107,
          'trẻ sơ sinh trai/100 trẻ sơ sinh gái', '=', 'tỷ số giới tính khi sinh')]),
 dict(s='Chỉ tiêu 2: Tỷ lệ tử vong', e='còn sống vào năm 2025.', b=MT, d=Y25(),
      g=[('Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 trẻ sinh ra còn sống', 4, '/100.000 trẻ sinh ra còn sống', '<',
          'tỷ lệ tử vong bà mẹ liên quan đến thai sản')]),
 # "giảm từ 23 ... xuống 18 ...": 23 is the baseline, 18 the target
 dict(s='Chỉ tiêu 3: Tỷ suất sinh', e='xuống 18 ca sinh/1.000 phụ nữ vào năm 2025.', b=MT, d=Y25(),
      g=[('Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ', 18, 'ca sinh/1.000 phụ nữ', '=',
          'tỷ suất sinh ở trẻ vị thành niên')]),
 dict(s='Chỉ tiêu 4: Có ít nhất một', e='chuyển giới vào năm 2025.', b=MT, d=Y25(),
      g=[('ít nhất một cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khỏe dành cho người đồng tính, song tính và chuyển giới', 1,
          'cơ sở y tế', '>=', 'số cơ sở y tế cung cấp thí điểm dịch vụ chăm sóc sức khỏe cho người đồng tính, song tính và chuyển giới')]),
 # 1.5 giáo dục, đào tạo; Chỉ tiêu 1 is qualitative (no number): a task without a target
 dict(s='Chỉ tiêu 1: Nội dung về giới,', e='từ năm 2025 trở đi.', b=MT, d=(None, 'ongoing', None, 'từ năm 2025 trở đi', True)),
 dict(s='Chỉ tiêu 2: Tỷ lệ trẻ em', e='đạt 85% vào năm 2025.', b=MT, d=Y25(),
      g=[('Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học đạt trên 90%', 90, '%', '>',
          'tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học'),
         ('tỷ lệ hoàn thành cấp trung học cơ sở đạt 85%', 85, '%', '=',
          'tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành cấp trung học cơ sở')]),
 dict(s='Chỉ tiêu 3: Tỷ lệ nữ học', e='trên 30% vào năm 2025.', b=MT, d=Y25(),
      g=[('Tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp đạt trên 30%', 30, '%', '>',
          'tỷ lệ nữ học viên, học sinh, sinh viên được tuyển mới thuộc hệ thống giáo dục nghề nghiệp')]),
 dict(s='Chỉ tiêu 4: Tỷ lệ nữ thạc', e='đạt 30% vào năm 2025.', b=MT, d=Y25(),
      g=[('Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ đạt 50%', 50, '%', '=', 'tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ'),
         ('tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ đạt 30%', 30, '%', '=', 'tỷ lệ nữ tiến sĩ trong tổng số người có trình độ tiến sĩ')]),
 # 1.6 thông tin, truyền thông
 dict(s='Chỉ tiêu 1: Phấn đấu năm', e='kiến thức cơ bản về bình đẳng giới.', b=MT, d=Y25('năm 2025', 'period'),
      g=[('60% dân số được tiếp cận kiến thức cơ bản về bình đẳng giới', 60, '%', '=',
          'tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới')]),
 dict(s='Chỉ tiêu 2: Từ năm 2025 trở', e='cam kết thực hiện bình đẳng giới.', b=MT, d=FWD,
      g=[('100% tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin về bình đẳng giới và cam kết thực hiện bình đẳng giới',
          100, '%', '=', 'tỷ lệ tổ chức Đảng, chính quyền, cơ quan hành chính, ban, ngành, đoàn thể các cấp được phổ biến, cập nhật thông tin và cam kết thực hiện bình đẳng giới')]),
 # "mỗi quý ... ít nhất 04 tin, bài" / "hằng tháng" are part of the measured level, not deadlines of the task
 dict(s='Chỉ tiêu 3: Từ năm 2025 trở', e='trên hệ thống thông tin cơ sở.', b=MT + [('xã, phường, thị trấn', 'lead', True, True)], d=FWD,
      g=[('100% xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở', 100, '%', '=',
          'tỷ lệ xã, phường, thị trấn mỗi quý có ít nhất 04 tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở'),
         ('ít nhất 04 tin, bài về bình đẳng giới', 4, 'tin, bài', '>=',
          'số tin, bài về bình đẳng giới mỗi quý trên hệ thống thông tin cơ sở của mỗi xã, phường, thị trấn', True)]),
 dict(s='Chỉ tiêu 4: Từ năm 2025 trở', e='về bình đẳng giới hằng tháng.',
      b=MT + [('đài phát thanh và đài truyền hình ở địa phương', 'lead', True, True)], d=FWD,
      g=[('100% đài phát thanh và đài truyền hình ở địa phương có chuyên mục, chuyên đề về bình đẳng giới hằng tháng', 100, '%', '=',
          'tỷ lệ đài phát thanh, đài truyền hình ở địa phương có chuyên mục, chuyên đề về bình đẳng giới hằng tháng')]),

 # II.2 Tháng hành động: a) Chủ đề, b) Thời gian, c) Bộ nhận diện are descriptions, not tasks.
 # d) intro "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp thực hiện các hoạt động sau:" -> optional;
 # its subject owns the "-" items (inherited)
 dict(s='Căn cứ tình hình thực tế, các cơ quan', e='thực hiện các hoạt động sau:', opt=True,
      b=[('các cơ quan, đơn vị, địa phương', 'lead', True)]),
 dict(s='Lồng ghép tổ chức Lễ phát', e='với hình thức phù hợp.', b=CQ, d=DTH),
 dict(s='Tăng cường truyền thông về chủ đề', e='phương tiện công cộng,...', b=CQ, d=DTH),
 dict(s='Tăng cường thực hiện số hóa', e='trẻ em gái trên không gian mạng.', b=CQ, d=DTH, i=['DTI']),
 dict(s='Phát hành các sản phẩm', e='giao lưu văn nghệ, thể thao...', b=CQ, d=DTH),
 # "trong Tháng hành động" bounds the task itself (the month is defined in b): 15/11-15/12/2025)
 dict(s='Tăng cường kiểm tra về', e='trẻ em gái trên không gian mạng.', b=CQ,
      d=('2025-12-15', 'period', None, 'trong Tháng hành động')),
 # the websites the news is sent to are not bodies
 dict(s='Gửi các tin, bài về hoạt động', e='các cơ quan thông tấn báo chí khác.', b=CQ, d=DTH),

 # III. Nội dung hoạt động: "N. heading" (introduces, no task) + "a) Hoạt động k" + "- Nội dung:" / "- Cơ quan thực hiện:"
 # -> like table rows (d-019, g-018): span = the Nội dung text, bodies from the Cơ quan thực hiện line (explicit)
 dict(s='Triển khai Tháng hành động (từ ngày', e='(ngày 25/11).',
      b=[('Sở Nội vụ', 'lead', True)] + SUP + [('báo, đài', 'support', True), (LQ, 'support', True)],
      d=('2025-12-15', 'period', None, 'từ ngày 15/11 đến ngày 15/12')),
 dict(s='Triển khai lồng ghép nội dung về phòng ngừa', e='Bộ tiêu chí xây dựng gia đình hạnh phúc.',
      b=[(VH, 'lead', True)] + SUP + [(LQ, 'support', True)], d=PLAN),
 # Hoạt động 3: two "+" implementer lines; the Sở Xây dựng line states its own action -> a task of its own, and
 # Sở Xây dựng is also an optional lead of the Hoạt động itself
 dict(s='Tuyên truyền, giáo dục về phòng ngừa', e='các hình thức cổ động trực quan.',
      b=[(VH, 'lead', True)] + SUP + [('báo, đài', 'support', True), (LQ, 'support', True), ('Sở Xây dựng', 'lead', True, True)],
      d=PLAN),
 dict(s='Sở Xây dựng đăng tải thông', e='nhà chờ xe buýt trên địa bàn Thành phố.', b=[('Sở Xây dựng', 'lead', True)], d=DTH),
 # 2. a) Hoạt động 1: "- Nội dung:" with two "+" leaves sharing one Cơ quan thực hiện line
 dict(s='Tổng kết', e='điều kiện tình hình thực tế.',
      b=[(YT, 'lead', True), (SBN, 'support', True), (LQ, 'support', True)], d=PLAN),
 dict(s='Tập huấn nâng cao năng lực', e='tại 04 Mô hình một cửa.',
      b=[(YT, 'lead', True), (SBN, 'support', True), (LQ, 'support', True)], d=PLAN,
      g=[('04 Mô hình một cửa', 4, 'Mô hình một cửa', '=', 'số Mô hình một cửa có đội ngũ được tập huấn', True)]),
 dict(s='Triển khai các mô hình phòng ngừa', e='mô hình, dịch vụ sẵn có của đơn vị.',
      b=[('Sở Giáo dục và Đào tạo', 'lead', True), (YT, 'lead', True), (SBN, 'support', True), (LQ, 'support', True)], d=PLAN),

 # IV. Giải pháp thực hiện (imperative items, no body named)
 dict(s='Đẩy mạnh công tác truyền thông nâng cao', e='các loại hình truyền thông trên nền tảng số.', b=IMP, i=['DTI']),
 dict(s='Ưu tiên bố trí ngân sách', e='thuộc Kế hoạch này.', b=IMP),
 dict(s='Tăng cường hợp tác quốc tế', e='các tổ chức trong nước và quốc tế.', b=IMP),
 dict(s='Thực hiện thu thập thông tin, dữ liệu', e='trong ngành, lĩnh vực.', b=IMP),

 # V.1 Sở Nội vụ (the bracketed role is not a body); bodies that are guided or report to it are not its bodies
 dict(s='Chủ trì, phối hợp với các sở, ban, ngành, đoàn thể Thành phố và đơn vị', e='trong khi chờ hướng dẫn mới của Trung ương.',
      b=SNV + [(SBN, 'support', True), ('đơn vị có liên quan', 'support', True)]),
 dict(s='Phối hợp với sở, ban, ngành, đoàn thể Thành phố hướng dẫn', e='triển khai Kế hoạch.',
      b=SNV + [('sở, ban, ngành, đoàn thể Thành phố', 'support', True)]),
 dict(s='Theo dõi, tổng hợp báo cáo từ', e='triển khai thực hiện Kế hoạch này.', b=SNV),
 # V.2 Thủ trưởng các sở, ban, ngành, đoàn thể Thành phố
 dict(s='Trong phạm vi, lĩnh vực quản', e='các nhiệm vụ được giao tại Kế hoạch này.',
      b=SB + [('các cơ quan, đơn vị có liên quan', 'support', True)]),
 dict(s='Quan tâm thực hiện công tác cán bộ nữ', e='tại cơ quan, đơn vị quan tâm.', b=SB),
 # V.3 Đề nghị UBMTTQ VN Thành phố, Hội LHPN Thành phố và các tổ chức thành viên của Mặt trận -> three inherited leads
 dict(s='Trong phạm vi chức năng, nhiệm vụ của mình, tham gia', e='triển khai thực hiện Kế hoạch này.', b=MTQ),
 dict(s='Duy trì kết quả của chuỗi', e='nghĩa tình của Thành phố Hồ Chí Minh.', b=MTQ),
 # V.4 Ủy ban nhân dân phường, xã, đặc khu (single paragraph)
 dict(s='Căn cứ tình hình thực tế của địa phương', e='hoàn thành nhiệm vụ được giao.', b=[(XP, 'lead', False)]),

 # VI. Kinh phí: 1. an instruction with named subjects (as c-044 t14); "ngân sách hằng năm" -> optional recurring
 dict(s='Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu xây dựng dự toán', e='triển khai thực hiện Kế hoạch này.',
      b=[('Các sở, ban, ngành, đoàn thể Thành phố', 'lead', True), (XP, 'lead', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'hằng năm', True)),
 # 2. a noun phrase naming other funding sources -> optional (as c-044 t13)
 dict(s='Nguồn tài trợ, viện trợ;', e='nguồn hợp pháp khác (nếu có).', opt=True),

 # VII. Chế độ báo cáo; Sở Nội vụ receives and compiles -> optional lead (c-009 t9)
 dict(s='Các sở, ban, ngành, đoàn thể Thành phố, Ủy ban nhân dân phường, xã, đặc khu gửi báo cáo', e='theo quy định./.',
      b=[('Các sở, ban, ngành, đoàn thể Thành phố', 'lead', True), (XP, 'lead', True), ('Sở Nội vụ', 'lead', True, True)],
      d=('2025-12-16', 'by', None, 'trước ngày 16 tháng 12 năm 2025')),
]
