SOURCE = 'https://thuvienphapluat.vn/van-ban/Dau-tu/Chi-thi-... (Chỉ thị 15/CT-UBND 2019 Thanh Hóa, excerpt; corpus/directives/077.txt, see its INDEX.tsv row)'
DOC = dict(doc_type='chi_thi', number='15/CT-UBND', issuer='UBND tỉnh Thanh Hóa', signer=None, issued_on='2019-10-10',
           subject='lập kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 tỉnh Thanh Hóa',
           references=['20/CT-TTg', '5743/SKHĐT-TH'], indices=[])
BS = [('các sở, ban, ngành, đơn vị cấp tỉnh', 'lead', True), ('UBND các huyện, thị xã, thành phố', 'lead', True),
      ('các Ban Quản lý dự án chuyên ngành, khu vực', 'lead', True), ('các chủ đầu tư', 'lead', True)]
T = [
 dict(s='Thực hiện Luật Đầu tư công', e='với các nội dung sau:', opt=True, b=BS),
 dict(s='Căn cứ kế hoạch phát triển kinh tế - xã hội của tỉnh', e='gồm: vốn n', b=BS),
]
