SOURCE = 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2820-QD-UBND-2025-trien-khai-Quyet-dinh-06-QD-TTg-va-3103-QD-BTC-Ho-Chi-Minh-681674.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/001c610b2efdcf0c.md@56eff108e1bc; corpus/directives/030.txt)'
DOC = dict(doc_type='quyet_dinh', number='2820/QĐ-UBND', issuer='UBND Thành phố Hồ Chí Minh', signer='Nguyễn Lộc Hà', issued_on='2025-11-19',
           subject='ban hành Kế hoạch triển khai Quyết định số 06/QĐ-TTg ngày 02 tháng 01 năm 2025 của Thủ tướng Chính phủ và Quyết định số 3103/QĐ-BTC ngày 05 tháng 9 năm 2025 của Bộ Tài chính',
           # every numbered document of the Căn cứ / Theo đề nghị lines (as p-033, g-055); laws cited by number included
           references=['72/2025/QH15', '67/2006/QH11', '60/2024/QH15', '31/2024/QH15', '27/2023/QH15', '29/2023/QH15',
                       '32/2024/QH15', '20/2023/QH15', '50/2014/QH13', '62/2020/QH14', '27/2018/QH14', '58/2024/QH15',
                       '24/2018/QH14', '104/2016/QH13', '86/2015/QH13', '03/NQ-CP', '57-NQ/TW', '71/NQ-CP', '749/QĐ-TTg',
                       '06/QĐ-TTg', '98/2023/QH15', '66.2/2025/NQ-CP', '1629/QĐ-TTg', '790/QĐ-TTg', '1711/QĐ-TTg',
                       '3103/QĐ-BTC', '01/2025/QĐ-UBND', '4354/KH-UBND', '459-KHHĐ/TU', '11033/STC-CSTH'],
           indices=[])
START = 'QUYẾT ĐỊNH:'

TC = 'Sở Tài chính'
KH = 'Sở Khoa học và Công nghệ'
CD = 'Trung tâm Chuyển đổi số Thành phố'
CA = 'Công an Thành phố'
NV = 'Sở Nội vụ'
VIEN = 'Viện Nghiên cứu phát triển Thành phố'
# Implementers of the plan as a whole: the Phụ lục title "NHIỆM VỤ CỦA CÁC SỞ, BAN, NGÀNH, PHƯỜNG, XÃ, ĐẶC KHU", Yêu cầu 2
# ("từng sở, ngành, phường, xã, đặc khu"), the table's "Các sở, ngành, UBND xã, phường, đặc khu" and QĐ Điều 3 ("Giám đốc
# các Sở, ..., Chủ tịch UBND phường, xã, đặc khu"). Sections II and III name no body -> these two, inherited and required
# (as c-044 / p-014 / p-029). "các sở, ngành" also matches Điều 3's "các Sở" and "các sở, ban, ngành" under token F1.
SN = 'các sở, ngành'
PX = 'Ủy ban nhân dân phường, xã, đặc khu'
IMP = [(SN, 'lead', False), (PX, 'lead', False),
       (TC, 'lead', False, True),                       # IV.1: the plan's "cơ quan chủ trì"
       ('UBND Thành phố Hồ Chí Minh', 'lead', False, True),  # the owner
       ('các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố', 'lead', False, True)]  # Điều 3 alias
def imp(*extra):
    """IMP plus optional leads taken from the Phụ lục / section IV row that does the same work."""
    return IMP + [(x, 'lead', False, True) for x in extra]

# Phụ lục table bodies (explicit, from the Cơ quan chủ trì / Cơ quan phối hợp cells)
CSN = 'Các sở, ngành'
UX = 'UBND xã, phường, đặc khu'
def row(leads, supports):
    return [(x, 'lead', True) for x in leads] + [(x, 'support', True) for x in supports]
ALL = [CSN, UX]
YR = (None, 'recurring', 'FREQ=YEARLY', 'Hằng năm.')
Q = 'FREQ=MONTHLY;INTERVAL=3'   # hằng quý, no day given -> date null (as b-0032's bare "hằng tháng")

