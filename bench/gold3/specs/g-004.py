SOURCE = 'https://thuvienphapluat.vn/van-ban/Tai-nguyen-Moi-truong/Chi-thi-09-CT-UBND-2025-cong-tac-quan-ly-bao-ve-tai-nguyen-nuoc-duoi-dat-Can-Tho-681498.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/2847e16133f7b987.md@56eff108e1bc; corpus/directives/004.txt)'
DOC = dict(doc_type='chi_thi', number='09/CT-UBND', issuer='UBND thành phố Cần Thơ', signer='Trần Chí Hùng', issued_on='2025-11-18',
           subject='tăng cường công tác quản lý, bảo vệ tài nguyên nước dưới đất trên địa bàn thành phố Cần Thơ',
           references=[], indices=[])
START = 'Nhằm chấn chỉnh và tăng cường'
INTRO = [('các sở, ban ngành', 'lead', False), ('Ủy ban nhân dân xã, phường', 'lead', False), ('các đơn vị liên quan', 'lead', False),
         ('Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan', 'lead', False, True)]
NN = 'Sở Nông nghiệp và Môi trường'
B4 = [(NN, 'lead', False)]
XD = ('Sở Xây dựng', 'lead', False)
YT = ('Sở Y tế', 'lead', False)
BAO = [('Báo và Phát thanh, Truyền hình thành phố', 'lead', False)]
S8 = ('Sở, cơ quan, ban, ngành', 'lead', False)
S8o = ('Sở, cơ quan, ban, ngành', 'lead', False, True)
BQL = [('Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ', 'lead', False),
       ('các đơn vị kinh doanh hạ tầng khu chế xuất, khu, cụm công nghiệp', 'lead', False), S8o]
XA = [('Ủy ban nhân dân xã, phường', 'lead', False)]
CN = [('Các đơn vị cấp nước sạch trên địa bàn thành phố', 'lead', False)]
TC = [('Các tổ chức, cá nhân và hộ gia đình khai thác sử dụng tài nguyên nước dưới đất trên địa bàn', 'lead', False)]
END = [('sở, cơ quan, ban, ngành thành phố', 'lead', True), ('Ủy ban nhân dân xã, phường', 'lead', True),
       ('các tổ chức, cá nhân có liên quan', 'lead', True)]
