SOURCE = 'https://www.quangnam247.com/2019/10/bao-can-quang-nam-cai-thien-chi-so-nang-luc-canh-tranh-cap-tinh.html (corpus/directives/082.txt)'
DOC = dict(doc_type=['ke_hoach', 'quyet_dinh'], number=None, issuer='UBND tỉnh Quảng Nam', signer=None, issued_on=None,
           subject='cải thiện, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh - PCI Quảng Nam năm 2019 và năm 2020',
           references=[], indices=['PCI'])
B = [('UBND tỉnh Quảng Nam', 'lead', False)]
T = [
 dict(s='Theo đó, mục tiêu trong năm 2019', e='so với năm 2018).', b=B, i=['PCI'],
      d=('2019-12-31', 'period', None, 'trong năm 2019', True),
      g=[('10 chỉ số thành phần PCI của tỉnh đều có sự cải thiện', 10, 'chỉ số', '=', 'số chỉ số thành phần PCI của tỉnh được cải thiện so với năm 2018', True),
         ('67,38 điểm', 67.38, 'điểm', '>=', 'điểm chỉ số PCI của tỉnh năm 2019'),
         ('1,53 điểm', 1.53, 'điểm', 'increase', 'mức tăng điểm PCI năm 2019 so với năm 2018', True)]),
 dict(s='Phấn đấu đến năm 2020, chỉ số PCI', e='tốt nhất cả nước...', b=B, i=['PCI'],
      d=('2020-12-31', 'by', None, 'đến năm 2020', True),
      g=[('69 điểm trở lên', 69, 'điểm', '>=', 'điểm chỉ số PCI tỉnh Quảng Nam năm 2020'),
         ('nhóm 10 tỉnh, thành phố có chất lượng điều hành kinh tế tốt nhất cả nước', 10, 'rank', '<=', 'thứ hạng PCI của tỉnh (nhóm 10 tỉnh, thành phố dẫn đầu)')]),
 dict(s='Trong đó, phấn đấu đạt 3/10', e='1 chỉ số thành phần nằm trong top 20: đào tạo lao động.', b=B, i=['PCI'],
      d=('2020-12-31', 'by', None, 'đến năm 2020', True, 'Phấn đấu đến năm 2020'),
      g=[('3/10 chỉ số thành phần nằm trong top 5', 3, 'chỉ số', '=', 'số chỉ số thành phần PCI nằm trong top 5', True),
         ('4 chỉ số thành phần nằm trong top 10', 4, 'chỉ số', '=', 'số chỉ số thành phần PCI nằm trong top 10', True),
         ('2 chỉ số thành phần nằm trong top 15', 2, 'chỉ số', '=', 'số chỉ số thành phần PCI nằm trong top 15', True),
         ('1 chỉ số thành phần nằm trong top 20', 1, 'chỉ số', '=', 'số chỉ số thành phần PCI nằm trong top 20', True)]),
]
