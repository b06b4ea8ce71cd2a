SOURCE = 'https://thuvienphapluat.vn/van-ban/Thuong-mai/Quyet-dinh-2954-QD-UBND-2025-Ke-hoach-xuat-khau-san-pham-hang-hoa-Son-La-2026-2030-682317.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/f1e0981425ec38be.md@56eff108e1bc; corpus/directives/048.txt)'
DOC = dict(doc_type='quyet_dinh', number='2954/QĐ-UBND', issuer='UBND tỉnh Sơn La', signer='Nguyễn Thành Công', issued_on='2025-11-20',
           subject='ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030',
           # the numbered Căn cứ / Theo đề nghị documents (as p-033); the Luật is cited by name and date only
           references=['493/QĐ-TTg', '298/TTr-SCT', '2679/SCT-QLTM'],
           indices=[])
START = 'QUYẾT ĐỊNH:'

SCT = 'Sở Công Thương'
SNN = 'Sở Nông nghiệp và Môi trường'
UBX = 'Ủy ban nhân dân các xã, phường'
# QĐ Điều 2 assigns the whole plan: "Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh; Ủy ban nhân
# dân các xã, phường; các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan triển khai thực hiện Kế hoạch này"
# (V.1 a repeats: SCT "là cơ quan đầu mối chủ trì tổ chức thực hiện"). Sections II.2, II.3 and III name no body, so each
# item inherits these (explicit:false), as c-044 / p-029 inherit the plan's general clause; the vague "các cơ quan,
# đơn vị" and the enterprises are optional, and so is the issuer (owner, optional as in p-012).
DN = 'các doanh nghiệp, hợp tác xã có liên quan'
IMP = [(SCT, 'lead', False), ('các Sở, ban, ngành của tỉnh', 'support', False), (UBX, 'support', False),
       ('các cơ quan, đơn vị', 'support', False, True), (DN, 'support', False, True),
       ('UBND tỉnh Sơn La', 'lead', False, True)]
# I. Mục tiêu / II.1 Chỉ tiêu: quantified goals -> required tasks with optional inherited bodies (g-018, p-029)
MT = [('UBND tỉnh Sơn La', 'lead', False, True), (SCT, 'lead', False, True),
      ('các Sở, ban, ngành của tỉnh', 'support', False, True), (UBX, 'support', False, True)]
D30 = ('2030-12-31', 'by', None, 'đến năm 2030')
# the heading "II. CHỈ TIÊU XUẤT KHẨU ĐẾN NĂM 2030" gives its year to the items below it (p-029, p-012)
D30H = ('2030-12-31', 'by', None, 'ĐẾN NĂM 2030', False, 'CHỈ TIÊU XUẤT KHẨU')
D30HO = ('2030-12-31', 'by', None, 'ĐẾN NĂM 2030', True, 'CHỈ TIÊU XUẤT KHẨU')
HN = (None, 'recurring', 'FREQ=YEARLY', 'Hàng năm')
ONG = (None, 'ongoing', None, 'Thường xuyên')


def prod(name, s, e, tons, tcmp, usd, ucmp, rate, rcmp, t_snip, u_snip, r_snip):
    """A "+" product item of II.1: three targets (tonnage, value, mean growth), deadline "đến năm 2030"."""
    return dict(s=s, e=e, b=MT, d=D30, g=[
        (t_snip, tons, 'tấn', tcmp, f'sản lượng {name} tham gia xuất khẩu năm 2030'),
        (u_snip, usd, 'triệu USD', ucmp, f'giá trị {name} tham gia xuất khẩu năm 2030'),
        (r_snip, rate, '%', rcmp, f'tốc độ tăng bình quân hằng năm xuất khẩu {name} giai đoạn 2026 - 2030')])


# bodies of the V headers and sub-headers (inherited)
CT_A = [(SCT, 'lead', False), ('các sở, ban, ngành', 'support', False), ('UBND các xã, phường', 'support', False),
        ('cơ quan, đơn vị có liên quan', 'support', False)]
CT_B = [(SCT, 'lead', False), ('các sở, ngành', 'support', False), ('UBND các xã, phường', 'support', False)]
NN_A = [(SNN, 'lead', False), ('các sở, ban, ngành', 'support', False), ('UBND các xã, phường', 'support', False),
        ('cơ quan, đơn vị có liên quan', 'support', False)]
