SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Ke-hoach-235-KH-UBND-2025-quan-trac-canh-bao-moi-truong-nuoi-trong-thuy-san-Thanh-Hoa-682490.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/85ff77cbda28ffbb.md@56eff108e1bc; corpus/directives/023.txt)'
DOC = dict(doc_type='ke_hoach', number='235/KH-UBND', issuer='UBND tỉnh Thanh Hóa', signer='Mai Xuân Liêm', issued_on='2025-11-18',
           subject='quan trắc, cảnh báo môi trường nuôi trồng thủy sản trên địa bàn tỉnh Thanh Hóa năm 2026',
           references=['4255/QĐ-BNN-KHCN', '223/KH-UBND', '24/2018/TT-BNNPTNT'],
           indices=[])
START = 'I. MỤC TIÊU'
SNN = 'Sở Nông nghiệp và Môi trường'
CC = 'Chi cục Biển đảo và Thủy sản'
# IV.1: "Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:" -> both leads,
# inherited, on the IV.1 items; section II (monitoring, tuyên truyền, cập nhật CSDL) has no body of its own and its
# contents are assigned to the Chi cục in IV.1 ("triển khai tổ chức thực hiện Kế hoạch", "Tổ chức lựa chọn đơn vị thực
# hiện hoạt động quan trắc ... cập nhật vào cơ sở dữ liệu", "Tuyên truyền, hướng dẫn ...") -> same inherited leads.
IMP = [(SNN, 'lead', False), (CC, 'lead', False)]
IMP_OPT = [(SNN, 'lead', False, True), (CC, 'lead', False, True)]
D_MAR_OCT = ('2026-10-31', 'period', None, 'từ tháng 3 đến tháng 10 năm 2026')
D_APR_AUG = ('2026-08-31', 'period', None, 'vào tháng 4 và tháng 8 năm 2026')


def loc(s, e):
    """A sampling-location line of a monitoring block: specification detail -> optional unit."""
    return dict(s=s, e=e, opt=True, b=IMP_OPT)


