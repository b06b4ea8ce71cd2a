SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-chinh-nha-nuoc/Cong-dien-226-CD-TTg-2025-tang-cuong-quan-ly-hang-du-tru-quoc-gia-de-ho-tro-mua-lu-tai-Trung-Bo-681791.aspx (text via shared/corpus/bulk/0012.txt)'
DOC = dict(doc_type='other', number='226/CĐ-TTg', issuer='Thủ tướng Chính phủ', signer='Phạm Minh Chính',
           issued_on='2025-11-21',
           subject='tăng cường công tác quản lý và sử dụng hàng dự trữ quốc gia để hỗ trợ, ứng phó mưa, lũ tại khu vực Trung Bộ',
           # footnote [1] to "nhiều văn bản, công điện[1]" in the background paragraph
           references=['217/CĐ-TTg', '218/CĐ-TTg', '219/CĐ-TTg', '222/CĐ-TTg', '223/CĐ-TTg', '225/CĐ-TTg'],
           indices=[])
START = 'Trong tháng 11'
SUP = [('các Bộ, cơ quan liên quan', 'support', False), ('các địa phương', 'support', False)]
SUPx = [('các Bộ, cơ quan liên quan', 'support', True), ('các địa phương', 'support', True)]
TC = [('Bộ Tài chính', 'lead', False)] + SUP
QC = [('Bộ Quốc phòng', 'lead', False), ('Bộ Công an', 'lead', False)] + SUP
NY = [('Bộ Nông nghiệp và Môi trường', 'lead', False), ('Bộ Y tế', 'lead', False)] + SUP
# 4. header "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:" (not a task)
UB = [('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'lead', False)]
ASAP = (None, 'by', None, 'sớm nhất có thể', True)
T = [
 # intro sentence (as c-038 t2): "... yêu cầu ... tập trung thực hiện ngay các nhiệm vụ, giải pháp sau:"
 dict(s='Để tăng cường công tác quản lý, xuất cấp', e='các nhiệm vụ, giải pháp sau:', opt=True,
      b=[('các Bộ', 'lead', True), ('cơ quan ngang Bộ', 'lead', True), ('cơ quan thuộc Chính phủ', 'lead', True),
         ('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương nêu trên', 'lead', True)]),
 # 1. "Bộ Tài chính chủ trì, phối hợp với ...:" introduces a)-d): optional unit, gives its bodies
 dict(s='Bộ Tài chính chủ trì, phối hợp với các Bộ', e='các địa phương:', opt=True,
      b=[('Bộ Tài chính', 'lead', True)] + SUPx),
 dict(s='Rà soát các mặt hàng dự trữ quốc gia bảo đảm', e='thiên tai, mưa lũ, sạt lở...', b=TC),
 dict(s='Tổng hợp nhu cầu về hàng dự trữ quốc gia', e='vùng bị ảnh hưởng sớm nhất có thể.', b=TC, d=ASAP),
 dict(s='Chỉ đạo các đơn vị dự trữ quốc gia sẵn sàng', e='an toàn trong quá trình vận chuyển, giao nhận.',
      b=TC + [('các đơn vị dự trữ quốc gia', 'lead', True, True)],
      d=(None, 'ongoing', None, '24/24', True)),
 dict(s='Tiếp tục rà soát, hoàn thiện thể chế dự trữ quốc gia', e='tình huống đột xuất, cấp bách.', b=TC),
 # 2.
 dict(s='Bộ Quốc phòng, Bộ Công an theo chức năng', e='các địa phương:', opt=True,
      b=[('Bộ Quốc phòng', 'lead', True), ('Bộ Công an', 'lead', True)] + SUPx),
 dict(s='Rà soát các mặt hàng dự trữ quốc gia thuộc lĩnh vực quản lý', e='tìm kiếm cứu hộ, cứu nạn.', b=QC),
 dict(s='Huy động lực lượng, phương tiện tham gia', e='tiếp nhận và phân phát hàng cứu trợ.', b=QC),
 # 3.
 dict(s='Bộ Nông nghiệp và Môi trường, Bộ Y tế theo chức năng', e='các địa phương:', opt=True,
      b=[('Bộ Nông nghiệp và Môi trường', 'lead', True), ('Bộ Y tế', 'lead', True)] + SUPx),
 dict(s='Chuẩn bị đầy đủ số lượng, chủng loại', e='hỗ trợ theo thẩm quyền và quy định.', b=NY),
 dict(s='Chỉ đạo các đơn vị liên quan tổ chức xuất cấp', e='quy định, kịp thời, thuận tiện.',
      b=NY + [('các đơn vị liên quan', 'lead', True, True)]),
 # 4. a)-b)
 dict(s='Theo dõi sát diễn biến thiên tai', e='xem xét xuất cấp, hỗ trợ theo quy định.', b=UB),
 dict(s='Tổ chức tiếp nhận, quản lý và sử dụng', e='tiêu cực, thất thoát, lãng phí.',
      b=UB + [('các cấp chính quyền cơ sở', 'lead', True, True)]),
 # 5.-6.
 dict(s='Giao Phó Thủ tướng Hồ Đức Phớc', e='quá trình thực hiện Công điện này.',
      b=[('Phó Thủ tướng Hồ Đức Phớc', 'lead', True), ('các Phó Thủ tướng', 'lead', True)]),
 dict(s='Văn phòng Chính phủ theo chức năng, nhiệm vụ được giao', e='vượt thẩm quyền./.',
      b=[('Văn phòng Chính phủ', 'lead', True)]),
]
