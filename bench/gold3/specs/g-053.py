SOURCE = 'https://thuviennhadat.vn/vbpl/ke-hoach-1576-kh-ubnd-2019-danh-gia-hai-long-giai-quyet-thu-tuc-hanh-chinh-ho-chi-minh-541465.html (corpus/directives/053.txt, excerpt without header, cut mid-sentence)'
DOC = dict(doc_type='ke_hoach', number=[None, '1576/KH-UBND'], issuer=['UBND Thành phố Hồ Chí Minh', 'Ủy ban nhân dân thành phố'],
           signer=None, issued_on=None,
           subject=[None, 'triển khai Hệ thống đánh giá hài lòng về giải quyết thủ tục hành chính trên địa bàn thành phố'],
           references=['61/2018/NĐ-CP'], indices=['SIPAS'])
T = [
 # Mục đích (heading not in the excerpt)
 dict(s='Đánh giá hài lòng về giải quyết thủ tục hành chính một cách', e='thống nhất trên toàn thành phố.', opt=True, i=['SIPAS']),
 dict(s='Thống nhất tiêu chí đánh giá và mẫu phiếu', e='phù hợp với thực tế tại thành phố.', opt=True, i=['SIPAS']),
 dict(s='Xây dựng hệ thống đánh giá hài lòng', e='được đầy đủ, chính xác.', opt=True, i=['SIPAS']),
 dict(s='Tiết kiệm thời gian, nguồn lực', e='cho ý kiến đánh giá.', opt=True, i=['SIPAS']),
 dict(s='Xác định trách nhiệm của thủ trưởng', e='công khai kết quả đánh giá.', opt=True, i=['SIPAS']),
 # Yêu cầu (heading not in the excerpt)
 dict(s='Sở, ban, ngành, Ủy ban nhân dân quận-huyện', e='Nghị định số 61/2018/NĐ-CP.', opt=True, i=['SIPAS'],
      b=[('Sở, ban, ngành', 'lead', True), ('Ủy ban nhân dân quận-huyện, xã, phường, thị trấn', 'lead', True)]),
 dict(s='Việc thực hiện đánh giá giải quyết thủ tục hành', e='ứng dụng công nghệ thông tin trong thực hiện', opt=True),
]
