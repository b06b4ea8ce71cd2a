SOURCE = 'https://thuvienphapluat.vn/van-ban/Dau-tu/Chi-thi-010-CT-UBND-2025-tang-cuong-phoi-hop-tham-dinh-giai-quyet-thu-tuc-dau-tu-Dak-Lak-681378.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/6bac4a0d92da936d.md@56eff108e1bc; corpus/directives/002.txt)'
DOC = dict(doc_type='chi_thi', number='010/CT-UBND', issuer='UBND tỉnh Đắk Lắk', signer='Trương Công Thái', issued_on='2025-11-17',
           subject='nâng cao trách nhiệm, tăng cường phối hợp thẩm định giải quyết thủ tục đầu tư và quản lý dự án sử dụng vốn của nhà đầu tư trên địa bàn tỉnh Đắk Lắk',
           references=['31/2021/NĐ-CP', '239/2025/NĐ-CP'], indices=[])
START = 'Nhằm khắc phục những tồn'
# I.1 header: "Các cơ quan đăng ký đầu tư (Sở Tài chính, BQL KKT Phú Yên, BQL Khu NN UDCNC Phú Yên, BQL các KCN tỉnh):"
DKDT = [('Các cơ quan đăng ký đầu tư', 'lead', False),
        ('Sở Tài chính', 'lead', False, True), ('Ban quản lý Khu Kinh tế Phú Yên', 'lead', False, True),
        ('Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên', 'lead', False, True),
        ('Ban Quản lý các Khu công nghiệp tỉnh', 'lead', False, True)]
