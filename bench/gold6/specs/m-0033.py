SOURCE = 'https://thuvienphapluat.vn/cong-van/Cong-nghe-thong-tin/Cong-van-6225-BVHTTDL-VP-2025-thuc-hien-hieu-qua-nhiem-vu-duoc-giao-ve-phat-trien-khoa-hoc-682088.aspx (corpus/bulk/0033.txt)'
# The corpus text has no header (it starts at "Kính gửi:"). Number and date are stated in the appendix caption
# "(Kèm theo Công văn số 6225/BVHTTDL-VP ngày 18/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)"; the subject only in the
# (truncated) source address, so it is given with None and a few plausible completions.
DOC = dict(doc_type='cong_van', number='6225/BVHTTDL-VP', issuer='Bộ Văn hóa, Thể thao và Du lịch',
           signer='Nguyễn Văn Hùng', issued_on='2025-11-18',
           subject=[None,
                    'thực hiện hiệu quả nhiệm vụ được giao về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và Đề án 06',
                    'thực hiện hiệu quả nhiệm vụ được giao về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
                    'thực hiện hiệu quả nhiệm vụ được giao về phát triển khoa học'],
           # documents cited in the body and table, plus the 13 Bộ documents of the attached "Danh mục các văn bản đã
           # ban hành" (the earlier documents this letter follows up); documents cited only inside a Danh mục entry are left out
           references=['33/CT-TTg', '71/NQ-CP', '3123/QĐ-BVHTTDL', '57-NQ/TW', '02-KH/BCĐTW',
                       '1381/QĐ-BVHTTDL', '2270/QĐ-BVHTTDL', '2254/QĐ-BVHTTDL', '3385/QĐ-BCĐ', '3760/QĐ-BVHTTDL',
                       '3137/KH-BVHTTDL', '4084/KH-BVHTTDL',
                       '2359/BVHTTDL-VP', '3430/BVHTTDL-VP', '4312/BVHTTDL-VP', '4937/BVHTTDL-VP', '5759/BVHTTDL-VP'],
           indices=[])
START = 'Trước tình hình đó'
# "Kính gửi": the addressees; optional inherited aliases on the items of header 1 only
KG = [('Các cơ quan tham mưu quản lý nhà nước thuộc Bộ', 'lead', False, True),
      ('Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch', 'lead', False, True),
      ('Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam', 'lead', False, True)]
