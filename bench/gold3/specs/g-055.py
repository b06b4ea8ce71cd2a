SOURCE = 'https://ls1.hethongphapluat.com/quyet-dinh-30-2018-qd-ubnd-quy-dinh-ve-trach-nhiem-va-danh-gia-trach-nhiem-cua-nguoi-dung-dau-cac-so-ban-nganh-uy-ban-nhan-dan-quan-huyen-trong-thuc-hien-cai-cach-hanh-chinh-nha-nuoc-do-thanh-pho-hai-phong-ban-hanh.html (corpus/directives/055.txt, excerpt cut inside Điều 1)'
DOC = dict(doc_type='quyet_dinh', number='30/2018/QĐ-UBND', issuer=['UBND thành phố Hải Phòng'], signer=None, issued_on='2018-10-09',
           subject='ban hành Quy định về trách nhiệm và đánh giá trách nhiệm của người đứng đầu các sở, ban, ngành, Ủy ban nhân dân quận, huyện trong thực hiện cải cách hành chính nhà nước',
           references=['157/2007/NĐ-CP', '34/2011/NĐ-CP', '56/2015/NĐ-CP', '88/2017/NĐ-CP', '1494/TTr-SNV', '2231/SNV-CCHC&PC', '18/BCTĐ-STP'],
           indices=[])
T = [
 # Điều 1 is the decision itself (issuing the attached Quy định), not an instruction to a body; cut by the excerpt.
 dict(s='Ban hành kèm theo Quyết định này', e='các sở, ban, ng', opt=True, i=['PAR']),
]
