SOURCE = 'https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-5609-LS-XNC-2025-giai-quyet-03-thu-tuc-hanh-chinh-xuat-nhap-canh-moi-truong-dien-tu-682271.aspx (corpus/bulk/0048.txt)'
# The corpus text has no header (it starts at "Kính gửi:"): number, subject and date are not in the text.
# Number from the source address; subject ("V/v ...") and date (Hà Nội, 21/11/2025) from the published page of
# the same document, so each is given as [None, value]. The text only shows it precedes 01/12/2025.
DOC = dict(doc_type='cong_van', number=[None, '5609/LS-XNC'],
           issuer=['Cục Lãnh sự', 'Cục Lãnh sự Bộ Ngoại giao'],
           signer='Lương Thanh Quảng', issued_on=[None, '2025-11-21'],
           subject=[None, 'chính thức triển khai tiếp nhận, giải quyết 03 thủ tục hành chính về xuất nhập cảnh trên môi trường điện tử',
                    'giải quyết 03 thủ tục hành chính xuất nhập cảnh trên môi trường điện tử'],
           references=['08/2025/TT-BNG'],
           indices=[])
START = 'Thực hiện chủ trương của Chính phủ'

# "Quý Cơ quan" = the "Kính gửi" addressees. Required body: "Quý Cơ quan" as the text names it;
# each addressee is an optional inherited alias (an extractor may resolve the honorific to them).
ADDR = [(n, 'lead', False, True) for n in (
    'Cục Quản trị A, Văn phòng Trung ương Đảng',
    'Văn phòng các Ban của Đảng',
    'Vụ Đối ngoại, Văn phòng Chủ tịch nước',
    'Vụ Quan hệ Quốc tế, Văn phòng Chính phủ',
    'Vụ Quan hệ quốc tế, Văn phòng Quốc hội',
    'Văn phòng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ',
    'Văn phòng UBND, HĐND, Tỉnh ủy, Thành ủy các tỉnh, thành phố trực thuộc Trung ương',
    'Văn phòng Tòa án nhân dân tối cao',
    'Văn phòng Viện kiểm sát nhân dân tối cao',
    'Văn phòng Kiểm toán nhà nước',
    'Văn phòng Cơ quan Ủy ban Trung ương Mặt trận Tổ Quốc Việt Nam',
    'Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương')]
QI = [('Quý Cơ quan', 'lead', False)] + ADDR      # inherited from "đề nghị Quý Cơ quan giúp:"
QX = [('Quý Cơ quan', 'lead', True)] + ADDR       # named in the sentence
ND = ('Người đề nghị', 'lead', True)               # annex: the applicant (a person), optional tasks only
NDi = ('Người đề nghị', 'lead', False)
P = ['PAR', 'DTI']

