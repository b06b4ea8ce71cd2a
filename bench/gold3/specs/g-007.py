SOURCE = 'https://thuvienphapluat.vn/cong-van/Tai-nguyen-Moi-truong/Cong-van-6356-UBND-NNMT-2025-bien-phap-cap-bach-kiem-soat-o-nhiem-moi-truong-khong-khi-Ha-Noi-682765.aspx (text via github:tnt305/tai_lieu_noi_bo:src/etl/dataset/b5734329c729abb9.md@56eff108e1bc; corpus/directives/007.txt)'
# The corpus text has no header (it starts at "Kính gửi:"): number and subject come from the source address only.
DOC = dict(doc_type='cong_van', number=[None, '6356/UBND-NNMT'], issuer=['UBND thành phố Hà Nội', 'UBND Thành phố'],
           signer='Nguyễn Mạnh Quyền', issued_on=None,
           subject=[None, 'triển khai các biện pháp cấp bách kiểm soát ô nhiễm môi trường không khí',
                    'biện pháp cấp bách kiểm soát ô nhiễm môi trường không khí'],
           references=['2530/QĐ-TTg', '9593/BNNMT-MT', '9671/BNNMT-MT', '10260/VPCP-NN', '12/MT-SKHC',
                       '45/2022/NĐ-CP', '08/2025/NQ-HĐND'],
           indices=[])
START = 'Thực hiện Quyết định số'
NN = [('Sở Nông nghiệp và Môi trường', 'lead', False)]
XD = [('Sở Xây dựng', 'lead', False)]
YT = [('Sở Y tế', 'lead', False)]
GD = [('Sở Giáo dục và Đào tạo', 'lead', False)]
CA = [('Công an Thành phố', 'lead', False)]
XA = [('UBND các xã, phường', 'lead', False)]
XAo = ('UBND các xã, phường', 'lead', False, True)
# 9. header: two collective bodies; 9.1 / 9.2 sub-headers name the narrower groups that own the items.
CS91 = [('các cơ sở sản xuất có lưu lượng xả bụi, khí thải lưu lượng lớn ra môi trường và thuộc loại hình sản xuất có nguy cơ gây ô nhiễm môi trường', 'lead', False),
        ('Các cơ sở sản xuất, kinh doanh, dịch vụ', 'lead', False, True)]
DV92 = [('các đơn vị thực hiện dịch vụ, thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt', 'lead', False),
        ('đơn vị thực hiện dịch vụ vệ sinh môi trường', 'lead', False, True)]