# I.2 header: "Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến thẩm định, chịu trách nhiệm ... các nội dung sau:"
SBN = [('Các sở, ban, ngành, địa phương', 'lead', False)]
SBNo = ('Các sở, ban, ngành, địa phương', 'lead', False, True)
NN = [('Sở Nông nghiệp và Môi trường', 'lead', False), SBNo]
XD = [('Sở Xây dựng', 'lead', False), SBNo]
KH = [('Sở Khoa học và Công nghệ', 'lead', False), SBNo]
VH = [('Sở Văn hóa, Thể thao và Du lịch', 'lead', False), SBNo]
CA = [('Công an tỉnh', 'lead', False), ('Bộ Chỉ huy Quân sự tỉnh', 'lead', False), SBNo]
TH = [('Thuế tỉnh Đắk Lắk', 'lead', False), SBNo]
XA = [('UBND các xã, phường', 'lead', False), SBNo]
# II.3 header "Cơ quan chủ trì giải quyết thủ tục đầu tư dự án"
CT = [('Cơ quan chủ trì giải quyết thủ tục đầu tư dự án', 'lead', False)]
# II.5 intro: "các Sở, ngành, UBND cấp xã và các đơn vị có liên quan ... triển khai thực hiện những nội dung sau:"
I5 = [('các Sở, ngành', 'lead', False), ('UBND cấp xã', 'lead', False), ('các đơn vị có liên quan', 'lead', False)]
T = [
 # intro
 dict(s='Nhằm khắc phục những tồn', e='tập trung thực hiện các nội dung sau:', opt=True, i=['PCI'],
      b=[('các sở, ban, ngành', 'lead', True), ('UBND các xã, phường', 'lead', True)]),
 # I.1 Các cơ quan đăng ký đầu tư
 dict(s='Là đầu mối chủ trì, tiếp nhận hồ sơ', e='vốn nhà đầu tư trên địa bàn tỉnh.', b=DKDT),
 dict(s='Chịu trách nhiệm tiếp nhận hồ sơ, kiểm tra tính đầy đủ', e='thủ tục hành chính liên quan.', b=DKDT),
 # second "b)" (duplicated letter in the source), with two unmarked continuation paragraphs
 dict(s='Tổ chức lấy ý kiến và xác định nội dung đề nghị', e='có quyền yêu cầu bổ sung, làm rõ.',
      b=DKDT + [('cơ quan chủ trì', 'lead', True, True), ('các cơ quan', 'support', True, True)]),
 dict(s='Chịu trách nhiệm về những nội dung thẩm định hoặc giải quyết thủ tục', e='khoản 3 Điều 6 Nghị định số 31/2021/NĐ-CP của Chính phủ.',
      opt=True, b=DKDT),
 dict(s='Theo chức năng, nhiệm vụ công bố công khai', e='triển khai thực hiện dự án.', b=DKDT, i=['PAR', 'PCI']),
 # I.2 header (introduces 2.1 / 2.2)
 dict(s='Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến', e='pháp luật các nội dung sau:', opt=True,
      b=[('Các sở, ban, ngành, địa phương', 'lead', True)]),
 # 2.1 Trách nhiệm chung
 dict(s='Đánh giá sự phù hợp của dự án đầu tư với quy hoạch tỉnh có liên quan', e='xem xét chấp thuận chủ trương đầu tư dự án.', b=SBN),
 dict(s='Đánh giá sơ bộ về hiệu quả kinh tế - xã hội', e='theo quy định của pháp luật có liên quan.', b=SBN),
 dict(s='Đánh giá việc đáp ứng điều kiện tiếp cận thị trường', e='nhà đầu tư nước ngoài (nếu có).', b=SBN),
 dict(s='Văn bản thẩm định phải thể hiện đầy đủ', e='thì xem như thống nhất chủ trương đầu tư dự án.', b=SBN),
 dict(s='Chịu trách nhiệm về nội dung thẩm định và giải trình', e='yêu cầu của Cơ quan đăng ký đầu tư.', b=SBN),
 # 2.2 Trách nhiệm cụ thể: intro line
 dict(s='Ngoài các trách nhiệm chung nêu trên', e='cụ thể một số nội dung sau:', opt=True,
      b=[('một số đơn vị và địa phương', 'lead', True)]),
 # a) Sở Nông nghiệp và Môi trường
 dict(s='Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp và', e='kế hoạch ngành có liên quan;', b=NN),
 dict(s='Đánh giá nhu cầu sử dụng đất phù hợp', e='yêu cầu hoạt động của dự án;', b=NN),
 dict(s='Đánh giá khả năng đáp ứng điều kiện giao đất', e='có yêu cầu chuyển mục đích sử dụng đất;', b=NN),
 dict(s='Đánh giá hiện trạng sử dụng đất', e='được cấp có thẩm quyền chấp thuận (nếu có);', b=NN),
 dict(s='Đánh giá sự phù hợp của dự án đầu tư với mật độ chăn nuôi', e='đối với các dự án chăn nuôi;', b=NN),
 dict(s='Xem xét nội dung đánh giá sơ bộ tác động môi trường (nếu có), có ý kiến', e='liên quan đến lĩnh vực ngành quản lý.', b=NN),
 # b) Sở Xây dựng
 dict(s='Đánh giá sự phù hợp của dự án đầu tư với quy hoạch xây dựng, đô thị', e='sự phù hợp của dự án đầu tư với quy hoạch chung;', b=XD),
 dict(s='Đánh giá nhu cầu sử dụng đất phù hợp', e='tổng vốn đầu tư, tiến độ thực hiện dự án;', b=XD),
 dict(s='Đánh giá về sự phù hợp của dự án đầu tư với mục tiêu, định hướng phát triển đô thị', e='phát triển đô thị, kinh doanh bất động sản;', b=XD),
 dict(s='Đánh giá việc đáp ứng điều kiện theo quy định của pháp luật về xây dựng', e='khu đô thị, kinh doanh bất động sản);', b=XD),
 dict(s='Đánh giá về khả năng đấu nối giao thông', e='liên quan đến lĩnh vực ngành quản lý.', b=XD),
 # c) Sở Khoa học và Công nghệ
 dict(s='Đánh giá về công nghệ sử dụng trong dự án đầu tư', e='liên quan đến lĩnh vực ngành quản lý;', b=KH),
 dict(s='Trường hợp cần cơ quan chuyên môn khác phối hợp', e='theo đề nghị của Cơ quan đăng ký đầu tư.',
      b=KH + [('cơ quan chuyên môn khác', 'support', True, True)]),
 # d) Sở Văn hóa, Thể thao và Du lịch
 dict(s='Đánh giá về sự phù hợp của dự án đầu tư với yêu cầu bảo vệ', e='giá trị của di sản văn hóa;', b=VH),
 dict(s='Đánh giá việc đáp ứng các điều kiện theo quy định của pháp luật về di sản', e='liên quan đến lĩnh vực ngành quản lý.', b=VH),
 # đ) Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh
 dict(s='Đánh giá sự phù hợp của dự án đầu tư với lĩnh vực an ninh', e='biên giới, hải đảo;', b=CA),
 dict(s='Đánh giá việc đáp ứng các điều kiện và các nội dung khác', e='thuộc lĩnh vực quản lý.', b=CA),
 # e) Thuế tỉnh Đắk Lắk
 dict(s='Đánh giá về ưu đãi đầu tư', e='điều kiện hưởng ưu đãi đầu tư;', b=TH),
 dict(s='Tình hình thực hiện nghĩa vụ thuế', e='tại cơ quan thuế của nhà đầu tư.', b=TH),
 # g) UBND các xã, phường
 dict(s='Đánh giá sự phù hợp của dự án đầu tư với quy hoạch sử dụng đất, quy hoạch lâm nghiệp, quy hoạch xây dựng', e='kế hoạch ngành, lĩnh vực có liên quan;', b=XA),
 dict(s='Đánh giá nhu cầu sử dụng đất phù hợp', e='yêu cầu hoạt động của dự án;', b=XA),
 dict(s='Đánh giá hiện trạng sử dụng đất', e='được cấp có thẩm quyền chấp thuận (nếu có);', b=XA),
 dict(s='Xem xét nội dung đánh giá sơ bộ tác động môi trường (nếu có); việc đấu nối', e='liên quan đến lĩnh vực quản lý của địa phương.', b=XA),
 # h) Các đơn vị khác (one unmarked sentence)
 dict(s='Cơ quan đăng ký đầu tư có trách nhiệm lấy ý kiến', e='lĩnh vực đầu tư của dự án.',
      b=[('Cơ quan đăng ký đầu tư', 'lead', True), ('Các đơn vị khác', 'lead', False, True)]),
 # II.1
 dict(s='Sở Tài chính, Sở Xây dựng, Sở Nông nghiệp và Môi trường, Ban quản lý', e='dự án đầu tư có sử dụng đất theo quy định của pháp luật.', i=['PCI'],
      b=[('Sở Tài chính', 'lead', True), ('Sở Xây dựng', 'lead', True), ('Sở Nông nghiệp và Môi trường', 'lead', True),
         ('Ban quản lý Khu Kinh tế Phú Yên', 'lead', True), ('Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên', 'lead', True),
         ('Ban Quản lý các Khu công nghiệp tỉnh', 'lead', True), ('UBND cấp xã', 'lead', True),
         ('các Sở, ban, ngành quản lý quy hoạch', 'lead', True)]),
 # II.2
 dict(s='Các Sở, ban, ngành, UBND cấp xã theo chức năng quản lý', e='danh mục dự án đầu tư có sử dụng đất.', i=['PCI'],
      b=[('Các Sở, ban, ngành', 'lead', True), ('UBND cấp xã', 'lead', True), ('Sở Tài chính', 'support', True)]),
 # II.3 Cơ quan chủ trì giải quyết thủ tục đầu tư dự án
 dict(s='Hướng dẫn và tạo điều kiện giải quyết nhanh', e='thủ tục đầu tư thuộc thẩm quyền:', b=CT),
 dict(s='Chủ động phối hợp với các cơ quan, đơn vị, địa phương liên quan khác', e='hoặc cho các cơ quan, đơn vị khác.',
      b=CT + [('các cơ quan, đơn vị, địa phương liên quan khác', 'support', True)]),
 dict(s='Chủ trì tham mưu giải quyết các khó khăn', e='báo cáo cấp có thẩm quyền xem xét, giải quyết.', b=CT),
 dict(s='Trường hợp các đơn vị được phối hợp giải quyết thủ tục', e='tham mưu cấp có thẩm quyền xem xét, quyết định.',
      b=[('cơ quan chủ trì', 'lead', True), ('Cơ quan chủ trì giải quyết thủ tục đầu tư dự án', 'lead', False, True),
         ('các đơn vị liên quan', 'support', True)]),
 # II.4
 dict(s='Cơ quan phối hợp có trách nhiệm trả lời bằng văn bản', e='thuộc chức năng quản lý của đơn vị mình.',
      b=[('Cơ quan phối hợp', 'lead', True)]),
 # II.5 intro item
 dict(s='Để nâng cao hiệu lực, hiệu quả quản lý nhà nước về đầu tư', e='triển khai thực hiện những nội dung sau:', opt=True,
      b=[('các Sở, ngành', 'lead', True), ('UBND cấp xã', 'lead', True), ('các đơn vị có liên quan', 'lead', True)]),
 dict(s='Thực hiện đầy đủ, nghiêm túc các quy định của pháp luật về đầu tư', e='tranh chấp trong nước và quốc tế.', b=I5),
 dict(s='Định kỳ đánh giá tình hình hoạt động', e='hoạt động đầu tư, kinh doanh không lành mạnh.', b=I5,
      d=(None, 'recurring', 'FREQ=YEARLY', 'Định kỳ')),
 dict(s='Tham gia kiểm tra, khảo sát vị trí đầu tư', e='dự án đầu tư theo quy định.', b=I5),
 dict(s='Tăng cường công tác đối thoại, hướng dẫn', e='tham mưu UBND giải quyết theo quy định.',
      b=I5 + [('Sở Tài chính', 'lead', True, True)]),
 # III. Tổ chức thực hiện
 dict(s='Thủ trưởng các Sở, ban, ngành; Chủ tịch UBND cấp xã căn cứ', e='giải quyết, điều chỉnh cho phù hợp.',
      b=[('các Sở, ban, ngành', 'lead', True), ('UBND cấp xã', 'lead', True), ('Sở Tài chính', 'lead', True, True)]),
 dict(s='Giao Sở Tài chính chủ trì theo dõi', e='Chủ tịch UBND tỉnh xem xét, giải quyết.', b=[('Sở Tài chính', 'lead', True)]),
 # closing
 dict(s='Trên đây là Chỉ thị về nâng cao trách nhiệm', e='nghiêm túc triển khai thực hiện./.', opt=True,
      b=[('các sở, ban, ngành', 'lead', True), ('UBND các xã, phường', 'lead', True)]),
]
