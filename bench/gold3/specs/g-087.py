SOURCE = 'http://sonoivu.hatinh.gov.vn/snv/portal/read/tin-trong-tinh/tintuc/ubnd-tinh-phe-duyet-ket-qua-khao-sat-danh-gia-nang-luc-canh-tranh-tren-dia-ban-t.html (corpus/directives/087.txt, news excerpt, text cut mid-word)'
DOC = dict(doc_type='quyet_dinh', number='593/QĐ-UBND', issuer=['UBND tỉnh Hà Tĩnh', 'UBND tỉnh'], signer=None, issued_on='2024-03-06',
           subject='phê duyệt kết quả khảo sát đánh giá năng lực cạnh tranh sở, ban, ngành cấp tỉnh và UBND các huyện, thành phố, thị xã trên địa bàn tỉnh năm 2023',
           references=[], indices=['DDCI'])
T = [
 dict(s='Theo đó, Quyết định phê duyệt kết quả', e='(chi tiết tại Phụ lục II đính kèm).', opt=True,
      b=[('UBND tỉnh Hà Tĩnh', 'lead', False)], i=['DDCI']),
 dict(s='Trung tâm Hỗ trợ phát triển doanh nghiệp', e='kết quả khảo sát tại các Văn bản nêu trên.', opt=True,
      b=[('Trung tâm Hỗ trợ phát triển doanh nghiệp và Xúc tiến đầu tư tỉnh', 'lead', True), ('Sở Kế hoạch và Đầu tư', 'lead', True)],
      i=['DDCI']),
 dict(s='UBND tỉnh giao Sở Thông tin và Truyền thông', e='có giải pháp khắc phục, cải thiện để nâ',
      b=[('Sở Thông tin và Truyền thông', 'lead', True), ('các sở, ban, ngành cấp tỉnh', 'lead', True),
         ('UBND các huyện, thành phố, thị xã', 'lead', True)], i=['DDCI']),
]
