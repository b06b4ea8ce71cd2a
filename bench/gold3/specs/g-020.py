SOURCE = 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-1026-KH-UBND-2025-trien-khai-Chi-thi-32-CT-TTg-bao-ve-bi-mat-nha-nuoc-Nghe-An-682193.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/0a97eb9c3c536047.md@56eff108e1bc; corpus/directives/020.txt)'
DOC = dict(doc_type='ke_hoach', number='1026/KH-UBND', issuer='UBND tỉnh Nghệ An', signer='Bùi Thanh An', issued_on='2025-11-26',
           subject='triển khai thực hiện Chỉ thị số 32/CT-TTg ngày 21/10/2025 của Thủ tướng Chính phủ “về tăng cường công tác bảo vệ bí mật nhà nước trong tình hình mới” trên địa bàn tỉnh Nghệ An',
           references=['32/CT-TTg', '15/2021/QĐ-UBND', '46/2002/QĐ-UBND', '321-KH/TU', '574/UBND-NC', '674/UBND-NC', '151/KH-UBND'],
           indices=[])
# Section II (Nội dung trọng tâm) has no addressee; its implementers are those named in IV.1
# ("Giám đốc các Sở, Thủ trưởng các ngành, cơ quan cấp tỉnh, UBND các xã, phường, các cơ quan, đơn vị có liên quan").
IV1 = [('các Sở', 'lead', False), ('các ngành, cơ quan cấp tỉnh', 'lead', False), ('UBND các xã, phường', 'lead', False),
       ('các cơ quan, đơn vị có liên quan', 'lead', False, True)]
