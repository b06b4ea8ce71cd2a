SOURCE = 'https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-6386-BVHTTDL-KHCNDTMT-2025-thuc-hien-nhiem-vu-nam-hoc-2025-2026-682359.aspx (corpus/bulk/0034.txt)'
# The corpus text has no header (it starts at "Kính gửi:"). Number and date are stated in the appendix caption
# "(Kèm theo Công văn số 6386/BVHTTDL-KHCNĐTMT ngày 25/11/2025 của Bộ Văn hóa, Thể thao và Du lịch)"; the subject only
# in the source address. Signed "KT. BỘ TRƯỞNG / THỨ TRƯỞNG Phan Tâm".
DOC = dict(doc_type='cong_van', number='6386/BVHTTDL-KHCNĐTMT', issuer='Bộ Văn hóa, Thể thao và Du lịch',
           signer='Phan Tâm', issued_on='2025-11-25',
           subject=[None, 'thực hiện nhiệm vụ năm học 2025 - 2026',
                    'thực hiện nhiệm vụ năm học 2025 - 2026 đối với các cơ sở đào tạo trực thuộc Bộ'],
           # the two documents the letter implements, and the documents its footnotes [1]-[5] cite as the basis of the
           # items (documents named only inside another document's title, e.g. 29-NQ/TW, are left out)
           references=['460/TB-VPCP', '6400/BGDĐT-GDĐH',
                       '141/2024/QH15', '91-KL/TW', '51/NQ-CP', '71-NQ/TW', '57-NQ/TW', '31/CT-TTg', '4102/BVHTTDL',
                       '3399/QĐ-BVHTTDL', '3820/BVHTTDL-KHCNĐTMT', '01/2024/TT-BGDĐT', '140/2018/NĐ-CP',
                       '1341/QĐ-TTg', '1437/QĐ-TTg', '223/QĐ-TTg', '1755/QĐ-TTg', '749/QĐ-TTg', '1909/QĐ-TTg',
                       '73/QĐ-TTg'],
           indices=[])
