SOURCE = 'https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-10988-BNV-CQDP-2025-tuyen-truyen-chu-truong-chinh-sach-cua-Dang-681867.aspx (corpus/bulk/0025.txt)'
DOC = dict(doc_type='cong_van', number='10988/BNV-CQĐP', issuer='Bộ Nội vụ', signer='Trương Hải Long', issued_on='2025-11-21',
           subject='tuyên truyền chủ trương, chính sách của Đảng, Nhà nước',
           references=['72/2025/QH15', '1211/2016/UBTVQH13', '54/2018/NĐ-CP', '212-KL/TW'],
           indices=[])
START = 'Bộ Nội vụ trân trọng đề nghị'
# The addressees named in "Kính gửi" that the request sentence calls "các cơ quan báo chí của Trung ương".
PRESS = [(n, 'lead', False, True) for n in ('Báo Nhân dân', 'Đài Truyền hình Việt Nam', 'Thông tấn xã Việt Nam',
                                            'Đài Tiếng nói Việt Nam', 'Cổng Thông tin điện tử của Chính phủ')]
REQ = [('Ban Tuyên giáo và Dân vận Trung ương', 'lead', True), ('Bộ Văn hóa, Thể thao và Du lịch', 'lead', True),
       ('các cơ quan báo chí của Trung ương', 'lead', True)]
INH = [(n, r, False) for n, r, _ in REQ]
T = [
 # the one real instruction of the letter (running text: one sentence); the "cụ thể như sau:" items only state facts
 dict(s='Bộ Nội vụ trân trọng đề nghị Ban Tuyên', e='chống phá Đảng, Nhà nước, cụ thể như sau:',
      b=REQ + [('các cơ quan thông tấn, báo chí', 'lead', True, True)] + PRESS),
 # items 1 and 2: the information to be conveyed (narrative facts, no action) -> optional
 dict(s='Trong thời gian qua, nước ta', e='hiệu lực, hiệu quả, phục vụ nhân dân tốt hơn.', opt=True, b=INH),
 dict(s='Ngày 16/6/2025, Quốc hội', e='lan truyền trên các mạng xã hội trong thời gian gần đây.', opt=True, b=INH),
 # closing wish, restates the request -> optional
 dict(s='Bộ Nội vụ trân trọng cảm ơn', e='chủ trương của Đảng, Nhà nước./.', opt=True,
      b=[('Quý cơ quan', 'lead', True)]),
]
