SOURCE = 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-308-KH-UBND-2025-trien-khai-Nghi-quyet-214-NQ-CP-chuyen-doi-so-toan-dien-Ha-Noi-681504.aspx (corpus/directives/011.txt, see its INDEX.tsv row)'
DOC = dict(doc_type='ke_hoach', number='308/KH-UBND', issuer='UBND thành phố Hà Nội', signer='Trương Việt Dũng', issued_on='2025-11-17',
           subject='triển khai thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của Chính phủ ban hành Kế hoạch hành động của Chính phủ về thúc đẩy tạo lập dữ liệu phục vụ chuyển đổi số toàn diện',
           references=['214/NQ-CP', '278/2025/NĐ-CP', '142/QĐ-TTg', '1229/QĐ-UBND'], indices=[])
KH = 'Sở Khoa học và Công nghệ'
SBN = 'Các Sở, ban, ngành'
XP = 'UBND xã, phường'
Y25 = ('2025-12-31', 'by', None, 'Hoàn thành trong năm 2025')
ONG = (None, 'ongoing', None, 'Thực hiện thường xuyên')
START = 'I. MỤC ĐÍCH'
T = [
 # I. Mục đích, yêu cầu
 dict(s='Thành phố Hà Nội là đơn vị đi đầu', e='theo chỉ đạo của Chính phủ.', opt=True,
      b=[('UBND thành phố Hà Nội', 'lead', False)]),
 dict(s='Triển khai đảm bảo hoàn thành đầy đủ', e='được giao tại Nghị quyết 214/NQ-CP.', opt=True),
 dict(s='Gắn trách nhiệm người đứng đầu', e='trong triển khai nhiệm vụ.', opt=True),
 dict(s='Bảo đảm tuyệt đối về an toàn', e='cơ sở dữ liệu chuyên ngành.', opt=True),
 # II.1.1
 dict(s='Tham mưu UBND Thành phố phối hợp với Bộ Công an', e='ngày 28/02/2025 của UBND Thành phố.',
      b=[(KH, 'lead', True), (SBN, 'support', True), ('Bộ Công an', 'support', True, True)], d=Y25, i=['DTI']),
 # II.1.2 (three items sharing one attribute block)
 dict(s='Triển khai rà soát, hoàn thiện, chuẩn hóa cơ sở dữ liệu', e='triển khai của từng cơ sở dữ liệu.',
      b=[(SBN, 'lead', True), (KH, 'support', True), (XP, 'support', True)],
      d=(None, 'by', None, 'Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành', True), i=['DTI', 'PAR']),
 dict(s='Phối hợp triển khai số hóa theo hướng dẫn', e='214/NQ-CP*).',
      b=[(SBN, 'lead', True), (KH, 'support', True), (XP, 'support', True)],
      d=(None, 'by', None, 'Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành', True), i=['DTI', 'PAR'],
      g=[('11 cơ sở dữ liệu quốc gia và chuyên ngành trọng yếu', 11, 'cơ sở dữ liệu', '=',
          'số cơ sở dữ liệu quốc gia và chuyên ngành trọng yếu được ưu tiên hoàn thiện', True)]),
 dict(s='Tiếp tục rà soát, bổ sung triển khai danh mục dữ liệu', e='phục vụ phát triển kinh tế, xã hội.',
      b=[(SBN, 'lead', True), (KH, 'support', True), (XP, 'support', True)],
      d=(None, 'by', None, 'Triển khai đảm bảo theo lộ trình, hướng dẫn của Bộ, ngành', True), i=['DTI']),
 # II.2 nền tảng số
 dict(s='Tổ chức triển khai, sử dụng thống nhất các nền tảng số', e='hệ thống thông tin quy mô quốc gia.',
      b=[('Các Sở, ban, ngành Thành phố', 'lead', True), (KH, 'support', True), (XP, 'support', True)], d=Y25, i=['DTI']),
 dict(s='Triển khai rà soát, đánh giá, nâng cấp, phát triển', e='quản lý nhà nước và chỉ đạo, điều hành.',
      b=[('Các Sở, ban, ngành Thành phố', 'lead', True), (KH, 'support', True), (XP, 'support', True)], d=Y25, i=['DTI']),
 # II.3 an toàn thông tin
 dict(s='Triển khai các phương án bảo đảm an toàn thông tin', e='đối với hệ thống thông tin quan trọng.',
      b=[('Công an Thành phố', 'lead', True), (SBN, 'support', True), (XP, 'support', True)], d=ONG, i=['DTI']),
 dict(s='Phối hợp với Bộ Công an trong việc bảo đảm', e='ứng dụng triển khai tại Thành phố.',
      b=[('Công an Thành phố', 'lead', True), ('Bộ Công an', 'support', True), (SBN, 'support', True), (XP, 'support', True)], d=ONG, i=['DTI']),
 dict(s='Hướng dẫn các Sở, ban, ngành, UBND xã, phường và đơn vị liên quan', e='gắn với triển khai Đề án 06 theo quy định.',
      b=[('Công an Thành phố', 'lead', True), (SBN, 'support', True), (XP, 'support', True)], d=ONG, i=['DTI']),
 # II.4.1 kinh phí
 dict(s='Các đơn vị được giao thực hiện các nhiệm vụ thuộc Kế hoạch', e='báo cáo UBND Thành phố bổ sung kinh phí theo quy định.',
      b=[(SBN, 'lead', True), (KH, 'support', True), ('Sở Tài chính', 'support', True),
         ('Các đơn vị được giao thực hiện các nhiệm vụ thuộc Kế hoạch', 'lead', True, True)], d=Y25),
 # II.4.2 nhân lực
 dict(s='Lựa chọn kiến trúc sư trưởng', e='và Chiến lược dữ liệu thành phố Hà Nội.',
      b=[(KH, 'lead', True), (SBN, 'support', True), ('Bộ Công an', 'support', True), ('Bộ Khoa học và Công nghệ', 'support', True),
         ('doanh nghiệp đồng hành', 'support', True, True)], d=Y25, i=['DTI']),
 # II.4.3 đào tạo
 dict(s='Xây dựng, tổ chức triển khai chương trình đào tạo', e='khai thác hiệu quả các nền tảng số.',
      b=[(KH, 'lead', True), (SBN, 'support', True), (XP, 'support', True)], d=ONG, i=['DTI']),
 # III. Tổ chức thực hiện
 dict(s='Sở Khoa học và Công nghệ theo dõi, đôn đốc', e='để tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ.',
      b=[(KH, 'lead', True)],
      d=('2025-11-20', 'recurring', 'FREQ=MONTHLY;BYMONTHDAY=20', 'trước ngày 20 hằng tháng')),
 dict(s='Các Sở, ban, ngành, UBND xã, phường và các cơ quan, tổ chức có liên quan căn cứ', e='Sở Khoa học và Công nghệ trước ngày 15 hằng tháng.',
      b=[(SBN, 'lead', True), (XP, 'lead', True), ('các cơ quan, tổ chức có liên quan', 'lead', True)],
      d=('2025-12-15', 'recurring', 'FREQ=MONTHLY;BYMONTHDAY=15', 'trước ngày 15 hằng tháng')),
 dict(s='Trong quá trình thực hiện Kế hoạch, nếu có khó khăn', e='xem xét, quyết định./.',
      b=[('các Sở, ban, ngành', 'lead', True), (XP, 'lead', True), ('các cơ quan, tổ chức có liên quan', 'lead', True),
         (KH, 'lead', True, True)]),
]
