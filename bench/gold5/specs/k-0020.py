SOURCE = 'https://thuvienphapluat.vn/cong-van/Thuong-mai/Cong-van-9162-BCT-TTTN-2025-dieu-hanh-kinh-doanh-xang-dau-681580.aspx (text via shared/corpus/bulk/0020.txt)'
# The corpus text has no header (it starts at "Kính gửi:"): number and subject come from the source address only; the
# issue date is not stated (the price period it announces is "kỳ công bố, ngày 20/11/2025", applied from 15h that day).
DOC = dict(doc_type='cong_van', number=[None, '9162/BCT-TTTN'], issuer='Bộ Công Thương', signer='Nguyễn Thúy Hiền',
           issued_on=[None, '2025-11-20'],
           subject=[None, 'điều hành kinh doanh xăng dầu'],
           references=['83/2014/NĐ-CP', '95/2021/NĐ-CP', '80/2023/NĐ-CP', '16/2023/QH15', '17/2021/TT-BCT',
                       '38/2014/TT-BCT', '18/2025/TT-BCT', '39/2014/TTLT-BCT-BTC', '90/2016/TTLT-BTC-BCT',
                       '103/2021/TT-BTC', '104/2021/TT-BTC', '53/2012/QĐ-TTg', '4098/VPCP-KTTH', '3910/BTC-QLG',
                       '367/BTC-QLG', '404/BTC-QLG', '1134/VPCP-KTTH', '579/2018/UBTVQH14', '60/2024/UBTVQH15',
                       '204/2025/QH15', '9673/BTC-QLG', '15141/BTC-QLG', '15694/BTC-QLG', '1646/BTC-QLG'],
           indices=[])
START = 'Bộ Công Thương công bố giá cơ sở'
# Addressees ("Kính gửi: Các thương nhân đầu mối kinh doanh xăng dầu; Các thương nhân phân phối xăng dầu"), who are told
# at the end to "biết, thực hiện": they own the decided provisions that name no body.
TN = [('Các thương nhân đầu mối kinh doanh xăng dầu', 'lead', False), ('Các thương nhân phân phối xăng dầu', 'lead', False)]
TNx = [('thương nhân đầu mối kinh doanh xăng dầu', 'lead', True), ('thương nhân phân phối xăng dầu', 'lead', True)]
T = [
 # performative announcement of the base prices (the table follows): optional
 dict(s='Bộ Công Thương công bố giá cơ sở', e='trên thị trường, như sau:', opt=True,
      b=[('Bộ Công Thương', 'lead', True)]),
 # "... Bộ Công Thương và Bộ Tài chính quyết định:" is the frame of 1-4 (not a task, as c-003's "UBND tỉnh yêu cầu:")
 # 1.1 Trích lập Quỹ BOG: heading-introducer and five value items, all optional
 dict(s='Trích lập Quỹ Bình ổn giá xăng dầu', e='Trích lập Quỹ Bình ổn giá xăng dầu', opt=True, b=TN),
 dict(s='Xăng E5RON92: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Xăng RON95: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Dầu điêzen: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Dầu hỏa: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Dầu madút: 0 đồng/kg.', opt=True, b=TN),
 # 1.2 Chi sử dụng Quỹ BOG
 dict(s='Chi sử dụng Quỹ Bình ổn giá xăng dầu', e='Chi sử dụng Quỹ Bình ổn giá xăng dầu', opt=True, b=TN),
 dict(s='Xăng E5RON92: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Xăng RON95: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Dầu điêzen: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Dầu hỏa: 0 đồng/lít;', opt=True, b=TN),
 dict(s='Dầu madút: 0 đồng/kg.', opt=True, b=TN),
 # 2. Giá bán: the rule sentence is the task; the five price caps are optional items with optional targets
 dict(s='Sau khi thực hiện việc trích lập và chi sử dụng Quỹ', e='không cao hơn mức giá:', b=TN),
 dict(s='Xăng E5RON92: không cao hơn 19.807 đồng/lít;', opt=True, b=TN,
      g=[('không cao hơn 19.807 đồng/lít', 19807, 'đồng/lít', '<=', 'giá bán xăng E5RON92', True)]),
 dict(s='Xăng RON95-III: không cao hơn 20.542 đồng/lít;', opt=True, b=TN,
      g=[('không cao hơn 20.542 đồng/lít', 20542, 'đồng/lít', '<=', 'giá bán xăng RON95-III', True)]),
 dict(s='Dầu điêzen 0.05S: không cao hơn 19.826 đồng/lít;', opt=True, b=TN,
      g=[('không cao hơn 19.826 đồng/lít', 19826, 'đồng/lít', '<=', 'giá bán dầu điêzen 0.05S', True)]),
 dict(s='Dầu hỏa: không cao hơn 20.288 đồng/lít;', opt=True, b=TN,
      g=[('không cao hơn 20.288 đồng/lít', 20288, 'đồng/lít', '<=', 'giá bán dầu hỏa', True)]),
 dict(s='Dầu madút 180CST 3.5S: không cao hơn 13.739 đồng/kg.', opt=True, b=TN,
      g=[('không cao hơn 13.739 đồng/kg', 13739, 'đồng/kg', '<=', 'giá bán dầu madút 180CST 3.5S', True)]),
 # 3. Thời gian thực hiện
 dict(s='Trích lập và chi sử dụng Quỹ Bình ổn giá xăng dầu đối với', e='ngày 20 tháng 11 năm 2025.', opt=True, b=TN,
      d=('2025-11-20', 'by', None, 'Áp dụng từ 15 giờ 00’ ngày 20 tháng 11 năm 2025', True)),
 dict(s='Điều chỉnh giá bán các mặt hàng xăng dầu: Do', e='đối với mặt hàng giảm giá.', b=TNx,
      d=('2025-11-20', 'by', None, 'không muộn hơn 15 giờ 00’ ngày 20 tháng 11 năm 2025')),
 dict(s='Kể từ 15 giờ 00’ ngày 20 tháng 11 năm 2025, là thời điểm', e='Thông tư số 104/2021/TT-BTC.', opt=True, b=TNx),
 # 4.
 dict(s='Bộ Công Thương sẽ phối hợp với các cơ quan chức năng', e='xử lý nghiêm các hành vi vi phạm nếu có.',
      b=[('Bộ Công Thương', 'lead', True), ('các cơ quan chức năng', 'support', True)]),
 # closing: formula plus a concrete reporting instruction
 dict(s='Bộ Công Thương thông báo các thương nhân đầu mối', e='để giám sát theo quy định./.', b=TNx),
]
