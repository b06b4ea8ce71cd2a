SOURCE = 'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-159-KH-UBND-2025-truyen-thong-giam-ngheo-da-chieu-Can-Tho-681672.aspx (corpus/directives/045.txt, see its INDEX.tsv row)'
DOC = dict(doc_type='ke_hoach', number='159/KH-UBND', issuer='UBND thành phố Cần Thơ', signer='Trần Chí Hùng', issued_on='2025-11-19',
           subject='truyền thông về giảm nghèo đa chiều thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn thành phố Cần Thơ năm 2025',
           references=['06/2022/TT-BTTTT', '01/2025/TT-BTTTT', '55/2023/TT-BTC', '75/2024/TT-BTC', '650/QĐ-LĐTBXH', '128/QĐ-LĐTBXH',
                       '206/NQ-HĐND', '77/KH-UBND', '2140/QĐ-UBND'],
           indices=[])
NN = 'Sở Nông nghiệp và Môi trường'
# plan content (III) names no body: the issuer (optional) owns it; Sở NN&MT "chủ trì tham mưu, tổ chức triển khai" the plan (optional)
PLAN = [('Ủy ban nhân dân thành phố Cần Thơ', 'lead', False, True), (NN, 'lead', False, True)]
# plan period "3. Thời gian thực hiện: Từ nay đến hết năm 2025" -> inferred, optional deadline of every task
PER = ('2025-12-31', 'by', None, 'Từ nay đến hết năm 2025', True, '3. Thời gian thực hiện')
VH = 'Sở Văn hóa, Thể thao và Du lịch'
MT = [('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'lead', False), ('các Đoàn thể', 'lead', False)]
SN = [('Các Sở, ngành, đơn vị liên quan', 'lead', False)]
XA = [('Ủy ban nhân dân cấp xã', 'lead', False)]
START = 'I. MỤC'
T = [
 # I.1 Mục đích
 dict(s='Tăng cường truyền thông, nâng cao nhận thức', e='thực hiện mục tiêu giảm nghèo bền vững.', opt=True),
 dict(s='Truyền thông cho các đối tượng thụ hưởng', e='của người dân và cộng đồng.', opt=True),
 # I.2 Yêu cầu
 dict(s='Xác định công tác giảm nghèo bền vững là', e='mang tính nhân văn sâu sắc.', opt=True),
 dict(s='Truyền thông về công tác giảm nghèo phải kịp thời', e='sáng tạo của mọi tầng lớp Nhân dân.', opt=True),
 dict(s='Truyền thông về công tác giảm nghèo phù hợp', e='thực hiện đúng, kịp thời và hiệu quả.', opt=True),
 # III.1 Nội dung
 dict(s='Đổi mới, thúc đẩy hiệu quả, chất lượng', e='không còn đói nghèo”.', b=PLAN, d=PER),
 dict(s='Tuyên truyền, giáo dục, nâng cao nhận thức', e='sự giúp đỡ của Nhà nước và xã hội.', b=PLAN, d=PER),
 dict(s='Xây dựng, tổ chức thực hiện các nội dung truyền thông', e='trợ giúp xã hội và bình đẳng giới.', b=PLAN, d=PER),
 dict(s='Truyền thông về các tấm gương điển hình', e='thắng lợi mục tiêu giảm nghèo bền vững.', b=PLAN, d=PER),
 dict(s='Tạo sự đồng thuận trong xã hội', e='thúc đẩy tăng trưởng kinh tế.', opt=True, b=PLAN),
 # III.2 Hình thức
 dict(s='In ấn, phát hành tờ rơi', e='chính sách giảm nghèo trên nền tảng số.', b=PLAN, d=PER),
 dict(s='Lắp đặt pa - nô, băng rôn', e='tuyên truyền công tác giảm nghèo.', b=PLAN, d=PER),
 dict(s='Tổ chức các hoạt động nói chuyện chuyên đề', e='đối thoại về chính sách giảm nghèo.', b=PLAN, d=PER),
 dict(s='Xây dựng các chuyên trang, chuyên mục', e='tuyên truyền trên nền tảng số).', b=PLAN, d=PER),
 dict(s='Tuyên truyền về công tác giảm nghèo trên cơ quan báo chí', e='trung ương và địa phương.', b=PLAN, d=PER),
 dict(s='Tổ chức thực hiện phong trào thi đua', e='thành tích xuất sắc trong công tác giảm nghèo.', b=PLAN, d=PER),
 dict(s='Phát triển hoạt động của các Trang Thông tin điện tử', e='địa phương về giảm nghèo.', b=PLAN, d=PER),
 # IV. Kinh phí (a statement)
 dict(s='Kinh phí thực hiện từ nguồn ngân sách Trung ương', e='nguồn hợp pháp khác.', opt=True),
 # V.1 Sở NN&MT
 dict(s='Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này.', b=[(NN, 'lead', False)], d=PER),
 dict(s='Bảo đảm việc cung cấp các thông tin cơ bản', e='cơ quan, đơn vị liên quan theo quy định.', b=[(NN, 'lead', False)], d=PER),
 dict(s='Tổ chức triển khai, theo dõi, đôn đốc thực hiện kế hoạch', e='tiến độ và kết quả thực hiện Kế hoạch.', b=[(NN, 'lead', False)], d=PER),
 # V.2 Sở Tài chính
 dict(s='Căn cứ chức năng, nhiệm vụ, phối hợp với các cơ quan, đơn vị liên quan', e='thực hiện Kế hoạch theo quy định.',
      b=[('Sở Tài chính', 'lead', False), ('các cơ quan, đơn vị liên quan', 'support', True)], d=PER),
 # V.3 Sở VH,TT&DL
 dict(s='Định hướng, chỉ đạo Báo và Phát thanh', e='điển hình, tiêu biểu trong công tác giảm nghèo.',
      b=[(VH, 'lead', False), ('Báo và Phát thanh, Truyền hình Cần Thơ', 'lead', True, True),
         ('các cơ quan thông tấn báo chí', 'lead', True, True), ('hệ thống thông tin cơ sở', 'lead', True, True)], d=PER),
 dict(s='Lồng ghép hoạt động truyền thông về Chương trình', e='các chương trình mục tiêu quốc gia khác.', b=[(VH, 'lead', False)], d=PER),
 dict(s='Ứng dụng công nghệ thông tin, các giải pháp về chuyển đổi số', e='công tác truyền thông giảm nghèo.', b=[(VH, 'lead', False)], d=PER, i=['DTI']),
 # V.4 Đề nghị UBMTTQ VN thành phố và các Đoàn thể
 dict(s='Đẩy mạnh công tác tuyên truyền, vận động các tầng lớp Nhân dân', e='tích cực tham gia thực hiện Chương trình.', b=MT, d=PER),
 dict(s='Tăng cường tuyên truyền, vận động doanh nghiệp', e='sáng kiến hay về giảm nghèo bền vững.', b=MT, d=PER),
 dict(s='Tiếp tục tổ chức hiệu quả các cuộc vận động xã hội', e='Không để ai bị bỏ lại phía sau”.', b=MT, d=PER),
 # V.5 Các Sở, ngành, đơn vị liên quan
 dict(s='Căn cứ chức năng, nhiệm vụ được giao, xây dựng kế hoạch cụ thể', e='cán bộ, đảng viên và mọi tầng lớp Nhân dân.', b=SN, d=PER),
 dict(s='Kiểm tra, giám sát việc triển khai thực hiện kế hoạch truyền thông', e='chính sách, chương trình giảm nghèo.', b=SN, d=PER),
 dict(s='Tổng hợp, lồng ghép báo cáo công tác truyền thông', e='gửi về Sở Nông nghiệp và Môi trường.', b=SN,
      d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm', True)),
 # V.6 UBND cấp xã
 dict(s='Xây dựng kế hoạch và tổ chức triển khai thực hiện hiệu quả', e='trên địa bàn, phù hợp tình hình thực tế.', b=XA, d=PER),
 dict(s='Phân bổ kinh phí thực hiện các hoạt động truyền thông', e='nguồn lực thực hiện Kế hoạch tại cơ sở.', b=XA, d=PER),
 dict(s='Chỉ đạo kiểm tra, giám sát việc triển khai thực hiện Kế hoạch', e='nội dung kiểm tra, giám sát thực hiện Chương trình.', b=XA, d=PER),
 dict(s='Tổng hợp, báo cáo tình hình thực hiện Kế hoạch truyền thông', e='gửi về Sở Nông nghiệp và Môi trường.', b=XA, d=PER),
 # closing
 dict(s='Trong quá trình tổ chức thực hiện, nếu có khó khăn', e='thành phố xem xét, quyết định./.',
      b=[('các cơ quan, đơn vị', 'lead', True), (NN, 'lead', True, True)]),
]
