SOURCE = 'https://thuvienphapluat.vn/cong-van/Van-hoa-Xa-hoi/Cong-van-11208-BNV-KHTC-2025-ty-le-chi-phi-quan-ly-che-do-uu-dai-nguoi-co-cong-voi-cach-mang-2026-682902.aspx (corpus/bulk/0026.txt)'
DOC = dict(doc_type='cong_van', number='11208/BNV-KHTC', issuer='Bộ Nội vụ', signer='Nguyễn Mạnh Khương', issued_on='2025-11-26',
           subject='tỷ lệ chi phí quản lý thực hiện chính sách, chế độ ưu đãi người có công với cách mạng năm 2026',
           references=['95/2025/TT-BTC', '44/2022/TT-BTC', '206/QĐ-LĐTBXH', '15564/BTC-KTN', '9335/BNV-KHTC'],
           indices=[])
START = 'Bộ Nội vụ có ý kiến như sau:'
UBT = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương'
UBS = 'Ủy ban nhân dân các tỉnh, thành phố'
T = [
 # item 1 is narrative only (what Bộ Nội vụ has already proposed): not a task.
 # item 2: leaf item = whole item (inline topic phrase + past guidance + the request "Vì vậy, đề nghị ...")
 dict(s='Về mức chi phí quản lý (tỷ', e='dự toán được giao cho công tác quản lý của địa phương.',
      b=[(UBT, 'lead', True)]),
 # generic closing -> optional
 dict(s='Bộ Nội vụ đề nghị Ủy ban nhân dân các tỉnh, thành phố triển khai', e='chống lãng phí tiền, ngân sách nhà nước.', opt=True,
      b=[(UBS, 'lead', True)]),
 dict(s='Trong quá trình thực hiện, nếu phát sinh vướng mắc', e='hướng dẫn giải quyết./.',
      b=[(UBS, 'lead', False), (UBT, 'lead', False, True),
         ('Bộ Nội vụ', 'lead', True, True), ('Vụ Kế hoạch - Tài chính', 'lead', True, True)]),
]
