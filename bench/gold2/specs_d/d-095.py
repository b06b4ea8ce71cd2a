SOURCE = 'https://baotuyenquang.com.vn/kinh-te/tiep-tuc-day-manh-giai-ngan-von-dau-tu-cong-nam-2023 (corpus/directives/095.txt)'
DOC = dict(doc_type='cong_van', number='6090/UBND-ĐTXD', issuer='UBND tỉnh Tuyên Quang', signer=None, issued_on=['2023-12-04', None],
           subject='đẩy mạnh việc giải ngân vốn đầu tư công năm 2023', references=[], indices=[])
ALL = [('các cơ quan, đơn vị, địa phương', 'lead', False)]
T = [
 dict(s='Ngày 4-12, UBND tỉnh đã có', e='vốn đầu tư công năm 2023.',
      b=[('các sở, ban, ngành', 'lead', True), ('các huyện, thành phố', 'lead', True)],
      d=('2023-12-31', 'period', None, 'năm 2023', True)),
 dict(s='Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND', e='theo chỉ đạo của Tỉnh ủy, UBND tỉnh.',
      b=[('các sở, ban, ngành', 'lead', True), ('UBND các huyện, thành phố', 'lead', True),
         ('các chủ đầu tư xây dựng công trình', 'lead', True), ('các cơ quan, đơn vị liên quan', 'support', True)]),
 dict(s='Lãnh đạo các sở, ban, ngành, cơ quan, đơn vị;', e='Tỉnh ủy, UBND tỉnh đã đề ra.', opt=True,
      b=[('các sở, ban, ngành, cơ quan, đơn vị', 'lead', True), ('UBND các huyện, thành phố', 'lead', True)]),
 dict(s='Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương', e='nghiêm túc triển khai thực hiện.', opt=True,
      b=[('các cơ quan, đơn vị, địa phương', 'lead', True)]),
 dict(s='Trong quá trình thực hiện gặp khó khăn', e='Chủ tịch UBND tỉnh theo quy định.', b=ALL),
]