IV1_OPT = [(b[0], b[1], b[2], True) for b in IV1]
CA = [('Công an tỉnh', 'lead', False)]
QS = [('Bộ Chỉ huy Quân sự tỉnh', 'lead', False)]
SB = [('Các sở, ban, ngành, đoàn thể cấp tỉnh', 'lead', False), ('UBND các xã, phường', 'lead', False)]
LQ = 'các cơ quan, đơn vị có liên quan'
T = [
 # I. Mục đích, yêu cầu
 dict(s='Tiếp tục đẩy mạnh công tác tuyên truyền,', e='của đất nước và địa phương.', opt=True, b=IV1_OPT),
 dict(s='Chủ động khắc phục những tồn tại', e='tác động tiêu cực đến an ninh quốc gia.', opt=True, b=IV1_OPT),
 dict(s='Công tác bảo vệ bí mật nhà nước cần phải', e='chuyển đổi số quốc gia.', opt=True, b=IV1_OPT),
 # II. Nội dung trọng tâm
 dict(s='Tổ chức rà soát, đánh giá tất cả', e='nâng cao hiệu quả công tác bảo vệ bí mật nhà nước.', b=IV1),
 dict(s='Nâng cao vai trò, trách nhiệm của người đứng đầu', e='không dàn trải, hình thức.', b=IV1),
 dict(s='Thường xuyên rà soát, kịp thời tham mưu', e='thi đua khen thưởng hàng năm của đơn vị.', b=IV1,
      d=(None, 'ongoing', None, 'Thường xuyên')),
 dict(s='Thực hiện việc kiểm định, kiểm tra an toàn', e='và pháp luật có liên quan.', b=IV1),
 dict(s='Củng cố, kiện toàn Ban Chỉ đạo', e='thường trực Ban Chỉ đạo là Công an tỉnh.',
      b=[('Công an tỉnh', 'lead', False, True)] + IV1_OPT),
 dict(s='Bố trí nguồn lực để đầu tư', e='ổn định lâu dài của lực lượng này.', b=IV1),
 # III.1 Công an tỉnh
 dict(s='Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tham mưu Chủ tịch', e='chặt chẽ, hiệu quả.',
      b=CA + [(LQ, 'support', True)]),
 dict(s='Tiếp tục tăng cường công tác quản lý nhà nước về bảo vệ bí mật nhà nước, trong đó', e='xử lý nghiêm vi phạm về bảo vệ bí mật nhà nước.', b=CA),
 dict(s='Phối hợp tiến hành kiểm định', e='nghiệp vụ cơ yếu.', b=CA),
 dict(s='Tăng cường tổ chức tập huấn', e='làm lộ, mất bí mật nhà nước.', b=CA),
 dict(s='Chủ trì, phối hợp Bộ Chỉ huy Quân sự tỉnh', e='ổn định lâu dài của lực lượng này.',
      b=CA + [('Bộ Chỉ huy Quân sự tỉnh', 'support', True), ('sở, ngành có liên quan', 'support', True)]),
 dict(s='Tham mưu làm tốt công tác sơ, tổng kết', e='có thành tích xuất sắc.', b=CA),
 # III.2 Bộ Chỉ huy Quân sự tỉnh
 dict(s='Tiếp tục tăng cường công tác quản lý nhà nước về bảo vệ bí mật nhà nước thuộc phạm vi', e='cán bộ, chiến sỹ trong lực lượng.', b=QS),
 dict(s='Phối hợp chặt chẽ với Công an tỉnh', e='trước khi đưa vào sử dụng.',
      b=QS + [('Công an tỉnh', 'support', True), (LQ, 'support', True)]),
 # III.3 Sở Khoa học và Công nghệ (header + unmarked paragraph)
 dict(s='Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, tham mưu UBND tỉnh các giải pháp', e='trong tình hình hiện nay.',
      b=[('Sở Khoa học và Công nghệ', 'lead', False), (LQ, 'support', True)]),
 # III.4 Sở Nội vụ
 dict(s='Chủ trì, phối hợp với các sở, ngành, đơn vị có liên quan nghiên cứu', e='vi phạm về bảo vệ bí mật nhà nước.',
      b=[('Sở Nội vụ', 'lead', False), ('các sở, ngành, đơn vị có liên quan', 'support', True)]),
 # III.5 Các sở, ban, ngành, đoàn thể cấp tỉnh và UBND các xã, phường
 dict(s='Tiếp tục phổ biến, quán triệt, triển khai', e='trên địa bàn tỉnh Nghệ An năm 2025...', b=SB),
 dict(s='Thực hiện nghiêm túc quy trình', e='làm lộ, mất bí mật nhà nước.', b=SB),
 dict(s='Đề xuất với các cơ quan chức năng kiểm định', e='trong nội bộ cơ quan, đơn vị.', b=SB),
 # III.6
 dict(s='Đề nghị Văn phòng Tỉnh ủy', e='theo quy định của pháp luật hiện hành.',
      b=[('Văn phòng Tỉnh ủy', 'lead', True), ('các Ban Xây dựng Đảng', 'lead', True), ('Ủy ban Kiểm tra Tỉnh ủy', 'lead', True),
         ('Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh', 'lead', True), ('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'lead', True),
         ('Viện kiểm sát nhân dân tỉnh', 'lead', True), ('Tòa án nhân dân tỉnh', 'lead', True), ('Thuế tỉnh', 'lead', True),
         ('Kiểm toán nhà nước khu vực II', 'lead', True), ('Kho bạc nhà nước khu vực XI', 'lead', True),
         ('Ngân hàng nhà nước khu vực 8', 'lead', True), ('Chi cục Hải quan khu vực XI', 'lead', True)]),
 # IV. Tổ chức thực hiện
 dict(s='Căn cứ kế hoạch này, Giám đốc các Sở', e='(qua Phòng An ninh chính trị nội bộ).',
      b=[('các Sở', 'lead', True), ('các ngành, cơ quan cấp tỉnh', 'lead', True), ('UBND các xã, phường', 'lead', True),
         (LQ, 'lead', True)]),
 dict(s='Giao Công an tỉnh chủ trì, phối hợp với Văn phòng', e='theo quy định./.',
      b=[('Công an tỉnh', 'lead', True), ('Văn phòng UBND tỉnh', 'support', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ', True)),
]