T = [
 # 1. "Thực hiện chủ trương ..., Cục Lãnh sự ... xin trân trọng thông báo:" intro: not a task.
 # The issuer's own announced measure (no directive frame): optional. "Kể từ ngày 01/12/2025" is a start, no deadline.
 # The (i)-(iii) items only name the three procedures: not tasks.
 dict(s='Kể từ ngày 01/12/2025, Cục Lãnh sự chính thức triển khai', e='thuộc phạm vi phụ trách, bao gồm:', opt=True,
      b=[('Cục Lãnh sự', 'lead', True)], i=P),
 # 2. "Các thủ tục nêu trên sẽ được tiếp nhận ... (hướng dẫn chi tiết xin gửi kèm theo)." statement: not a task.
 # "Để phối hợp ..., Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:" names who acts and introduces the items: not a task.
 dict(s='Thông tin rộng rãi tới cán bộ, công chức', e='theo phương thức hiện đang áp dụng.', b=QI, i=P),
 dict(s='Chủ động phối hợp với Cục Lãnh sự trong quá trình', e='bảo đảm thuận lợi cho cơ quan, đơn vị.',
      b=QI + [('Cục Lãnh sự', 'support', True)]),
 dict(s='Kịp thời phản ánh các khó khăn, vướng mắc', e='(qua số điện thoại 024.3799.2309).',
      b=QI + [('Cục Lãnh sự', 'lead', False, True)]),
 # 3. "trân trọng thông tin để Quý Cơ quan chủ động tham mưu, thông báo tới các đoàn công tác ..." : a concrete request.
 dict(s='Cục Lãnh sự Bộ Ngoại giao trân trọng thông tin để', e='bảo đảm kịp thời cho các chuyến công tác nước ngoài.',
      b=QX + [('các đoàn công tác thuộc Cơ quan, Bộ, ngành, địa phương mình', 'lead', True, True)]),
 # "Cục Lãnh sự Bộ Ngoại giao xin trao đổi và cảm ơn sự phối hợp của Quý Cơ quan./." courtesy: not a task.

 # Annex "HƯỚNG DẪN NỘP HỒ SƠ ...": instructions to applicants (individuals), not to bodies -> optional units.
 # Scope lines ("Áp dụng đối với", "Đối tượng", "Hướng dẫn này không áp dụng") and the list of dossier
 # components (noun phrases) are not tasks; "Mẫu Tờ khai ... theo mẫu ban hành kèm theo Thông tư" is information.
 dict(s='Người đề nghị sử dụng tài khoản định danh VNeID', e='để nộp hồ sơ cho bản thân.', opt=True, b=[ND]),
 dict(s='Các thành phần hồ sơ là Tờ khai, văn bản cử đi', e='đóng dấu đỏ sau đó scan.', opt=True, b=[NDi]),
 dict(s='Quyết định/ văn bản cử đi công tác nước ngoài phải là', e='đóng dấu số theo quy định.', opt=True, b=[NDi]),
 dict(s='Các bước thực hiện đối với 03 thủ tục', e='đóng dấu số bởi cơ quan quản lý.', opt=True, b=[ND]),
 dict(s='Thủ tục gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ toàn trình', e='để tiến hành gia hạn trên hộ chiếu.',
      opt=True, b=[ND]),
 # III. steps; "Bước 2/3/5: <title>" lines introduce "+" sub-items and are not units themselves
 dict(s='Bước 1: Truy cập và đăng nhập', e='và thực hiện theo hướng dẫn.', opt=True, b=[ND]),
 dict(s='Từ màn hình chính của Cổng', e='chọn Mục “Dịch vụ công”.', opt=True, b=[ND]),
 dict(s='Tại Danh sách thủ tục hành chính, lựa chọn', e='“Cục Lãnh sự Việt Nam”.', opt=True, b=[NDi]),
 dict(s='Người đề nghị chọn thủ tục tương ứng', e='“Nộp hồ sơ trực tuyến”.', opt=True, b=[ND]),
 dict(s='Tại phần hoàn thiện thông tin Tờ khai', e='theo yêu cầu và tải ảnh lên.', opt=True, b=[ND]),
 dict(s='Sau khi hoàn thành khai thông tin', e='đóng dấu điện tử vào Tờ khai.', opt=True, b=[ND]),
 dict(s='Sau khi Tờ khai đã được xác nhận số', e='đã được xác nhận số, đóng dấu điện tử.', opt=True, b=[ND]),
 dict(s='Bước 4: Đăng tải các thành phần', e='Các giấy tờ liên quan khác (nếu có).', opt=True, b=[ND]),
 dict(s='Người đề nghị thực hiện kiểm tra lại', e='“Lưu lại” ở cuối trang.', opt=True, b=[ND]),
 dict(s='Người đề nghị rà soát lần cuối', e='“Sửa chữa hồ sơ”.', opt=True, b=[ND]),
 dict(s='Bước 6: Sau khi công chức', e='việc hồ sơ đã được tiếp nhận.', opt=True, b=[ND]),
 dict(s='Bước 7: Sau khi hồ sơ', e='được gửi kèm email thông báo.', opt=True, b=[ND]),
 dict(s='Bước 8: Sau khi nhận được email', e='nhận kết quả theo phương thức đã lựa chọn.', opt=True, b=[ND]),
 # IV. contact line of the annex
 dict(s='Trong quá trình triển khai, trường hợp cần hỗ trợ', e='của Cục Lãnh sự là 0243.799.2309./.', opt=True,
      b=[NDi]),
]
