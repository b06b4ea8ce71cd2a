SOURCE = 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Ke-hoach-552-KH-UBND-2025-lo-trinh-doi-moi-cong-nghe-nganh-kinh-te-mui-nhon-Dong-Thap-681433.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/192068354fd1ffe5.md@56eff108e1bc; corpus/directives/013.txt)'
DOC = dict(doc_type='ke_hoach', number='552/KH-UBND', issuer='UBND tỉnh Đồng Tháp', signer='Huỳnh Minh Tuấn', issued_on='2025-11-19',
           subject='thực hiện lộ trình đổi mới công nghệ đến năm 2035 trên địa bàn tỉnh Đồng Tháp đối với các ngành kinh tế mũi nhọn',
           # the Căn cứ paragraph; no other document is cited by number
           references=['57-NQ/TW', '71/NQ-CP', '10-CTr/TU', '30-TB/TGV', '283/KH-UBND'],
           indices=[])
START = 'I. MỤC'
D = ['DTI']
KH = 'Sở Khoa học và Công nghệ'
NN = 'Sở Nông nghiệp và Môi trường'
CT = 'Sở Công Thương'
TC = 'Sở Tài chính'
GD = 'Sở Giáo dục và Đào tạo'
BQL = 'Ban Quản lý khu Kinh tế'
LH = 'Liên hiệp các Hội Khoa học và Kỹ thuật'
HH = 'Hiệp hội Doanh nghiệp'
SBN = 'các sở, ban, ngành'
XP = 'Ủy ban nhân dân xã, phường'
SLQ = 'Sở, ban, ngành có liên quan'
UT = ('UBND tỉnh Đồng Tháp', 'lead', False, True)
# The plan's implementers as a whole: VI.1 "Các sở, ban, ngành, Ủy ban nhân dân xã, phường định kỳ kiểm tra, đánh giá
# tình hình thực hiện các mục tiêu, nhiệm vụ ..." and VI.2 "Các sở, ban, ngành, Ủy ban nhân dân xã, phường và các đơn vị
# liên quan có trách nhiệm xây dựng kế hoạch chi tiết hằng năm ...". Section III (Lộ trình) names no body: these two are
# its inherited leads (as c-044 / p-014 / p-029); "các đơn vị liên quan", the standing agency Sở KH&CN (V.1, VI.1) and the
# issuer are optional.
IMP = [(SBN, 'lead', False), (XP, 'lead', False), ('các đơn vị liên quan', 'lead', False, True), (KH, 'lead', False, True), UT]
# section II (Mục tiêu): the owner and the implementers, inherited and optional (seed-004 t4, g-018, p-014)
MT = [UT, (SBN, 'lead', False, True), (XP, 'lead', False, True)]
# sub-headings give their date to the items below them (p-012 / p-029)
D30 = ('2030-12-31', 'by', None, 'Đến năm 2030', False, '2.1. Đến năm 2030')
D30o = D30[:4] + (True, D30[5])
D35 = ('2035-12-31', 'by', None, 'Định hướng đến năm 2035', False, '2.2. Định hướng đến')
D35o = D35[:4] + (True, D35[5])
# Lộ trình phases "1. Giai đoạn 2025 - 2030" / "2. Giai đoạn 2031 - 2035": the time frame of every item below
P1 = ('2030-12-31', 'period', None, 'Giai đoạn 2025 - 2030', False, 'III. LỘ TRÌNH THỰC HIỆN')
P2 = ('2035-12-31', 'period', None, 'Giai đoạn 2031 - 2035', False, 'III. LỘ TRÌNH THỰC HIỆN')
ONG = (None, 'ongoing', None, 'Thường xuyên')
ONGo = (None, 'ongoing', None, 'Thường xuyên', True)
Y26 = ('2026-12-31', 'period', None, '2026')
Y30 = ('2030-12-31', 'period', None, '2025 - 2030')
Y35 = ('2035-12-31', 'period', None, '2025 - 2035')
HN = (None, 'recurring', 'FREQ=YEARLY', 'Định kỳ hằng năm')
B_KH = [(KH, 'lead', False)]
B_NN = [(NN, 'lead', False)]
B_CT = [(CT, 'lead', False)]
B_TC = [(TC, 'lead', False)]
B_GD = [(GD, 'lead', False)]
B_BQL = [(BQL, 'lead', False)]
B_XP = [(XP, 'lead', False)]
B_HH = [(HH, 'lead', False)]
# Phụ lục support cells
VT = [('Viện, Trường', 'support', True), ('Viện', 'support', True, True), ('Trường', 'support', True, True)]
S_LQ = [(SLQ, 'support', True)]
DN = [('Doanh nghiệp', 'support', True)]


def row(s, e, lead, sup, d, i=None):
    """A Phụ lục row: span = the task cell, bodies and time from the other cells (explicit)."""
    return dict(s=s, e=e, b=[(lead, 'lead', True)] + sup, d=d, i=i or [])


