SOURCE = 'https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-6278-BVHTTDL-VP-2025-hoan-thanh-phuong-an-cat-giam-don-gian-hoa-thu-tuc-hanh-chinh-681591.aspx (corpus/bulk/0031.txt)'
# The corpus text has no header (it starts at "Kính gửi:"): number and subject come from the source address only,
# the issue date is not known (after Công điện 220/CĐ-TTg of 18/11/2025).
DOC = dict(doc_type='cong_van', number=[None, '6278/BVHTTDL-VP'], issuer='Bộ Văn hóa, Thể thao và Du lịch',
           signer='Tạ Quang Đông', issued_on=None,
           subject=[None, 'hoàn thành phương án cắt giảm, đơn giản hóa thủ tục hành chính',
                    'hoàn thành thực thi các phương án cắt giảm, đơn giản hóa thủ tục hành chính'],
           references=['220/CĐ-TTg', '1616/QĐ-TTg', '66/NQ-CP', '113/2013/NĐ-CP', '1015/QĐ-TTg', '498/QĐ-TTg',
                       '66.7/2025/NĐ-CP'],
           indices=[])
START = 'Trước tình hình đó'
VPC = [('Vụ Pháp chế', 'lead', False)]
XB = [('Cục Xuất bản, In và Phát hành', 'lead', False)]
DA = [('Cục Điện ảnh', 'lead', False), ('Cục Du lịch Quốc gia Việt Nam', 'lead', False)]
MT = [('Cục Mỹ thuật, Nhiếp ảnh và Triển lãm', 'lead', False)]
BC = [('Cục Báo chí', 'lead', False)]
TT = [('Cục Thể dục thể thao Việt Nam', 'lead', False)]
HT = [('Cục Hợp tác quốc tế', 'lead', False)]
# header "8. Các đơn vị có TTHC"; the "Kính gửi" line names the same group "Các đơn vị thuộc Bộ được giao thực hiện thủ tục hành chính"
DV = [('Các đơn vị có TTHC', 'lead', False), ('Các đơn vị thuộc Bộ được giao thực hiện thủ tục hành chính', 'lead', False, True)]
Y25 = ('2025-12-31', 'period', None, 'trong năm 2025')
Y26 = ('2026-12-31', 'period', None, 'trong năm 2026')
P = ['PAR']
T = [
 # 1. Vụ Pháp chế
 dict(s='Tập trung hoàn thành việc xây dựng Nghị định', e='đảm bảo hoàn thành trong tháng 12/2025.', b=VPC,
      d=('2025-12-31', 'by', None, 'trong tháng 12/2025'), i=P),
 dict(s='Nâng cao chất lượng thẩm định', e='với chi phí tuân thủ thấp nhất.', b=VPC, i=P),
 # 2. Cục Xuất bản, In và Phát hành
 dict(s='Triển khai sửa đổi, bổ sung Luật Xuất bản', e='quá trình xây dựng, hoàn thiện văn bản.', b=XB, i=P),
 dict(s='Phối hợp với Bộ Tài chính đưa nội dung', e='Đảm bảo hoàn thành thực thi trong năm 2026.',
      b=XB + [('Bộ Tài chính', 'support', True)], d=Y26, i=P),
 # 3. Cục Điện ảnh, Cục Du lịch Quốc gia Việt Nam (one unmarked paragraph)
 dict(s='Phối hợp với Vụ Pháp chế đưa', e='đảm bảo hoàn thành thực thi trong năm 2026.',
      b=DA + [('Vụ Pháp chế', 'support', True)], d=Y26, i=P),
 # 4. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm (one unmarked paragraph, two sentences)
 dict(s='Khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số 113/2013', e='Đảm bảo hoàn thành trong quý I/2026.', b=MT,
      d=('2026-03-31', 'period', None, 'trong quý I/2026'), i=P),
 # 5. Cục Báo chí
 dict(s='Khẩn trương hoàn thành thực thi phương án đơn giản hóa TTHC', e='lộ trình được giao hoàn thành trong năm 2025.', b=BC,
      d=Y25, i=P),
 dict(s='Chủ động cắt giảm, đơn giản hóa tối đa TTHC ngay', e='Luật Báo chí sửa đổi (sau khi được thông qua).', b=BC, i=P),
 # 6. Cục Thể dục thể thao Việt Nam (same sentence as 5, first item)
 dict(s='Khẩn trương hoàn thành thực thi phương án đơn giản hóa TTHC', e='lộ trình được giao hoàn thành trong năm 2025.', b=TT,
      d=Y25, i=P),
 # 7. Cục Hợp tác quốc tế (one unmarked paragraph)
 dict(s='Khẩn trương hoàn thành thực thi phương án cắt giảm', e='hoàn thành nhiệm vụ trước ngày 15/12/2025.', b=HT,
      d=('2025-12-15', 'by', None, 'trước ngày 15/12/2025'), i=P),
 # 8. Các đơn vị có TTHC
 dict(s='Thực hiện nghiêm túc việc lấy ý kiến của Văn phòng Bộ', e='dự thảo các VBQPPL có quy định TTHC.',
      b=DV + [('Văn phòng Bộ', 'support', True, True)], i=P),
 dict(s='Kiểm soát chặt chẽ và thực hiện nghiêm việc đánh giá', e='theo đúng yêu cầu của Luật ban hành VBQPPL.', b=DV, i=P),
 dict(s='Chủ động cắt giảm, đơn giản hóa tối đa TTHC và TTHC nội bộ', e='TTHC và TTHC nội bộ đã được phê duyệt.', b=DV, i=P),
 dict(s='Tập trung số hóa 100% hồ', e='hoàn thành trước 30/11/2025.', b=DV,
      d=('2025-11-30', 'by', None, 'trước 30/11/2025'), i=['PAR', 'DTI'],
      g=[('100% hồ sơ, tài liệu, kết quả giải quyết TTHC còn hiệu lực', 100, '%', '=',
          'tỷ lệ hồ sơ, tài liệu, kết quả giải quyết TTHC còn hiệu lực được số hóa')]),
 dict(s='Khẩn trương phối hợp với Văn phòng Bộ', e='hoàn thành trước 30/11/2025.',
      b=DV + [('Văn phòng Bộ', 'support', True)], d=('2025-11-30', 'by', None, 'trước 30/11/2025'), i=P,
      g=[('59 TTHC', 59, 'TTHC', '=', 'số TTHC được công bố và tái cấu trúc quy trình theo Nghị quyết 66.7/2025', True)]),
 # generic closing -> optional
 dict(s='Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng', e='khẩn trương triển khai thực hiện./.', opt=True,
      b=[('các cơ quan, đơn vị được giao nhiệm vụ', 'lead', True)]),
]
