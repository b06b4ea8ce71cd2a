SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Thong-bao-653-TB-VPCP-2025-y-kien-chi-dao-buoi-lam-viec-tai-cac-du-an-dien-tai-Ho-Chi-Minh-682353.aspx (corpus/bulk/0388.txt, see MANIFEST.tsv)'
DOC = dict(doc_type='thong_bao', number='653/TB-VPCP', issuer='Văn phòng Chính phủ', signer='Nguyễn Sỹ Hiệp',
           issued_on='2025-11-28',
           subject='ý kiến chỉ đạo của Phó Thủ tướng Chính phủ Bùi Thanh Sơn tại các buổi làm việc tại các dự án điện tại Thành phố Hồ Chí Minh và tỉnh Đồng Nai',
           references=[], indices=[])
START = 'đã có ý kiến chỉ đạo như sau:'
PVN = 'Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam'
HCM = 'Ủy ban nhân dân Thành phố Hồ Chí Minh'
NOV = ('2025-11-30', 'by', None, 'trong tháng 11 năm 2025')
T = [
 # 1. a) "Đánh giá cao nỗ lực ..." is appreciation, not a task.
 # 1. b) introducer "đề nghị:" without a body
 dict(s='Để làm tốt các nhiệm vụ sắp tới, đề nghị:', opt=True),
 dict(s='Tập đoàn Công nghiệp-Năng lượng quốc gia Việt Nam báo cáo', e='Nhà máy điện Nhơn Trạch 3 và Nhơn Trạch 4.',
      b=[(PVN, 'lead', True)]),
 dict(s='Chủ đầu tư phối hợp chặt chẽ với các đơn vị liên quan', e='vận hành nhà máy sau khi hoàn thành dự án.',
      b=[('Chủ đầu tư', 'lead', True), ('các đơn vị liên quan', 'support', True), ('các nhà thầu', 'support', True)],
      d=NOV),
 dict(s='Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo đơn vị', e='Nhà máy điện Nhơn Trạch 3 trong tháng 11 năm 2025.',
      b=[('Ủy ban nhân dân tỉnh Đồng Nai', 'lead', True), ('đơn vị liên quan', 'lead', True, True)], d=NOV),
 dict(s='Giao Bộ Công Thương nghiên cứu, xem xét', e='về cơ chế bán điện theo cụm.',
      b=[('Bộ Công Thương', 'lead', True)]),
 # 2. a) appreciation, not a task.
 # 2. b) introducer without a body
 dict(s='Để đạt được mục tiêu phát điện sớm hơn tiến độ', e='Quy hoạch điện VIII, đề nghị:', opt=True),
 dict(s='Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo các sở', e='hoàn thiện quy hoạch 1/500 theo quy định.',
      b=[(HCM, 'lead', True), ('các sở, ngành liên quan', 'lead', True, True), ('Chủ đầu tư', 'lead', True, True)]),
 dict(s='Bộ Công Thương chỉ đạo Tập đoàn Điện lực Việt Nam', e='ký hợp đồng chính thức trong tháng 12 năm 2025.',
      b=[('Bộ Công Thương', 'lead', True), ('Tập đoàn Điện lực Việt Nam', 'lead', True, True)],
      d=('2025-12-31', 'by', None, 'trong tháng 12 năm 2025')),
 dict(s='Về thủ tục nhập khẩu tàu LNG', e='các thủ tục cần thiết để thực hiện.',
      b=[('Bộ Xây dựng', 'lead', True), ('Chủ đầu tư', 'lead', True, True)]),
 dict(s='Chủ đầu tư, trong phạm vi, trách nhiệm của', e='an toàn cho người lao động và an toàn cho công trình.',
      b=[('Chủ đầu tư', 'lead', True)], d=('2027-12-31', 'by', None, 'trong năm 2027')),
 dict(s='Về việc thỏa thuận giao cắt tuyến ống', e='cung cấp khí cho Trung tâm nhiệt điện Phú Mỹ.',
      b=[(HCM, 'lead', True)], d=NOV),
 dict(s='Bộ Công Thương phối hợp các bộ, cơ quan, đơn vị', e='ngày 15 đến ngày 31 tháng 12 năm 2025.',
      b=[('Bộ Công Thương', 'lead', True), ('các bộ, cơ quan, đơn vị liên quan', 'support', True)],
      d=('2025-12-31', 'by', None, 'trong tuần ngày 15 đến ngày 31 tháng 12 năm 2025', True)),
 dict(s='Văn phòng Chính phủ thông báo để các bộ', e='biết, thực hiện./.', opt=True,
      b=[('các bộ, cơ quan và địa phương', 'lead', True)]),
]
