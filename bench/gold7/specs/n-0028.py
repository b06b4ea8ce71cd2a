SOURCE = 'https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-17899-BTC-VP-2025-boi-duong-tap-huan-nghiep-vu-thue-vien-chuc-cap-xa-681722.aspx (corpus/bulk/0028.txt)'
# The corpus text has no header (it starts at "Kính gửi:"). The number is "17899/BTC-VP" in the source address and
# "17899/BTC-TCCB" in the Phụ lục lines "(Kèm theo Công văn số: 17899/BTC-TCCB ngày 18 tháng 11 năm 2025 của Bộ Tài
# chính)": both accepted. The issue date comes from the same Phụ lục lines. The trích yếu is not in the text: subject
# accepts null or a phrase built from the source address / the conference title.
DOC = dict(doc_type='cong_van', number=['17899/BTC-VP', '17899/BTC-TCCB'], issuer='Bộ Tài chính', signer='Phạm Chí Thanh',
           issued_on='2025-11-18',
           subject=[None,
                    'bồi dưỡng, tập huấn chuyên môn, nghiệp vụ quản lý thuế cho công chức, viên chức cấp xã',
                    'bồi dưỡng, tập huấn chuyên môn, nghiệp vụ quản lý thuế cho cán bộ xã'],
           references=['186-KL/TW', '195-KL/TW'],
           indices=[])
START = 'Thực hiện Kết luận số 186-KL/TW'
UBT = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'
INH = [(UBT, 'lead', False)]
D24 = ('2025-11-24', 'by', None, 'trước ngày 24/11/2025', True, 'Bộ Tài chính trân trọng đề nghị')
T = [
 # Intro: the ministry's own plan (narrative of what it has done) -> optional, body the ministry.
 dict(s='Thực hiện Kết luận số 186-KL/TW', e='nghiệp vụ quản lý thuế cho cán bộ xã”.', opt=True,
      b=[('Bộ Tài chính', 'lead', True)],
      g=[('06 hội nghị', 6, 'hội nghị', '=', 'số hội nghị bồi dưỡng, tập huấn nghiệp vụ quản lý thuế cho cán bộ xã được tổ chức', True)]),
 # 1. Đối tượng, 2. Thời gian, 3. Nội dung: scope / schedule of the conferences -> not tasks.
 # 4. Cách thức thực hiện: arrangements of the two kinds of bridge points -> optional.
 dict(s='Điểm cầu Bộ Tài chính: Đại diện các', e='các nội dung trong chương trình.', opt=True,
      b=[('các đơn vị thuộc Bộ Tài chính', 'lead', True)]),
 dict(s='Điểm cầu tại các tỉnh/thành phố: Tham gia hội nghị', e='nền tảng Zoom/Microsoft Teams.', opt=True,
      b=INH + [('cơ quan Thuế (Thuế cơ sở)', 'lead', True, True)]),
 # The request of the letter.
 dict(s='Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân', e='trước ngày 24/11/2025.',
      b=[(UBT, 'lead', True), ('các xã, phường, đặc khu', 'lead', True, True),
         ('Trường Bồi dưỡng cán bộ Kinh tế - Tài chính', 'lead', True, True)],
      d=('2025-11-24', 'by', None, 'trước ngày 24/11/2025')),
 # Contact line: not an instruction; kept optional.
 dict(s='Mọi thông tin chi tiết xin liên hệ', e='[email protected].', opt=True,
      b=INH),
 # Phụ lục 2-7: registration instructions (the "hướng dẫn chi tiết tại các Phụ lục" of the request) -> optional.
]
for n in range(1, 7):
    T.append(dict(s='Đăng ký cán bộ tham dự và đặt câu hỏi', e='hoặc tại QR Code dưới đây:', opt=True, b=INH, d=D24))
    T.append(dict(s='Tham gia nhóm Zalo theo đường Link', e='trong thời gian tổ chức hội nghị:', opt=True, b=INH))
