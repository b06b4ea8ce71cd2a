SOURCE = 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-0125-KH-UBND-2025-phong-trao-thi-dua-cuoc-bau-cu-Dai-bieu-Quoc-hoi-khoa-XVI-Dak-Lak-683099.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/2957e4f4f0e41373.md@56eff108e1bc; corpus/directives/050.txt)'
DOC = dict(doc_type='ke_hoach', number='0125/KH-UBND', issuer='UBND tỉnh Đắk Lắk', signer='Đào Mỹ', issued_on='2025-11-18',
           subject='phát động phong trào thi đua thực hiện thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031',
           references=['46-CT/TW', '28/CT-TTg', '7886/HD-BNV', '02-CT/TU', '007/CT-UBND'],
           indices=[])
START = 'Thực hiện Chỉ thị số 46-CT/TW'
# the plan's implementers, defined in I.2 a) "(gọi tắt là các cơ quan, đơn vị, địa phương)": optional inherited lead on
# the Mục đích / Yêu cầu / Nội dung thi đua items (as G in gold2 b-0125, the sibling plan 0124/KH-UBND of the same day)
G = ('các cơ quan, đơn vị, địa phương', 'lead', False, True)
# the proposers of awards (the "Tờ trình ... của các cơ quan, đơn vị, địa phương"): required inherited lead on the
# procedural instructions of V.1 b) / V.2
CQ = ('các cơ quan, đơn vị, địa phương', 'lead', False)
# III.3.2 a) first group "Tặng cho xã, phường thuộc tỉnh ..., đạt các tiêu chuẩn sau:"
XA = [('xã, phường thuộc tỉnh', 'lead', False)]
# III.3.2 a) second group "Các cơ quan, đơn vị cấp tỉnh, các phòng, ban, đơn vị thuộc, trực thuộc được phân công ..., đơn vị vũ trang…"
CT = [('Các cơ quan, đơn vị cấp tỉnh', 'lead', False),
      ('các phòng, ban, đơn vị thuộc, trực thuộc được phân công tham gia tổ chức bầu cử', 'lead', False),
      ('đơn vị vũ trang', 'lead', False)]
CN = [('cá nhân', 'lead', False, True)]
def Q(snip, v, unit, metric, cmp='<='):   # award quotas: optional counted targets
    return (snip, v, unit, cmp, metric, True)
