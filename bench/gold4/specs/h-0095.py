SOURCE = 'https://thuvienphapluat.vn/cong-van/Tai-nguyen-Moi-truong/Cong-van-4001-UBND-DT-2025-danh-muc-mo-khoang-san-ap-dung-Nghi-quyet-66-4-2025-NQ-CP-Ho-Chi-Minh-682929.aspx (corpus/bulk/0095.txt)'
# The corpus text has lost its header (it starts at "Kính gửi:"). Number and issue date are stated in the
# Phụ lục line "(kèm theo Công văn số 4001/UBND-ĐT ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân Thành phố)";
# the trích yếu is not in the text, so subject accepts null or a phrase built from the source address.
DOC = dict(doc_type='cong_van', number='4001/UBND-ĐT', issuer='UBND Thành phố Hồ Chí Minh', signer='Bùi Minh Thạnh',
           issued_on='2025-11-24',
           subject=[None,
                    'danh mục các mỏ khoáng sản trên địa bàn Thành phố Hồ Chí Minh có thể áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP của Chính phủ',
                    'danh mục mỏ khoáng sản áp dụng Nghị quyết 66.4/2025/NQ-CP'],
           references=['15-KL/ĐU', '66.4/2025/NQ-CP', '12252/SNNMT-TNNKS'],
           indices=[])
START = 'Thực hiện Kết luận số'
SL = 'các sở, ngành, địa phương liên quan'
T = [
 # 1. approval of the Sở's list (a decision of the Chairman, nobody is told to act) -> optional, no body
 dict(s='Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường', e='(theo Phụ lục đính kèm).', opt=True),
 # 2. four leads; second sentence (report difficulties to Sở NN&MT) stays in the same numbered item
 dict(s='Giao Sở Nông nghiệp và Môi trường, Sở Tài chính, Sở Xây dựng', e='Ủy ban nhân dân Thành phố theo quy định.',
      b=[('Sở Nông nghiệp và Môi trường', 'lead', True), ('Sở Tài chính', 'lead', True), ('Sở Xây dựng', 'lead', True),
         (SL, 'lead', True)]),
 # 3. Sở NN&MT đầu mối, chủ trì; the others phối hợp; "các cơ quan, đơn vị liên quan" are only guided
 dict(s='Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối', e='giải quyết theo đúng quy định./.',
      b=[('Sở Nông nghiệp và Môi trường', 'lead', True), ('Sở Tài chính', 'support', True), ('Sở Xây dựng', 'support', True),
         (SL, 'support', True)]),
]