T = [
 # ---------------- Quyết định ----------------
 # Điều 1 issues the plan: the decision itself (g-055, p-033) -> optional. Điều 2 (hiệu lực) -> not a task.
 dict(s='Ban hành kèm theo Quyết định này Kế hoạch triển khai', e='05 tháng 9 năm 2025 của Bộ Tài chính.', opt=True),
 # Điều 3: "chịu trách nhiệm thi hành Quyết định này" -> optional closing formula (b-0372, p-033); titles dropped
 dict(s='Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc các Sở', e='chịu trách nhiệm thi hành Quyết định này./.', opt=True,
      b=[('Văn phòng Ủy ban nhân dân Thành phố', 'lead', True), ('các Sở', 'lead', True),
         ('các cơ quan, đơn vị trực thuộc Ủy ban nhân dân Thành phố', 'lead', True), (PX, 'lead', True),
         ('các đơn vị có liên quan', 'lead', True)]),

 # ---------------- Kế hoạch ----------------
 # I.1 Mục đích (3), I.2 Yêu cầu (3) -> optional
 dict(s='Quán triệt, triển khai có hiệu quả Quyết định số 06/QĐ-TTg', e='liên thông với hệ thống quốc gia.', opt=True, i=['DTI']),
 dict(s='Hình thành cơ sở dữ liệu số về quy hoạch', e='minh bạch hóa thông tin quy hoạch.', opt=True, i=['DTI']),
 dict(s='Đảm bảo khai thác, sử dụng hiệu quả dữ liệu quy hoạch', e='quốc phòng – an ninh.', opt=True),
 dict(s='Bám sát mục tiêu, nhiệm vụ, giải pháp', e='05 tháng 9 năm 2025 của Bộ Tài chính.', opt=True),
 dict(s='Phân công trách nhiệm cụ thể, rõ ràng', e='đảm bảo tiến độ và chất lượng.', opt=True),
 dict(s='Hệ thống dữ liệu quy hoạch của Thành phố phải đảm bảo', e='khung Chính phủ số.', opt=True, i=['DTI']),

 # II. Nội dung thực hiện: the "N. <heading>" lines only introduce; the "-" items are the plan's required contents
 # (imperative) -> tasks of the implementers, inherited (c-044 II).
 # 1. Xây dựng hạ tầng CNTT (Phụ lục II.1/II.2: TTCĐS / Sở Tài chính -> optional aliases)
 dict(s='Xây dựng, nâng cấp hạ tầng công nghệ thông tin của Thành phố', e='phù hợp với cấp độ theo quy định.', b=imp(CD), i=['DTI']),
 dict(s='Đầu tư trang thiết bị, máy chủ, hệ thống lưu trữ', e='nghiên cứu xây dựng trung tâm dữ liệu dự phòng.', b=imp(CD), i=['DTI']),
 # 2. Xây dựng phần mềm và CSDL quy hoạch ("Phối hợp ..." with no partner named: no support)
 dict(s='Phối hợp xây dựng phần mềm ứng dụng quản lý', e='chia sẻ dữ liệu quy hoạch.', b=imp(CD), i=['DTI']),
 dict(s='Phối hợp thu thập, biên tập, số hóa và chuẩn hóa', e='chuyên ngành) theo chuẩn GIS.', b=IMP, i=['DTI']),
 # "cập nhật thường xuyên" is the item's own action -> ongoing, required
 dict(s='Phối hợp cập nhật thường xuyên, đảm bảo đồng bộ', e='Hệ thống cơ sở dữ liệu quốc gia.', b=IMP, i=['DTI'],
      d=(None, 'ongoing', None, 'thường xuyên')),
 # 3. Hoàn thiện thể chế, quy chế phối hợp
 dict(s='Rà soát, đơn giản hóa thủ tục hành chính liên quan đến quy hoạch.', b=IMP, i=['PAR']),
 dict(s='Ban hành quy chế phối hợp giữa các Sở, ngành', e='mô hình chính quyền 02 cấp hiện nay.', b=IMP),
 # a noun phrase ("Cơ chế giám sát, nhằm ...") whose action is only in the parenthesis -> optional (b-0017 / p-014)
 dict(s='Cơ chế giám sát, nhằm đảm bảo tích hợp dữ liệu', e='Tổ Công tác liên sở).', opt=True, b=IMP),
 # 4. Đào tạo, tập huấn và truyền thông (IV.2: Sở KH&CN -> optional alias)
 dict(s='Tổ chức tập huấn về công nghệ thông tin, GIS', e='Ủy ban nhân dân phường, xã, đặc khu.', b=imp(KH), i=['DTI']),
 dict(s='Phổ biến, tuyên truyền về dữ liệu quy hoạch đến người dân', e='doanh nghiệp.', b=imp(KH)),
 # 5. Quản lý, vận hành, khai thác và bảo mật
 dict(s='Tổ chức quản lý, vận hành Hệ thống cơ sở dữ liệu quy hoạch của Thành phố 24/7.', b=IMP, i=['DTI']),
 # "... tổ chức diễn tập ... hàng năm": the item's work recurs yearly -> recurring, date null (p-029 III.3 a)
 dict(s='Lập kế hoạch sao lưu, phục hồi dữ liệu và tổ chức diễn tập', e='ứng phó sự cố hàng năm.', b=IMP, i=['DTI'],
      d=(None, 'recurring', 'FREQ=YEARLY', 'hàng năm')),
 dict(s='Đảm bảo an toàn thông tin mạng, an ninh mạng theo hướng dẫn', e='Bộ Khoa học và Công nghệ.', b=imp(CA), i=['DTI']),
 # 6. Kinh phí thực hiện: sources of money -> optional, no bodies (c-044 t13, p-014 IV)
 dict(s='Ngân sách địa phương: chi cho lập - vận hành hệ thống', e='đào tạo cán bộ.', opt=True),
 dict(s='Hỗ trợ từ ngân sách Trung ương: Đề xuất hỗ trợ', e='đồng bộ với hệ thống quốc gia.', opt=True),
 dict(s='Xã hội hóa/đối tác đầu tư công - tư: Huy động', e='các nguồn tài trợ, viện trợ hợp pháp khác.', opt=True),
 dict(s='Việc quản lý, sử dụng và quyết toán kinh phí', e='các quy định khác có liên quan.', opt=True),

 # III. Nhiệm vụ trọng tâm: "Lộ trình chung ...:" introduces (no verb, not a unit); five phases with their windows.
 # A window "(2025 - 2026)" is the phase's time limit -> period, last day of the window (as p-012 "Quý IV/2025- Quý II/2026").
 dict(s='Hoàn thiện hạ tầng công nghệ thông tin và phần mềm quản lý dữ liệu quy hoạch Thành phố', e='thí điểm (2025 - 2026).',
      b=imp(CD), i=['DTI'], d=('2026-12-31', 'period', None, '2025 - 2026')),
 dict(s='Thu thập, số hóa, chuẩn hóa cơ sở dữ liệu quy hoạch Thành phố và tích hợp', e='(2025 - 2030).', b=IMP, i=['DTI'],
      d=('2030-12-31', 'period', None, '2025 - 2030')),
 # "(2026 trở đi)" is a start, not a limit -> optional ongoing (p-027 "Từ năm 2025 trở đi")
 dict(s='Tùy điều kiện, mở rộng và tiến tới vận hành', e='(2026 trở đi).', b=IMP, i=['DTI'],
      d=(None, 'ongoing', None, '2026 trở đi', True)),
 dict(s='Rà soát, cải cách thủ tục hành chính trong lĩnh vực quy hoạch', e='(2027 - 2030).', b=IMP, i=['PAR', 'DTI'],
      d=('2030-12-31', 'period', None, '2027 - 2030')),
 # "(xuyên suốt 2025 - 2035)": continuous, but bounded -> period 2035-12-31 (doubtful: could be read as ongoing)
 dict(s='Đào tạo nhân lực, nâng cao nhận thức cộng đồng, huy động doanh nghiệp', e='(xuyên suốt 2025 - 2035).', b=IMP,
      d=('2035-12-31', 'period', None, 'xuyên suốt 2025 - 2035')),

 # IV. Tổ chức thực hiện
 # 1. Sở Tài chính (cơ quan chủ trì): header gives the lead
 dict(s='Chủ trì xây dựng, tổ chức thực hiện, theo dõi, đôn đốc', e='thực hiện Kế hoạch.', b=[(TC, 'lead', False)]),
 # the proposing Sở, ban, ngành and the advised UBND/HĐND/Chính phủ/Bộ Tài chính are not bodies
 dict(s='Trên cơ sở văn bản đề xuất kinh phí của các Sở', e='báo cáo Chính phủ và Bộ Tài chính.',
      b=[(TC, 'lead', True), ('các đơn vị liên quan', 'support', True)]),
 # "Kế hoạch sao lưu ... hằng năm": a yearly plan to draw up and submit -> recurring; "tối thiểu một lần/năm" is a
 # frequency the plan must fix -> optional target
 dict(s='Phối hợp với Sở Khoa học và Công nghệ xây dựng và trình', e='ứng phó sự cố tối thiểu một lần/năm.',
      b=[(TC, 'lead', False), (KH, 'support', True)], i=['DTI'],
      d=(None, 'recurring', 'FREQ=YEARLY', 'hằng năm'),
      g=[('diễn tập phương án phòng ngừa, ứng phó sự cố tối thiểu một lần/năm', 1, 'lần/năm', '>=',
          'số lần tổ chức diễn tập phương án phòng ngừa, ứng phó sự cố mỗi năm', True)]),
 # the guided "các đơn vị" are not bodies
 dict(s='Phối hợp với Sở Xây dựng, Sở Quy hoạch - Kiến trúc', e='báo cáo Ủy ban nhân dân Thành phố.',
      b=[(TC, 'lead', False), ('Sở Xây dựng', 'support', True), ('Sở Quy hoạch - Kiến trúc', 'support', True),
         ('Sở Nông nghiệp và Môi trường', 'support', True)], i=['DTI']),
 dict(s='Tổng hợp, báo cáo kịp thời các trường hợp chậm tiến độ', e='tích hợp dữ liệu một cách an toàn, hiệu quả.',
      b=[(TC, 'lead', False)]),
 # 2. header "Sở Khoa học và Công nghệ, Sở Nội vụ" + one paragraph that states the roles -> the paragraph is the task
 dict(s='Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ', e='công chức, viên chức.',
      b=[(KH, 'lead', True), (NV, 'support', True), ('các đơn vị có liên quan', 'support', True)]),
 # 3. "định kỳ kiểm tra, đánh giá" leads the action -> recurring, frequency not stated (date null, placeholder RRULE)
 dict(s='Công an Thành phố chủ trì phối hợp với Bộ Tư lệnh', e='đường truyền tín hiệu kết nối.',
      b=[(CA, 'lead', True), ('Bộ Tư lệnh Thành phố', 'support', True), ('các đơn vị có liên quan', 'support', True)],
      i=['DTI'], d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ')),
 # 4. one paragraph, two clauses joined by a semicolon -> one task
 dict(s='Trung tâm Chuyển đổi số Thành phố chủ trì, phối hợp với Công an', e='nâng cấp, cập nhật công nghệ.',
      b=[(CD, 'lead', True), (CA, 'support', True), ('các đơn vị có liên quan', 'support', True)], i=['DTI']),
 # 5. header "Các sở ngành liên quan, Viện Nghiên cứu phát triển Thành phố" -> two inherited leads
 dict(s='Phối hợp với các sở, ngành, đơn vị có liên quan thu thập', e='thuộc phạm vi quản lý.',
      b=[('Các sở ngành liên quan', 'lead', False), (VIEN, 'lead', False),
         ('các sở, ngành, đơn vị có liên quan', 'support', True)], i=['DTI']),
 dict(s='Cung cấp, kết nối, chia sẻ dữ liệu chuyên ngành', e='thuộc phạm vi quản lý.',
      b=[('Các sở ngành liên quan', 'lead', False), (VIEN, 'lead', False)], i=['DTI']),
 dict(s='Phối hợp thu thập, biên tập, chuẩn hóa dữ liệu quy hoạch.',
      b=[('Các sở ngành liên quan', 'lead', False), (VIEN, 'lead', False)], i=['DTI']),
 dict(s='Cập nhật, tích hợp cơ sở dữ liệu thường xuyên', e='theo đúng quy chuẩn.',
      b=[('Các sở ngành liên quan', 'lead', False), (VIEN, 'lead', False)], i=['DTI'],
      d=(None, 'ongoing', None, 'thường xuyên')),
 # Sở Tài chính receives and compiles the reports -> optional lead (c-009 t9)
 dict(s='Thực hiện chế độ báo cáo định kỳ hằng quý', e='báo cáo Ủy ban nhân dân Thành phố.',
      b=[('Các sở ngành liên quan', 'lead', False), (VIEN, 'lead', False), (TC, 'lead', True, True)],
      d=(None, 'recurring', Q, 'định kỳ hằng quý')),
 # 6. Ủy ban nhân dân phường, xã, đặc khu
 dict(s='Phối hợp với các đơn vị có liên quan tổ chức thu thập, số hóa', e='thẩm quyền phê duyệt của Ủy ban nhân dân cấp xã.',
      b=[(PX, 'lead', False), ('các đơn vị có liên quan', 'support', True)], i=['DTI']),
 # "trước khi gửi về cấp trên" is not a calendar limit -> no deadline
 dict(s='Kiểm tra, xác minh tính chính xác của dữ liệu', e='trước khi gửi về cấp trên.', b=[(PX, 'lead', False)]),
 dict(s='Thường xuyên cập nhật, đảm bảo tính đầy đủ, chính xác, kịp thời.', b=[(PX, 'lead', False)],
      d=(None, 'ongoing', None, 'Thường xuyên')),
 # accountability clause ("Chịu trách nhiệm ... và thực hiện trách nhiệm giải trình ... khi để xảy ra ...") -> optional
 # (the "chịu trách nhiệm trước pháp luật" convention of c-003 / gold2)
 dict(s='Chịu trách nhiệm về nội dung thông tin do Ủy ban nhân dân', e='nguyên nhân không cung cấp.', opt=True,
      b=[(PX, 'lead', False)]),
 # 7. Cơ chế phối hợp và trách nhiệm giải trình (heading, no body)
 dict(s='Các cơ quan, đơn vị được phân công nhiệm vụ có trách nhiệm', e='theo đúng tiến độ, chất lượng.', opt=True,
      b=[('Các cơ quan, đơn vị được phân công nhiệm vụ', 'lead', True)]),
 dict(s='Trường hợp chậm trễ, không gửi dữ liệu hoặc gửi dữ liệu không đúng quy định, đơn vị', e='Ủy ban nhân dân Thành phố.', opt=True),
 dict(s='Sở Tài chính định kỳ hằng quý tổng hợp báo cáo', e='tiến độ, chất lượng triển khai Kế hoạch.',
      b=[(TC, 'lead', True)], d=(None, 'recurring', Q, 'định kỳ hằng quý')),
 # 8. Phương án huy động kinh phí: funding options, no body -> optional (as II.6, c-044 t13, p-014 IV)
 dict(s='Lồng ghép vào kế hoạch đầu tư công trung hạn', e='phần mềm, trang thiết bị.', opt=True),
 dict(s='Sử dụng cơ chế thuê dịch vụ công nghệ thông tin', e='trả dần theo năm ngân sách.', opt=True),
 dict(s='Đề xuất Bộ Tài chính hỗ trợ hướng dẫn định mức chi', e='đường truyền số liệu lớn./.', opt=True),

 # ---------------- Phụ lục: one task per row (span = the Nhiệm vụ cell; bodies and time from the other cells) ----------
 # group rows ("I | Hoàn thiện thể chế, ...") are headings, not tasks. Times: a quarter -> its last day; "Năm 2025 - 2026"
 # -> 2026-12-31; "Hằng năm." -> recurring, date null (c-044 t17, p-012). Sub-rows without a TT share merged
 # (rowspan) cells with the row above: those cells' supports and time are inherited and optional.
 # I. Hoàn thiện thể chế
 dict(s='Phối hợp rà soát, sửa đổi Luật Quy hoạch', e='cơ sở dữ liệu quốc gia về quy hoạch.', b=row([TC], ALL),
      d=('2025-12-31', 'period', None, 'Quý IV/2025')),
 dict(s='Phối hợp xây dựng nội dung quy định việc xây dựng', e='thi hành Luật Quy hoạch sửa đổi.', b=row([TC], ALL),
      d=('2026-12-31', 'period', None, 'Năm 2025 - 2026')),
 dict(s='Phối hợp góp ý Thông tư quy định yêu cầu', e='cơ sở dữ liệu quốc gia về quy hoạch.', b=row([TC], ALL), i=['DTI'],
      d=('2026-12-31', 'period', None, 'Năm 2025 - 2026')),
 dict(s='Tham gia rà soát, đơn giản hóa các thủ tục hành chính', e='cơ sở dữ liệu quốc gia về quy hoạch.', b=row(ALL, [TC]),
      i=['PAR'], d=('2027-06-30', 'period', None, 'Quý II/2027')),
 # II. Xây dựng hạ tầng CNTT
 dict(s='Xây dựng hạ tầng công nghệ thông tin, trang thiết bị tại Sở Tài chính', e='tối thiểu đạt cấp độ tương ứng',
      b=row([CD], [KH] + ALL), i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Xây dựng hạ tầng kỹ thuật dự phòng', e='có khả năng phục hồi sau sự cố.',
      b=[(CD, 'lead', True), (KH, 'support', False, True), (CSN, 'support', False, True), (UX, 'support', False, True)],
      i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026', True, 'trang thiết bị tại Sở Tài chính để vận hành')),
 dict(s='Đầu tư trang thiết bị hiện đại, công cụ tiện ích', e='cơ sở dữ liệu quốc gia về quy hoạch.', b=row([TC], ALL),
      i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Phối hợp xây dựng phần mềm của Hệ thống thông tin', e='tổ chức, cá nhân theo quy định.', b=row([CD], [TC, KH] + ALL),
      i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 # III. Xây dựng cơ sở dữ liệu quốc gia về quy hoạch
 dict(s='Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) quy hoạch tỉnh',
      e='để cập nhật vào Hệ thống theo quy định.', b=row(ALL, [TC]), i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) quy hoạch chung',
      e='để cập nhật vào Hệ thống theo quy định.', b=row(ALL, [TC]), i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Thu thập, biên tập, tạo lập các văn bản điện tử', e='để cập nhật vào Hệ thống theo quy định.', b=row([UX], [CSN]),
      i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Đồng bộ hoá cơ sở dữ liệu hồ sơ quy hoạch', e='công nghệ ứng dụng hệ thống thông tin địa lý.', b=row([TC], ALL),
      i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) sử dụng đất cấp xã',
      e='để cập nhật vào Hệ thống theo quy định.', b=row([UX], [CSN]), i=['DTI'], d=('2030-03-31', 'period', None, 'Quý I/2030')),
 dict(s='Thu thập, biên tập, xây dựng cơ sở dữ liệu hồ sơ quy hoạch (cơ sở dữ liệu về quy hoạch) còn lại',
      e='để cập nhật vào Hệ thống theo quy định.', b=row(ALL, [TC]), i=['DTI'], d=('2030-06-30', 'period', None, 'Quý II/2030')),
 # IV. Quản lý, vận hành, khai thác, chia sẻ
 dict(s='Xây dựng và thực hiện các biện pháp bảo đảm an toàn thông tin mạng', e='cơ sở dữ liệu của sở, ngành, địa phương.',
      b=row([CA], [KH] + ALL), i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Quản lý, vận hành Hệ thống thông tin và cơ sở dữ liệu quốc gia về quy hoạch đảm bảo', e='liên tục 24/7.',
      b=row([TC], ALL), i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 dict(s='Thực hiện sao lưu dữ liệu và đảm bảo có khả năng phục hồi', e='hệ thống sau sự cố.', b=row([KH], [TC]), i=['DTI'],
      d=('2026-12-31', 'period', None, 'Quý IV/2026', True, 'đảm bảo hoạt động thông suốt, liên tục 24/7')),
 dict(s='Cập nhật, chia sẻ và đồng bộ dữ liệu về Trung tâm dữ liệu quốc gia', e='phù hợp với quy định về dữ liệu.',
      b=row([TC], ALL), i=['DTI'], d=('2026-12-31', 'period', None, 'Quý IV/2026')),
 # one row whose cells hold two lines each (line 1: các sở/UBND chủ trì, STC phối hợp; line 2: the reverse) -> one task
 # (one row); all three are leads, the same names as supports optional
 dict(s='Bố trí nhân lực đảm bảo đủ năng lực để thực hiện nhiệm vụ xây dựng', e='cơ sở dữ liệu quốc gia về quy hoạch.',
      b=[(CSN, 'lead', True), (UX, 'lead', True), (TC, 'lead', True),
         (TC, 'support', True, True), (CSN, 'support', True, True), (UX, 'support', True, True)],
      i=['DTI'], d=('2026-12-31', 'period', None, 'Năm 2026')),
 # V. Đào tạo, tập huấn
 dict(s='Đào tạo, bồi dưỡng, tập huấn chuyên môn nghiệp vụ liên quan', e='cơ sở dữ liệu quốc gia về quy hoạch.',
      b=row([KH, CD], [NV] + ALL), i=['DTI'], d=('2030-12-31', 'period', None, 'Năm 2025-2030')),
 dict(s='Quản lý, vận hành, quy hoạch, kết nối, chia sẻ và khai thác Hệ thống', e='cơ sở dữ liệu quốc gia về quy hoạch.',
      b=[(TC, 'lead', True), (NV, 'support', False, True), (CSN, 'support', False, True), (UX, 'support', False, True)],
      i=['DTI'], d=('2030-12-31', 'period', None, 'Năm 2025-2030', True, 'Đào tạo, bồi dưỡng, tập huấn chuyên môn nghiệp vụ liên quan')),
 dict(s='Đào tạo, bồi dưỡng, tập huấn nhằm nâng cao nhận thức về an toàn thông tin mạng', e='an ninh mạng.',
      b=row([KH, CA], [TC, NV] + ALL), i=['DTI'], d=('2030-12-31', 'period', None, 'Năm 2025-2030')),
 dict(s='Học tập kinh nghiệm nước ngoài, tăng cường hợp tác', e='thực hiện Đề án.', b=row([TC], ALL),
      d=('2030-12-31', 'period', None, 'Năm 2025-2030')),
 # VI. Các nhiệm vụ khác
 dict(s='Tuyên truyền, nâng cao nhận thức về xây dựng và quản lý', e='cơ sở dữ liệu quốc gia về quy hoạch.',
      b=row([KH, VIEN], ALL), d=YR),
 dict(s='Tổng hợp kế hoạch thực hiện Đề án của các sở, ngành', e='phường, đặc khu.', b=row([TC], ALL), d=YR),
 # the advised UBND Thành phố and the Bộ Tài chính reported to are not bodies
 dict(s='Tham mưu UBND Thành phố Báo cáo Bộ Tài chính', e='tình hình thực hiện Đề án.', b=row([TC], ALL), d=YR),
 # "Khi có phát sinh." is a condition, not a date -> optional, no date (c-044 "Sau khi có Quy chế của TW")
 dict(s='Đề xuất UBND Thành phố điều chỉnh, bổ sung nhiệm vụ', e='thực hiện Đề án.', b=row([TC], ALL),
      d=(None, 'by', None, 'Khi có phát sinh.', True)),
 # a table row (kept required, unlike the IV.6 accountability item): "Thường xuyên" leads the time cell -> ongoing
 dict(s='Thực hiện trách nhiệm giải trình về việc cung cấp', e='đơn vị chịu trách nhiệm trước Ủy ban nhân dân Thành phố.',
      b=row(ALL, [TC]), d=(None, 'ongoing', None, 'Thường xuyên')),
]
