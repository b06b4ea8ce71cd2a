SOURCE = 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-bao-641-TB-VPCP-2025-Ket-luan-tinh-hinh-sap-xep-to-chuc-bo-may-he-thong-chinh-tri-682068.aspx (corpus/bulk/0387.txt, see MANIFEST.tsv)'
DOC = dict(doc_type='thong_bao', number='641/TB-VPCP', issuer='Văn phòng Chính phủ', signer='Trịnh Mạnh Linh',
           issued_on='2025-11-25',
           subject='kết luận của Phó Thủ tướng Chính phủ Phạm Thị Thanh Trà tại buổi làm việc với thành phố Đà Nẵng về tình hình, kết quả triển khai thực hiện sắp xếp tổ chức bộ máy của hệ thống chính trị và vận hành mô hình chính quyền địa phương 02 cấp',
           references=['1565/QĐ-TTg', '214/NQ-CP', '278/2025/NĐ-CP'], indices=[])
START = 'kết luận như sau:'
DN = 'thành phố Đà Nẵng'
INH = [(DN, 'lead', False)]
T = [
 # I. intro of the list of tasks (as c-035 t2): optional, its addressee owns items 1-8
 dict(s='Để tiếp tục vận hành chính quyền địa phương 02 cấp', e='giải pháp sau đây:', opt=True,
      b=[(DN, 'lead', True)]),
 # 1., first paragraph: subject "Cấp ủy, chính quyền Thành phố" (two head nouns)
 dict(s='Cấp ủy, chính quyền Thành phố phải xác định', e='bố trí cán bộ phù hợp với năng lực.',
      b=[('Cấp ủy', 'lead', True), ('chính quyền Thành phố', 'lead', True), (DN, 'lead', False, True)], i=['PAR']),
 # 1., second paragraph: own subject (UBND Thành phố), split as c-038 splits the paragraphs of its item 1
 dict(s='Ủy ban nhân dân Thành phố chỉ đạo các sở, ngành', e='cán bộ, công chức cấp tỉnh về cấp xã.',
      b=[('Ủy ban nhân dân Thành phố', 'lead', True), ('các sở, ngành', 'lead', True, True), (DN, 'lead', False, True)],
      i=['PAR']),
 # 2. two sentences, second names "Thành phố"
 dict(s='Căn cứ các tiêu chí về quy mô dân số', e='phù hợp với nhiệm vụ được giao.',
      b=[(DN, 'lead', True)], i=['PAR']),
 dict(s='Tăng cường hiệu quả hoạt động của bộ máy chính', e='phục vụ các yêu cầu của Nhân dân.', b=INH, i=['PAR']),
 dict(s='Tập trung rà soát, đánh giá việc phân cấp', e='các tổ chức chính trị - xã hội và Nhân dân.', b=INH, i=['PAR']),
 dict(s='Quan tâm giải quyết các vấn đề còn tồn đọng', e='hoạt động và công tác kiểm tra, giám sát.', b=INH),
 dict(s='Thúc đẩy mạnh mẽ chuyển đổi số, huy động sinh', e='chính quyền điện tử, chính quyền số.', b=INH, i=['DTI']),
 dict(s='Chuẩn bị các điều kiện cần thiết, chủ động xây dựng', e='nâng cao chất lượng dịch vụ sự nghiệp công.', b=INH,
      i=['PAR']),
 dict(s='Chú trọng công tác tuyên truyền, làm tốt công', e='nâng cao năng suất lao động trong các cơ quan, đơn vị.', b=INH),
 # II. kiến nghị: "Về đề nghị ...: <answer>" on one line -> whole leaf item (as gold2 d-041)
 dict(s='Về đề nghị các bộ, ngành quan tâm sớm rà soát', e='nhằm khắc phục vướng mắc, bất cập.',
      b=[('Ủy ban nhân dân thành phố Đà Nẵng', 'lead', True), ('Bộ Nội vụ', 'support', True),
         ('các bộ, ngành', 'support', True)], i=['PAR']),
 dict(s='Về đề nghị Bộ Nội vụ tham mưu ban hành', e='các văn bản quy phạm pháp luật có liên quan.',
      b=[('Bộ Nội vụ', 'lead', True)], i=['PAR']),
 dict(s='Về đề nghị Bộ Khoa học và Công nghệ phối hợp', e='tích hợp các cơ sở dữ liệu quốc gia.',
      b=[('Các bộ, ngành', 'lead', True), ('Bộ Công an', 'support', True), ('Bộ Khoa học và Công nghệ', 'support', True)],
      i=['DTI']),
 # closing "Văn phòng Chính phủ xin trân trọng thông báo./." names no addressee and no action: not a task
]