WEEKLY = (None, 'recurring', 'FREQ=WEEKLY', 'hàng tuần')
T = [
 # intro sentence (basis + "yêu cầu ... thực hiện một số nhiệm vụ trọng tâm như sau:")
 dict(s='Thực hiện Quyết định số', e='nhiệm vụ trọng tâm như sau:', opt=True,
      b=[('các Sở, ban, ngành', 'lead', True), ('UBND các phường, xã', 'lead', True)]),
 # 1. Sở Nông nghiệp và Môi trường
 dict(s='Chủ trì cập nhật thông tin về chất lượng không khí', e='https://moitruongthudo.vn/.', b=NN),
 dict(s='Phối hợp với các đơn vị của Bộ Nông nghiệp', e='phụ phẩm nông nghiệp) trên địa bàn.',
      b=NN + [('các đơn vị của Bộ Nông nghiệp và Môi trường', 'support', True)]),
 dict(s='Triển khai thực hiện chính sách hỗ trợ bảo vệ môi trường', e='theo Nghị quyết của HĐND Thành phố.', b=NN),
 dict(s='Chủ động cập nhật kết quả thực hiện hàng tuần', e='ngày 23/10/2025 của Văn phòng Chính phủ).',
      b=NN + [('Bộ Nông nghiệp và Môi trường', 'lead', True, True)], d=WEEKLY),
 dict(s='Ban hành hướng dẫn kỹ thuật', e='chất thải gây ô nhiễm môi trường.', b=NN),
 dict(s='Thường xuyên kiểm tra, giám sát các gói thầu', e='vệ sinh tại các tuyến trọng điểm.', b=NN,
      d=(None, 'ongoing', None, 'Thường xuyên')),
 dict(s='Tăng cường kiểm tra hoạt động xử lý chất thải', e='trong quá trình tiếp nhận, xử lý.', b=NN),
 dict(s='Đôn đốc, giám sát các đơn vị dịch vụ', e='đảm bảo đúng quy trình, quy định.', b=NN),
 dict(s='Phối hợp với UBND các phường, xã và lực lượng chức năng', e='lĩnh vực bảo vệ môi trường theo quy định.',
      b=NN + [('UBND các phường, xã', 'support', True), ('lực lượng chức năng', 'support', True)]),
 dict(s='Phối hợp với các cơ quan báo chí, truyền hình', e='giảm thiểu ô nhiễm môi trường không khí.',
      b=NN + [('các cơ quan báo chí, truyền hình', 'support', True)]),
 # 2. Sở Xây dựng
 dict(s='Có văn bản yêu cầu và giám sát các chủ đầu tư', e='tại 100% công trình lớn (>10.000 m2).',
      b=XD + [('các chủ đầu tư', 'lead', True, True), ('nhà thầu thi công xây dựng công trình', 'lead', True, True)],
      g=[('100% các công trường thi công xây dựng phải có biện pháp kiểm soát bụi nghiêm ngặt', 100, '%', '=',
          'tỷ lệ công trường thi công xây dựng có biện pháp kiểm soát bụi nghiêm ngặt'),
         ('100% các bề mặt đất đang thi công', 100, '%', '=',
          'tỷ lệ bề mặt đất đang thi công được bổ sung vật liệu che phủ'),
         ('100% công trình lớn (>10.000 m2)', 100, '%', '=',
          'tỷ lệ công trình lớn (>10.000 m2) có hệ thống giám sát bụi')]),
 dict(s='Nghiên cứu và thí điểm công nghệ phun sương', e='công viên và đường giao thông.', b=XD),
 dict(s='Chủ trì, phối hợp với Công an xã, phường hoặc UBND', e='để bùn đất phát tán ra đường.',
      b=XD + [('Công an xã, phường', 'support', True), ('UBND các xã, phường', 'support', True)]),
 dict(s='Không cấp phép thi công đào lòng lề đường', e='không khí bị ô nhiễm nghiêm trọng.', b=XD),
 # 3. Sở Dân tộc và Tôn giáo (one unmarked paragraph)
 dict(s='Mở đợt cao điểm tuyên truyền', e='tiến tới chấm dứt việc đốt vàng mã.', b=[('Sở Dân tộc và Tôn giáo', 'lead', False)]),
 # 4. Sở Y tế
 dict(s='Xây dựng tài liệu tuyên truyền, phối hợp với các cơ quan truyền thông', e='ảnh hưởng của ô nhiễm không khí*).',
      b=YT + [('các cơ quan truyền thông, báo chí', 'support', True), ('UBND các phường, xã', 'support', True)]),
 dict(s='Chủ động xây dựng kế hoạch ứng phó bệnh tật', e='chất lượng môi trường không khí bị suy giảm.',
      b=YT + [('các cơ sở y tế trong nội thành, nội thị và các khu vực có nguy cơ ô nhiễm môi trường không khí', 'lead', True, True)]),
 # 5. Sở Giáo dục và Đào tạo
 dict(s='Thông báo, hướng dẫn các trường học', e='ở mức “Xấu” trở lên.', b=GD + [('các trường học', 'lead', True, True)]),
 dict(s='Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), chỉ đạo các trường học',
      e='thời gian làm việc, học tập.', b=GD + [('các trường học', 'lead', True, True)]),
 # 6. Sở Văn hóa và Thể thao (one unmarked paragraph)
 dict(s='Chỉ đạo với các cơ quan truyền thông, báo chí liên tục', e='trên ứng dụng VNAir.',
      b=[('Sở Văn hóa và Thể thao', 'lead', False), ('các cơ quan truyền thông, báo chí', 'lead', True, True)],
      d=(None, 'ongoing', None, 'liên tục')),
 # 7. Công an Thành phố
 dict(s='Chỉ đạo lực lượng cảnh sát giao thông', e='khi tham gia giao thông gây ô nhiễm môi trường.',
      b=CA + [('lực lượng cảnh sát giao thông', 'lead', True, True)]),
 dict(s='Chỉ đạo lực lượng cảnh sát môi trường', e='làng có nghề và khu vực giáp ranh.',
      b=CA + [('lực lượng cảnh sát môi trường', 'lead', True, True), ('công an xã, phường', 'lead', True, True)]),
 dict(s='Đồng bộ hạ tầng kỹ thuật với hệ thống camera', e='xử lý nghiêm các hành vi, đối tượng vi phạm.', b=CA),
 # 8. UBND các xã, phường
 dict(s='Chủ tịch UBND các phường, xã chịu trách nhiệm toàn diện', e='trên địa bàn được giao quản lý.',
      b=[('UBND các phường, xã', 'lead', True), ('các cơ quan quản lý nhà nước có liên quan', 'support', True, True)]),
 dict(s='Giao lực lượng Công an cấp xã, phường làm nòng cốt', e='giữ gìn vệ sinh môi trường trên địa bàn.',
      b=XA + [('lực lượng Công an cấp xã, phường', 'lead', True), ('các đơn vị chức năng', 'support', True)],
      d=(None, 'recurring', 'FREQ=WEEKLY;BYDAY=SA,SU', 'định kỳ hàng tuần (Thứ 7, Chủ nhật)', True)),
 dict(s='Căn cứ tình hình thực tiễn về mức độ ô nhiễm', e='giờ cao điểm giao thông và tránh gây ùn tắc.',
      b=XA + [('các đơn vị vệ sinh môi trường', 'lead', True, True)],
      d=(None, 'recurring', 'FREQ=DAILY', 'trước 6h sáng hàng ngày', True)),
 dict(s='Tăng cường kiểm tra, giám sát các công trường xây dựng trên địa bàn', e='lượng chất thải rắn xây dựng phát sinh.',
      b=XA + [('các chủ đầu tư', 'lead', True, True), ('đơn vị thi công', 'lead', True, True)]),
 dict(s='Tăng cường vai trò của chính quyền cơ sở', e='nâng cao ý thức cộng đồng về bảo vệ môi trường.', b=XA),
 dict(s='Rà soát, quản lý chặt chẽ và tổ chức kiểm tra môi trường', e='xử lý nghiêm các hành vi vi phạm theo thẩm quyền.', b=XA),
 dict(s='Tăng cường công tác truyền thông, phổ biến kiến thức', e='hạn chế sử dụng bếp than tổ ong…).', b=XA),
 dict(s='Đối với các xã còn diện tích đất lúa', e='thay thế cho việc đốt rơm rạ.',
      b=[('các xã còn diện tích đất lúa', 'lead', True), XAo]),
 dict(s='Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), khuyến cáo nhân dân',
      e='hạn chế tình trạng ô nhiễm không khí trên địa bàn.', b=XA),
 dict(s='Huy động sự tham gia của cộng đồng dân cư', e='vi phạm về phát thải bụi, khí thải.', b=XA),
 # 9. Các cơ sở sản xuất, kinh doanh, dịch vụ và đơn vị thực hiện dịch vụ vệ sinh môi trường
 # 9.1 (items marked "+")
 dict(s='Rà soát, đảm bảo các hệ thống xử lý khí thải', e='ra môi trường trong mọi trường hợp.', b=CS91),
 dict(s='Tăng cường tần suất kiểm tra, bảo dưỡng thiết bị', e='công trình bảo vệ môi trường trong thời điểm này.', b=CS91),
 dict(s='Khuyến khích các đơn vị xem xét điều chỉnh giảm công suất', e='điều kiện thời tiết, khí hậu thuận lợi hơn.', opt=True,
      b=CS91 + [('các đơn vị', 'lead', True, True)]),
 dict(s='Đối với các nhà máy xi măng, luyện thép', e='nồng độ chất ô nhiễm trong khí thải.',
      b=[('các nhà máy xi măng, luyện thép', 'lead', True)] + [(n, r, x, True) for n, r, x, *_ in CS91]),
 dict(s='Thực hiện nghiêm các biện pháp che chắn, phun nước dập bụi', e='nội bộ và xung quanh nhà máy.', b=CS91),
 dict(s='Đảm bảo số liệu quan trắc từ hệ thống quan trắc khí thải', e='quy chuẩn kỹ thuật môi trường quốc gia ra môi trường.', b=CS91),
 dict(s='Nghiên cứu, áp dụng phương án điều tiết', e='để giảm tải lượng phát thải ra môi trường.', b=CS91),
 dict(s='Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), cần hạn chế',
      e='điều chỉnh thời gian hoạt động cho phù hợp.', b=CS91),
 # 9.2 (items marked "-")
 dict(s='Chủ động phối hợp với UBND các xã, phường thực hiện', e='tại các trục giao thông chính, cửa ngõ đô thị.',
      b=DV92 + [('UBND các xã, phường', 'support', True)]),
 dict(s='Nghiêm cấm việc đốt lá cây', e='chất thải rắn không đúng quy định.', b=DV92),
 dict(s='Khi phát hiện các hành vi phát thải gây ô nhiễm không khí', e='để xử lý theo quy định.',
      b=DV92 + [('UBND các phường, xã', 'lead', True, True)]),
 # closing
 dict(s='UBND Thành phố yêu cầu các sở, ban, ngành Thành phố', e='địa bàn quản lý./.', opt=True,
      b=[('các sở, ban, ngành Thành phố', 'lead', True), ('UBND các phường, xã', 'lead', True)]),
]
