SOURCE = 'https://xatanmyha.hatinh.gov.vn/portal/pages/2023-... (excerpt; corpus/directives/062.txt, see its INDEX.tsv row)'
DOC = dict(doc_type='cong_van', number=None, issuer=['UBND tỉnh Hà Tĩnh', 'UBND tỉnh'], signer=None, issued_on=None,
           subject=[None, 'đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính'],
           references=['76/NQ-CP', '12-NQ/TU', '3504/QĐ-UBND'], indices=['PAR'])
INH = [('các sở', 'lead', False), ('các ban ngành, đơn vị cấp tỉnh', 'lead', False),
       ('các cơ quan Trung ương đóng trên địa bàn tỉnh', 'lead', False), ('UBND các cấp', 'lead', False)]
T = [
 dict(s='Để khắc phục các tồn tại', e='các nội dung sau:', opt=True, i=['PAR'],
      b=[(n, r, True) for n, r, _ in INH]),
 dict(s='Tiếp tục quán triệt sâu sắc', e='tổ chức và xã hội', i=['PAR', 'SIPAS'],
      b=INH + [('Các cấp, các ngành và địa phương', 'lead', True, True)]),
]
