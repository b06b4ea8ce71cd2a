SOURCE = 'https://thuvienphapluat.vn/cong-van/Giao-duc/Cong-van-5155-SGDDT-GDTXNNDH-2025-danh-gia-xep-loai-trung-tam-hoc-tap-cong-dong-dac-khu-Ho-Chi-Minh-682953.aspx (corpus/bulk/0087.txt)'
DOC = dict(doc_type='cong_van', number='5155/SGDĐT-GDTXNNĐH',
           issuer=['Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'Sở Giáo dục và Đào tạo Hồ Chí Minh'],
           signer='Trương Hải Thanh', issued_on='2025-11-28',
           subject='hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng tại phường, xã và đặc khu từ năm 2025',
           references=['11/2025/TT-BGDĐT', '15/2025/TT-BGDĐT', '2553/BGDĐT-GDTX', '10/VBHN-BGDĐT', '2264/BGDĐT-GDTX',
                       '1144/GDĐT-GDTX', '6165/BGDĐT-GDPT', '4338/SGDĐT-GDTXNNĐH'],
           indices=[])
START = 'Nhằm giúp các trung tâm học'
UB = 'Ủy ban nhân dân phường, xã và đặc khu'            # the "Kính gửi" addressee
UBi = [(UB, 'lead', False)]
TT = [('trung tâm học tập cộng đồng tại phường, xã và đặc khu', 'lead', False)]   # the centres the Bảng evaluates
YEARLY_1512 = 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15'
T = [
 # purpose + "Sở GD&ĐT hướng dẫn UBND ... đánh giá, xếp loại ... từ năm 2025 trở đi theo Bảng tiêu chí" (framing sentence)
 dict(s='Nhằm giúp các trung tâm học', e='(Đính kèm Bảng tiêu chí).', opt=True,
      b=[('Ủy ban nhân dân phường, xã, đặc khu', 'lead', True)]),
 # the operative request
 dict(s='Đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện', e='(Lưu ý: không gửi văn bản giấy).',
      b=[(UB, 'lead', True)],
      d=('2025-12-15', 'recurring', YEARLY_1512, 'hạn cuối ngày 15 tháng 12 hàng năm')),
 # difficulties -> contact the Sở (as c-009 t9 / c-044 t19: a task, not optional); "Quý cơ quan" = the addressee
 dict(s='Trong quá trình thực hiện, nếu có vướng mắc', e='để được hỗ trợ./.',
      b=UBi + [('Quý cơ quan', 'lead', True, True),
               ('Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh', 'support', True, True)]),
 # ---- BẢNG TIÊU CHÍ: evaluation criteria rows (span = the TIÊU CHÍ cell) -> optional, as the "Tiêu chí thi đua" of b-0118
 dict(s='Có đủ các chức danh trong ban giám đốc', e='nghiệp vụ chuyên môn).', opt=True, b=TT),
 dict(s='Quy chế hoạt động của trung tâm học tập cộng đồng.', opt=True, b=TT),
 dict(s='Lưu trữ đầy đủ hồ sơ pháp lý', e='hồ sơ hoạt động của trung tâm.', opt=True, b=TT),
 dict(s='Trụ sở làm việc khang trang', e='biển tên trung tâm đúng quy định.', opt=True, b=TT),
 dict(s='Có phòng học, trang thiết bị', e='cần thiết để hoạt động.', opt=True, b=TT),
 dict(s='Tài liệu, giáo trình phục vụ giảng dạy phong phú', e='phong phú, đa dạng.', opt=True, b=TT),
 dict(s='Tủ sách, sách, báo, tạp chí, tài liệu.', opt=True, b=TT),
 dict(s='Kinh phí ban đầu.', opt=True, b=TT),
 dict(s='Phụ cấp cho ban giám đốc.', opt=True, b=TT),
 dict(s='Chi hoạt động cho trung tâm từ ngân sách.', opt=True, b=TT),
 dict(s='Có kinh phí huy động từ học phí', e='các nguồn thu khác.', opt=True, b=TT),
 dict(s='Họp định kỳ hàng tháng;', e='văn bản chỉ đạo của các cấp quản lý.', opt=True, b=TT),
 dict(s='Tập huấn chuyên môn nghiệp vụ cho cán bộ quản lý', e='trung tâm học tập cộng đồng.', opt=True, b=TT),
 dict(s='Kế hoạch hoạt động hàng năm, hàng quý;', e='lịch công tác hàng tháng, hàng tuần.', opt=True, b=TT),
 dict(s='Điều tra nhu cầu học tập, nắm bắt kịp thời', e='nhu cầu học tập của người dân.', opt=True, b=TT),
 dict(s='Tập hợp, chuẩn bị giáo trình', e='với thực tế địa phương.', opt=True, b=TT),
 dict(s='Thông tin về trung tâm, về các nội dung hoạt động', e='nhân dân tham gia học tập.', opt=True, b=TT),
 dict(s='Phối hợp với trung tâm giáo dục thường xuyên', e='hoạt động Trung tâm học tập cộng đồng.', opt=True, b=TT),
 dict(s='Các lớp đã mở (9 loại', e='Lớp kỹ năng sống và tư vấn tâm lý.', opt=True, b=TT),
 dict(s='Các chuyên đề đã thực hiện (08 loại', e='kinh nghiệm tổ chức hoạt động.', opt=True, b=TT),
 dict(s='Huy động các nguồn lực (08 nguồn', e='Các đoàn thể, tổ chức xã hội.', opt=True, b=TT),
 dict(s='Có các biện pháp động viên, khuyến khích, tôn vinh', e='tại trung tâm học tập cộng đồng.', opt=True, b=TT),
 dict(s='Tổng số lượt người tham gia học tập đạt tối thiểu', e='100 lượt người/tháng.', opt=True, b=TT,
      g=[('100 lượt người/tháng', 100, 'lượt người/tháng', '>=',
          'tổng số lượt người tham gia học tập tại trung tâm học tập cộng đồng mỗi tháng', True)]),
 # ---- HƯỚNG DẪN ĐÁNH GIÁ
 dict(s='Ủy ban nhân dân phường, xã, đặc khu quyết định thành lập đoàn kiểm tra.',
      b=[('Ủy ban nhân dân phường, xã, đặc khu', 'lead', True)]),
 # 2. scoring method (three paragraphs, one item) -> optional
 dict(s='Việc đánh giá, xếp loại Trung tâm học tập cộng đồng căn cứ', e='không được chấm điểm (không điểm).', opt=True, b=UBi),
 # 3. Xếp loại a)-d): definitions of the grades, not tasks
 # 4. evaluation window
 dict(s='Thời gian kiểm tra, đánh giá, xếp loại Trung tâm', e='ngày 15 tháng 12 hàng năm.', b=UBi,
      d=('2025-12-15', 'recurring', YEARLY_1512, 'vào tháng 11 đến ngày 15 tháng 12 hàng năm')),
 # 5. scope of the Bảng (statement, like c-044 t13) -> optional
 dict(s='Bảng tiêu chí đánh giá, xếp loại trung tâm học tập cộng đồng này áp dụng', e='từ năm 2025./.', opt=True, b=UBi),
]