NN_B = [(SNN, 'lead', False), ('các sở, ngành', 'support', False), ('UBND các xã, phường', 'support', False)]
TC = 'Sở Tài chính'
KH = [('Sở Khoa học và Công Nghệ', 'lead', False), ('các sở, ngành', 'support', False), ('UBND các xã, phường', 'support', False),
      ('các cơ quan, đơn vị có liên quan', 'support', False)]
NV = 'Sở Ngoại Vụ'
TT = 'Trung tâm Xúc tiến đầu tư, thương mại và du lịch'
HOI = [('Liên minh Hợp tác xã tỉnh', 'lead', False), ('Đoàn TNCS Hồ Chí Minh tỉnh', 'lead', False),
       ('Hội nông dân tỉnh', 'lead', False), ('Hiệp hội doanh nghiệp tỉnh', 'lead', False)]
XA_A = [(UBX, 'lead', False), ('các sở, ban, ngành', 'support', False), ('cơ quan, đơn vị có liên quan', 'support', False)]
XA_B = [(UBX, 'lead', False), ('các sở, ngành', 'support', False), ('các cơ quan, đơn vị có liên quan', 'support', False)]
DNX = [('các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa', 'lead', False)]

T = [
 # ---------------- Quyết định
 # Điều 1 issues the plan: the decision itself (g-055, p-033) -> optional
 dict(s='Ban hành kèm theo Quyết định này Kế hoạch xuất khẩu', e='giai đoạn 2026 - 2030.', opt=True),
 # Điều 2: the assignment of the whole plan -> required
 dict(s='Giao Sở Công Thương chủ trì, phối hợp với các Sở, ban, ngành của tỉnh', e='triển khai thực hiện Kế hoạch này.',
      b=[(SCT, 'lead', True), ('các Sở, ban, ngành của tỉnh', 'support', True), (UBX, 'support', True),
         ('các cơ quan, đơn vị', 'support', True), (DN, 'support', True),
         ('các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan', 'support', True, True)]),
 # Điều 3 hiệu lực -> not a task; the "chịu trách nhiệm thi hành" formula -> optional closing (b-0372, p-033)
 dict(s='Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương', e='chịu trách nhiệm thi hành quyết định này./.', opt=True,
      b=[('Văn phòng UBND tỉnh', 'lead', True), (SCT, 'lead', True), ('các Sở, ngành, cơ quan thuộc tỉnh', 'lead', True),
         (UBX, 'lead', True), ('các tổ chức, cá nhân liên quan', 'lead', True)]),

 # ---------------- Kế hoạch ("Triển khai thực hiện ..., UBND tỉnh Sơn La ban hành Kế hoạch ... như sau:" -> not a task)
 # I. Mục tiêu: 1 and 2 are qualitative aims -> optional; 3 is the quantified goal -> required (seed-004 t4, g-018)
 dict(s='Duy trì tốc độ tăng trưởng xuất khẩu ổn định', e='chủ động hội nhập kinh tế thế giới.', opt=True),
 dict(s='Tập trung đẩy mạnh hoạt động sản xuất, xuất khẩu các sản phẩm chủ lực', e='chất lượng sản phẩm xuất khẩu và phát triển thương hiệu.', opt=True),
 # a range "10 - 13%/năm": its lower bound, >= (c-089, c-035); unit % (the per-year is in the metric)
 dict(s='Phấn đấu giá trị hàng hóa tham gia xuất khẩu đến năm 2030', e='tham gia xuất khẩu đạt 05 triệu USD.', b=MT, d=D30,
      g=[('giá trị hàng hóa tham gia xuất khẩu đến năm 2030 đạt 400 triệu USD', 400, 'triệu USD', '=',
          'giá trị hàng hóa tham gia xuất khẩu của tỉnh năm 2030'),
         ('tăng bình quân hàng năm trong giai đoạn này đạt 10 - 13%/năm', 10, '%', '>=',
          'tốc độ tăng bình quân hằng năm giá trị hàng hóa tham gia xuất khẩu giai đoạn 2026 - 2030'),
         ('Giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu đạt 395 triệu USD', 395, 'triệu USD', '=',
          'giá trị sản phẩm nông sản, thực phẩm tham gia xuất khẩu năm 2030'),
         ('Giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu đạt 05 triệu USD', 5, 'triệu USD', '=',
          'giá trị hàng công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu năm 2030')]),

 # II. Chỉ tiêu xuất khẩu đến năm 2030. 1. a) (headings are not tasks)
 # "- Các sản phẩm trái cây: ... Một số sản phẩm trái cây chủ yếu:" introduces the "+" items but has content of its own
 # -> optional task (p-040 II.2 b, k-0006), its targets required (c-035 t2, g-016 II.2)
 dict(s='Các sản phẩm trái cây: Tổng sản phẩm trái cây', e='Một số sản phẩm trái cây chủ yếu:', opt=True, b=MT, d=D30,
      g=[('Tổng sản phẩm trái cây tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 46.200 tấn', 46200, 'tấn', '>',
          'sản lượng trái cây tham gia xuất khẩu năm 2030'),
         ('tổng giá trị sản phẩm trái cây tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 48,3 triệu USD', 48.3, 'triệu USD', '>',
          'giá trị sản phẩm trái cây tham gia xuất khẩu năm 2030'),
         ('tốc độ tăng bình quân 05 - 06%/năm', 5, '%', '>=',
          'tốc độ tăng bình quân hằng năm xuất khẩu trái cây giai đoạn 2026 - 2030')]),
 prod('Xoài', 'Tổng sản phẩm Xoài tham gia', 'Hàn Quốc, Hoa Kỳ...', 18000, '=', 10, '=', 8, '>=',
      'Tổng sản phẩm Xoài tham gia xuất khẩu phấn đấu đến năm 2030 đạt 18.000 tấn',
      'tổng giá trị sản phẩm Xoài tham gia xuất khẩu đến năm 2030 dự kiến đạt 10 triệu USD',
      'tốc độ tăng bình quân 08 - 09%/năm'),
 prod('Nhãn', 'Tổng sản phẩm Nhãn tham gia', 'Nhật Bản, Hàn Quốc...', 8500, '=', 30.2, '=', 5, '>=',
      'Tổng sản phẩm Nhãn tham gia xuất khẩu phấn đấu đến năm 2030 đạt 8.500 tấn',
      'tổng giá trị sản phẩm Nhãn tham gia xuất khẩu đến năm 2030 dự kiến đạt 30,2 triệu USD',
      'tốc độ tăng bình quân 05 - 06%/năm'),
 prod('Chanh leo', 'Tổng sản phẩm Chanh leo tham', 'Nhật Bản, các nước EU...', 3200, '=', 1.7, '>', 5, '>=',
      'Tổng sản phẩm Chanh leo tham gia xuất khẩu phấn đấu đến năm 2030 đạt 3.200 tấn',
      'tổng giá trị sản phẩm Chanh leo tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 1,7 triệu USD',
      'tốc độ tăng bình quân 05 - 07%/năm'),
 prod('Chuối', 'Tổng sản phẩm Chuối tham gia', 'Hàn Quốc, Nhật Bản...', 14500, '=', 3.9, '>', 5, '=',
      'Tổng sản phẩm Chuối tham gia xuất khẩu đến năm 2030 phấn đấu đạt 14.500 tấn',
      'tổng giá trị sản phẩm Chuối tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 3,9 triệu USD',
      'tốc độ tăng bình quân 05%/năm'),
 prod('Thanh long', 'Tổng sản phẩm Thanh long tham', 'Trung Quốc, Nga, Úc...', 2000, '=', 2.5, '=', 10, '>=',
      'Tổng sản phẩm Thanh long tham gia xuất khẩu đến năm 2030 phấn đấu đạt 2.000 tấn',
      'tổng giá trị sản phẩm Thanh long tham gia xuất khẩu dự kiến đạt 2,5 triệu USD',
      'tốc độ tăng bình quân 10 - 14%/năm'),
 # "- Sản phẩm nông sản chế biến và nông sản khác: ... Một số mặt hàng chủ yếu:" -> optional introducer, required targets
 dict(s='Sản phẩm nông sản chế biến và nông sản khác:', e='Một số mặt hàng chủ yếu:', opt=True, b=MT, d=D30,
      g=[('Tổng sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu phấn đấu đến năm 2030 đạt trên 228.000 tấn',
          228000, 'tấn', '>', 'sản lượng nông sản chế biến và nông sản khác tham gia xuất khẩu năm 2030'),
         ('tổng giá trị sản phẩm nông sản chế biến và nông sản khác tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 346,6 triệu USD',
          346.6, 'triệu USD', '>', 'giá trị nông sản chế biến và nông sản khác tham gia xuất khẩu năm 2030'),
         ('tốc độ tăng bình quân 10 - 12%/năm', 10, '%', '>=',
          'tốc độ tăng bình quân hằng năm xuất khẩu nông sản chế biến và nông sản khác giai đoạn 2026 - 2030')]),
 prod('Chè', 'Tổng sản phẩm Chè xuất khẩu', 'UAE, Nhật Bản...', 12000, '>', 33, '>', 3, '>=',
      'Tổng sản phẩm Chè xuất khẩu đến năm 2030 phấn đấu đạt trên 12.000 tấn',
      'tổng giá trị sản phẩm Chè tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 33 triệu USD',
      'tốc độ tăng bình quân 03 - 04%/năm'),
 prod('Cà phê', 'Tổng sản phẩm Cà phê xuất khẩu', 'Trung Đông và ASEAN...', 39000, '>', 186, '>', 10, '>=',
      'Tổng sản phẩm Cà phê xuất khẩu đến năm 2030 phấn đấu đạt trên 39.000 tấn',
      'tổng giá trị sản phẩm Cà phê tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 186 triệu USD',
      'tốc độ tăng bình quân 10 - 12%/năm'),
 prod('Sắn', 'Tổng sản phẩm Sắn xuất khẩu', 'Thị trường định hướng xuất khẩu: Trung Quốc…', 155000, '>', 70, '>', 10, '>=',
      'Tổng sản phẩm Sắn xuất khẩu đến năm 2030 phấn đấu đạt trên 155.000 tấn',
      'tổng giá trị sản phẩm Sắn tham gia xuất khẩu đến năm 2030 dự kiến đạt trên 70 triệu USD',
      'tốc độ tăng bình quân 10 - 11%/năm'),
 # 1. b) heading + unmarked paragraph -> the paragraph is the task; its year comes from the II heading
 dict(s='Tổng giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu', e='các nước Trung Đông…)', b=MT, d=D30H,
      g=[('Tổng giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu dự kiến đạt 05 triệu USD', 5, 'triệu USD', '=',
          'giá trị sản phẩm công nghiệp, tiểu thủ công nghiệp tham gia xuất khẩu năm 2030')]),
 # "(Mục tiêu xuất khẩu chi tiết có phụ lục kèm theo)" and the Phụ lục tables -> no tasks, no targets

 # II.2 Phát triển thị trường xuất khẩu: the "Định hướng ... như sau:" line only introduces; a)-f) are imperative
 # orientation paragraphs (each a leaf) -> required tasks, plan bodies; the II heading's year is only optional here
 dict(s='Tiếp tục được xác định là thị trường xuất khẩu chính', e='Chè, Sắn lát, tinh bột Sắn...', b=IMP, d=D30HO),
 dict(s='Tiếp tục đẩy mạnh xuất khẩu sang các thị trường: Singapore', e='các loại nước ép hoa quả...', b=IMP, d=D30HO),
 dict(s='Tập trung đẩy mạnh xuất khẩu sang thị trường Hàn Quốc và Nhật Bản.', e='chè, long nhãn, các loại rau...', b=IMP, d=D30HO),
 dict(s='Nghiên cứu, quảng bá, giới thiệu và xuất khẩu các mặt hàng nông sản chế biến', e='Ấn Độ, Pa-ki-xtan...', b=IMP, d=D30HO),
 dict(s='Tập trung triển khai các giải pháp nghiên cứu, quảng bá', e='sang thị trường Australia.', b=IMP, d=D30HO),
 dict(s='Đẩy mạnh xuất khẩu nhằm duy trì vững chắc', e='Việt Nam với Anh có hiệu lực.', b=IMP, d=D30HO),
 dict(s='Tiếp tục củng cố và mở rộng thị phần xuất khẩu tại thị trường Hoa Kỳ', e='đối với khu vực Mỹ La tinh.', b=IMP, d=D30HO),
 # II.3 Phát triển dịch vụ hỗ trợ xuất khẩu
 dict(s='Tiếp tục cải thiện môi trường đầu tư, kinh doanh', e='hoạt động sản xuất kinh doanh của các doanh nghiệp.', b=IMP, d=D30HO,
      i=['PAR', 'PCI']),
 dict(s='Xây dựng mô hình đơn vị thu gom, sơ chế', e='khẳng định danh tiếng trên thị trường.', b=IMP, d=D30HO),
 dict(s='Tiếp tục thu hút, khuyến khích, hỗ trợ các nhà đầu tư, các doanh nghiệp đầu tư nhà máy', e='(xoài, nhãn, cà phê, chè…).', b=IMP, d=D30HO),
 dict(s='Hỗ trợ các doanh nghiệp, HTX trên địa bàn tỉnh quảng bá', e='truy xuất hàng hóa trong quá trình cung ứng.', b=IMP, d=D30HO, i=['DTI']),

 # III. Giải pháp (headings are not tasks; the heading's "2021- 2025" is a slip for 2026 - 2030)
 # 1. Xây dựng vùng nguyên liệu
 dict(s='Xây dựng vùng nguyên liệu đáp ứng nhu cầu thị trường', e='(VietGAP, GlobalGAP).', b=IMP),
 dict(s='Đẩy mạnh thực hiện liên kết sản xuất với nhu cầu thị trường', e='cho lao động các doanh nghiệp, HTX.', b=IMP),
 # 2. Xúc tiến thương mại
 dict(s='Duy trì, củng cố, mở rộng thị trường truyền thống', e='tập trung cho nhóm các sản phẩm nông sản chế biến.', b=IMP),
 # "Hàng năm, xây dựng kế hoạch ..." -> required recurring, date null (c-044 t17); "Kết hợp chặt chẽ với các cơ quan thông
 # tin truyền thông, báo chí" -> optional support (p-012: not the canonical "phối hợp với")
 dict(s='Hàng năm, xây dựng kế hoạch xúc tiến thương mại', e='xúc tiến tiêu thụ nông sản tỉnh Sơn La.', d=HN, i=['DTI'],
      b=IMP + [('các cơ quan thông tin truyền thông, báo chí trung ương và địa phương', 'support', True, True)]),
 dict(s='Duy trì phối hợp với các Bộ, ngành Trung ương', e='hỗ trợ tiêu thụ, xuất khẩu nông sản.',
      b=IMP + [('các Bộ, ngành Trung ương', 'support', True), ('UBND các tỉnh/thành phố', 'support', True)]),
 dict(s='Khuyến khích, tạo điều kiện cho các doanh nghiệp, HTX quảng bá', e='để xuất khẩu nông sản.', b=IMP),
 dict(s='Đẩy mạnh phát triển và ứng dụng thương mại điện tử', e='chi phí quảng bá, giới thiệu khác.', b=IMP, i=['DTI']),
 dict(s='Tổ chức đoàn công tác đi khảo sát thị trường', e='chuỗi liên kết tiêu thụ nông sản bền vững.', b=IMP),
 dict(s='Hỗ trợ xây dựng thương hiệu trong nước và nước ngoài', e='nhu cầu thị trường với chi phí sản xuất thấp.', b=IMP),
 dict(s='Xây dựng ấn phẩm, Video - clip', e='quy định nhập khẩu tại thị trường nước ngoài.', b=IMP),
 # 3. Nâng cao năng lực đơn vị thu gom (the trained / guided enterprises are not bodies)
 dict(s='Tổ chức tập huấn, hướng dẫn các doanh nghiệp, HTX sản xuất, đơn vị thu gom', e='bảo quản, tiêu thụ và xuất khẩu.', b=IMP),
 dict(s='Xây dựng mô hình, hình thành và phát triển các đơn vị thu gom', e='đáp ứng tiêu chuẩn của nước nhập khẩu.', b=IMP),
 dict(s='Tổ chức tập huấn nâng cao nhận thức, năng lực quản trị kinh doanh', e='chế biến hàng hóa xuất khẩu.', b=IMP),
 dict(s='Tăng cường sử dụng các dịch vụ hỗ trợ sản xuất và kinh doanh', e='đặc biệt là các doanh nghiệp vừa và nhỏ.', b=IMP),
 # 4. heading + one unmarked paragraph -> the paragraph is the task
 dict(s='Tạo môi trường đầu tư hấp dẫn để thu hút vốn đầu tư', e='nâng cao giá trị của sản phẩm tham gia xuất khẩu.', b=IMP, i=['PCI']),
 # 5. Cơ chế, chính sách
 dict(s='Tiếp tục thực hiện cải cách hành chính, hỗ trợ cung cấp thông tin', e='thủ tục về đăng ký thuế và kê khai thuế.', b=IMP,
      i=['PAR', 'PCI']),
 dict(s='Hỗ trợ các ngành xuất khẩu thu hút nhiều lao động', e='quy trình sản xuất thân thiện với môi trường; ...', b=IMP),
 dict(s='Triển khai có hiệu quả, lồng ghép các chính sách hỗ trợ', e='đúng đối tượng, phát huy hiệu quả chính sách.', b=IMP),

 # IV. Kinh phí. 1: an action with named subjects (c-044 t14, p-027 VI.1); "Hàng năm" leads it -> required recurring.
 # Sở Tài chính receives, compiles and submits -> optional lead (c-009 t9)
 dict(s='Nguồn ngân sách: Hàng năm, căn cứ vào nội dung kế hoạch', e='trình UBND tỉnh xem xét, phê duyệt.', d=HN,
      b=[('các sở ngành', 'lead', True), ('UBND các xã, phường', 'lead', True), (TC, 'lead', True, True)]),
 # 2: a funding source (noun phrase) -> optional, no body (c-044 t13)
 dict(s='Nguồn xã hội hóa từ các doanh nghiệp, HTX', e='các nguồn huy động hợp pháp khác.', opt=True),

 # V. Tổ chức thực hiện
 # 1. Sở Công Thương. a) "Chủ trì, phối hợp với ..." only names roles -> not a task; its bodies go to the items
 # (the sở, ngành and UBND xã "đôn đốc"-ed in the first item stay as the sub-header's supports)
 dict(s='Là cơ quan đầu mối chủ trì tổ chức thực hiện', e='nội dung và tiến độ Kế hoạch này.', b=CT_A),
 dict(s='Tổ chức chương trình tập huấn kiến thức', e='chuyển đổi số trong hoạt động xúc tiến thương mại.', b=CT_A, i=['DTI']),
 dict(s='Tổ chức, tham gia các hoạt động kết nối giao thương', e='hội chợ thương mại trong nước*).', b=CT_A, i=['DTI']),
 dict(s='Tham mưu phát triển công nghiệp bảo quản', e='khả năng cạnh tranh của sản phẩm.', b=CT_A),
 # b) "Phối hợp với các sở, ngành, UBND các xã, phường": the header stays lead, the partners support (c-010 t5, p-029)
 dict(s='Hỗ trợ các nhà đầu tư, các tập đoàn lớn đến đầu tư phát triển hạ tầng thương mại', e='vùng sản xuất, kinh doanh nông nghiệp.', b=CT_B),
 # "... tỉnh Sơn La năm 2025" names the year of the activities (programme) -> optional period
 dict(s='Thực hiện có hiệu quả, trọng tâm, trọng điểm', e='tham gia các hoạt động thương mại điện tử.', b=CT_B, i=['DTI'],
      d=('2025-12-31', 'period', None, 'năm 2025', True)),
 # 2. Sở Nông nghiệp và Môi trường (UBND tỉnh advised in a) 2nd item is not a body)
 dict(s='Hướng dẫn doanh nghiệp và HTX trên địa bàn tỉnh áp dụng quy trình', e='thị trường trong nước và xuất khẩu;', b=NN_A),
 dict(s='Đẩy mạnh xây dựng, phát triển các vùng sản xuất trái cây', e='hoạt động xuất khẩu sản phẩm của tỉnh.', b=NN_A),
 dict(s='Tổ chức, khuyến khích doanh nghiệp, Hợp tác xã tham gia', e='tập trung vào các sản phẩm nông sản, thực phẩm.', b=NN_B),
 dict(s='Hỗ trợ phát triển thương mại điện tử của tỉnh đối với', e='tại thị trường trong nước và quốc tế.', b=NN_B, i=['DTI']),
 # 3. Sở Tài chính
 dict(s='Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường và các đơn vị có liên quan hướng dẫn các nhà đầu tư',
      e='định hướng thu hút đầu tư của tỉnh.',
      b=[(TC, 'lead', False), ('các sở, ngành', 'support', True), ('UBND các xã, phường', 'support', True),
         ('các đơn vị có liên quan', 'support', True)]),
 # the guided sở, ngành are not bodies
 dict(s='Hướng dẫn các sở, ngành và các đơn vị liên quan xây dựng kế hoạch', e='tiết kiệm, đúng quy định của pháp luật.', b=[(TC, 'lead', False)]),
 # 4. Sở Khoa học và Công nghệ: "Chủ trì, phối hợp với ...:" only names roles -> not a task
 dict(s='Triển khai thực hiện các chính sách khuyến khích doanh nghiệp', e='công nghệ sạch thân thiện với môi trường.', b=KH),
 dict(s='Tập trung cao cho việc xây dựng, quản lý nhãn hiệu', e='cho các sản phẩm chủ lực của tỉnh.', b=KH),
 dict(s='Hỗ trợ cập nhật các thông tin liên quan đến các quy định', e='quy chuẩn của nước nhập khẩu.', b=KH),
 # 5. Công an tỉnh (header + one paragraph)
 dict(s='Chủ trì, phối hợp với các sở, ngành, UBND các xã, phường thực hiện quản lý nhà nước về xuất nhập cảnh',
      e='sản phẩm hàng hóa tại thị trường nước ngoài.',
      b=[('Công an tỉnh', 'lead', False), ('các sở, ngành', 'support', True), ('UBND các xã, phường', 'support', True)]),
 # 6. Sở Ngoại vụ (UBND tỉnh, to which it submits / which it advises, is not a body; nor the foreign missions)
 dict(s='Thẩm định, trình UBND tỉnh về thủ tục', e='sản phẩm hàng hóa xuất khẩu của tỉnh.', b=[(NV, 'lead', False)]),
 dict(s='Tham mưu với UBND tỉnh làm việc với các Cơ quan đại diện', e='thúc đẩy xuất khẩu sản phẩm hàng hóa của tỉnh.', b=[(NV, 'lead', False)]),
 # 7. Trung tâm Xúc tiến đầu tư, thương mại và du lịch
 dict(s='Tổ chức các chương trình: Tuần hàng, tuần lễ', e='hội chợ triển lãm thương mại.', b=[(TT, 'lead', False)]),
 dict(s='Làm việc với cơ quan thông tấn, báo chí, truyền thông', e='bao bì, nhãn hiệu sản phẩm.', b=[(TT, 'lead', False)]),
 # 8. Đề nghị Liên minh HTX tỉnh, Đoàn TNCS HCM tỉnh, Hội nông dân tỉnh, Hiệp hội doanh nghiệp tỉnh ("Đề nghị" dropped)
 dict(s='Đẩy mạnh tập huấn, học tập mô hình sản xuất tiên tiến', e='tiêu thụ, xuất khẩu nông sản.', b=HOI),
 dict(s='Phối hợp với các sở, ngành, UBND các xã, phường tổ chức các hoạt động xúc tiến', e='tập trung vào sản phẩm nông sản.',
      b=HOI + [('các sở, ngành', 'support', True), ('UBND các xã, phường', 'support', True)]),
 dict(s='Thường xuyên nắm bắt, đề xuất cơ quan có thẩm quyền', e='nhất là các sản phẩm nông sản.', b=HOI, d=ONG),
 # 9. Báo và phát thanh, truyền hình Sơn La ("và" inside the name), Cổng thông tin điện tử tỉnh
 dict(s='Xây dựng các phóng sự, tin bài để quảng bá', e='của các nước có nhu cầu nhập khẩu.',
      b=[('Báo và phát thanh, truyền hình Sơn La', 'lead', False), ('Cổng thông tin điện tử tỉnh', 'lead', False)]),
 # 10. Ủy ban nhân dân các xã, phường. a) Chủ trì, phối hợp với các sở, ban, ngành và cơ quan, đơn vị có liên quan
 dict(s='Phát triển các vùng sản xuất tập trung tại địa phương', e='có điều kiện phát triển thuận lợi.', b=XA_A),
 dict(s='Xây dựng các mô hình mẫu về vùng sản xuất tập trung', e='phân khúc cao cấp tại thị trường trong nước.', b=XA_A),
 # "giai đoạn 2026 – 2030" is the period of the local plan to draft, not a time limit (p-029 V.10 a)
 dict(s='Trên cơ sở thực tiễn về tiềm năng xuất khẩu của các sản phẩm trên địa bàn', e='của xã, phường giai đoạn 2026 – 2030.', b=XA_A),
 # "ít nhất 01 doanh nghiệp, hợp tác xã" per xã/phường -> counted target, >= (p-027 "ít nhất một cơ sở y tế"); the span
# starts at the number (p-029)
 dict(s='Lựa chọn ít nhất 01 doanh nghiệp, hợp tác xã', e='tiêu thụ trong nước và xuất khẩu.', b=XA_A,
      g=[('01 doanh nghiệp, hợp tác xã', 1, 'doanh nghiệp, hợp tác xã', '>=',
          'số doanh nghiệp, hợp tác xã được mỗi xã, phường lựa chọn làm đơn vị thu gom chuyên nghiệp')]),
 dict(s='Nghiên cứu việc hỗ trợ doanh nghiệp, HTX trên địa bàn đạt các chứng nhận quốc tế', e='hoạt động xuất khẩu sản phẩm của tỉnh.', b=XA_A),
 # b) Phối hợp với các sở, ngành và các cơ quan, đơn vị có liên quan
 dict(s='Chủ động phối hợp với các Sở, ngành kịp thời hỗ trợ', e='sản để phục vụ xuất khẩu.',
      b=[(UBX, 'lead', False), ('các Sở, ngành', 'support', True), ('các cơ quan, đơn vị có liên quan', 'support', False)]),
 # "Chỉ đạo X phối hợp với Y": X optional lead (c-003), Y the directed unit's partner -> optional support (p-029)
 dict(s='Chỉ đạo đơn vị chuyên môn phối hợp chặt chẽ', e='giám sát mã số vùng trồng theo quy định.',
      b=XA_B + [('đơn vị chuyên môn', 'lead', True, True), (SNN, 'support', True, True)]),
 dict(s='Chủ động phối hợp với các sở, ngành và các đơn vị có liên quan tổ chức, tham gia', e='phát triển thương mại điện tử.', i=['DTI'],
      b=[(UBX, 'lead', False), ('các sở, ngành', 'support', True), ('các đơn vị có liên quan', 'support', True)]),
 # 11. Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa (one collective body)
 dict(s='Chủ động nắm bắt thông tin thị trường để xây dựng Kế hoạch sản xuất', e='chất lượng phục vụ xuất khẩu.', b=DNX),
 # "đề xuất cơ quan có thẩm quyền hỗ trợ" -> not a body
 dict(s='Nghiên cứu, áp dụng khoa học kỹ thuật, quy trình sản xuất', e='điều kiện tự nhiên của tỉnh đối với cây trồng, vật nuôi…', b=DNX),
 dict(s='Thường xuyên phối hợp, cung cấp thông tin với các sở, ngành', e='đề xuất cấp có thẩm quyền giải quyết.', d=ONG,
      b=DNX + [('các sở, ngành', 'support', True), ('UBND các xã, phường', 'support', True)]),

 # V (sic). Chế độ báo cáo
 # 1. inline body label; the monthly report is the item's first and most frequent limit: "trước ngày 16 hàng tháng" ->
 # first occurrence after 20/11/2025; Sở Công Thương receives and compiles -> optional lead (c-009 t9)
 dict(s='Các Sở, ngành, UBND các xã, phường và các cơ quan, đơn vị có liên quan: Căn cứ chức năng',
      e='tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh.',
      b=[('Các Sở, ngành', 'lead', True), ('UBND các xã, phường', 'lead', True), ('các cơ quan, đơn vị có liên quan', 'lead', True),
         (SCT, 'lead', True, True)],
      d=('2025-12-16', 'recurring', 'FREQ=MONTHLY;BYMONTHDAY=16', 'trước ngày 16 hàng tháng')),
 # 2. the Tỉnh ủy, HĐND, UBND tỉnh reported to are not bodies
 dict(s='Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh về tình hình thực hiện', e='hoặc khi có yêu cầu báo cáo đột xuất.',
      b=[(SCT, 'lead', True)],
      d=('2025-12-18', 'recurring', 'FREQ=MONTHLY;BYMONTHDAY=18', 'trước ngày 18 hàng tháng')),
 # closing "nếu có khó khăn, vướng mắc kịp thời báo cáo UBND tỉnh ... (qua Sở Công Thương)" -> required task (c-009 t9,
 # p-012); no subject: the implementers of the reporting item above, inherited; SCT ("qua") an optional support
 dict(s='Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc', e='(*qua Sở Công Thương*)./.',
      b=[('Các Sở, ngành', 'lead', False), ('UBND các xã, phường', 'lead', False),
         ('các cơ quan, đơn vị có liên quan', 'lead', False, True), (SCT, 'support', False, True)]),
]
