SOURCE = 'https://nhansu.vn/van-ban-phap-luat/Chi-thi-18-CT-UBND-2025-tang-cuong-ky-cuong-ky-luat-hanh-chinh-Hue-687410.html (corpus/directives/061.txt; excerpt: preamble only, cut mid-sentence)'
DOC = dict(doc_type='chi_thi', number='18/CT-UBND', issuer='UBND thành phố Huế', signer=None, issued_on='2025-12-29',
           subject='tăng cường kỷ cương, kỷ luật hành chính; nâng cao hiệu quả, hiệu lực hoạt động bộ máy quản lý nhà nước trên địa bàn thành phố',
           references=[], indices=[])
START = 'Thành phố Huế chính thức'
# The excerpt stops inside the background paragraphs (cut at "... còn gây phiền"): no instruction is reached.
# The only sentence phrased as a requirement is a background statement ("... đòi hỏi hệ thống chính quyền
# thành phố nhanh chóng thích ứng ...") -> optional.
T = [
 dict(s='Sự thay đổi lớn về tổ chức bộ máy đòi hỏi', e='phục vụ nhân dân và doanh nghiệp tốt hơn.', opt=True,
      b=[('hệ thống chính quyền thành phố', 'lead', True)], i=['PAR']),
]
