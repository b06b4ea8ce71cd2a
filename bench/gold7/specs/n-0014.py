SOURCE = 'https://thuvienphapluat.vn/van-ban/Bao-hiem/Cong-dien-228-CD-TTg-2025-chi-tra-che-do-bao-hiem-nguoi-dan-bi-anh-huong-boi-mua-lu-tai-Trung-Bo-682067.aspx (text via shared/corpus/bulk/0014.txt)'
DOC = dict(doc_type='other', number='228/CĐ-TTg', issuer='Thủ tướng Chính phủ', signer='Hồ Đức Phớc',
           issued_on='2025-11-25',
           subject='giải quyết chính sách, chi trả chế độ bảo hiểm đối với người dân, doanh nghiệp bị ảnh hưởng bởi mưa lũ đặc biệt lớn tại khu vực Trung Bộ',
           references=[],   # no document is cited by number
           indices=[])
START = 'Trong mấy ngày qua'
UBN = ('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, '
       'Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng')
UBS = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'   # optional alias of the full name
# 1. header "Bộ Tài chính chủ trì, phối hợp với các bộ, địa phương liên quan:" introduces a)-c): optional unit
# (as h-0012); its lead and its support body are inherited by a)-c)
TC = [('Bộ Tài chính', 'lead', False), ('các bộ, địa phương liên quan', 'support', False)]
T = [
 # Paragraph 1 (damage) and "Trước tình hình đó, Chính phủ ... đã ..." are background (past actions): no task.
 # Intro sentence "Để tiếp tục triển khai ..., Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng các cơ quan liên quan,
 # Chủ tịch UBND các tỉnh ... tập trung thực hiện một số giải pháp sau:" -> optional (as c-038 t2, h-0012, m-0007)
 dict(s='Để tiếp tục triển khai đồng bộ, có hiệu quả', e='thực hiện một số giải pháp sau:', opt=True,
      b=[('các Bộ', 'lead', True, True), ('các cơ quan liên quan', 'lead', True), (UBN, 'lead', True),
         (UBS, 'lead', True, True)]),
 dict(s='Bộ Tài chính chủ trì, phối hợp với các bộ, địa', e='địa phương liên quan:', opt=True,
      b=[('Bộ Tài chính', 'lead', True), ('các bộ, địa phương liên quan', 'support', True)]),
 # 1 a)-c); "Yêu cầu và đôn đốc X ..." / "Chỉ đạo X ..." -> X optional lead (as c-003, h-0005)
 dict(s='Yêu cầu và đôn đốc các doanh nghiệp kinh doanh', e='quy định pháp luật có liên quan.',
      b=TC + [('các doanh nghiệp kinh doanh bảo hiểm', 'lead', True, True)]),
 dict(s='Chỉ đạo Bảo hiểm xã hội Việt Nam chi trả', e='bảo hiểm thất nghiệp, bảo hiểm y tế.',
      b=TC + [('Bảo hiểm xã hội Việt Nam', 'lead', True, True)]),
 dict(s='Kịp thời xử lý theo thẩm quyền hoặc đề xuất', e='theo đúng quy định của pháp luật.', b=TC),
 # 2.-5. header and text in one item: span starts at the body's name
 dict(s='Bộ Y tế theo chức năng, nhiệm vụ được giao chủ trì', e='quy định pháp luật có liên quan.',
      b=[('Bộ Y tế', 'lead', True), ('Bộ Tài chính', 'support', True), ('các địa phương liên quan', 'support', True)]),
 dict(s='Bộ Nội vụ theo chức năng, nhiệm vụ được giao chủ', e='quy định pháp luật có liên quan.',
      b=[('Bộ Nội vụ', 'lead', True), ('Bộ Tài chính', 'support', True), ('các địa phương liên quan', 'support', True)]),
 # "phối hợp chặt chẽ với Bộ Tài chính, Bộ Y tế, Bộ Nội vụ" -> the three Bộ are support (as c-003 t16)
 dict(s='Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng, Quảng Ngãi, Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng chủ động',
      e='chính đáng của người dân, doanh nghiệp.',
      b=[(UBN, 'lead', True), (UBS, 'lead', True, True), ('Bộ Tài chính', 'support', True),
         ('Bộ Y tế', 'support', True), ('Bộ Nội vụ', 'support', True)]),
 dict(s='Văn phòng Chính phủ theo chức năng, nhiệm vụ', e='vượt thẩm quyền./.',
      b=[('Văn phòng Chính phủ', 'lead', True)]),
]
