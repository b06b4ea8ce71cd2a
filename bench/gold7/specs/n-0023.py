SOURCE = 'https://thuvienphapluat.vn/cong-van/Bo-may-hanh-chinh/Cong-van-9476-BNNMT-CNTY-2025-tra-loi-bo-sung-kien-nghi-cua-cu-tri-gui-truoc-Ky-hop-thu-10-681970.aspx (text via shared/corpus/bulk/0023.txt)'
DOC = dict(doc_type='cong_van', number='9476/BNNMT-CNTY', issuer='Bộ Nông nghiệp và Môi trường', signer='Trần Đức Thắng',
           issued_on='2025-11-24',
           subject='trả lời bổ sung kiến nghị của cử tri gửi trước Kỳ họp thứ 10, Quốc hội Khóa XV',
           # every document cited by number (as the dev gold, m-0036)
           references=['1691/UBDNGS15', '45/2024/TT-BTC', '375/BNN-TC', '283/2016/TT-BTC'],
           indices=[])
START = 'Bộ Nông nghiệp và Môi trường nhận được kiến nghị'
# A ministry's answer to a voters' petition. Not tasks: the receipt paragraph, the quoted petition ("Cử tri kiến nghị đề
# nghị ban hành khung giá ..." is the voters' request, its "01/9/2025 - 30/10/2025" is the vaccination round, no
# deadline), the thanks, the intro "xin báo cáo ... như sau:", the first bullet (a legal rule: "cần có định mức ..."),
# the third bullet (a past act: "ngày 10/01/2025, Bộ ... đã có Văn bản số 375/BNN-TC ...") and the courtesy
# "rất mong tiếp tục nhận được sự quan tâm ...".
T = [
 # second bullet: the norms "đang được rà soát để trình ban hành" -> ongoing work of the Bộ stated passively, no
 # directive frame; a doubtful commitment -> optional, the issuer as inherited body
 dict(s='Hiện định mức kinh tế kỹ thuật của các dịch vụ', e='đang được rà soát để trình ban hành.', opt=True,
      b=[('Bộ Nông nghiệp và Môi trường', 'lead', False)]),
 # closing "Trên đây là ý kiến ..., trân trọng kính gửi ... để thông tin tới cử tri." -> closing formula, optional
 # (as c-035 t17, c-036 t14)
 dict(s='Trên đây là ý kiến của Bộ Nông nghiệp và Môi trường', e='để thông tin tới cử tri.', opt=True,
      b=[('Ủy ban Dân nguyện và Giám sát Quốc hội', 'lead', True),
         ('Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh', 'lead', True)]),
]
