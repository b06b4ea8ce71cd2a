SOURCE = 'https://thuvienphapluat.vn/cong-van/Lao-dong-Tien-luong/Cong-van-10283-SNV-LDTLBHXH-2025-thuc-hien-phap-luat-lao-dong-cho-thue-lai-lao-dong-Ho-Chi-Minh-682939.aspx (corpus/bulk/0088.txt)'
# The corpus text has no header (it starts at "Kính gửi:"): number and subject come from the source address only;
# no issue date anywhere in the text.
DOC = dict(doc_type='cong_van', number=[None, '10283/SNV-LĐTLBHXH'],
           issuer=['Sở Nội vụ Thành phố Hồ Chí Minh', 'Sở Nội vụ'],
           signer='Lượng Thị Tới', issued_on=None,
           subject=[None, 'thực hiện pháp luật lao động về cho thuê lại lao động',
                    'thực hiện pháp luật lao động trong hoạt động cho thuê lại lao động',
                    'thực hiện pháp luật lao động cho thuê lại lao động'],
           references=['145/2020/NĐ-CP', '10/2020/TT-BLĐTBXH', '12/2022/NĐ-CP'],
           indices=[])
START = 'Nhằm đảm bảo thực hiện các quy định'
# owner of every item: the addressees of the intro "Sở Nội vụ đề nghị các doanh nghiệp ... nội dung cụ thể như sau:"
DN = 'các doanh nghiệp có hoạt động cho thuê lại lao động trên địa bàn Thành phố'
INH = [(DN, 'lead', False)]
INHo = (DN, 'lead', False, True)   # optional alias where the item names the body itself
T = [
 # intro sentence with its own action (tự kiểm tra, đánh giá) that introduces the items: optional (cf. c-038 t2)
 dict(s='Nhằm đảm bảo thực hiện các quy định', e='nội dung cụ thể như sau:', opt=True,
      b=[(DN, 'lead', True)]),
 # 1. header with its own content, introduces "-" sub-items ("cụ thể:"): optional
 dict(s='Thường xuyên rà soát, kiểm tra hoạt động cho thuê lại', e='Điều 58 Bộ luật Lao động, cụ thể:', opt=True,
      b=INH, d=(None, 'ongoing', None, 'Thường xuyên')),
 dict(s='Loại công việc cho thuê lại lao động theo Danh mục', e='khoản 1 Điều 53 Bộ luật Lao động.', b=INH,
      g=[('tối đa là 12 tháng', 12, 'tháng', '<=', 'thời hạn cho thuê lại lao động đối với người lao động', True)]),
 dict(s='Doanh nghiệp cho thuê lại lao động và bên thuê lại lao động phải ký kết', e='Nghĩa vụ của mỗi bên đối với người lao động.',
      b=[('Doanh nghiệp cho thuê lại lao động', 'lead', True), ('bên thuê lại lao động', 'lead', True, True), INHo]),
 dict(s='Hợp đồng cho thuê lại lao động không được có những thỏa thuận', e='đã ký với người lao động.',
      b=INH + [('doanh nghiệp cho thuê lại lao động', 'lead', True, True)]),
 dict(s='Bảo đảm đưa người lao động có trình độ phù hợp', e='thuộc Ủy ban nhân dân cấp tỉnh.', b=INH,
      d=(None, 'recurring', 'FREQ=YEARLY', 'định kỳ báo cáo', True)),
 # 2.
 dict(s='Doanh nghiệp thực hiện gia hạn giấy phép', e='ít nhất 60 ngày làm việc.',
      b=[('Doanh nghiệp', 'lead', True), INHo],
      d=(None, 'by', None, 'trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc', True)),
 # 3.
 dict(s='Doanh nghiệp đảm bảo thông tin hoạt động cho thuê lại', e='Điều 27 Nghị định số 145/2020/NĐ-CP.',
      b=[('Doanh nghiệp', 'lead', True), INHo]),
 # 4.
 dict(s='Niêm yết công khai bản chính giấy phép tại trụ sở chính và bản sao', e='khoản 1 Điều 31 Nghị định số 145/2020/NĐ-CP.',
      b=INH + [('doanh nghiệp cho thuê lại', 'lead', True, True)]),
 # 5. header "Những lưu ý đối với hợp đồng lao động ...:" is not a task
 dict(s='Hợp đồng lao động cần đảm bảo đầy đủ các nội dung', e='chức năng sinh sản, nuôi con.', b=INH),
 dict(s='Xây dựng, ban hành quy chế dân chủ ở cơ sở', e='khoản 2 Điều 43 Luật An toàn, vệ sinh lao động.',
      b=INH + [('người sử dụng lao động', 'lead', True, True)],
      d=(None, 'ongoing', None, 'Thường xuyên', True)),
 # 6. header "Những lưu ý về tiền ký quỹ, ...:" is not a task.
 # first "-" item + its unmarked continuation paragraph "Lưu ý về nộp bổ sung tiền ký quỹ: ..." = one unit
 dict(s='Việc ký quỹ và sử dụng tiền ký quỹ thực hiện theo', e='(duy trì mức ký quỹ hai tỷ đồng).',
      b=INH + [('doanh nghiệp cho thuê lại', 'lead', True, True)],
      d=(None, 'by', None, 'Trong thời hạn 30 ngày kể từ ngày rút tiền ký quỹ', True),
      g=[('mức ký quỹ hai tỷ đồng', 2, 'tỷ đồng', '=', 'mức tiền ký quỹ doanh nghiệp cho thuê lại lao động phải duy trì', True)]),
 dict(s='Thực hiện báo cáo định kỳ 6 tháng, hàng năm', e='theo đúng thời gian quy định.', b=INH,
      d=(None, 'recurring', 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=20',
         'Báo cáo 6 tháng gửi trước ngày 20 tháng 6 và báo cáo năm gửi trước ngày 20 tháng 12')),
 # 7. (xử lý vi phạm hành chính): a list of sanctioned violations, information only -> no tasks
 # closing
 dict(s='Sở Nội vụ đề nghị Quý doanh nghiệp', e='quan tâm thực hiện những nội dung trên.', opt=True,
      b=[('doanh nghiệp hoạt động cho thuê lại lao động', 'lead', True)]),
 dict(s='Quá trình thực hiện gặp vướng mắc', e='để được hướng dẫn, giải quyết.',
      b=[('doanh nghiệp', 'lead', True), INHo, ('Sở Nội vụ', 'lead', True, True),
         ('Phòng Lao động - Tiền lương - Bảo hiểm xã hội', 'lead', True, True)]),
]