START = 'Thực hiện Thông báo số 460'
# owner of every item: the addressee of "Kính gửi: Các cơ sở đào tạo trực thuộc Bộ" and of the intro
# "Bộ VHTTDL đề nghị các cơ sở đào tạo trực thuộc Bộ (sau đây gọi là cơ sở đào tạo) ..."
CS = 'các cơ sở đào tạo trực thuộc Bộ'
INH = [(CS, 'lead', False)]
INHo = (CS, 'lead', False, True)          # optional alias where the item names the body itself
T = [
 # intro sentence introducing the contents: doubtful -> optional
 dict(s='Bộ Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị', e='với các nội dung chủ yếu như sau:', opt=True,
      b=[(CS, 'lead', True)]),
 # I. NHIỆM VỤ CHUNG: one unmarked paragraph, imperative
 dict(s='Triển khai thực hiện các chủ trương, định hướng của Đảng', e='trong các lĩnh vực văn hóa, thể thao và Du lịch.', b=INH),
 # II. numbered headings are action-phrased titles introducing "-" items: optional tasks (gold4/gold5 convention)
 dict(s='Tập trung hoàn thiện thể chế, cơ chế, chính sách', e='nhằm đẩy mạnh thực hiện tự chủ đại học', opt=True, b=INH),
 dict(s='Tiếp tục rà soát, sửa đổi, bổ sung, ban hành mới', e='thuộc phạm vi quản lý của Bộ VHTTDL.', b=INH),
 dict(s='Nghiên cứu, hoàn thiện các quy định về tăng quyền tự chủ', e='điều kiện thực tiễn hiện nay.', b=INH),
 dict(s='Nghiêm túc thực hiện đúng các quy định về quản lý thu chi', e='tài sản công trong các cơ sở đào tạo.', b=INH),
 dict(s='Tăng cường bồi dưỡng, phát triển, nâng cao chất lượng đội ngũ giảng viên', e='đổi mới giáo dục và hội nhập quốc tế',
      opt=True, b=INH),
 dict(s='Rà soát, quy hoạch phát triển đội ngũ giảng viên', e='của từng cơ sở đào tạo.', b=INH),
 dict(s='Tăng cường tập huấn, bồi dưỡng và tạo điều kiện', e='nhất là công nghệ số và trí tuệ nhân tạo.', b=INH),
 dict(s='Hoàn thành công tác tuyển sinh năm học 2025 - 2026 theo đúng quy định', e='tạo bước đột phá trong công tác tuyển sinh',
      opt=True, b=INH),
 # one "-" item of two sentences; the second names the body and sets the date
 dict(s='Hoàn thành công tác tuyển sinh năm học 2025 - 2026 theo kế hoạch chung', e='KHCNĐTMT, trước ngày 20/12/2025.',
      b=INH + [('các cơ sở đào tạo', 'lead', True, True)],
      d=('2025-12-20', 'by', None, 'trước ngày 20/12/2025')),
 # "sớm công bố": vague time limit -> optional deadline without a date (gold4 convention)
 dict(s='Hoàn thiện và sớm công bố đề án/phương thức tuyển sinh', e='Chương trình giáo dục phổ thông năm 2018.', b=INH,
      d=(None, 'by', None, 'sớm công bố', True)),
 dict(s='Đổi mới, hiện đại hóa chương trình và phương thức đào tạo', e='của người học trong bối cảnh mới', opt=True, b=INH),
 dict(s='Tiếp tục đổi mới nội dung, bổ sung chương trình đào tạo', e='và cán bộ quản lý giáo dục.', b=INH),
 dict(s='Triển khai hiệu quả Khung trình độ quốc gia', e='đã được cấp có thẩm quyền phê duyệt[5].', b=INH),
 dict(s='Tập trung đầu tư hiện đại hóa, ứng dụng chuyển giao công nghệ', e='đổi mới sáng tạo và chuyển đổi số', opt=True, b=INH),
 dict(s='Xây dựng cơ chế đặt hàng nghiên cứu khoa học', e='công nghệ học máy (ML).', b=INH),
 dict(s='Đẩy nhanh chuyển đổi số trong các cơ sở đào tạo trực thuộc Bộ', e='dùng chung toàn Ngành và liên kết với quốc tế.',
      b=INH, i=['DTI']),
 dict(s='Đẩy mạnh hội nhập quốc tế trong giáo dục đào tạo', e='Đẩy mạnh hội nhập quốc tế trong giáo dục đào tạo', opt=True, b=INH),
 dict(s='Các cơ sở đào tạo chủ động đẩy mạnh hội nhập quốc tế', e='của học sinh, sinh viên và học viên.',
      b=[('Các cơ sở đào tạo', 'lead', True), INHo]),
 dict(s='Tích cực tham gia các cuộc thi, tổ chức, diễn đàn', e='Múa và thể dục thể thao…', b=INH),
 dict(s='Xây dựng các chương trình liên kết đào tạo', e='du lịch uy tín trên thế giới.', b=INH),
 # "Khuyến khích" (encouragement, not an instruction) of "các Viện nghiên cứu": optional
 dict(s='Khuyến khích các Viện nghiên cứu chủ động', e='triển khai đề tài song phương…', opt=True,
      b=[('các Viện nghiên cứu', 'lead', True), INHo]),
 # heading 7 is a full sentence but introduces the three "-" items: optional
 dict(s='Triển khai thực hiện Phong trào thi đua “70 ngày cao điểm”', e='và tổng kết năm công tác 2025.', opt=True, b=INH),
 dict(s='Tập thể Ban Giám hiệu, cán bộ, giảng viên, người lao động', e='để thực hiện tốt nhiệm vụ được giao.',
      b=INH + [('Tập thể Ban Giám hiệu, cán bộ, giảng viên, người lao động trong các cơ sở đào tạo', 'lead', True, True)]),
 # "kế hoạch công tác năm 2025": year of the plan -> optional period deadline (c-036 t1, c-035 t4)
 dict(s='Huy động tối đa nguồn lực, quyết tâm hoàn thành vượt mức', e='kế hoạch công tác năm 2025.', b=INH,
      d=('2025-12-31', 'period', None, 'năm 2025', True),
      g=[('100% các chỉ tiêu, kế hoạch công tác năm 2025', 100, '%', '>',
          'tỷ lệ hoàn thành các chỉ tiêu, kế hoạch công tác năm 2025 (vượt mức)')]),
 dict(s='Tổ chức ít nhất một sự kiện, hoạt động văn hóa', e='Kết quả các hoạt động gửi về Vụ KHCNĐTMT, trước ngày 31/12/2025.',
      b=INH, d=('2025-12-31', 'by', None, 'trước ngày 31/12/2025'),
      g=[('một sự kiện, hoạt động văn hóa/nghệ thuật/thể thao hoặc công bố công trình nghiên cứu/sản phẩm sáng tạo có tính lan tỏa cao',
          1, 'sự kiện', '>=', 'số sự kiện, hoạt động hoặc công trình, sản phẩm có tính lan tỏa cao tổ chức trong 70 ngày thi đua')]),
 # III. TỔ CHỨC THỰC HIỆN
 dict(s='Căn cứ các quy định hiện hành, văn bản hướng dẫn của Bộ VHTTDL', e='bảo đảm thiết thực, hiệu quả.',
      b=[('các cơ sở đào tạo', 'lead', True), INHo]),
 dict(s='Các cơ sở đào tạo chủ động phối hợp với các Cục, Vụ liên quan', e='trước ngày 31/8/2026./.',
      b=[('Các cơ sở đào tạo', 'lead', True), INHo, ('các Cục, Vụ liên quan của Bộ VHTTDL', 'support', True),
         ('Vụ Khoa học công nghệ, Đào tạo và Môi trường', 'support', True, True)],
      d=('2026-08-31', 'by', None, 'trước ngày 31/8/2026')),
]
