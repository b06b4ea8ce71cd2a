SOURCE = 'https://thuvienphapluat.vn/cong-van/Xuat-nhap-khau/Cong-van-37415-CHQ-NVTHQ-2025-ma-so-HS-lo-hang-nhap-khau-co-ten-goi-Nha-phi-thuyen-681629.aspx (text via shared/corpus/bulk/0036.txt)'
# The corpus text has no header (it starts at "Kính gửi:"): number and subject come from the source address only;
# no issue date is given (the company's letter it answers is dated 6/10/2025).
DOC = dict(doc_type='cong_van', number=[None, '37415/CHQ-NVTHQ'], issuer='Cục Hải quan', signer='Mai Thị Vân Anh',
           issued_on=None,
           subject=[None, 'mã số HS lô hàng nhập khẩu có tên gọi Nhà phi thuyền',
                    'mã số HS lô hàng nhập khẩu có tên gọi “Nhà phi thuyền”',
                    'xác định mã số HS, chính sách và thuế áp dụng lô hàng nhập khẩu có tên gọi “Nhà phi thuyền”'],
           references=['19/CV-TT-2025', '69/2018/NĐ-CP', '107/2016/QH13', '48/2024/QH15', '31/2022/TT-BTC',
                       '26/2023/NĐ-CP', '54/2014/QH13', '08/2015/NĐ-CP', '39/2018/TT-BTC', '38/2015/TT-BTC'],
           indices=[])
START = 'Cục Hải quan nhận được công văn số'
CTY = 'Công ty TNHH Kinh doanh Phát triển Dự án Thuận Thành'
# the addressee, named "Công ty" in the instructions: full name required, the short form an optional alias
CTYx = [(CTY, 'lead', True), ('Công ty', 'lead', True, True)]
CTYi = [(CTY, 'lead', False), ('Công ty', 'lead', False, True)]
T = [
 # "Cục Hải quan nhận được công văn ... Về vấn đề này, Cục Hải quan có ý kiến như sau:" -> background, no task.
 # 1. Về chính sách mặt hàng: leaf item (heading excluded), one paragraph: fact + "Do vậy, đề nghị Công ty căn cứ ...
 # để xác định ... và chịu trách nhiệm ..."
 dict(s='Mặt hàng “Nhà phi thuyền” có cấu tạo gồm nhiều mặt', e='về nội dung khai trên tờ khai hải quan.', b=CTYx),
 # 2.1 / 2.2 ("Căn cứ ... thuộc đối tượng chịu thuế nhập khẩu / chịu thuế GTGT với mức thuế suất là 10%") and 3.1
 # (the Chú giải quotes, "Cục Hải quan chưa đủ cơ sở để xác định ...") are legal determinations / narrative: no task;
 # the 10% VAT rate is a legal rate, not a target.
 # 3.2: "Cục Hải quan không có cơ sở trả lời ... Tuy nhiên, Công ty có thể nghiên cứu ..." -> a permission/suggestion:
 # optional.
 dict(s='Do không xác định được chính xác mã số hàng hóa của', e='thuộc Nhóm 87.03 và Nhóm\n94.06.', opt=True, b=CTYx),
 # 3.3: one sentence "Căn cứ Điều 28 ...; ...; ..., trường hợp Công ty có nhu cầu ... đề nghị Công ty thực hiện thủ tục
 # xác định trước mã số với hồ sơ xác định trước mã số gồm:" -> the task (the "Căn cứ" clause is part of the sentence,
 # as c-044 t17); the quoted a)-c) list the dossier documents (noun phrases from the Thông tư) -> optional units
 # (b-0017 convention), owned by the Công ty (inherited).
 dict(s='Căn cứ Điều 28 Luật Hải quan số 54/2014/QH13', e='hồ sơ xác định\ntrước mã số gồm:', b=CTYx),
 dict(s='Đơn đề nghị xác định trước mã số theo mẫu', e='Phụ lục VI ban hành kèm Thông tư này;', opt=True, b=CTYi),
 dict(s='Tài liệu kỹ thuật do tổ chức, cá nhân đề nghị', e='hình ảnh hàng hóa); 01 bản chụp;', opt=True, b=CTYi),
 dict(s='Mẫu hàng hóa dự kiến xuất khẩu, nhập khẩu (nếu', e='có)', opt=True, b=CTYi),
 # closing formula -> optional (as c-036 t14, c-035 t17)
 dict(s='Cục Hải quan thông báo để Công ty TNHH Kinh doanh', e='được biết, thực hiện./.', opt=True,
      b=[(CTY, 'lead', True)]),
]
