SOURCE = 'https://skhcn.laichau.gov.vn/tin-tuc/tin-kh-cn-trong-tinh/cai-thien-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-papi-cua-tinh-lai-chau-nam-2025.html (corpus/directives/084.txt, news excerpt, text cut mid-word)'
DOC = dict(doc_type='ke_hoach', number='1331/KH-UBND', issuer='UBND tỉnh Lai Châu', signer=None, issued_on=['2025-03-31', None],
           subject='cải thiện, nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) của tỉnh Lai Châu năm 2025',
           references=[], indices=['PAPI'])
B = [('UBND tỉnh Lai Châu', 'lead', False)]
T = [
 dict(s='Nhằm mục đích nâng cao hiệu quả hoạt động', e='Uỷ ban nhân dân tỉnh đề ra.', b=B, i=['PAPI'],
      d=('2025-12-31', 'period', None, 'trong năm 2025'),
      g=[('chỉ số PAPI của tỉnh Lai Châu được duy trì, giữ vững và cải thiện thứ hạng trong năm 2025', None, 'rank', 'increase',
          'thứ hạng Chỉ số PAPI của tỉnh năm 2025', True),
         ('01 bậc so với năm 2024', 1, 'bậc', '>=', 'số bậc tăng thứ hạng Chỉ số PAPI của tỉnh năm 2025 so với năm 2024')]),
 dict(s='Tiếp tục đẩy mạnh việc thực hiện các giải pháp', e='tăng và giảm trong năm 2024, cụ thể:', opt=True, b=B, i=['PAPI']),
 dict(s='Thực hiện tốt dân chủ ở cơ sở', e='tạo điều kiện cho Nhân dân đư', b=B, i=['PAPI']),
]
