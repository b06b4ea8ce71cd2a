SOURCE = 'https://thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Ke-hoach-160-KH-UBND-2025-danh-gia-chuong-trinh-muc-tieu-quoc-gia-giam-ngheo-ben-vung-Can-Tho-683107.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/5d99697f14bcf68a.md@56eff108e1bc; corpus/directives/024.txt)'
DOC = dict(doc_type='ke_hoach', number='160/KH-UBND', issuer='UBND thành phố Cần Thơ', signer='Trần Chí Hùng', issued_on='2025-11-19',
           subject='giám sát, đánh giá Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn thành phố Cần Thơ năm 2025',
           references=['10/2022/TT-BLĐTBXH', '55/2023/TT-BTC', '75/2024/TT-BTC', '77/KH-UBND', '206/NQ-HĐND', '2140/QĐ-UBND'],
           indices=[])
CCT = [('chủ chương trình', 'lead', False)]
CDA = [('chủ dự án thành phần', 'lead', False)]
CQ = [('cơ quan chủ quản Chương trình', 'lead', False)]
TP = [('cấp thành phố', 'lead', False, True)]
CX = [('cấp xã', 'lead', False, True)]
DP = [('địa phương', 'lead', False, True), ('Ủy ban nhân dân cấp xã', 'lead', False, True)]
LQ = [('Các cơ quan, đơn vị liên quan', 'lead', True)]
SNN = [('Sở Nông nghiệp và Môi trường', 'lead', False)]
SN = [('Các Sở, ngành chủ trì, quản lý, tham gia thực hiện các dự án, tiểu dự án, nội dung thành phần thuộc Chương trình', 'lead', False)]
UX = [('Ủy ban nhân dân cấp xã', 'lead', False)]
T = [
 # I. Mục đích, yêu cầu
 dict(s='Theo dõi, kiểm tra việc chấp hành quy định về quản lý Chương trình; nắm chắc', e='tổ chức thực hiện Chương trình ở các cấp.', opt=True),
 dict(s='Xác định mức độ đạt được theo', e='mục tiêu, chỉ tiêu cụ thể.', opt=True),
 dict(s='Việc giám sát, đánh giá kết quả thực hiện Chương trình có sự phối hợp', e='cấp có thẩm quyền xử lý.', opt=True),
 dict(s='Thực hiện chế độ báo cáo giám sát', e='biểu mẫu theo quy định.', opt=True),
 # II.2 Thời gian thực hiện (passive, no body)
 dict(s='Công tác giám sát, đánh giá được tiến hành', e='nếu có vấn đề phát sinh.', opt=True,
      d=(None, 'ongoing', None, 'thường xuyên, liên tục', True)),
 # III.1 Nội dung giám sát của chủ chương trình
 dict(s='Theo dõi, kiểm tra công tác quản lý Chương trình:', e='dự án thành phần.', b=CCT),
 dict(s='Theo dõi, kiểm tra tình hình thực hiện Chương trình:', e='hộ cận nghèo theo quy định.', b=CCT),
 dict(s='Theo dõi, kiểm tra tình hình thực hiện kế hoạch vốn đầu tư', e='(nếu có)).', b=CCT),
 dict(s='Theo dõi, kiểm tra năng lực tổ chức thực hiện', e='của chủ dự án thành phần, của địa phương.', b=CCT),
 dict(s='Theo dõi, kiểm tra việc chấp hành chế độ giám sát', e='của chủ dự án thành phần, của địa phương.', b=CCT),
 dict(s='Báo cáo kết quả thực hiện Chương trình, kết quả xử lý', e='vấn đề vượt thẩm quyền.', b=CCT),
 # ... của chủ dự án thành phần
 dict(s='Theo dõi, kiểm tra các nội dung về: Xây dựng hệ thống văn bản hướng dẫn', e='hoạt động dự án thành phần.', b=CDA),
 dict(s='Theo dõi, kiểm tra kết quả thực hiện mục tiêu', e='hoạt động dự án thành phần.', b=CDA),
 dict(s='Theo dõi, kiểm tra việc chấp hành quy định về quản lý đầu tư', e='(nếu có) của địa phương.', b=CDA),
 dict(s='Theo dõi các nội dung về: Tổng hợp', e='phát sinh và kết quả xử lý.', b=CDA),
 dict(s='Báo cáo tình hình thực hiện dự án thành phần', e='vấn đề vượt thẩm quyền.', b=CDA),
 # ... của cơ quan chủ quản Chương trình: "Nội dung theo dõi" / "Nội dung kiểm tra" topic paragraphs (doubtful)
 dict(s='Tình hình thực hiện chế độ báo cáo của chủ chương trình', e='thuộc Chương trình theo quy định.', opt=True, b=CQ),
 dict(s='Tổng hợp tình hình thực hiện lập, thẩm định', e='các dự án thuộc Chương trình.', opt=True, b=CQ),
 dict(s='Tổng hợp tình hình thực hiện Chương trình: Tiến độ', e='thực hiện Chương trình và kết quả xử lý.', opt=True, b=CQ),
 dict(s='Việc chấp hành các biện pháp xử lý của chủ chương trình', e='chủ dự án thành phần.', opt=True, b=CQ),
 dict(s='Báo cáo và đề xuất phương án xử lý', e='vấn đề vượt quá thẩm quyền.', opt=True, b=CQ),
 dict(s='Việc quản lý thực hiện Chương trình của chủ Chương trình', e='hộ cận nghèo theo quy định.', opt=True, b=CQ),
 dict(s='Việc chấp hành các biện pháp xử lý các vấn đề đã phát hiện', e='các cơ quan, đơn vị liên quan.', opt=True, b=CQ),
 # III.2 Nội dung đánh giá (evaluation criteria, no body)
 dict(s='Đánh giá công tác quản lý Chương trình trong năm', e='giám sát của cơ quan dân cử.', opt=True),
 dict(s='Tình hình huy động, phân bổ', e='sử dụng nguồn vốn.', opt=True),
 dict(s='Mức độ đạt được kết quả thực hiện', e='cấp có thẩm quyền giao.', opt=True),
 dict(s='Tồn tại, vướng mắc phát sinh', e='và nguyên nhân.', opt=True),
 dict(s='Phương hướng, giải pháp thực hiện', e='năm tiếp theo.', opt=True),
 # IV.1 Phương pháp
 dict(s='Thu thập các văn bản chỉ đạo,', e='các tài liệu liên quan.', opt=True),
 dict(s='Khảo sát, kiểm tra thực tế tại', e='địa phương.', opt=True),
 dict(s='Tham vấn địa phương (tập thể,', e='đơn vị liên quan).', opt=True),
 dict(s='Tham vấn các đối tượng thụ hưởng', e='thụ hưởng Chương trình.', opt=True),
 # IV.2 Các bước giám sát (procedural steps of a level, not of a named body)
 dict(s='Thông báo cho địa phương về kế', e='hoạch giám sát.', opt=True, b=TP),
 dict(s='Thu thập các thông tin về chỉ', e='thực hiện Chương trình.', opt=True, b=TP),
 dict(s='Chọn ngẫu nhiên đơn vị cấp xã,', e='để giám sát thực tế.', opt=True, b=TP),
 dict(s='Tiến hành các nội dung giám', e='sát theo kế hoạch.', opt=True, b=TP),
 dict(s='Chọn ngẫu nhiên ấp/khu vực để', e='tiến hành giám sát.', opt=True, b=CX),
 dict(s='Thu thập các tài liệu liên', e='quan.', opt=True, b=CX),
 dict(s='Tiến hành kiểm tra ở ấp/khu vực', e='đối tượng hưởng lợi Chương trình.', opt=True, b=CX),
 dict(s='Tham vấn các đối tượng hưởng', e='thụ hưởng Chương trình.', opt=True),
 dict(s='Báo cáo tình hình thực hiện', e='Chương trình.', opt=True),
 # IV.3 Các bước đánh giá — cấp thành phố
 dict(s='Các cơ quan, đơn vị liên quan thu thập thông tin', e='do cấp thành phố trực tiếp thực hiện).', b=LQ),
 dict(s='Các cơ quan, đơn vị liên quan tổng hợp biểu mẫu', e='Bộ, ngành trực tiếp quản lý.', b=LQ),
 dict(s='Sở Nông nghiệp và Môi trường tổng hợp chung', e='Ủy ban nhân dân thành phố.', b=[('Sở Nông nghiệp và Môi trường', 'lead', True)]),
 # — ở địa phương
 dict(s='Định kỳ thu thập thông tin', e='Thông tư số 10/2022/TT-BLĐTBXH.', b=DP, d=(None, 'recurring', 'FREQ=YEARLY', 'Định kỳ')),
 dict(s='Các cơ quan, đơn vị liên quan thu thập thông tin', e='đơn vị mình trực tiếp thực hiện).', b=LQ),
 dict(s='Các cơ quan, đơn vị liên quan tổng hợp biểu mẫu', e='Sở, ngành trực tiếp quản lý.', b=LQ),
 dict(s='Tổng hợp chung các các mẫu biểu', e='nội dung thành phần thuộc Chương trình.', b=DP),
 # V. Kinh phí
 dict(s='Kinh phí thực hiện từ nguồn', e='nguồn hợp pháp khác.', opt=True),
 # VI.1 Sở Nông nghiệp và Môi trường
 dict(s='Phối hợp các cơ quan liên quan thực hiện', e='đối với cấp xã.', b=SNN + [('các cơ quan liên quan', 'support', True)]),
 dict(s='Tổng hợp, tham mưu báo cáo hoặc', e='việc triển khai, thực hiện Chương trình.', b=SNN),
 dict(s='Theo dõi, đôn đốc và kiểm tra kết quả khắc phục', e='của đơn vị được giám sát.', b=SNN),
 # VI.2 Các Sở, ngành chủ trì ...
 dict(s='Phê duyệt kế hoạch giám sát, đánh giá; tổng hợp', e='tham gia thực hiện.', b=SN),
 dict(s='Báo cáo kết quả thực hiện đối với', e='báo cáo theo quy định.', b=SN + [('Sở Nông nghiệp và Môi trường', 'lead', True, True)]),
 # VI.3 Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố
 dict(s='Chỉ đạo các đơn vị liên quan giám sát', e='theo quy định.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'lead', False), ('các đơn vị liên quan', 'lead', True, True)]),
 # VI.4 Ủy ban nhân dân cấp xã
 dict(s='Phê duyệt kế hoạch giám sát, đánh giá, phân công', e='phù hợp tình hình thực tế.', b=UX),
 dict(s='Tổ chức thực hiện giám sát, đánh giá theo Kế hoạch.', b=UX),
 dict(s='Báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố', e='theo quy định.', b=UX),
 dict(s='Theo dõi, đôn đốc và kiểm tra kết quả khắc phục', e='khi thực hiện giám sát, đánh giá.', b=UX),
 # closing
 dict(s='Trên đây là Kế hoạch giám sát', e='thành phố Cần Thơ năm 2025.', opt=True),
 dict(s='Trong quá trình tổ chức thực hiện, nếu có khó khăn', e='xem xét, quyết định./.',
      b=[('các cơ quan, đơn vị', 'lead', True), ('Sở Nông nghiệp và Môi trường', 'lead', True, True)]),
]
