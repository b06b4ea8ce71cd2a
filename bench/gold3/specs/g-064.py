SOURCE = 'https://thuvienphapluat.vn/van-ban/Dau-tu/Quyet-dinh-1463-QD-UBND-2019-xay-dung-bo-chi-so-danh-gia-nang-luc-canh-tranh-tinh-Dak-Nong-427486.aspx?tab=3 (corpus/directives/064.txt, excerpt: header and Căn cứ lines only)'
DOC = dict(doc_type='quyet_dinh', number='1463/QĐ-UBND', issuer='UBND tỉnh Đắk Nông', signer=None, issued_on='2019-08-30',
           subject='phê duyệt Đề án xây dựng và triển khai Bộ chỉ số đánh giá năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) trên địa bàn tỉnh Đắk Nông năm 2019 và các năm tiếp theo',
           references=['02/NQ-CP', '475/QĐ-UBND', '624/KH-UBND'], indices=['DDCI'])
T = []
