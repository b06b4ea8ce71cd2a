SOURCE = 'https://www.quangtri.gov.vn/%C4%90%E1%BB%90i-tho%E1%BA%A0i-doanh-nghi%E1%BB%86p?p_p_id=publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_publicquestionportlet_WAR_3cmsnewportlet_INSTANCE_dzqopL9zQml8_action=viewQuestionDetail&questionid=1701398290308 (corpus/directives/078.txt; excerpt: the reply to a business question, quoting Công văn 6202/UBND-KT)'
DOC = dict(doc_type='cong_van', number='6202/UBND-KT', issuer=['UBND tỉnh Quảng Trị', 'UBND tỉnh'], signer=None, issued_on='2023-11-23',
           subject=None, references=[], indices=[])
T = [
 dict(s='Giao Sở Tài nguyên và Môi trường chủ trì', e='hoàn thành trước ngày 10/12/2023./.',
      b=[('Sở Tài nguyên và Môi trường', 'lead', True), ('các đơn vị, địa phương liên quan', 'support', True)],
      d=('2023-12-10', 'by', None, 'trước ngày 10/12/2023')),
]
