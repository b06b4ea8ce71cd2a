NUM='0391'
DIRECTIVE=dict(doc_type='thong_bao',number='659/TB-VPCP',issuer='Văn phòng Chính phủ',signer='Đỗ Ngọc Huỳnh',issued_on='2025-11-29',
 subject='kết luận của Phó Thủ tướng Chính phủ Hồ Quốc Dũng tại cuộc họp về tình hình thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới và Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ thực hiện Nghị quyết số 66-NQ/TW',
 references=['66-NQ/TW','140/NQ-CP','197/2025/QH15','289/2025/NĐ-CP'],indices=[])
B=('các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ','lead',False)
TASKS=[
 dict(s='Các đồng chí Bộ trưởng,\nThủ trưởng',e='trọng tâm\nsau:',opt=True,b=[('các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ','lead',True)]),
 dict(s='Tập trung rà soát, xác định',e='bảo đảm hoàn thành đúng tiến độ.',b=[B]),
 dict(s='Tập trung giải quyết các điểm',e='ứng dụng công nghệ số.',b=[B],i=['PAR']),
 dict(s='Chủ động rà soát các nhiệm',e='có kế hoạch\ntriển khai thực hiện.',b=[B]),
 dict(s='Khẩn trương thực hiện các\nchế độ',e='đối với những vấn đề vượt thẩm quyền.',b=[B]),
 dict(s='Khẩn trương chỉ đạo tập\ntrung rà soát',e='trước ngày 10 tháng 12 năm 2025.',b=[B,('Bộ Tư pháp','lead',True,True)],
      d=('2025-12-05','by',None,'trước ngày 05 tháng 12 năm 2025')),
 dict(s='Trên cơ sở đề nghị của\ncác Bộ',e='tổ chức thi hành pháp luật.',b=[('Bộ Tài chính','lead',True)]),
 dict(s='Bộ Tư pháp có trách nhiệm\nkiểm tra',e='140/NQ-CP theo quy định.',b=[('Bộ Tư pháp','lead',True),('Văn phòng Chính phủ','support',True)]),
 dict(s='Văn phòng Chính phủ thông\nbáo',e='biết, thực hiện./.',opt=True,b=[('Bộ Tư pháp','lead',True),('các cơ quan liên quan','lead',True)]),
]
TARGETS=[]
