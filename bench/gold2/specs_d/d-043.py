SOURCE = 'https://thuvienphapluat.vn/van-ban/Dau-tu/ (Thông báo 631/TB-VPCP 2025; corpus/directives/043.txt, see its INDEX.tsv row)'
DOC = dict(doc_type='thong_bao', number='631/TB-VPCP', issuer='Văn phòng Chính phủ', signer='Phạm Mạnh Cường', issued_on='2025-11-19',
           subject='kết luận của Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình tại cuộc họp về Báo cáo đề xuất chủ trương đầu tư Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026-2035',
           references=[], indices=[])
START = 'kết luận như sau:'
NN = 'Bộ Nông nghiệp và Môi trường'
T = [
 dict(s='Thứ nhất, vùng lõi nghèo', e='thoát nghèo bền vững;', opt=True),
 dict(s='Thứ hai, việc xây dựng nông thôn mới', e='vùng đồng bào dân tộc thiểu số;', opt=True),
 dict(s='Thứ ba, 03 Chương trình tích hợp', e='dân tộc thiểu số và miền núi;', opt=True),
 dict(s='Thứ tư, cần nhận thức rõ', e='kịp thời, thực chất;', opt=True),
 dict(s='Về việc phê duyệt Chương trình: Các Bộ', e='giải trình với các cơ quan có thẩm quyền theo quy định;',
      b=[(NN, 'lead', True)]),
 dict(s='Về triển khai Chương trình: Chính phủ sẽ phân công', e='để người dân được thụ hưởng thực chất.',
      b=[('Bộ Dân tộc và Tôn giáo', 'lead', True), ('các Bộ, cơ quan', 'lead', True), ('Chính phủ', 'lead', True, True)]),
 dict(s='Về nguồn lực thực hiện Chương trình giai đoạn 2026-2030: Thống nhất', e='cho giai đoạn 2031 - 2035.',
      b=[('Bộ Tài chính', 'lead', True, True)]),
 dict(s='Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo, Bộ Tài chính', e='Kỳ họp thứ 10 của Quốc hội khóa XV.',
      b=[(NN, 'lead', True), ('Bộ Dân tộc và Tôn giáo', 'support', True), ('Bộ Tài chính', 'support', True),
         ('các cơ quan Quốc hội', 'support', True, True)],
      d=(None, 'by', None, 'để kịp báo cáo Quốc hội tại Kỳ họp thứ 10 của Quốc hội khóa XV', True)),
 dict(s='Giao Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với Bộ Dân tộc và Tôn giáo khẩn trương', e='tổng mức vốn được Quốc hội quyết định.',
      b=[(NN, 'lead', True), ('Bộ Dân tộc và Tôn giáo', 'support', True)]),
 dict(s='Đề nghị Ủy ban Kinh tế và Tài chính của Quốc hội', e='trình Ủy ban Thường vụ của Quốc hội và Quốc hội.',
      b=[('Ủy ban Kinh tế và Tài chính của Quốc hội', 'lead', True), ('Hội đồng dân tộc của Quốc hội', 'lead', True),
         ('các Ủy ban của Quốc hội', 'lead', True), ('các cơ quan Chính phủ', 'support', True)]),
 dict(s='Sau khi được Quốc hội thông qua, các Bộ', e='nguồn vốn trong thời gian qua.',
      b=[('các Bộ, cơ quan, địa phương', 'lead', True)]),
 dict(s='Văn phòng Chính phủ thông báo để', e='biết, thực hiện./.', opt=True,
      b=[('các Bộ, cơ quan liên quan', 'lead', True)]),
]