# 1. header "Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" (names the body only; not a task)
H1 = [('các cơ quan, đơn vị được giao nhiệm vụ', 'lead', False)] + KG
# 2. header "Tiểu ban giúp việc Ban Chỉ đạo 934"
H2 = [('Tiểu ban giúp việc Ban Chỉ đạo 934', 'lead', False)]
# 3. header "Vụ Tổ chức cán bộ"; 4. header "Văn phòng Bộ"
H3 = [('Vụ Tổ chức cán bộ', 'lead', False)]
H4 = [('Văn phòng Bộ', 'lead', False)]
# Phụ lục table: STT | Tên nhiệm vụ | Người đứng đầu chịu trách nhiệm | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời hạn
# span = the "Tên nhiệm vụ" cell; "Người đứng đầu" column only repeats the chủ trì bodies with titles (Cục trưởng, Giám đốc)
TT = 'Trung tâm Chuyển đổi số VHTTDL'
D12 = ('2025-12-31', 'by', None, 'Tháng 12/2025')
T = [
 # 1.
 dict(s='Chịu trách nhiệm toàn diện trước Bộ trưởng', e='Phụ lục gửi kèm theo).', b=H1),
 dict(s='Quyết tâm cao hơn, hành động quyết liệt hơn', e='gắn với kiểm tra, giám sát.', b=H1),
 dict(s='Nghiêm túc thực hiện chế độ báo cáo theo Quy chế', e='Bộ Văn hóa, Thể thao và Du lịch.', b=H1),
 # 2.
 dict(s='Thực hiện phân công nhiệm vụ kịp thời', e='xác định sản phẩm cụ thể, rõ ràng.', b=H2),
 dict(s='Thường xuyên tổ chức giao ban', e='không để ảnh hưởng đến tiến độ chung.', b=H2,
      d=(None, 'ongoing', None, 'Thường xuyên')),
 # 3. "trong năm 2025" is the year evaluated (đánh giá, xếp loại ... trong năm 2025), not clearly a time limit -> optional
 dict(s='Quán triệt, hướng dẫn các cơ quan, đơn vị đưa nội dung', e='nhất là người đứng đầu trong năm 2025.', b=H3,
      d=('2025-12-31', 'period', None, 'trong năm 2025', True), i=['PAR', 'DTI']),
 # 4. "Phối hợp với X" under header body: header body lead, X support (h-0031 / c-010 t5 convention)
 dict(s='Phối hợp với Vụ Khoa học công nghệ, Đào tạo và Môi trường', e='đôn đốc, chỉ đạo, điều hành.',
      b=H4 + [('Vụ Khoa học công nghệ, Đào tạo và Môi trường', 'support', True),
              ('Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch', 'support', True)], i=['DTI']),
 # generic closing -> optional (as h-0031, c-010 t8)
 dict(s='Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng', e='đảm bảo tiến độ được giao./.', opt=True,
      b=[('các cơ quan, đơn vị được giao nhiệm vụ', 'lead', True)]),
 # Phụ lục rows 1-10
 dict(s='Đẩy nhanh tiến độ xây dựng, làm sạch, kết nối', e='kết nối chia sẻ dữ liệu bắt buộc trong hệ thống chính trị.',
      b=[('Cục Di sản văn hóa', 'lead', True), ('Cục Bản quyền tác giả', 'lead', True),
         ('Các Cục: Di sản văn hóa, Bản quyền tác giả', 'lead', True, True), (TT, 'support', True)],
      d=D12, i=['DTI'],
      g=[('03/7 cơ sở dữ liệu chuyên ngành', 3, 'cơ sở dữ liệu', '=',
          'số cơ sở dữ liệu chuyên ngành (trên 7) đưa vào vận hành, khai thác theo lộ trình Nghị quyết 71/NQ-CP')]),
 dict(s='Xây dựng và triển khai Mô hình du lịch thông minh', e='ứng dụng các tiện ích của Đề án 06',
      b=[('Cục Du lịch Quốc gia Việt Nam', 'lead', True), (TT, 'support', True)], d=D12, i=['DTI']),
 dict(s='Xây dựng bộ quy tắc ứng xử văn hóa trên môi trường số', e='Xây dựng bộ quy tắc ứng xử văn hóa trên môi trường số',
      b=[('Cục Phát thanh truyền hình và Thông tin điện tử', 'lead', True),
         ('Các cơ quan, đơn vị liên quan', 'support', True)], d=D12),
 # deadline cell "Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW": no date -> optional, date null (c-044 t28 style)
 dict(s='Thực hiện ngay việc rà soát, tái cấu trúc quy trình', e='trên cơ sở tái sử dụng dữ liệu đã có.',
      b=[('Cục Bản quyền tác giả', 'lead', True), ('Cục Phát thanh truyền hình và Thông tin điện tử', 'lead', True),
         ('Cục Xuất bản, In và Phát hành', 'lead', True), ('Cục Báo chí', 'lead', True),
         ('Cục Du lịch Quốc gia Việt Nam', 'lead', True), ('Vụ Kế hoạch, Tài chính', 'lead', True),
         ('Các Cục: Bản quyền tác giả; Phát thanh truyền hình và Thông tin điện tử; Xuất bản, In và Phát hành; Báo chí; Du lịch Quốc gia Việt Nam',
          'lead', True, True),
         ('Văn phòng Bộ', 'support', True), (TT, 'support', True)],
      d=(None, 'by', None, 'Theo lộ trình được giao tại Kế hoạch số 02-KH/BCĐTW', True), i=['PAR', 'DTI']),
 # "03 nền tảng" but only (1), (2) are listed: counted scope -> optional target
 dict(s='Triển khai xây dựng 03 nền tảng', e='Nền tảng số du lịch Việt Nam',
      b=[(TT, 'lead', True), ('Cục DLQGVN', 'lead', True),
         ('Vụ Khoa học công nghệ, Đào tạo và Môi trường', 'support', True)], d=D12, i=['PAR', 'DTI'],
      g=[('03 nền tảng', 3, 'nền tảng', '=', 'số nền tảng số được xây dựng, triển khai', True)]),
 dict(s='Xây dựng, triển khai Đề án chuyển đổi số trong lĩnh vực Văn hóa', e='Đề án chuyển đổi số trong lĩnh vực Văn hóa',
      b=[(TT, 'lead', True), ('Các cơ quan, đơn vị liên quan', 'support', True)], d=D12, i=['DTI']),
 # the "Kết quả" cell "Tích hợp 100% DVC trực tuyến ..." lies outside the task cell: added after the build as an optional
 # target (see notes/m-0033.md); spec_build only finds targets inside the task span
 dict(s='Rà soát, tái cấu trúc quy trình, điện tử hóa và cung cấp toàn bộ', e='đồng bộ trên Cổng Dịch vụ công quốc gia',
      b=[('Các đơn vị được giao xây dựng hồ sơ công bố TTHC', 'lead', True),
         ('Văn phòng Bộ', 'support', True), (TT, 'support', True)],
      d=('2026-01-01', 'by', None, '01/01/2026'), i=['PAR', 'DTI'],
      g=[('100% DVC trực tuyến thuộc thẩm quyền giải quyết của bộ', 100, '%', '=',
          'tỷ lệ DVC trực tuyến thuộc thẩm quyền giải quyết của bộ được tích hợp lên Cổng DVC quốc gia', True, 'after')]),
 dict(s='Đóng giao diện “Cổng Dịch vụ công cấp bộ”', e='Đóng giao diện “Cổng Dịch vụ công cấp bộ”',
      b=[(TT, 'lead', True), ('Các đơn vị được giao thực hiện TTHC', 'support', True)],
      d=('2026-03-01', 'by', None, '01/03/2026'), i=['PAR', 'DTI']),
 dict(s='Xây dựng, duy trì cơ chế bảo đảm an toàn, an ninh mạng', e='mạng máy tính có kết nối mạng Internet',
      b=[(TT, 'lead', True), ('các đơn vị có hệ thống thông tin, cơ sở dữ liệu', 'lead', True),
         ('Cơ quan, đơn vị liên quan', 'support', True)],
      d=('2025-11-30', 'by', None, 'Tháng 11/2025'), i=['DTI']),
 dict(s='Rà soát, cấu trúc lại quy trình các dịch vụ công trực tuyến', e='“chỉ khai báo thông tin một lần”.',
      b=[('Các đơn vị được giao thực hiện TTHC', 'lead', True), (TT, 'support', True)],
      d=('2025-12-31', 'by', None, '31/12/2025'), i=['PAR', 'DTI']),
]
