SOURCE = 'https://thuvienphapluat.vn/van-ban/Thuong-mai/Cong-dien-221-CD-TTg-2025-tap-trung-uu-tien-giu-vung-on-dinh-kinh-te-vi-mo-681465.aspx (text via shared/corpus/bulk/0007.txt)'
# The text has no "Số:" line and no place/date line: the number comes from the source address only (as k-0006 / c-038);
# the issue date is not stated anywhere in the text (it reports "10 tháng năm 2025", so November 2025) -> null.
DOC = dict(doc_type='other', number=[None, '221/CĐ-TTg'], issuer='Thủ tướng Chính phủ', signer='Phạm Minh Chính',
           issued_on=None,
           subject='tập trung ưu tiên giữ vững ổn định kinh tế vĩ mô, thúc đẩy xuất khẩu',
           references=[],   # no document is cited by number
           indices=[])
START = 'Từ đầu năm 2025 đến nay'
# 1. header "Các Bộ, cơ quan, địa phương" (names the body only: not a task)
BCD = [('các Bộ, cơ quan, địa phương', 'lead', False)]
# 2. header "Ngân hàng Nhà nước Việt Nam"
NHNN = [('Ngân hàng Nhà nước Việt Nam', 'lead', False)]
# 3.-6. headers "Bộ X:"
BCT = [('Bộ Công Thương', 'lead', False)]
BTC = [('Bộ Tài chính', 'lead', False)]
NN = [('Bộ Nông nghiệp và Môi trường', 'lead', False)]
NG = [('Bộ Ngoại giao', 'lead', False)]
# 8. header "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" ("Chủ tịch" dropped)
UB = [('Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'lead', False)]
T = [
 # Paragraph 1 (results of 10 months: 762,4 tỷ USD, +17,4% ...) is background: no task, no target.
 # Intro sentence "... Thủ tướng Chính phủ yêu cầu ... tiếp tục thực hiện ...; trong đó, tập trung thực hiện các
 # nhiệm vụ, giải pháp trọng tâm sau:" -> optional (as c-038 t2, h-0005, h-0012); its purpose clause carries the
 # national growth target (as c-035 t2).
 dict(s='Tuy nhiên, trong bối cảnh tình hình thế giới biến', e='các nhiệm vụ, giải pháp trọng tâm sau:', opt=True,
      b=[('các Bộ', 'lead', True), ('các cơ quan ngang Bộ', 'lead', True), ('cơ quan thuộc Chính phủ', 'lead', True),
         ('Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'lead', True),
         ('các Tập đoàn, Tổng Công ty nhà nước', 'lead', True)],
      g=[('tăng trưởng kinh tế năm 2025 đạt trên 8%', 8, '%', '>', 'tốc độ tăng trưởng kinh tế năm 2025 (cả nước)')]),
 # 1 a)-b)
 dict(s='Trong bối cảnh mới hiện nay, thực hiện nhất', e='thúc đẩy tăng trưởng nhanh và bền vững.', b=BCD),
 dict(s='Kết hợp hài hòa, hợp lý, hiệu quả giữa chính', e='soát lạm phát theo mục tiêu đề ra.', b=BCD),
 # 2 a)-b)
 dict(s='Thực hiện chính sách tiền tệ chủ động, linh', e='gắn với bảo đảm chất lượng tín dụng, kiểm soát nợ xấu.', b=NHNN),
 dict(s='Điều hành tỉ giá, lãi suất phù hợp', e='kinh doanh, thu hút đầu tư.', b=NHNN),
 # 3 a)-d)
 dict(s='Tập trung thực hiện quyết liệt các giải pháp', e='trong dịp lễ Noel và Tết Dương lịch.', b=BCT),
 dict(s='Đẩy mạnh xúc tiến thương mại, đa dạng hóa thị', e='theo chỉ đạo của cấp có thẩm quyền.', b=BCT),
 dict(s='Chỉ đạo hệ thống thương vụ ở nước ngoài tăng', e='quảng bá sản phẩm, thương hiệu.',
      b=BCT + [('hệ thống thương vụ ở nước ngoài', 'lead', True, True)]),
 dict(s='Đẩy mạnh các hoạt động kết nối doanh nghiệp', e='của các doanh nghiệp có vốn đầu tư nước ngoài.', b=BCT),
 # 4 a)-d)
 dict(s='Tiếp tục thực hiện chính sách tài khóa mở rộng', e='trọng điểm và bảo đảm hiệu quả.', b=BTC),
 dict(s='Rà soát, xây dựng các mức thuế xuất khẩu', e='phát triển sản xuất trong nước.', b=BTC),
 dict(s='Nghiên cứu, xây dựng các phương án hỗ trợ cụ thể', e='hoàn thành trong tháng 11 năm 2025.', b=BTC,
      d=('2025-11-30', 'by', None, 'hoàn thành trong tháng 11 năm 2025')),
 dict(s='Chỉ đạo lực lượng hải quan phối hợp với các đơn', e='trí tuệ, gian lận xuất xứ...',
      b=BTC + [('lực lượng hải quan', 'lead', True, True), ('các đơn vị liên quan', 'support', True, True)]),
 # 5 a)-c)
 dict(s='Chủ trì triển khai quyết liệt các nhiệm vụ, giải', e='hướng tới phát triển bền vững ngành thủy sản.', b=NN,
      i=['DTI']),
 dict(s='Đẩy nhanh công tác đàm phán mở cửa thị trường', e='rau quả có thế mạnh của Việt Nam.', b=NN),
 dict(s='Xây dựng chỉ dẫn địa lý, thương hiệu sản phẩm', e='chuyển đổi số trong lĩnh vực nông nghiệp.', b=NN,
      i=['DTI']),
 # 6 a)-c)
 dict(s='Đẩy mạnh các hoạt động ngoại giao kinh tế', e='kinh doanh có hiệu quả ở thị trường nước ngoài.', b=NG),
 dict(s='Chỉ đạo các cơ quan đại diện Việt Nam ở nước', e='để thúc đẩy xuất khẩu hàng hóa.',
      b=NG + [('các cơ quan đại diện Việt Nam ở nước ngoài', 'lead', True, True)]),
 dict(s='Tích cực vận động linh hoạt theo từng quốc gia', e='đàm phán FTA Việt Nam - GCC.', b=NG),
 # 7. header and text on one line: span starts at the bodies' names
 dict(s='Các Bộ: Công Thương, Nông nghiệp và Môi trường, Ngoại giao thành lập', e='Brazil, Nam Mỹ, Algeria...).',
      b=[('Bộ Công Thương', 'lead', True), ('Bộ Nông nghiệp và Môi trường', 'lead', True),
         ('Bộ Ngoại giao', 'lead', True)],
      d=(None, 'by', None, 'trong cuối năm 2025 và đầu năm 2026', True)),
 # 8 a)-b)
 dict(s='Chủ động nắm bắt các tồn tại, khó khăn, vướng', e='theo thẩm quyền, quy định pháp luật.', b=UB),
 dict(s='Ủy ban nhân dân các địa phương có nông sản xuất', e='ùn ứ và các tác động bất lợi khác.',
      b=[('Ủy ban nhân dân các địa phương có nông sản xuất khẩu qua biên giới', 'lead', True),
         (UB[0][0], 'lead', False, True)],
      d=(None, 'ongoing', None, 'thường xuyên')),
 # 9. header and text on one line
 dict(s='Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu:', e='đa dạng hóa thị trường, sản phẩm, chuỗi cung ứng.',
      b=[('Các Tập đoàn, Tổng Công ty nhà nước', 'lead', True), ('doanh nghiệp xuất khẩu', 'lead', True)],
      d=('2025-12-31', 'period', None, 'trong những tháng cuối năm', True)),
 # 10.-11.
 dict(s='Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ', e='triển khai thực hiện Công điện này.',
      b=[('các Phó Thủ tướng Chính phủ', 'lead', True)]),
 dict(s='Văn phòng Chính phủ theo dõi, đôn đốc theo chức', e='các vấn đề vượt thẩm quyền.',
      b=[('Văn phòng Chính phủ', 'lead', True)]),
]