T = [
 # Căn cứ paragraph and "Ủy ban nhân dân Tỉnh ban hành Kế hoạch ... như sau:" are not tasks.
 # I.1 Mục đích, I.2 Yêu cầu -> optional
 dict(s='Khuyến khích ứng dụng, đổi', e='các ngành kinh tế mũi nhọn của Tỉnh.', opt=True),
 dict(s='Tăng cường năng lực nghiên', e='doanh nghiệp, hợp tác xã, hộ sản xuất.', opt=True),
 dict(s='Xây dựng hệ sinh thái đổi', e='đội ngũ nhân lực công nghệ chất lượng cao.', opt=True),
 dict(s='Bảo đảm sự lãnh đạo toàn', e='thù kinh tế - xã hội của Tỉnh.', opt=True),
 dict(s='Đổi mới công nghệ phải được', e='giảm thiểu tác động môi trường.', opt=True),
 dict(s='Tăng cường hợp tác nghiên', e='hỗ trợ về cơ chế chính sách và nguồn lực.', opt=True),
 dict(s='Lộ trình đổi mới công nghệ phải', e='2031 - 2035)*.', opt=True),
 dict(s='Huy động, lồng ghép hiệu', e='vốn đổi mới sáng tạo)*.', opt=True),
 dict(s='Gắn kết chặt chẽ giữa đổi', e='phù hợp với đặc thù kinh tế - xã hội của Tỉnh.', opt=True, i=D),
 # II.1 Mục tiêu tổng quát: aims -> optional
 dict(s='Nâng cao năng lực đổi mới công nghệ cho', e='xanh, tuần hoàn và bền vững.', opt=True, b=MT, i=D),
 dict(s='Tạo điều kiện phát triển nguồn', e='theo sát nhu cầu thực tiễn của các ngành mũi nhọn.', opt=True, b=MT),
 dict(s='Đồng Tháp trở thành trung', e='vùng Đồng bằng sông Cửu Long.', opt=True, b=MT),
 # II.2.1 Đến năm 2030: "- Nông nghiệp Công nghệ cao" etc. are sub-headings; each paragraph below is a unit.
 # Quantified goals -> required tasks with targets (g-018, p-027); qualitative ones optional (n-023, p-012).
 dict(s='Phấn đấu trên 50% diện tích', e='tự động hóa, số hóa và công nghệ sinh học.', b=MT, d=D30, i=D,
      g=[('50% diện tích sản xuất nông nghiệp chủ lực *(lúa, xoài, cây ăn trái, hoa kiểng) *ứng dụng công nghệ thông minh, tự động hóa, số hóa và công nghệ sinh học',
          50, '%', '>', 'tỷ lệ diện tích sản xuất nông nghiệp chủ lực ứng dụng công nghệ thông minh, tự động hóa, số hóa và công nghệ sinh học đến năm 2030')]),
 dict(s='Hình thành ít nhất 20 mô', e='có khả năng nhân rộng toàn Tỉnh.', b=MT, d=D30,
      g=[('20 mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu', 20, 'mô hình', '>=',
          'số mô hình sản xuất nông nghiệp tuần hoàn - hữu cơ - thích ứng biến đổi khí hậu có khả năng nhân rộng đến năm 2030')]),
 dict(s='100% hợp tác xã nông nghiệp,', e='để phục vụ xuất khẩu.', b=MT, d=D30, i=D,
      g=[('100% hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực và sản phẩm nông sản chủ lực *(xoài, nhãn, hoa kiểng, thuỷ sản,…) *của Tỉnh áp dụng hệ thống truy xuất nguồn gốc và đáp ứng các tiêu chuẩn chất lượng quốc tế', 100, '%', '=',
          'tỷ lệ hợp tác xã nông nghiệp, doanh nghiệp sản xuất nông sản chủ lực và sản phẩm nông sản chủ lực áp dụng hệ thống truy xuất nguồn gốc và đáp ứng tiêu chuẩn chất lượng quốc tế đến năm 2030')]),
 dict(s='Đảm bảo trên 70% diện tích', e='tuần hoàn và giảm phát thải.', b=MT, d=D30,
      g=[('70% diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học, tuần hoàn và giảm phát thải',
          70, '%', '>', 'tỷ lệ diện tích nuôi cá tra và thủy sản chủ lực áp dụng công nghệ nuôi an toàn sinh học, tuần hoàn và giảm phát thải đến năm 2030')]),
 dict(s='Hình thành ít nhất 02 vùng', e='đạt tiêu chuẩn quốc tế.', b=MT, d=D30,
      g=[('02 vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế', 2, 'vùng', '>=',
          'số vùng nuôi thủy sản thông minh đạt tiêu chuẩn quốc tế đến năm 2030')]),
 dict(s='Trên 70% số doanh nghiệp chế', e='trung bình tiên tiến trở lên.', b=MT, d=D30,
      g=[('70% số doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến trở lên',
          70, '%', '>', 'tỷ lệ doanh nghiệp chế biến nông sản và thủy sản đạt trình độ và năng lực công nghệ trung bình tiên tiến trở lên đến năm 2030')]),
 dict(s='Hình thành ít nhất 01 trung', e='tại các vùng nguyên liệu tập trung.', b=MT, d=D30,
      g=[('01 trung tâm logistics, bảo quản, chế biến hiện đại', 1, 'trung tâm', '>=',
          'số trung tâm logistics, bảo quản, chế biến hiện đại tại các vùng nguyên liệu tập trung đến năm 2030')]),
 dict(s='100% điểm đến du lịch trọng', e='với các tỉnh Đồng bằng sông Cửu Long.', b=MT, d=D30, i=D,
      g=[('100% điểm đến du lịch trọng điểm ứng dụng công nghệ số', 100, '%', '=',
          'tỷ lệ điểm đến du lịch trọng điểm ứng dụng công nghệ số đến năm 2030'),
         ('10 sản phẩm du lịch thông minh, trải nghiệm số hóa', 10, 'sản phẩm', '>=',
          'số sản phẩm du lịch thông minh, trải nghiệm số hóa được phát triển đến năm 2030')]),
 dict(s='Vận hành hiệu quả Không gian', e='kết nối với các trung tâm quốc gia và quốc tế.', opt=True, b=MT, d=D30o),
 dict(s='Đảm bảo 100% khu công nghiệp,', e='chương trình hỗ trợ đổi mới công nghệ.', b=MT, d=D30,
      g=[('100% khu công nghiệp, cụm công nghiệp phải triển khai chương trình hỗ trợ đổi mới công nghệ', 100, '%', '=',
          'tỷ lệ khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ đến năm 2030')]),
 dict(s='Hình thành ít nhất 100 doanh', e='đóng vai trò dẫn dắt ngành.', b=MT, d=D30,
      g=[('100 doanh nghiệp khởi nghiệp sáng tạo', 100, 'doanh nghiệp', '>=', 'số doanh nghiệp khởi nghiệp sáng tạo đến năm 2030'),
         ('50 doanh nghiệp khoa học công nghệ', 50, 'doanh nghiệp', '>=', 'số doanh nghiệp khoa học công nghệ đến năm 2030'),
         ('50 doanh nghiệp trở thành hạt nhân đổi mới công nghệ', 50, 'doanh nghiệp', '>=',
          'số doanh nghiệp trở thành hạt nhân đổi mới công nghệ đến năm 2030'),
         ('20 doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành', 20, 'doanh nghiệp', '=',
          'số doanh nghiệp công nghệ cao đóng vai trò dẫn dắt ngành (trong số doanh nghiệp hạt nhân) đến năm 2030')]),
 dict(s='Tổ chức đào tạo, bồi dưỡng 3.000', e='về công nghệ mới, công nghệ cốt lõi.', b=MT, d=D30, i=D,
      g=[('3.000 lượt nhân lực về ứng dụng công nghệ, quản trị đổi mới sáng tạo và chuyển đổi số', 3000, 'lượt', '=',
          'số lượt nhân lực được đào tạo, bồi dưỡng về ứng dụng công nghệ, quản trị đổi mới sáng tạo và chuyển đổi số đến năm 2030'),
         ('03 cơ sở giáo dục, đào tạo của tỉnh có hoạt động đào tạo hoặc liên kết đào tạo về công nghệ mới, công nghệ cốt lõi',
          3, 'cơ sở giáo dục, đào tạo', '>=', 'số cơ sở giáo dục, đào tạo của tỉnh có hoạt động đào tạo hoặc liên kết đào tạo về công nghệ mới, công nghệ cốt lõi đến năm 2030')]),
 # II.2.2 Định hướng đến năm 2035: each item carries a number -> required (quantified goals), as II.2.1
 dict(s='Đồng Tháp trở thành địa phương thuộc top 03', e='Quy mô kinh tế số đạt 40% GRDP.', b=MT, d=D35, i=D,
      g=[('top 03 vùng Đồng bằng sông Cửu Long về đổi mới công nghệ', 3, 'rank', '<=',
          'thứ hạng của Đồng Tháp trong vùng Đồng bằng sông Cửu Long về đổi mới công nghệ trong nông nghiệp, công nghiệp chế biến và ứng dụng công nghệ số đến năm 2035'),
         ('Quy mô kinh tế số đạt 40% GRDP', 40, '%', '=', 'tỷ trọng kinh tế số trong GRDP của tỉnh đến năm 2035')]),
 dict(s='Tối thiểu 80% doanh nghiệp', e='khả năng cạnh tranh của sản phẩm, dịch vụ.', b=MT, d=D35,
      g=[('80% doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ tiên tiến trong hoạt động sản xuất, quản lý và kinh doanh',
          80, '%', '>=', 'tỷ lệ doanh nghiệp trên địa bàn tỉnh ứng dụng công nghệ tiên tiến trong sản xuất, quản lý và kinh doanh đến năm 2035')]),
 dict(s='Hình thành hệ sinh thái đổi mới sáng tạo hoàn chỉnh', e='phát triển với các viện/trường.', b=MT, d=D35,
      g=[('40% doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường', 40, '%', '>=',
          'tỷ lệ doanh nghiệp vừa và nhỏ có hợp tác nghiên cứu, phát triển với các viện/trường đến năm 2035')]),
 dict(s='Nâng cao rõ rệt tỷ trọng', e='sản phẩm đổi mới sáng tạo được thương mại hoá.', b=MT, d=D35,
      g=[('150 sản phẩm đổi mới sáng tạo được thương mại hoá', 150, 'sản phẩm', '>=',
          'số sản phẩm đổi mới sáng tạo được thương mại hoá mỗi năm (định hướng đến năm 2035)')]),
 # III. Lộ trình thực hiện: imperative contents naming no body -> tasks of the plan's implementers (inherited);
 # the phase heading is each item's time frame.
 # 1. Giai đoạn 2025 - 2030
 dict(s='Rà soát, bổ sung, hoàn thiện các chính sách', e='mạnh dạn đầu tư công nghệ mới.', b=IMP, d=P1),
 dict(s='Đầu tư, nâng cấp hạ tầng số;', e='thương mại, dịch vụ và quản lý nhà nước.', b=IMP, d=P1, i=D),
 dict(s='Xây dựng Trung tâm đổi mới sáng tạo cấp tỉnh, hình thành', e='thúc đẩy nghiên cứu, ứng dụng, thương mại hóa công nghệ.', b=IMP, d=P1),
 dict(s='Tập trung hỗ trợ các doanh nghiệp nhỏ và vừa ứng dụng', e='đạt 30% doanh nghiệp nhỏ và vừa thực hiện.', b=IMP, i=D,
      d=('2030-12-31', 'by', None, 'đến năm 2030'),
      g=[('30% doanh nghiệp nhỏ và vừa thực hiện', 30, '%', '=',
          'tỷ lệ doanh nghiệp nhỏ và vừa ứng dụng công nghệ tiên tiến, công nghệ số trong sản xuất, kinh doanh đến năm 2030')]),
 dict(s='Đổi mới công nghệ trong khu công nghiệp: 100%', e='gắn với chuyển đổi số và sản xuất thông minh.', b=IMP, d=P1, i=D,
      g=[('100% khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ', 100, '%', '=',
          'tỷ lệ khu công nghiệp, cụm công nghiệp triển khai chương trình hỗ trợ đổi mới công nghệ (giai đoạn 2025 - 2030)')]),
 dict(s='Phát triển công nghệ trong nông nghiệp và công nghiệp chế biến:', e='theo hướng nâng cao giá trị gia tăng.', b=IMP, d=P1),
 dict(s='Đào tạo và phát triển nguồn nhân lực:', e='yêu cầu thực tiễn của doanh nghiệp và xã hội.', b=IMP, d=P1, i=D),
 # "định kỳ (hằng năm)" qualifies the item's own action -> its deadline (recurring), not the phase
 dict(s='Kiểm tra, đánh giá và điều chỉnh chính sách liên tục:', e='điều chỉnh kịp thời nếu có sai lệch so với mục tiêu.', b=IMP,
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ *(hằng năm)')),
 # 2. Giai đoạn 2031 - 2035 ("2.1. Mở rộng ..." etc. are sub-headings)
 dict(s='Xem xét, điều chỉnh các ưu đãi', e='để nâng cao hiệu quả.', b=IMP, d=P2),
 dict(s='Bổ sung các chính sách hỗ trợ đặc biệt', e='doanh nghiệp khởi nghiệp đổi mới sáng tạo.', b=IMP, d=P2),
 dict(s='Xây dựng và triển khai cơ chế Sandbox', e='chưa có khung pháp lý điều chỉnh rõ ràng.', b=IMP, d=P2),
 dict(s='Mở rộng, nâng cao chất lượng hạ tầng số', e='IoT tại vùng sản xuất chủ lực.', b=IMP, d=P2, i=D),
 dict(s='Nâng cấp, hoàn thiện hệ thống cơ sở dữ liệu', e='hỗ trợ quản lý và ra quyết định.', b=IMP, d=P2, i=D),
 dict(s='Tăng cường năng lực hoạt động của Trung tâm', e='hỗ trợ thương mại hoá sản phẩm.', b=IMP, d=P2),
 dict(s='Phát triển các vườn ươm,', e='tổ chức nghiên cứu, trường đại học, doanh nghiệp.', b=IMP, d=P2),
 dict(s='Đưa tỷ lệ doanh nghiệp ứng dụng', e='lên tối thiểu 80% trên toàn Tỉnh.', b=IMP, d=P2,
      g=[('tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh lên tối thiểu 80%', 80, '%', '>=',
          'tỷ lệ doanh nghiệp ứng dụng công nghệ tiên tiến trong sản xuất, quản lý, kinh doanh trên toàn tỉnh (giai đoạn 2031 - 2035)')]),
 dict(s='Tập trung hỗ trợ doanh nghiệp nhỏ và vừa để rút ngắn', e='ứng dụng công nghệ mới.', b=IMP, d=P2),
 dict(s='Khuyến khích và hỗ trợ các doanh nghiệp lớn', e='năng lực tự chủ công nghệ của Tỉnh.', b=IMP, d=P2),
 dict(s='Nâng cao chất lượng, giá trị sản phẩm chế biến', e='mở rộng thị trường xuất khẩu.', b=IMP, d=P2),
 dict(s='Hỗ trợ xây dựng các chuỗi giá trị khép kín', e='hoa kiểng, lúa gạo)*.', b=IMP, d=P2),
 dict(s='Đào tạo chuyên sâu về công nghệ', e='sáng tạo sản phẩm.', b=IMP, d=P2, i=D),
 dict(s='Thu hút chuyên gia, nhà khoa học', e='giảng dạy, chuyển giao công nghệ.', b=IMP, d=P2),
 dict(s='Mở rộng các chương trình "học tập số"', e='tạo nền tảng cho xã hội số.', b=IMP, d=P2, i=D),
 dict(s='Tăng cường hợp tác quốc tế để nâng cao', e='đội ngũ nhân lực trong Tỉnh.', b=IMP, d=P2),
 # 2.7: two near-identical items in the source; both are units
 dict(s='Mở rộng các nguồn vốn cho đổi mới sáng tạo: quỹ tỉnh, các quỹ đầu tư mạo hiểm, vốn quốc tế, PPP.', b=IMP, d=P2),
 dict(s='Mở rộng các nguồn vốn cho đổi mới sáng tạo: quỹ tỉnh,', e='đảm bảo nguồn vốn bền vững và đa dạng.', b=IMP, d=P2),
 dict(s='Kết nối mạng lưới các tổ chức hỗ trợ', e='doanh nghiệp khởi nghiệp và các viện, trường.', b=IMP, d=P2),
 dict(s='Xây dựng hệ thống hỗ trợ khởi nghiệp', e='tiếp cận thị trường và vốn.', b=IMP, d=P2),
 dict(s='Tổ chức các sự kiện, cuộc thi đổi mới sáng tạo', e='tìm kiếm ý tưởng, thu hút đầu tư.', b=IMP, d=P2),
 # "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU (chi tiết Phụ lục đính kèm)" is a heading.
 # IV. Kinh phí: sources of money -> optional, no body (c-044 t13, p-014 IV)
 dict(s='Kinh phí thực hiện lồng ghép từ các chương trình', e='phân bổ hằng năm cho các cơ quan, đơn vị.', opt=True),
 dict(s='Kinh phí đóng góp của người dân', e='hợp tác công tư khác *(nếu có)*.', opt=True),
 # V. Tổ chức thực hiện: "N. body" headers give inherited leads. Items that repeat a Phụ lục row get the row's time as
 # an optional deadline (p-012 V.1).
 # 1. Sở Khoa học và Công nghệ
 dict(s='Là cơ quan thường trực, chủ trì tham mưu', e='tổng hợp tình hình thực hiện Kế hoạch.', b=B_KH),
 dict(s='Xây dựng và tổ chức các chương trình, đề án hỗ trợ doanh nghiệp', e='chuyển giao, đổi mới công nghệ.', b=B_KH,
      d=('2026-12-31', 'period', None, '2026', True, 'Xây dựng chương trình hỗ trợ nghiên cứu')),
 dict(s='Xây dựng và triển khai các chương trình, đề án phát triển hạ tầng số', e='an ninh thông tin trong hoạt động chuyển đổi số.',
      b=B_KH, i=D, d=('2035-12-31', 'period', None, '2025 - 2035', True, 'Chương trình/ Đề án phát triển hạ tầng số')),
 dict(s='Phối hợp với các sở, ngành, địa phương xây dựng cơ chế', e='hệ sinh thái đổi mới sáng tạo.',
      b=B_KH + [('các sở, ngành, địa phương', 'support', True)]),
 dict(s='Định kỳ hằng năm, báo cáo Ủy ban nhân dân Tỉnh', e='đề xuất giải pháp, điều chỉnh phù hợp.', b=B_KH, d=HN),
 # 2. Sở Nông nghiệp và Môi trường
 dict(s='Chủ trì, phối hợp triển khai các chương trình đổi mới công nghệ', e='tài nguyên đất, nước và môi trường.', b=B_NN),
 dict(s='Hướng dẫn, hỗ trợ nông dân, hợp tác xã, doanh nghiệp', e='biến đổi khí hậu.', b=B_NN, i=D,
      d=('2030-12-31', 'period', None, '2025 - 2030', True, 'Hướng dẫn hợp tác xã, nông dân ứng dụng')),
 # "hợp tác, liên kết với X" is not the canonical "phối hợp với": optional supports (as p-012 "kết hợp với")
 dict(s='Đẩy mạnh hợp tác, liên kết với các viện nghiên cứu', e='tái chế và xử lý chất thải.',
      b=B_NN + [('các viện nghiên cứu', 'support', True, True), ('trường đại học', 'support', True, True),
                ('doanh nghiệp', 'support', True, True)]),
 dict(s='Tổ chức các hoạt động tập huấn, đào tạo, phát triển nguồn nhân lực', e='trong sản xuất và bảo vệ môi trường.', b=B_NN,
      d=(None, 'ongoing', None, 'Thường xuyên', True, 'Tổ chức các hoạt động tập huấn, đào tạo nhân lực')),
 # 3. Sở Công Thương
 dict(s='Chủ trì triển khai các chương trình khuyến công', e='phát triển công nghiệp hỗ trợ.', b=B_CT,
      d=('2035-12-31', 'period', None, '2025 - 2035', True, 'Hỗ trợ doanh nghiệp tiếp cận chính sách khuyến công')),
 dict(s='Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong quản trị', e='thương mại điện tử và logistics.', b=B_CT, i=D,
      d=('2035-12-31', 'period', None, '2025 - 2035', True, 'Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong quản trị sản xuất, kinh doanh, đặc biệt là thương mại điện tử và logistics. | Sở Công Thương')),
 dict(s='Phối hợp với các ngành liên quan phát triển thị trường', e='đổi mới sáng tạo.',
      b=B_CT + [('các ngành liên quan', 'support', True)]),
 # 4. Sở Tài chính (item 1 names its subject; the proposing sở, ngành are not bodies)
 dict(s='Trên cơ cở tổng hợp nhu cầu', e='phát triển kinh tế - xã hội của Tỉnh.', b=[(TC, 'lead', True)]),
 dict(s='Rà soát, kịp thời cụ thể hoá các cơ chế', e='phù hợp với điều kiện kinh tế xã hội của Tỉnh', b=B_TC,
      d=(None, 'ongoing', None, 'Thường xuyên', True, 'NHÓM GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH')),
 dict(s='Phối hợp với các sở, ngành, địa phương hướng dẫn, kiểm tra', e='đúng mục tiêu, đúng quy định pháp luật.',
      b=B_TC + [('các sở, ngành, địa phương', 'support', True)]),
 dict(s='Đề xuất các giải pháp cải thiện', e='phát triển kinh tế - xã hội của Tỉnh.', b=B_TC,
      d=('2026-12-31', 'period', None, '2026', True, 'Đề xuất giải pháp cải thiện môi trường đầu tư')),
 # 5. Sở Giáo dục và Đào tạo
 dict(s='Chủ trì, phối hợp với các sở, ngành, địa phương xây dựng và triển khai', e='phát triển kinh tế số.',
      b=B_GD + [('các sở, ngành, địa phương', 'support', True)], i=D,
      d=('2030-12-31', 'period', None, '2025 - 2030', True, 'Xây dựng và triển khai các chương trình, kế hoạch đào tạo, bồi dưỡng nhân lực')),
 dict(s='Đổi mới chương trình, nội dung, phương pháp giảng dạy', e='cho học sinh, sinh viên, người lao động.', b=B_GD,
      d=('2030-12-31', 'period', None, '2025 - 2030', True, 'Đổi mới chương trình, nội dung giảng dạy')),
 dict(s='Phối hợp với doanh nghiệp, viện nghiên cứu, trường đại học tổ chức đào tạo', e='các ngành dịch vụ mới nổi.',
      b=B_GD + [('doanh nghiệp', 'support', True), ('viện nghiên cứu', 'support', True), ('trường đại học', 'support', True)]),
 dict(s='Tăng cường hợp tác quốc tế, liên kết đào tạo', e='góp phần nâng cao chất lượng nguồn nhân lực của Tỉnh.',
      b=B_GD + [('các trường, viện trong và ngoài nước', 'support', True, True)]),
 # 6. Ban Quản lý khu Kinh tế ("Phối hợp ..." without a partner: the header stays the only (lead) body, c-010 t5)
 dict(s='Phối hợp với các sở, ngành và địa phương tổ chức triển khai', e='sản xuất thông minh trong các khu công nghiệp, khu kinh tế.',
      b=B_BQL + [('các sở, ngành và địa phương', 'support', True)], i=D,
      d=('2030-12-31', 'period', None, '2025 - 2030', True, 'Phối hợp triển khai Chương trình/đề án hỗ trợ đổi mới công nghệ')),
 dict(s='Phối hợp hướng dẫn, tạo điều kiện thuận lợi', e='phát triển và chuyển giao công nghệ.', b=B_BQL),
 dict(s='Phối hợp xây dựng hạ tầng số, cơ sở dữ liệu quản lý', e='hệ thống chính quyền số của Tỉnh.', b=B_BQL, i=D),
 dict(s='Thu hút, kêu gọi đầu tư vào các dự án công nghệ cao', e='trong khu công nghiệp, khu kinh tế.', b=B_BQL),
 dict(s='Phối hợp tổ chức tập huấn, bồi dưỡng nâng cao năng lực', e='đổi mới sáng tạo và an toàn, an ninh thông tin.', b=B_BQL),
 # 7. Liên hiệp các Hội Khoa học và Kỹ thuật: one paragraph (semicolons do not split); = Phụ lục I.3 + IV.3 ("Thường xuyên")
 dict(s='Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ; Đào tạo', e='nhân lực khoa học và công nghệ.',
      b=[(LH, 'lead', False)], d=(None, 'ongoing', None, 'Thường xuyên', True, 'Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ. |')),
 # 8. Các sở, ban, ngành Tỉnh: the only item under its header -> required (p-025 III.2, c-044 t15)
 dict(s='Căn cứ chức năng, nhiệm vụ, chủ động xây dựng', e='đổi mới công nghệ trong lĩnh vực phụ trách.',
      b=[('Các sở, ban, ngành Tỉnh', 'lead', False)]),
 # 9. Ủy ban nhân dân xã, phường
 dict(s='Xây dựng kế hoạch triển khai phù hợp với đặc thù', e='điều kiện thực tế của từng địa phương.', b=B_XP),
 dict(s='Tuyên truyền, vận động doanh nghiệp, hợp tác xã', e='đổi mới công nghệ, chuyển đổi số.', b=B_XP, i=D),
 # "định kỳ báo cáo" is only the last clause -> optional recurring (p-025 III.1, g-018 IV.6)
 dict(s='Phối hợp với các sở, ngành liên quan tổ chức thực hiện, kiểm tra', e='báo cáo kết quả về Ủy ban nhân dân Tỉnh.',
      b=B_XP + [('các sở, ngành liên quan', 'support', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ báo cáo', True)),
 # 10. Hiệp hội Doanh nghiệp
 dict(s='Vận động, khuyến khích hội viên, doanh nghiệp tham gia', e='đổi mới công nghệ, khởi nghiệp sáng tạo.', b=B_HH,
      d=(None, 'ongoing', None, 'Thường xuyên', True, 'Vận động, khuyến khích hội viên, doanh nghiệp tham gia các chương trình đổi mới công nghệ, khởi nghiệp sáng tạo. | Hiệp hội')),
 dict(s='Là cầu nối giữa doanh nghiệp với cơ quan quản lý', e='đề xuất cơ chế, chính sách hỗ trợ.', b=B_HH),
 # VI. Tổ chức theo dõi, kiểm tra và chế độ báo cáo
 dict(s='Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi', e='tháo gỡ khó khăn, vướng mắc phát sinh.',
      b=[(KH, 'lead', True)]),
 # "định kỳ kiểm tra, đánh giá" qualifies the main action -> required recurring, FREQ=YEARLY placeholder (g-002, p-014 V.1)
 dict(s='Các sở, ban, ngành, Ủy ban nhân dân xã, phường định kỳ kiểm tra', e='để có biện pháp điều chỉnh.',
      b=[('Các sở, ban, ngành', 'lead', True), (XP, 'lead', True)],
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ')),
 # no body named; the independent evaluation is the plan owner's / standing agency's call -> all bodies optional
 dict(s='Tăng cường công tác giám sát, đánh giá độc lập', e='hiệu quả trong triển khai Kế hoạch.',
      b=[(KH, 'lead', False, True), UT, (SBN, 'lead', False, True), (XP, 'lead', False, True)]),
 # yearly report before 20/11: first occurrence after 19/11/2025 -> 2025-11-20; Sở KH&CN receives and compiles:
 # optional lead (c-009 t9)
 dict(s='Các sở, ban, ngành, Ủy ban nhân dân xã, phường và các đơn vị liên quan có trách nhiệm', e='Khoa học và Công nghệ để tổng hợp.',
      b=[('Các sở, ban, ngành', 'lead', True), (XP, 'lead', True), ('các đơn vị liên quan', 'lead', True), (KH, 'lead', True, True)],
      d=('2025-11-20', 'recurring', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20', 'định kỳ báo cáo kết quả thực hiện trước ngày 20/11')),
 dict(s='Sở Khoa học và Công nghệ tổng hợp, báo cáo', e='gửi Ủy ban nhân dân Tỉnh và Bộ Khoa học và Công nghệ.',
      b=[(KH, 'lead', True)],
      d=('2025-11-30', 'recurring', 'FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30', 'trước ngày 30/11 hằng năm')),
 # closing: difficulties -> report to Sở KH&CN (c-009 t9, p-025): required; the receiving Sở an optional lead
 dict(s='Trong quá trình thực hiện nếu có khó khăn', e='xem xét, quyết định./.',
      b=[('các cơ quan, đơn vị và địa phương', 'lead', True), (KH, 'lead', True, True)]),
 # Phụ lục: one task per row (span = the NHIỆM VỤ cell); group rows (I NHÓM GIẢI PHÁP ...) are headings.
 # "Sở, ban, ngành có liên quan" is one collective body; "Viện, Trường" one (optional split aliases);
 # "Doanh nghiệp, Sở, ban, ngành có liên quan" is two (the other rows write "Doanh nghiệp; Sở, ban, ngành ...").
 # Time: "Thường xuyên" ongoing; "2026" period 2026-12-31 (c-044 "2025"); "2025 - 2030/2035" the window's end (p-012).
 row('Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP',
     'phù hợp với điều kiện kinh tế xã hội của tỉnh.', TC, S_LQ, ONG),
 row('Đề xuất giải pháp cải thiện môi trường đầu tư', 'ưu tiên thu hút dự án ứng dụng công nghệ cao.', TC,
     [(CT, 'support', True), ('Ban Quản lý khu Kinh tế tỉnh Đồng Tháp', 'support', True)], Y26),
 row('Nghiên cứu, tư vấn, phản biện chính sách, giải pháp công nghệ.', None, LH, S_LQ, ONG),
 row('Xây dựng cơ chế đặt hàng nghiên cứu khoa học', 'hạ tầng công nghệ và đổi mới sáng tạo.', KH, VT + DN + S_LQ, Y26),
 row('Xây dựng chương trình hỗ trợ nghiên cứu, ứng dụng', 'cho doanh nghiệp, hợp tác xã, hộ sản xuất.', KH, S_LQ, Y26),
 row('Phát triển hệ sinh thái đổi mới sáng tạo, phối hợp triển khai', 'ứng dụng, chuyển giao công nghệ.', KH, S_LQ, Y35),
 row('Xây dựng và triển khai Chương trình/ Đề án phát triển hạ tầng số', 'kinh tế số và xã hội số.', KH, S_LQ, Y35, D),
 row('Hỗ trợ doanh nghiệp ứng dụng công nghệ số trong quản trị', 'thương mại điện tử và logistics.', CT, DN + S_LQ, Y35, D),
 row('Đẩy mạnh hợp tác, liên kết với viện nghiên cứu', 'tiếp nhận, chuyển giao công nghệ tiên tiến.', KH, VT + DN + S_LQ, ONG),
 row('Triển khai công nghệ cao trong trồng trọt', 'tuần hoàn, thích ứng biến đổi khí hậu.', NN, VT + S_LQ, Y35),
 row('Hướng dẫn hợp tác xã, nông dân ứng dụng công nghệ số', 'quan trắc tài nguyên, môi trường.', NN, VT + S_LQ, Y30, D),
 row('Hỗ trợ doanh nghiệp tiếp cận chính sách khuyến công', 'công nghệ trong chế biến, bảo quản.', CT, DN + S_LQ, Y35),
 row('Ứng dụng công nghệ số trong quản lý, quảng bá', 'hỗ trợ dịch vụ số hóa.', 'Sở Văn hoá Thể thao du lịch', VT + S_LQ, Y30, D),
 row('Phối hợp triển khai Chương trình/đề án hỗ trợ đổi mới công nghệ', 'trong các khu công nghiệp, khu kinh tế.', BQL, DN + S_LQ, Y30, D),
 row('Xây dựng và triển khai các chương trình, kế hoạch đào tạo, bồi dưỡng nhân lực', 'đổi mới công nghệ, chuyển đổi số.', GD, VT + S_LQ, Y30, D),
 row('Đổi mới chương trình, nội dung giảng dạy', 'kỹ năng số, tư duy đổi mới sáng tạo.', GD, VT + S_LQ, Y30),
 row('Đào tạo, bồi dưỡng nhân lực thức khoa học', 'nhân rộng mô hình công nghệ mới.', LH, VT + S_LQ, ONG),
 row('Tổ chức các hoạt động tập huấn, đào tạo nhân lực', 'công nghệ môi trường.', NN, VT + S_LQ, ONG),
 row('Vận động, khuyến khích hội viên, doanh nghiệp tham gia', 'khởi nghiệp sáng tạo.', HH, DN, ONG),
]
