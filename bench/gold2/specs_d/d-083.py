SOURCE = 'https://baokhanhhoa.vn/kinh-te/201805/phan-dau-chi-so-pci-nam-trong-nhom-tot-vao-nam-2020 (corpus/directives/083.txt)'
DOC = dict(doc_type=['other', 'ke_hoach'], number=None, issuer='UBND tỉnh Khánh Hòa', signer=None, issued_on=None,
           subject='nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) giai đoạn 2018 - 2020',
           references=[], indices=['PCI'])
B = [('UBND tỉnh Khánh Hòa', 'lead', False)]
START = 'UBND tỉnh Khánh Hòa vừa có'
T = [
 dict(s='UBND tỉnh Khánh Hòa vừa có Chương trình', e='trong thời gian vừa qua.', opt=True,
      b=[('UBND tỉnh Khánh Hòa', 'lead', True)], i=['PCI']),
 dict(s='Theo đó, xác định trách nhiệm các ngành', e='nằm trong nhóm tốt vào năm 2020.', b=B, i=['PCI'],
      d=('2020-12-31', 'by', None, 'vào năm 2020', True),
      g=[('PCI cải thiện sau mỗi năm', None, None, 'increase', 'Chỉ số PCI của tỉnh hằng năm', True),
         ('nằm trong nhóm tốt vào năm 2020', None, 'rank', '=', 'nhóm xếp hạng PCI của tỉnh năm 2020 (nhóm tốt)')]),
 dict(s='Chương trình hành động đưa ra nhiệm vụ', e='UBND các huyện, thị xã, thành phố.', opt=True, i=['PCI'],
      b=[('các sở, ban, ngành', 'lead', True), ('UBND các huyện, thị xã, thành phố', 'lead', True)]),
]