T = [
 # I. MỤC TIÊU (aims) -> optional
 dict(s='Quan trắc, cảnh báo môi trường nuôi trồng thủy sản năm 2026 nhằm', e='thiệt hại cho người nuôi trồng thủy sản.', opt=True, b=IMP_OPT),
 dict(s='Thực hiện quan trắc cảnh báo môi trường tại các vùng', e='cá lồng bè nước ngọt.', opt=True, b=IMP_OPT),
 dict(s='Kết quả quan trắc và cảnh báo môi trường nuôi trồng thủy sản được chuyển tải', e='chủ động nguồn nước phục vụ sản xuất.', opt=True, b=IMP_OPT),
 dict(s='Cập nhật thông tin vào cơ sở dữ liệu quốc gia', e='(nay là Bộ Nông nghiệp và Môi trường);', opt=True, b=IMP_OPT),
 dict(s='Tuyên truyền nâng cao nhận thức về quản lý chất lượng nước', e='trong nuôi trồng thủy sản.', opt=True, b=IMP_OPT),

 # II.1.1 a) Nguồn nước cấp nuôi tôm nước lợ
 dict(s='Điểm quan trắc: Thực hiện quan trắc tại 07 cửa sông', e='lấy mẫu tại 15 vị trí như sau:', b=IMP,
      g=[('07 cửa sông', 7, 'cửa sông', '=', 'số cửa sông cấp nước cho vùng nuôi tôm nước lợ được quan trắc năm 2026', True),
         ('15 vị trí', 15, 'vị trí', '=', 'số vị trí lấy mẫu nguồn nước cấp nuôi tôm nước lợ năm 2026', True)]),
 loc('Cửa sông lạch Càn: Lấy mẫu 01', 'Nga Tiến - xã Tân Tiến.'),
 loc('Cửa sông lạch Sung: Lấy mẫu', 'Đa Lộc - xã Vạn Lộc.'),
 loc('Cửa sông lạch Trường: Lấy mẫu 04', 'Hoằng Yến - xã Hoằng Tiến.'),
 loc('Cửa sông Cung: Lấy mẫu 03', 'vùng nuôi tôm Hoằng Phụ.'),
 loc('Cửa sông Mã: Lấy mẫu 01', 'vùng nuôi Hoằng Tân.'),
 loc('Cửa sông Yên: Lấy mẫu 03', 'Thanh Thủy - phường Ngọc Sơn.'),
 loc('Cửa sông Lạch Bạng: Lấy mẫu 02', 'phường Trúc Lâm.'),
 # "- Thông số, tần suất, thời gian và số lượng mẫu quan trắc:" introduces the two "+" leaves
 dict(s='Các thông số: Độ mặn, pH, oxy hòa tan', e='240 mẫu/năm.', b=IMP, d=D_MAR_OCT,
      g=[('240 mẫu/năm', 240, 'mẫu/năm', '=', 'số lượng mẫu quan trắc nguồn nước cấp nuôi tôm nước lợ (độ mặn, pH, DO, NH4+-N, NO2--N, PO43--P, độ kiềm, TSS, Vibrio) năm 2026')]),
 dict(s='Các thông số: Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As)', e='30 mẫu/năm.', b=IMP, d=D_APR_AUG,
      g=[('30 mẫu/năm', 30, 'mẫu/năm', '=', 'số lượng mẫu quan trắc thuốc bảo vệ thực vật, kim loại nặng trong nguồn nước cấp nuôi tôm nước lợ năm 2026')]),

 # II.1.1 b) Môi trường ao nuôi tôm
 dict(s='Điểm quan trắc: Thực hiện quan trắc môi trường nước trong ao nuôi', e='cụ thể như sau:', b=IMP,
      g=[('21 vùng nuôi tôm nước lợ', 21, 'vùng nuôi', '=', 'số vùng nuôi tôm nước lợ tập trung có ao nuôi đại diện được quan trắc năm 2026', True),
         ('14 xã, phường', 14, 'xã, phường', '=', 'số xã, phường có vùng nuôi tôm được quan trắc môi trường ao nuôi năm 2026', True)]),
 loc('Xã Tân Tiến: Lấy mẫu', 'vùng nuôi tôm Nga Tiến;'),
 loc('Xã Nga Sơn: Lấy mẫu', 'vùng nuôi tôm Nga Thủy;'),
 loc('Xã Vạn Lộc: Lấy mẫu', 'vùng nuôi tôm Đa Lộc;'),
 loc('Xã Hoa Lộc: Lấy mẫu', 'vùng nuôi tôm Hòa Lộc;'),
 loc('Xã Hoằng Hóa: Lấy mẫu', 'vùng nuôi tôm Hoằng Đạt;'),
 loc('Xã Hoằng Tiến: Lấy mẫu', 'vùng nuôi tôm Hoằng Yến;'),
 loc('Xã Hoằng Châu: Lấy mẫu', 'ngoại đê Hoằng Châu;'),
 loc('Xã Hoằng Thanh: Lấy mẫu', 'vùng nuôi tôm Hoằng Phụ;'),
 loc('Xã Quảng Chính: Lấy mẫu', 'vùng nuôi tôm Quảng Khê;'),
 loc('Xã Trường Văn: Lấy mẫu', 'vùng nuôi tôm Trường Giang;'),
 loc('Phường Ngọc Sơn: Lấy mẫu', 'vùng nuôi tôm Hải Châu;'),
 loc('Phường Đào Duy Từ: Lấy mẫu', 'vùng nuôi tôm Xuân Lâm;'),
 loc('Phường Hải Bình: Lấy mẫu', 'vùng nuôi tôm Mai Lâm;'),
 loc('Phường Trúc Lâm: Lấy mẫu', 'vùng nuôi tôm Trúc lâm.'),
 dict(s='Thông số, tần suất, thời gian và số lượng mẫu quan trắc: pH, độ mặn', e='336 mẫu/năm.', b=IMP, d=D_MAR_OCT,
      g=[('336 mẫu/năm', 336, 'mẫu/năm', '=', 'số lượng mẫu quan trắc môi trường ao nuôi tôm năm 2026')]),

 # II.1.2 Ngao
 dict(s='Điểm quan trắc: Thực hiện quan trắc môi trường nước nuôi ngao', e='mỗi bãi ngao lấy mẫu 01 vị trí.', b=IMP),
 dict(s='Các thông số: pH, độ mặn, DO,', e='64 mẫu/năm.', b=IMP, d=D_MAR_OCT,
      g=[('64 mẫu/năm', 64, 'mẫu/năm', '=', 'số lượng mẫu quan trắc môi trường nuôi ngao (pH, độ mặn, DO, NH4+-N, NO2--N, PO43--P, Vibrio) năm 2026')]),
 dict(s='Các thông số: Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb, As)', e='08 mẫu/năm.', b=IMP, d=D_APR_AUG,
      g=[('08 mẫu/năm', 8, 'mẫu/năm', '=', 'số lượng mẫu quan trắc thuốc bảo vệ thực vật, kim loại nặng trong môi trường nuôi ngao năm 2026')]),

 # II.1.3 Cá lồng nước ngọt
 dict(s='Điểm quan trắc: thực hiện quan trắc môi trường nước tại khu vực nuôi cá lồng', e='lấy mẫu 01 vị trí.', b=IMP),
 dict(s='Các thông số: Độ dẫn điện (EC)', e='48 mẫu/năm.', b=IMP, d=D_MAR_OCT,
      g=[('48 mẫu/năm', 48, 'mẫu/năm', '=', 'số lượng mẫu quan trắc môi trường nuôi cá lồng nước ngọt (EC, pH, DO, COD, NH4+-N, NO2--N, PO43--P, TSS, Aeromonas, Streptococcus, độ kiềm) năm 2026')]),
 dict(s='Các thông số: Thuốc bảo vệ thực vật và kim loại nặng (Cd, Hg, Pb)', e='06 mẫu/năm', b=IMP, d=D_APR_AUG,
      g=[('06 mẫu/năm', 6, 'mẫu/năm', '=', 'số lượng mẫu quan trắc thuốc bảo vệ thực vật, kim loại nặng trong môi trường nuôi cá lồng nước ngọt năm 2026')]),

 # II.2 Thông tin tuyên truyền (labelled lines Nội dung / Hình thức / Số lượng)
 dict(s='Nội dung: Tuyên truyền các quy định', e='trong nuôi trồng thủy sản.', b=IMP),
 dict(s='Hình thức: In tài liệu cấp phát', e='cơ sở nuôi trên địa bàn tỉnh.', b=IMP),
 dict(s='Số lượng: 5.000 cuốn.', opt=True, b=IMP_OPT,
      g=[('5.000 cuốn', 5000, 'cuốn', '=', 'số lượng tài liệu tuyên truyền về quản lý chất lượng nước, bảo vệ môi trường nuôi trồng thủy sản được in, cấp phát')]),

 # II.3 (heading sentence + unmarked paragraph, no sub-items: one leaf item)
 dict(s='Xây dựng hệ thống quan trắc môi trường phục vụ quản lý ngành', e='(nay là Bộ Nông nghiệp và Môi trường).', b=IMP),

 # III. KINH PHÍ -> optional (as c-044 t13)
 dict(s='Kinh phí thực hiện Kế hoạch quan trắc', e='dự toán ngân sách tỉnh năm 2026.', opt=True),

 # IV.1 Sở NN&MT chỉ đạo Chi cục Biển đảo và Thủy sản
 dict(s='Lập dự toán kinh phí báo cáo', e='xem xét, phê duyệt.', b=IMP),
 dict(s='Phối hợp với UBND các xã, phường và các đơn vị liên quan', e='môi trường nuôi trồng thủy sản năm 2026.',
      b=IMP + [('UBND các xã, phường', 'support', True), ('các đơn vị liên quan', 'support', True)]),
 dict(s='Tổ chức lựa chọn đơn vị thực hiện hoạt động quan trắc', e='báo cáo Cục Thủy sản và Kiểm ngư.', b=IMP),
 dict(s='Tuyên truyền, hướng dẫn người nuôi trồng thủy sản', e='tại khu vực nuôi của mình.', b=IMP),
 dict(s='Tổ chức đánh giá kết quả thực hiện;', e='trước ngày 15/12/2026.', b=IMP,
      d=('2026-12-15', 'by', None, 'trước ngày 15/12/2026')),
 # IV.2 Sở Tài chính (inline label)
 dict(s='Sở Tài chính: Căn cứ khả năng cân đối', e='đề nghị của Sở Nông nghiệp và Môi trường.',
      b=[('Sở Tài chính', 'lead', True)],
      d=(None, 'by', None, 'trong dự toán đầu năm 2026', True)),
 # IV.3 UBND các xã, phường (inline label)
 dict(s='UBND các xã, phường: Phối hợp với Sở Nông nghiệp', e='(qua Chi cục Biển đảo và Thủy sản).',
      b=[('UBND các xã, phường', 'lead', True), (SNN, 'support', True),
         ('đơn vị được lựa chọn quan trắc môi trường', 'support', True)]),
 # IV.4 Các cơ sở nuôi trồng thủy sản (inline label)
 dict(s='Các cơ sở nuôi trồng thủy sản: Theo dõi, giám sát', e='quan trắc môi trường kịp thời, hiệu quả.',
      b=[('Các cơ sở nuôi trồng thủy sản', 'lead', True)]),
 # Closing formula -> optional (c-044 t20)
 dict(s='Yêu cầu các sở, ban, ngành, đơn vị, địa phương', e='nghiêm túc triển khai thực hiện./.', opt=True,
      b=[('các sở, ban, ngành', 'lead', True), ('đơn vị', 'lead', True), ('địa phương', 'lead', True)]),
 # Phụ lục I-III: data tables (locations, parameters, coordinates) -> no tasks.
 # Ghi chú of Phụ lục III: a permission ("có thể thay đổi vị trí lấy mẫu") -> optional.
 dict(s='Căn cứ thực tiễn sản xuất và nhu cầu quan trắc có thể', e='vùng nuôi hoặc khu vực nuôi.', opt=True, b=IMP_OPT),
]
