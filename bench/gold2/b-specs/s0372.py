NUM='0372'
DIRECTIVE=dict(doc_type='quyet_dinh',number='2813/QĐ-UBND',issuer='UBND tỉnh Đồng Nai',signer='Lê Trường Sơn',issued_on='2025-11-20',
 subject='thông qua phương án đơn giản hóa thủ tục hành chính cấp xã lĩnh vực nông nghiệp và môi trường thuộc thẩm quyền giải quyết của tỉnh Đồng Nai',
 references=['72/2025/QH15','63/2010/NĐ-CP','48/2013/NĐ-CP','92/2017/NĐ-CP','66/NQ-CP','02/2017/TT-VPCP','49/KH-UBND','454/TTr-SoNNMT'],indices=[])
TASKS=[
 dict(s='Giao Sở Nông nghiệp\nvà Môi trường chủ trì',e='ban hành mới phù hợp.',
      b=[('Sở Nông nghiệp và Môi trường','lead',True),('các sở, ban ngành tỉnh','support',True),('Ủy ban nhân dân các xã, phường','support',True),('các đơn vị có liên quan','support',True)],
      d=(None,'ongoing',None,'thường xuyên'),i=['PAR']),
 dict(s='Giao Văn phòng Ủy ban\nnhân dân tỉnh có trách nhiệm',e='thẩm\nquyền giải quyết của tỉnh.',b=[('Văn phòng Ủy ban nhân dân tỉnh','lead',True)],i=['PAR']),
 dict(s='Chánh Văn phòng\nUBND tỉnh; Giám đốc',e='Quyết\nđịnh này./.',opt=True,
      b=[('Văn phòng UBND tỉnh','lead',True),('Sở Nông nghiệp và Môi trường','lead',True),('Ủy ban nhân dân các xã, phường','lead',True),('các tổ chức, cá nhân có liên quan','lead',True)]),
 dict(s='Kiến nghị Bộ Nông nghiệp và Môi trường bãi bỏ',e='nghiệp và Môi trường.',opt=True,b=[]),
]
TARGETS=[]
