SOURCE = 'https://thuvienphapluat.vn/cong-van/Thue-Phi-Le-Phi/Cong-van-18491-BTC-CST-2025-tiep-thu-y-kien-cua-Dai-bieu-ve-du-an-Luat-Thue-thu-nhap-ca-nhan-sua-doi-682381.aspx (corpus/bulk/0030.txt)'
# The corpus text has no header (it starts at "Kính gửi:"): number and subject come from the source address only;
# the text gives no issue date (it cites a letter received on 27/11/2025, so it was issued on or after that day).
DOC = dict(doc_type='cong_van', number=[None, '18491/BTC-CST'], issuer='Bộ Tài chính',
           signer='Cao Anh Tuấn', issued_on=None,
           subject=[None, 'tiếp thu ý kiến của Đại biểu về dự án Luật Thuế thu nhập cá nhân (sửa đổi)',
                    'tiếp thu ý kiến của Đại biểu về dự án Luật Thuế TNCN (sửa đổi)',
                    'tiếp thu, giải trình ý kiến của Đại biểu Quốc hội về dự án Luật Thuế thu nhập cá nhân (sửa đổi)'],
           references=['18380/BTC-CST', '11598/VPCP-KTTH', '985/TTr-CP', '1379/BC-UBTVQH15', '4575/BC-VPQH',
                       '78/2025/NĐ-CP', '187/2025/NĐ-CP', '48/2024/QH15', '67/2025/QH15', '110/2025/UBTVQH15',
                       '987/BC-CP'],
           indices=[])
START = 'Ngày 26/11/2025, Bộ Tài chính đã có công văn'
BTC = ('Bộ Tài chính', 'lead', False)
BTCx = ('Bộ Tài chính', 'lead', True)
CP = ('Chính phủ', 'lead', True)
# owners of the closing request "Bộ Tài chính kính báo cáo Thủ tướng Chính phủ, Chính phủ xem xét thông qua:"
ASK = [('Thủ tướng Chính phủ', 'lead', False), ('Chính phủ', 'lead', False),
       ('Phó Thủ tướng Chính phủ Hồ Đức Phớc', 'lead', False, True)]   # the "Kính gửi" addressee: optional
T = [
 # Background (earlier letter 18380, the Deputy PM's quoted instruction "giao Bộ Tài chính xem xét ...",
 # Tờ trình, Báo cáo thẩm tra, Báo cáo 4575), the "Căn cứ ... xin báo cáo ... như sau:" line and the
 # description of the draft as submitted are narrative: no tasks.
 # 1. Về thuế đối với cá nhân kinh doanh: the "-" items list the revisions of the draft law the Ministry
 # reports ("nội dung chỉnh lý ... như sau:"); imperative in form, but contents of a proposal, not
 # instructions to act -> optional units.
 dict(s='Về mức doanh thu không phải nộp thuế: Bộ Tài', e='trên tổng số 2,54 triệu hộ kinh doanh).', opt=True,
      b=[BTCx],
      g=[('90% trên tổng số 2,54 triệu hộ kinh doanh', 90, '%', '=',
          'tỷ lệ hộ kinh doanh không phải nộp thuế (dự kiến)', True)]),
 dict(s='Bổ sung quy định đối với hộ, cá nhân kinh doanh', e='thì mới nộp thuế theo tỷ lệ trên doanh thu.', opt=True,
      b=[BTC]),
 dict(s='Để đảm bảo đồng bộ về mức doanh thu không phải nộp', e='từ 200 triệu đồng/năm lên 500 triệu đồng/năm.', opt=True,
      b=[BTC]),
 dict(s='Về việc điều chỉnh doanh thu không phải nộp thuế, dự thảo Luật giao Chính phủ', e='quản lý thuế đối với cá nhân kinh doanh.', opt=True,
      b=[CP, (BTC[0], BTC[1], BTC[2], True)]),
 dict(s='Ngoài ra, riêng đối với cá nhân có hoạt động cho thuê bất động sản', e='không phải quyết toán thuế năm.', opt=True,
      b=[BTC]),
 # 2. Biểu thuế lũy tiến: "Bộ Tài chính đã rà soát, điều chỉnh ..." (done) + table: no tasks.
 # 3. Giảm trừ gia cảnh: "Bộ Tài chính chỉnh lý dự thảo Luật theo hướng:" + two revision items -> optional
 dict(s='Đưa mức giảm trừ gia cảnh vào trong Luật.', opt=True, b=[BTC]),
 dict(s='Giao Chính phủ trình UBTVQH điều chỉnh mức giảm', e='tình hình kinh tế - xã hội trong từng thời kỳ.', opt=True,
      b=[CP, (BTC[0], BTC[1], BTC[2], True)]),
 # 4. a) revision + conditional commitment "Bộ Tài chính sẽ báo cáo Chính phủ trình Quốc hội ..." -> optional
 dict(s='Bỏ nội dung “Thu nhập khác do Chính phủ quy định”', e='khoản 3 Điều 27 dự thảo Luật.', opt=True,
      b=[BTCx]),
 # 4. b) "Chỉnh lý lại một số quy định ..., gồm:" introduces the sub-items; five revision items -> optional
 dict(s='Chỉnh lý lại quy định tại khoản 10 Điều 3 dự thảo', e='trúng đấu giá theo quy định của pháp luật;', opt=True,
      b=[BTC]),
 dict(s='Chỉnh lý lại quy định tại khoản 8 Điều 4 dự thảo', e='không nghỉ phép theo quy định của pháp luật".', opt=True,
      b=[BTC]),
 dict(s='Bổ sung thêm tại khoản 6 Điều 4 dự thảo Luật', e='lãi trái phiếu chính quyền địa phương.', opt=True,
      b=[BTC]),
 dict(s='Chỉnh lý lại quy định tại khoản 3 Điều 5 dự thảo', e='theo pháp luật về công nghệ cao”', opt=True,
      b=[BTC]),
 dict(s='Chỉnh lý lại quy định tại khoản 4 Điều 10 dự thảo', e='không có khả năng lao động”.', opt=True,
      b=[BTC]),
 # "Đối với các nội dung góp ý khác, Bộ Tài chính đã nghiêm túc nghiên cứu ..." (done): no task.
 # "Căn cứ ..., Bộ Tài chính kính báo cáo Thủ tướng Chính phủ, Chính phủ xem xét thông qua:" names who acts and
 # introduces the items: not a task itself; its addressees own the three items (explicit: false).
 dict(s='Dự thảo Báo cáo tiếp thu, giải trình ý kiến của', e='về dự án Luật Thuế TNCN (sửa đổi);', b=ASK),
 dict(s='Dự thảo Luật Thuế TNCN (sửa đổi) sau khi tiếp thu, chỉnh lý;', b=ASK),
 dict(s='Giao Bộ trưởng Bộ Tài chính thừa ủy quyền', e='thông qua tại Kỳ họp thứ 10.',
      b=ASK + [BTCx],
      d=(None, 'by', None, 'để đáp ứng tiến độ trình Quốc hội xem xét, thông qua tại Kỳ họp thứ 10', True)),
 # "Công văn này thay thế công văn số 18380/BTC-CST ..." and "Bộ Tài chính kính báo cáo ..." closing: no tasks.
]