T = [
 dict(s='Nhằm chấn chỉnh và tăng cường', e='cụ thể như sau:', opt=True,
      b=[('các sở, ban ngành', 'lead', True), ('Ủy ban nhân dân xã, phường', 'lead', True), ('các đơn vị liên quan', 'lead', True)]),
 # 1. (two paragraphs, one leaf item)
 dict(s='Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm', e='dữ liệu về tài nguyên nước dưới đất.',
      b=[('Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan', 'lead', True)]),
 dict(s='Kết hợp hoặc luân phiên khai thác nước mặt', e='do nguồn nước mang lại.', b=INTRO),
 dict(s='Tuân thủ nguyên tắc khoanh định', e='phòng cháy, chữa cháy.', b=INTRO),
 # 4. Sở Nông nghiệp và Môi trường
 dict(s='Tăng cường công tác tuyên truyền, phổ biến, tập huấn', e='bảo vệ tài nguyên nước dưới đất.', b=B4),
 dict(s='Tiếp tục thực hiện hiệu quả chương trình quốc gia', e='Hội đồng nhân dân thành phố.', b=B4,
      g=[('tỷ lệ số dân nông thôn sử dụng nước hợp vệ sinh đạt tỷ lệ sử dụng nước sạch từ công trình cấp nước tập trung theo Nghị quyết hằng năm của Hội đồng nhân dân thành phố',
          None, '%', '=', 'tỷ lệ dân số nông thôn sử dụng nước sạch từ công trình cấp nước tập trung (mức theo Nghị quyết hằng năm của HĐND thành phố)', True)]),
 dict(s='Tham mưu Ủy ban nhân dân thành phố tổ chức thực hiện kế hoạch', e='hạn chế khai thác nước dưới đất theo quy định.', b=B4),
 dict(s='Duy trì các hoạt động mạng lưới', e='quan trắc, giám sát nước dưới đất.', b=B4),
 dict(s='Tham mưu Ủy ban nhân dân thành phố tổ chức thẩm định', e='tránh xảy ra tranh chấp nguồn nước.', b=B4),
 dict(s='Chủ động theo dõi diễn biến thời tiết', e='nhu cầu nước sinh hoạt và sản xuất.', b=B4),
 # 5. Sở Xây dựng
 dict(s='Chủ trì, phối hợp Sở Nông nghiệp và Môi trường, Sở Công Thương', e='cấp nước an toàn khu vực đô thị.',
      b=[XD, (NN, 'support', True), ('Sở Công Thương', 'support', True), ('Ủy ban nhân dân xã, phường', 'support', True),
         ('đơn vị có liên quan', 'support', True)]),
 dict(s='Chủ trì, phối hợp với các đơn vị cấp nước thuộc phạm vi quản lý', e='khai thác từ nguồn nước dưới đất.',
      b=[XD, ('các đơn vị cấp nước thuộc phạm vi quản lý', 'support', True)]),
 dict(s='Chủ trì, phối hợp với các Sở, ban, ngành và Ủy ban nhân dân cấp xã', e='chất lượng nguồn nước.',
      b=[XD, ('các Sở, ban, ngành', 'support', True), ('Ủy ban nhân dân cấp xã', 'support', True)]),
 # 6. Sở Y tế
 dict(s='Thường xuyên kiểm tra chất lượng nước cấp', e='trường hợp cố tình vi phạm.', b=[YT],
      d=(None, 'ongoing', None, 'Thường xuyên')),
 dict(s='Tiếp tục chủ trì, phối hợp với các đơn vị liên quan xây dựng', e='ban hành theo quy định.',
      b=[YT, ('các đơn vị liên quan', 'support', True)]),
 # 7. Báo và Phát thanh, Truyền hình thành phố
 dict(s='Chủ động chỉ đạo, định hướng', e='Luật Tài nguyên nước năm 2023.', b=BAO,
      d=(None, 'ongoing', None, 'thường xuyên', True)),
 dict(s='Thực hiện đưa tin kịp thời', e='tái sử dụng và trữ nước.', b=BAO),
 # 8. Giám đốc Sở, Thủ trưởng cơ quan, ban, ngành
 dict(s='Phối hợp Sở Nông nghiệp và Môi trường và Ủy ban nhân dân xã, phường tuyên truyền', e='do nguồn nước mang lại.',
      b=[S8, (NN, 'support', True), ('Ủy ban nhân dân xã, phường', 'support', True)]),
 dict(s='Giao Thanh tra thành phố', e='kiến nghị xử lý theo quy định pháp luật.',
      b=[('Thanh tra thành phố', 'lead', True), S8o]),
 dict(s='Giao Công an thành phố', e='khai thác và sử dụng tài nguyên nước;',
      b=[('Công an thành phố', 'lead', True), S8o]),
 dict(s='Giao Ban Quản lý các khu chế xuất', e='có trách nhiệm:', opt=True,
      b=[('Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ', 'lead', True),
         ('các đơn vị kinh doanh hạ tầng khu chế xuất, khu, cụm công nghiệp', 'lead', True), S8o]),
 dict(s='Đối với các khu, cụm công nghiệp đã được cung cấp', e='hiệu quả tài nguyên nước.', b=BQL,
      d=(None, 'ongoing', None, 'liên tục', True)),
 dict(s='Đối với các khu chế xuất, khu, cụm công nghiệp chưa có', e='sụt, lún đất.', b=BQL),
 dict(s='Vận động các doanh nghiệp thuộc khu vực quản lý', e='Điều 59 Luật Tài nguyên nước năm 2023.', b=BQL),
 # 9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố
 dict(s='Tăng cường công tác tuyên truyền, vận động đoàn viên', e='bảo tài nguyên nước.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'lead', False)]),
 # 10. Ủy ban nhân dân xã, phường
 dict(s='Đẩy mạnh công tác phổ biến, tuyên truyền về tài nguyên nước', e='sử dụng nước tiết kiệm, hiệu quả.', b=XA),
 dict(s='Thực hiện rà soát, thống kê tất cả', e='pháp luật về tài nguyên nước.', b=XA,
      d=('2025-12-31', 'by', None, 'hoàn thành trước ngày 31/12/2025')),
 dict(s='Thực hiện các biện pháp bảo vệ tài nguyên nước theo thẩm quyền', e='bảo vệ các công trình này.',
      b=XA + [('cơ quan, tổ chức quản lý trạm, công trình quan trắc, đo đạc, giám sát tài nguyên nước, công trình thăm dò, khai thác nước, xả nước thải vào nguồn nước', 'support', True)]),
 dict(s='Tăng cường kiểm tra, giám sát việc chấp hành quy định về các hoạt động khoan', e='phù hợp theo quy định.', b=XA),
 # 11. Các đơn vị cấp nước sạch
 dict(s='Tiếp tục đầu tư, đẩy nhanh tiến độ xây dựng', e='cạn kiệt nguồn nước dưới đất.', b=CN,
      g=[('tỷ lệ sử dụng nước từ công trình cấp nước theo Nghị quyết hằng năm của Hội đồng nhân dân thành phố',
          None, '%', '=', 'tỷ lệ sử dụng nước từ công trình cấp nước (mức theo Nghị quyết hằng năm của HĐND thành phố)', True)]),
 dict(s='Phối hợp, tạo điều kiện cho các tổ chức, cá nhân có nhu cầu đấu nối', e='các hoạt động sản xuất.', b=CN),
 # 12. Các tổ chức, cá nhân và hộ gia đình
 dict(s='Thực hiện các quy định về khai thác, sử dụng tài nguyên nước dưới đất và nghĩa vụ', e='cấp phép khai thác tài nguyên nước.', b=TC),
 dict(s='Khuyến khích sử dụng nước từ hệ thống cấp nước tập trung', e='do nguồn nước mang lại.', b=TC),
 dict(s='Hạn chế khoan, đào mới', e='chất lượng và số lượng.', b=TC),
 dict(s='Khuyến khích tổ chức, cá nhân xây dựng', e='tác hại do nước gây ra.', b=TC),
 # closing
 dict(s='Trên đây là Chỉ thị về tăng cường', e='nghiêm túc Chỉ thị này.', opt=True, b=END),
 dict(s='Trong quá trình thực hiện có phát sinh', e='xem xét, giải quyết./.',
      b=[(x[0], 'lead', False) for x in END] + [(NN, 'lead', True, True)]),
]
