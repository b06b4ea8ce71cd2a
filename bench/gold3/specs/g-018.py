SOURCE = 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Ke-hoach-141-KH-UBND-2025-nang-cao-nang-luc-can-bo-xay-dung-chinh-sach-phap-luat-Bac-Ninh-681609.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/09daab284f92e2dd.md@56eff108e1bc; corpus/directives/018.txt)'
DOC = dict(doc_type='ke_hoach', number='141/KH-UBND', issuer='UBND tỉnh Bắc Ninh', signer='Phạm Văn Thịnh', issued_on='2025-11-20',
           subject='nâng cao năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh giai đoạn 2026 - 2030',
           references=['14-KH/TU', '24/KH-UBND', '66-NQ/TW', '27/NQ-TW', '178-QĐ/TW', '197/2025/QH15'],
           indices=[])
START = 'I. MỤC ĐÍCH,'
TP = 'Sở Tư pháp'
NV = 'Sở Nội vụ'
KH = 'Sở Khoa học và Công nghệ'
# attribute line "Đơn vị (chủ trì) thực hiện: *Các Sở, ngành, đơn vị, UBND cấp xã."
SN = [('Các Sở, ngành, đơn vị', 'lead', True), ('UBND cấp xã', 'lead', True)]
LQ = 'các cơ quan, đơn vị, địa phương liên quan'
CQ = 'Các cơ quan, đơn vị, địa phương'
ONG = (None, 'ongoing', None, 'Thường xuyên')
HN = (None, 'recurring', 'FREQ=YEARLY', 'Hằng năm')
# II. Mục tiêu chủ yếu: no body named; the plan's owner / implementers, inherited and optional (as seed-004 t4)
MT = [('UBND tỉnh Bắc Ninh', 'lead', False, True), (CQ, 'lead', False, True)]
# inferred deadline of the targets: the plan period (title / intro), optional
DMT = ('2030-12-31', 'period', None, 'giai đoạn 2026 - 2030', True, 'trên địa bàn tỉnh giai đoạn 2026 - 2030 như sau')
T = [
 # I.1 Mục đích, I.2 Yêu cầu -> optional
 dict(s='Triển khai thực hiện kịp thời,', e='Nghị quyết số 66-NQ/TW trên địa bàn tỉnh Bắc Ninh.', opt=True),
 dict(s='Xây dựng, củng cố, nâng cao', e='nhiệm vụ xây dựng pháp luật trong giai đoạn mới.', opt=True),
 dict(s='Góp phần nâng cao chất lượng', e='của tỉnh và đất nước trong kỷ nguyên mới.', opt=True),
 dict(s='Việc triển khai thực hiện Kế', e='tình hình thực tế của cơ quan, đơn vị, địa phương.', opt=True),
 dict(s='Xác định cụ thể các mục tiêu,', e='trách nhiệm của các cơ quan, đơn vị, địa phương.', opt=True),
 # II. Mục tiêu chủ yếu: quantified targets the plan commits to -> tasks
 dict(s='100% đội ngũ cán bộ, công', e='hoặc chuyên ngành luật trở lên.', b=MT, d=DMT,
      g=[('100% đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh có trình độ đại học Luật hoặc chuyên ngành luật trở lên',
          100, '%', '=', 'tỷ lệ cán bộ, công chức xây dựng chính sách, pháp luật có trình độ đại học Luật hoặc chuyên ngành luật trở lên')]),
 dict(s='100% các Sở, ngành bố', e='đảm bảo điều kiện, tiêu chuẩn theo quy định.', b=MT + [('các Sở, ngành', 'lead', True, True)], d=DMT,
      g=[('100% các Sở, ngành bố trí công chức, viên chức làm công tác xây dựng pháp luật',
          100, '%', '=', 'tỷ lệ Sở, ngành bố trí công chức, viên chức làm công tác xây dựng pháp luật')]),
 dict(s='100% các xã, phường bố', e='đáp ứng yêu cầu nhiệm vụ.', b=MT + [('các xã, phường', 'lead', True, True)], d=DMT,
      g=[('100% các xã, phường bố trí công chức xây dựng chính sách, pháp luật đảm bảo số lượng, điều kiện đáp ứng yêu cầu nhiệm vụ',
          100, '%', '=', 'tỷ lệ xã, phường bố trí công chức xây dựng chính sách, pháp luật đảm bảo số lượng, điều kiện')]),
 dict(s='Trong giai đoạn 2026 - 2030 phấn đấu có ít nhất 10%', e='pháp luật trên địa bàn tỉnh.', b=MT,
      d=('2030-12-31', 'period', None, 'Trong giai đoạn 2026 - 2030'),
      g=[('10% đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật từ nguồn thu hút', 10, '%', '>=',
          'tỷ lệ cán bộ, công chức xây dựng chính sách, pháp luật từ nguồn thu hút, tuyển dụng người có tài năng, trình độ cao')]),
 dict(s='100% đội ngũ cán bộ,', e='kỹ năng xây dựng chính sách, pháp luật.', b=MT, d=DMT,
      g=[('100% đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật được tập huấn, bồi dưỡng và cung cấp tài liệu',
          100, '%', '=', 'tỷ lệ cán bộ, công chức xây dựng chính sách, pháp luật được tập huấn, bồi dưỡng và cung cấp tài liệu')]),
 # III. Nhiệm vụ, giải pháp: "- item" + attribute lines (Đơn vị chủ trì / phối hợp / Thời gian) -> table rows
 # 1.
 dict(s='Thường xuyên rà soát, kiện', e='đáp ứng yêu cầu nhiệm vụ.',
      b=SN + [(NV, 'support', True), (TP, 'support', True)], d=ONG),
 # 2.
 dict(s='Thường xuyên tuyên truyền, phổ', e='xây dựng chính sách, pháp luật trên địa bàn tỉnh.',
      b=SN + [(TP, 'support', True)], d=ONG),
 # 3. (two items share the attribute lines)
 dict(s='Các cơ quan, đơn vị, địa phương tiếp tục nâng cao', e='chính sách, pháp luật tại cơ quan, đơn vị, địa phương.',
      b=[(CQ, 'lead', True)] + SN + [(TP, 'support', True)], d=(None, 'ongoing', None, 'Thường xuyên', False, 'Đơn vị thực hiện: *Các Sở,')),
 dict(s='Đề nghị người đứng đầu cấp ủy;', e='pháp luật tại cơ quan đơn vị, địa phương.',
      b=[('cấp ủy', 'lead', True), ('cơ quan, đơn vị, địa phương', 'lead', True)] + SN + [(TP, 'support', True)],
      d=(None, 'ongoing', None, 'Thường xuyên', False, 'Đơn vị thực hiện: *Các Sở,')),
 # 4. (two items share the attribute lines, then two items with their own)
 dict(s='Tăng cường công tác giáo dục', e='cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật.',
      b=SN + [(TP, 'support', True)], d=(None, 'ongoing', None, 'Thường xuyên', False, 'Đơn vị thực hiện: *Các Sở, ngành, đơn vị, UBND cấp xã. Đơn vị phối hợp: *Sở Tư pháp. Thời gian thực hiện: *Thường xuyên. - Tổ chức tập huấn')),
 dict(s='Nâng cao nhận thức, ý thức', e='trong công tác xây dựng chính sách, pháp luật.',
      b=SN + [(TP, 'support', True)], d=ONG),
 dict(s='Tổ chức tập huấn, bồi dưỡng', e='cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật.',
      b=[(TP, 'lead', True), (LQ, 'support', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'Theo kế hoạch công tác tư pháp hàng năm', True)),
 dict(s='Nâng cao kiến thức, kỹ năng', e='vị trí việc làm lãnh đạo, quản lý.',
      b=[(NV, 'lead', True), (TP, 'support', True), (LQ, 'support', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'Theo Kế hoạch bồi dưỡng công chức, viên chức hàng năm', True)),
 # 5.
 dict(s='Nghiên cứu tham mưu UBND tỉnh', e='xây dựng chính sách, pháp luật trên địa bàn tỉnh.',
      b=[(NV, 'lead', True), (TP, 'support', True), (LQ, 'support', True)],
      d=(None, 'ongoing', None, 'Giai đoạn 2026-2030 và những năm tiếp theo', True)),
 dict(s='Các cơ quan, đơn vị, địa phương ưu tiên chọn lựa', e='địa phương được giao quản lý.',
      b=[(CQ, 'lead', True), (TP, 'support', True)], d=ONG),
 dict(s='Thực hiện cơ chế đặc thù, áp', e='xây dựng chính sách, pháp luật tại địa phương.',
      b=[(CQ, 'lead', True), (TP, 'support', True)], d=ONG),
 # 6. "Thời gian thực hiện: Từ 01/7/2025" is a start date, not a limit -> optional
 dict(s='Thực hiện kịp thời, đầy đủ cơ', e='tổ chức thi hành pháp luật.',
      b=[('Các cơ quan, đơn vị theo quy định', 'lead', True), ('Sở Tài chính', 'support', True), (TP, 'support', True)],
      d=(None, 'ongoing', None, 'Từ 01/7/2025', True)),
 # 7.
 dict(s='Tăng cường ưu tiên ứng dụng', e='trong công tác xây dựng và thực thi pháp luật.', i=['DTI'],
      b=[(KH, 'lead', True), (TP, 'support', True), (LQ, 'support', True)], d=ONG),
 dict(s='Ra mắt AI pháp luật hỗ trợ', e='viên chức trên địa bàn tỉnh.', i=['DTI'],
      b=[(KH, 'lead', True), (TP, 'support', True)],
      d=('2025-12-31', 'by', None, 'Tháng 12/2025')),
 dict(s='Cập nhật, khai thác, sử dụng', e='phản ánh, kiến nghị văn bản quy phạm pháp luật.',
      b=[(TP, 'lead', True), (LQ, 'support', True)], d=ONG),
 dict(s='Xây dựng, duy trì thường', e='địa phương thuộc phạm vi quản lý.',
      b=[('Báo và Phát thanh, Truyền hình tỉnh', 'lead', True), (TP, 'lead', True), ('các cơ quan, đơn vị, địa phương', 'lead', True),
         (KH, 'support', True), ('Trung tâm Thông tin tỉnh', 'support', True), ('các cơ quan, đơn vị liên quan', 'support', True)],
      d=(None, 'ongoing', None, 'Thường xuyên', False, 'Đơn vị chủ trì thực hiện: *Báo')),
 # 8.
 dict(s='Tổ chức hội nghị, hội thảo', e='kinh nghiệm trong công tác xây dựng pháp luật.',
      b=[(TP, 'lead', True), ('Các cơ quan, đơn vị liên quan', 'support', True)], d=HN),
 # 9. heading + unmarked paragraph + "- Đơn vị ..." lines
 dict(s='Tham mưu, đề xuất tổ chức Đoàn', e='tỉnh, thành trong nước và quốc tế.',
      b=[(TP, 'lead', True), ('Văn phòng UBND tỉnh', 'support', True), (LQ, 'support', True)], d=HN),
 # IV. Tổ chức thực hiện
 dict(s='Các cơ quan, đơn vị, địa phương xây dựng Kế hoạch triển khai', e='để tổng hợp, báo cáo theo quy định.',
      b=[(CQ, 'lead', True), (TP, 'support', True, True)],
      d=('2025-12-31', 'by', None, 'trong tháng 12/2025')),
 dict(s='Sở Tài chính chủ trì,', e='các quy định liên quan khác.',
      b=[('Sở Tài chính', 'lead', True), ('các Sở, ban, ngành, đơn vị', 'support', True), ('UBND cấp xã', 'support', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm', True)),
 dict(s='Sở Nội vụ chủ trì, phối', e='xây dựng chính sách, pháp luật tại địa phương.',
      b=[(NV, 'lead', True), ('các cơ quan, đơn vị, địa phương', 'support', True)]),
 dict(s='Các Sở, ngành, đơn vị', e='đáp ứng yêu cầu nhiệm vụ.',
      b=[('Các Sở, ngành, đơn vị liên quan', 'lead', True)]),
 dict(s='UBND các xã, phường', e='tổ chức thi hành pháp luật trên địa bàn.',
      b=[('UBND các xã, phường', 'lead', True)]),
 dict(s='Giao Sở Tư pháp theo', e='định kỳ báo cáo UBND tỉnh theo quy định./.',
      b=[(TP, 'lead', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ báo cáo', True)),
]