T = [
 # Căn cứ lines and "UBND tỉnh ban hành Kế hoạch ... cụ thể như sau:" are not tasks (as b-0125).
 # I.1 Mục đích a)-c), I.2 Yêu cầu a)-c) -> optional
 dict(s='Nhằm phát huy sức mạnh đại', e='thực sự là ngày hội của toàn dân.', opt=True, b=[G]),
 dict(s='Thông qua phong trào thi', e='yêu cầu, nhiệm vụ đề ra.', opt=True, b=[G]),
 dict(s='Biểu dương, khen thưởng kịp', e='nhằm tạo sự lan tỏa trong toàn tỉnh.', opt=True, b=[G]),
 dict(s='Các cơ quan Đảng trực thuộc Tỉnh ủy; các cơ quan Trung ương', e='tổ chức thực hiện Phong trào thi đua.', opt=True,
      b=[('Các cơ quan Đảng trực thuộc Tỉnh ủy', 'lead', True), ('các cơ quan Trung ương đóng trên địa bàn tỉnh', 'lead', True),
         ('các sở, ban, ngành', 'lead', True), ('Mặt trận Tổ quốc', 'lead', True), ('các hội, đoàn thể', 'lead', True),
         ('UBND các xã, phường', 'lead', True), ('các doanh nghiệp trong khối thi đua tỉnh', 'lead', True),
         ('các cơ quan, đơn vị, địa phương', 'lead', True, True)]),
 dict(s='Chú trọng công tác thông', e='hành vi vi phạm pháp luật về bầu cử.', opt=True, b=[G]),
 dict(s='Các cơ quan, đơn vị, địa phương coi việc thực hiện', e='đúng đối tượng, tiêu chuẩn.', opt=True,
      b=[('Các cơ quan, đơn vị, địa phương', 'lead', True)]),
 # II.1 Đối tượng thi đua (a) Tập thể, b) Cá nhân): definitions, not tasks.
 # II.2 Nội dung thi đua a)-g): tasks (as b-0125)
 dict(s='Thi đua thực hiện thành công cuộc bầu cử; kịp', e='phát sinh trong quá trình tổ chức thực hiện.',
      b=[G, ('Các cơ quan chuyên môn từ tỉnh đến địa phương', 'lead', True)]),
 dict(s='Thi đua thực hiện tốt công tác thông tin, tuyên',
      e='hướng dẫn về công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.', b=[G]),
 dict(s='Thi đua thực hiện tốt công tác đảm bảo an ninh', e='tình huống làm ảnh hưởng đến cuộc bầu cử.', b=[G]),
 dict(s='Giải quyết kịp thời, đúng quy định pháp luật các vụ', e='để vi phạm pháp luật về bầu cử.', b=[G]),
 dict(s='Thi đua thực hiện tốt công tác chuẩn bị và tổ chức', e='thực sự là ngày hội của toàn dân.', b=[G]),
 dict(s='Thi đua đẩy mạnh cải cách hành chính', e='trong thời gian diễn ra công tác bầu cử.', b=[G], i=['PAR']),
 dict(s='Tăng cường ứng dụng công nghệ', e='thống kê phục vụ bầu cử.', b=[G], i=['DTI']),
 # II.3 campaign window + "Tổng kết vào tháng 4 năm 2026": schedule line -> optional
 dict(s='Thời gian tổ chức phong trào thi đua:', e='Tổng kết vào tháng 4 năm 2026.', opt=True, b=[G],
      d=('2026-04-30', 'by', None, 'vào tháng 4 năm 2026', True)),
 # III.1 a) Đối tượng khen thưởng (- Tập thể, - Cá nhân): definitions, not tasks.
 # III.1 b) Nguyên tắc khen thưởng: rules -> optional, no body (as b-0125 "Căn cứ thành tích ...")
 dict(s='Hình thức khen thưởng phải phù hợp', e='thành tích đề nghị khen thưởng.', opt=True),
 dict(s='Không khen thưởng nhiều lần', e='thành tích đến đâu khen thưởng đến đó.', opt=True),
 dict(s='Chú trọng khen thưởng tập thể', e='tham gia phục vụ công tác bầu cử.', opt=True),
 dict(s='Chưa khen thưởng hoặc đề nghị cấp trên', e='đang được xác minh làm rõ.', opt=True),
 # III.2 Hình thức khen thưởng: list of award types, not tasks.
 # III.3.1: rule by reference -> optional
 dict(s='Bằng khen của Thủ tướng Chính phủ: Thực hiện theo quy định', e='các cấp nhiệm kỳ 2026 - 2031.', opt=True),
 # III.3.2 a) Tiêu chuẩn (criteria, as "Tiêu chí thi đua" in b-0125/b-0118) -> optional; introducers optional
 dict(s='Tặng cho xã, phường thuộc tỉnh', e='đạt các tiêu chuẩn sau:', opt=True,
      b=[('xã, phường thuộc tỉnh', 'lead', True)]),
 dict(s='Có tổ chức đợt thi đua nhằm', e='biện pháp thực hiện và đánh giá tổng kết);', opt=True, b=XA),
 dict(s='Lãnh đạo, chỉ đạo, tổ chức thực hiện tốt công tác bầu cử:', e='bảo đảm cơ cấu hợp lý theo quy định;', opt=True, b=XA),
 dict(s='Có tỷ lệ cử tri đi bầu cử đạt', e='đúng thời gian quy định.', opt=True, b=XA,
      g=[('98% trở lên', 98, '%', '>=', 'tỷ lệ cử tri đi bầu cử (tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh cho xã, phường)', True)]),
 dict(s='Bảo đảm an ninh chính trị, trật', e='có thể xảy ra trong thời gian tiến hành bầu cử.', opt=True, b=XA),
 dict(s='Thực hiện tốt công tác tuyên tuyền', e='trách nhiệm tham gia bầu cử.', opt=True, b=XA),
 dict(s='Các cơ quan, đơn vị cấp tỉnh, các phòng, ban, đơn vị thuộc', e='đạt các tiêu chuẩn sau:', opt=True,
      b=[(n, r, True) for n, r, _ in CT]),
 dict(s='Có tổ chức Phong trào thi đua nhằm', e='đánh giá tổng kết, khen thưởng).', opt=True, b=CT),
 dict(s='Hoàn thành xuất sắc nhiệm vụ trong công tác chuẩn bị', e='theo chức năng nhiệm vụ được phân công.', opt=True, b=CT),
 dict(s='Tham mưu cấp có thẩm quyền ban hành', e='đáp ứng yêu cầu thực tiễn.', opt=True, b=CT),
 dict(s='Thường xuyên chỉ đạo, theo dõi, đôn đốc', e='phục vụ bầu cử tại địa phương, đơn vị.', opt=True, b=CT),
 dict(s='Chấp hành chế độ báo cáo đầy', e='đúng thời gian quy định.', opt=True, b=CT),
 # III.3.2 b) Đối với cá nhân
 dict(s='Đối với cá nhân: Các cá nhân có thành tích', e='đạt các tiêu chuẩn sau:', opt=True, b=[('Các cá nhân', 'lead', True, True)]),
 dict(s='Gương mẫu, chấp hành tốt chủ trương', e='pháp luật của Nhà nước.', opt=True, b=CN),
 dict(s='Cá nhân trực tiếp lãnh đạo, chỉ đạo', e='đảm bảo kịp thời, hiệu quả và đúng quy định.', opt=True, b=CN),
 dict(s='Tham mưu các giải pháp mang lại', e='tại cơ quan, đơn vị, địa phương.', opt=True, b=CN),
 # III.3.3: an assignment (label and text in one item) -> task (as b-0118 "Các cơ quan, đơn vị căn cứ thành tích ...")
 dict(s='Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND xã, phường: Căn cứ', e='cá nhân theo thẩm quyền.',
      b=[('các cơ quan, đơn vị', 'lead', True), ('UBND xã, phường', 'lead', True)]),
 # IV.1: label and text in one item
 dict(s='Khen thưởng cấp Nhà nước: Sở Nội vụ phối hợp', e='của Bộ Nội vụ)*.',
      b=[('Sở Nội vụ', 'lead', True), ('các cơ quan, đơn vị có liên quan', 'support', True)]),
 # IV.2 quotas of proposals for the Bằng khen: allocation lines, not actions -> optional; the caps are optional targets
 dict(s='Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;', opt=True,
      b=[('Ban Chỉ đạo bầu cử của tỉnh', 'lead', True)],
      g=[Q('Không quá 05 cá nhân', 5, 'cá nhân', 'số cá nhân được đề nghị Bằng khen (Ban Chỉ đạo bầu cử tỉnh)')]),
 dict(s='Tổ giúp việc Ban Chỉ đạo bầu cử của tỉnh: Không quá 05 cá nhân;', opt=True,
      b=[('Tổ giúp việc Ban Chỉ đạo bầu cử của tỉnh', 'lead', True)],
      g=[Q('Không quá 05 cá nhân', 5, 'cá nhân', 'số cá nhân được đề nghị Bằng khen (Tổ giúp việc Ban Chỉ đạo)')]),
 dict(s='Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân;', opt=True,
      b=[('Ủy ban bầu cử của tỉnh', 'lead', True)],
      g=[Q('Không quá 05 cá nhân', 5, 'cá nhân', 'số cá nhân được đề nghị Bằng khen (Ủy ban bầu cử tỉnh)')]),
 dict(s='Tổ giúp việc Ủy ban bầu cử của tỉnh: Không quá 05 cá nhân;', opt=True,
      b=[('Tổ giúp việc Ủy ban bầu cử của tỉnh', 'lead', True)],
      g=[Q('Không quá 05 cá nhân', 5, 'cá nhân', 'số cá nhân được đề nghị Bằng khen (Tổ giúp việc Ủy ban bầu cử)')]),
 dict(s='Ban bầu cử đại biểu Quốc hội: 01 cá nhân/01 ban;', opt=True,
      b=[('Ban bầu cử đại biểu Quốc hội', 'lead', True)],
      g=[Q('01 cá nhân/01 ban', 1, 'cá nhân/ban', 'số cá nhân được đề nghị Bằng khen mỗi Ban bầu cử đại biểu Quốc hội', '=')]),
 dict(s='Ban bầu cử đại biểu Hội đồng nhân dân cấp tỉnh: 01 cá nhân/01 ban;', opt=True,
      b=[('Ban bầu cử đại biểu Hội đồng nhân dân cấp tỉnh', 'lead', True)],
      g=[Q('01 cá nhân/01 ban', 1, 'cá nhân/ban', 'số cá nhân được đề nghị Bằng khen mỗi Ban bầu cử đại biểu HĐND tỉnh', '=')]),
 dict(s='Đoàn Kiểm tra giám sát bầu cử của tỉnh:', e='01 cá nhân/01 đoàn;', opt=True,
      b=[('Đoàn Kiểm tra giám sát bầu cử của tỉnh', 'lead', True)],
      g=[Q('01 cá nhân/01 đoàn', 1, 'cá nhân/đoàn', 'số cá nhân được đề nghị Bằng khen mỗi Đoàn kiểm tra giám sát bầu cử', '=')]),
 dict(s='Đối với Ban Tổ chức Tỉnh ủy;', e='không quá 01 tập thể, 03 cá nhân;', opt=True,
      b=[('Ban Tổ chức Tỉnh ủy', 'lead', True), ('Công an tỉnh', 'lead', True), ('Sở Tài chính', 'lead', True),
         ('Sở Văn hóa, Thể thao và Du lịch', 'lead', True)],
      g=[Q('không quá 01 tập thể', 1, 'tập thể', 'số tập thể mỗi đơn vị được đề nghị Bằng khen'),
         Q('03 cá nhân', 3, 'cá nhân', 'số cá nhân mỗi đơn vị được đề nghị Bằng khen')]),
 dict(s='Đối với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Nội vụ;', e='không quá 02 tập thể, 05 cá nhân;', opt=True,
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', True), ('Sở Nội vụ', 'lead', True),
         ('Văn phòng UBND tỉnh', 'lead', True)],
      g=[Q('không quá 02 tập thể', 2, 'tập thể', 'số tập thể mỗi đơn vị được đề nghị Bằng khen'),
         Q('05 cá nhân', 5, 'cá nhân', 'số cá nhân mỗi đơn vị được đề nghị Bằng khen')]),
 dict(s='Các cơ quan, đơn vị cấp tỉnh còn lại', e='đảm bảo đủ điều kiện tiêu chuẩn theo quy định.', opt=True,
      b=[('Các cơ quan, đơn vị cấp tỉnh còn lại có liên quan đến công tác tham mưu triển khai, thực hiện công tác bầu cử', 'lead', True)],
      g=[Q('không quá 01 trường hợp', 1, 'trường hợp', 'số trường hợp mỗi cơ quan, đơn vị cấp tỉnh còn lại được đề nghị Bằng khen')]),
 dict(s='Đối với xã, phường: Mỗi xã,', e='(tập thể hoặc cá nhân)', opt=True,
      b=[('xã, phường', 'lead', True)],
      g=[Q('02 trường hợp', 2, 'trường hợp', 'số trường hợp mỗi xã, phường được đề nghị Bằng khen', '=')]),
 # IV.3: assignment -> task
 dict(s='Giấy khen của Thủ trưởng các cơ quan, đơn vị; Chủ tịch UBND xã, phường: Các Sở', e='số lượng khen thưởng theo thẩm quyền.',
      b=[('Các Sở, ban, ngành', 'lead', True), ('Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', True),
         ('các đoàn thể chính trị - xã hội', 'lead', True), ('Ủy ban nhân dân xã, phường', 'lead', True)]),
 # "Lưu ý: Ưu tiên khen thưởng ..." -> principle, optional
 dict(s='Lưu ý: *Ưu tiên', e='có thành tích xuất sắc trong thực hiện Phong trào thi đua.', opt=True),
 # V.1 a): rule by reference -> optional
 dict(s='Thủ tục, hồ sơ đề nghị khen thưởng cấp Nhà nước', e='ngày 14/9/2025 của Bộ Nội vụ.', opt=True),
 # V.1 b): dossier components (noun phrases) -> optional; the submission line is an instruction -> task
 dict(s='Tờ trình đề nghị khen thưởng của các', e='các cơ quan, đơn vị, địa phương;', opt=True, b=[CQ]),
 dict(s='Biên bản họp xét khen thưởng', e='các cơ quan, đơn vị, địa phương;', opt=True, b=[CQ]),
 dict(s='Báo cáo thành tích của các tập', e='được đề nghị khen thưởng theo mẫu quy định.', opt=True, b=[CQ]),
 dict(s='Các văn bản liên quan *(nếu', e='có).', opt=True, b=[CQ]),
 dict(s='Hồ sơ nộp nộp 01 bộ', e='quản lý văn bản điện tử Idesk của Sở Nội vụ.', b=[CQ]),
 # V.2: label and text in one item; the Sở Nội vụ receives and appraises: optional lead (as n-0028, c-009 t9)
 dict(s='Thời gian trình khen thưởng:', e='thông báo tới các cơ quan, đơn vị).',
      b=[CQ, ('Sở Nội vụ', 'lead', True, True)],
      d=('2026-03-31', 'by', None, 'trước ngày 31/3/2026')),
 # V.3: rule -> optional
 dict(s='Tuyến trình khen thưởng:', e='về thi đua, khen thưởng hiện hành.', opt=True),
 # VI. Tổ chức thực hiện: label and text in one item, span starts at the body (after the marker)
 dict(s='Đề nghị Ban Tuyên giáo và', e='đẩy mạnh thông tin, tuyên truyền về Phong trào thi đua.',
      b=[('Ban Tuyên giáo và Dân vận Tỉnh ủy', 'lead', True),
         ('hệ thống tuyên giáo', 'lead', True, True), ('báo cáo viên', 'lead', True, True),
         ('tuyên truyền viên', 'lead', True, True), ('các cơ quan truyền thông tỉnh', 'lead', True, True)]),
 dict(s='Đề nghị Ủy ban Mặt trận Tổ', e='các cấp nhiệm kỳ 2026 - 2031.',
      b=[('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', True), ('các tổ chức chính trị - xã hội tỉnh', 'lead', True)]),
 dict(s='Các cơ quan, đơn vị, địa phương thuộc tỉnh: Căn cứ', e='các nhiệm vụ trọng tâm theo chỉ đạo của tỉnh.',
      b=[('Các cơ quan, đơn vị, địa phương thuộc tỉnh', 'lead', True), ('cơ quan báo chí', 'support', True)]),
 dict(s='Sở Văn hóa, Thể thao và Du lịch: Tiếp tục chỉ đạo', e='các điển hình tiên tiến trong thực hiện Phong trào thi đua.',
      b=[('Sở Văn hóa, Thể thao và Du lịch', 'lead', True), ('các cơ quan truyền thông của tỉnh', 'lead', True, True)]),
 dict(s='Các cơ quan thông tin, truyền thông của tỉnh:', e='công tác tuyên truyền trong Phong trào thi đua.',
      b=[('Các cơ quan thông tin, truyền thông của tỉnh', 'lead', True)]),
 dict(s='Sở Nội vụ: Tham mưu UBND', e='có thành tích xuất sắc trong Phong trào thi đua.',
      b=[('Sở Nội vụ', 'lead', True)]),
 # closing formula -> optional (as b-0125)
 dict(s='Trên đây là kế hoạch tổ chức', e='nghiêm túc tổ chức, triển khai thực hiện./.', opt=True,
      b=[('các cơ quan, đơn vị, địa phương, doanh nghiệp', 'lead', True)]),
]
