NUM='0118'
DIRECTIVE=dict(doc_type='ke_hoach',number='982/KH-UBND',issuer='UBND tỉnh Nghệ An',signer='Phùng Thành Vinh',issued_on='2025-11-19',
 subject='triển khai Đợt thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị quyết Đại hội lần thứ XIII của Đảng trên địa bàn tỉnh Nghệ An',
 references=['45-CT/TW','2437/QĐ-TTg','41-CT/TW','319-KH/TU'],indices=[])
CQ=('các cơ quan, đơn vị','lead',False,True)
ND=[('các sở, ban, ngành','lead',False),('Ủy ban Mặt trận Tổ quốc tỉnh','lead',False),('các tổ chức chính trị - xã hội','lead',False),
    ('các xã, phường','lead',False),('các doanh nghiệp','lead',False),('tổ chức Hội','lead',False),('mọi người dân','lead',False,True)]
NA=[('tỉnh Nghệ An','lead',False)]
MT=[('Ủy ban Mặt trận Tổ quốc tỉnh','lead',False),('các tổ chức chính trị - xã hội','lead',False)]
CC=[('các cơ quan, đơn vị trên địa bàn tỉnh','lead',False)]
DN=[('các doanh nghiệp','lead',False)]
TASKS=[
 dict(s='Phát huy sức mạnh tổng hợp',e='lần thứ XIV của Đảng.',opt=True,b=[CQ]),
 dict(s='Đợt thi đua được triển khai sâu rộng',e='chuyển đổi số quốc gia.',opt=True,b=[CQ],i=['PAR','DTI']),
 dict(s='Thông qua Đợt thi đua, kịp thời',e='trên địa bàn tỉnh Nghệ An.',opt=True,b=[CQ]),
 dict(s='Để toàn dân đồng lòng',e='chủ yếu sau:',opt=True,
      b=[(n,r,True,*o) for (n,r,e,*o) in ND]),
 dict(s='Thi đua thực hiện thắng lợi nhiệm vụ',e='các\nNghị quyết của Quốc hội.',b=ND),
 dict(s='Thi đua thực hiện tốt công tác chuẩn bị',e='bảo đảm đúng quy định.',b=ND),
 dict(s='Thi đua xây dựng Đảng, xây dựng chính quyền',e='các tổ\nchức chính trị - xã hội.',b=ND),
 dict(s='Thi đua đẩy mạnh xây dựng, hoàn thiện',e='lực lượng sản xuất mới.',b=ND,i=['DTI']),
 dict(s='Thi đua hoàn thành, hoàn thành vượt mức',e='đẩy mạnh xây dựng nông thôn mới.',b=ND),
 dict(s='Hoàn thành vượt mức các chỉ tiêu phát triển kinh\ntế',e='trật tự an toàn xã hội.',opt=True,b=NA),
 dict(s='Tổ chức tốt công tác tuyên truyền Đại hội',e='lần thứ XIV của Đảng.',opt=True,b=NA),
 dict(s='Đẩy mạnh cải cách hành chính, nâng cao',e='người dân và doanh nghiệp.',opt=True,b=NA,i=['PAR','DTI']),
 dict(s='Xây dựng Đảng, chính quyền và hệ thống',e='khiếu nại, tố cáo.',opt=True,b=NA),
 dict(s='Tổ chức sâu rộng các phong trào',e='trong sạch vững mạnh.',opt=True,b=MT),
 dict(s='Phát huy mạnh mẽ vai trò của Ủy ban',e='giám sát và phản biện xã hội.',opt=True,b=MT),
 dict(s='Hoàn thành và hoàn thành vượt mức',e='trật tự an toàn xã hội.',opt=True,b=CC),
 dict(s='Tổ chức tốt công tác tuyên truyền Đại hội',e='lần thứ XIV của Đảng.',opt=True,b=CC),
 dict(s='Cải cách hành chính, nâng cao hiệu quả',e='người\ndân và doanh nghiệp.',opt=True,b=CC,i=['PAR','DTI']),
 dict(s='Xây dựng tổ chức Đảng, cơ quan',e='khiếu nại, tố cáo.',opt=True,b=CC),
 dict(s='Tổ chức quán triệt, triển khai thực hiện Chỉ thị',e='trong tình hình mới.',opt=True,b=CC),
 dict(s='Tập trung triển khai các phong trào',e='toàn quốc lần thứ XI.',opt=True,b=CC,i=['DTI']),
 dict(s='Sản xuất kinh doanh hiệu quả',e='quốc lần thứ XIV của Đảng.',opt=True,b=DN),
 dict(s='Có nhiều sáng chế, phát minh',e='xanh - sạch - tiết kiệm.',opt=True,b=DN),
 dict(s='Nội bộ đoàn kết. Thực hiện tốt',e='trên địa bàn tỉnh.',opt=True,b=DN),
 dict(s='Cán bộ, công chức, viên chức, người lao động\ngương mẫu',e='vì dân phục vụ”.',opt=True,b=[('Cán bộ, công chức, viên chức, người lao động','lead',True,True)]),
 dict(s='Mọi người dân tiếp tục nêu cao',e='độc lập chủ quyền đất nước.',opt=True,b=[('Mọi người dân','lead',True,True)]),
 dict(s='Các cơ quan, đơn vị căn cứ thành tích',e='thi đua, khen thưởng.',b=[('Các cơ quan, đơn vị','lead',True)]),
 dict(s='Tăng cường sự lãnh đạo của cấp ủy',e='tổ chức thực hiện Đợt thi đua.',b=[CQ]),
 dict(s='Đẩy mạnh công tác tuyên truyền nâng cao nhận thức',e='giàu mạnh trong kỷ nguyên mới.',b=[CQ]),
 dict(s='Phát hiện, động viên, biểu dương',e='bảo đảm an ninh, quốc phòng.',b=[CQ]),
 dict(s='Các cơ quan, đơn vị căn cứ Kế hoạch này',e='lần thứ XIII của Đảng.',b=[('Các cơ quan, đơn vị','lead',True)]),
 dict(s='Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức',e='an sinh xã hội cho Nhân dân.',
      b=[('Ủy ban Mặt trận Tổ quốc tỉnh','lead',True),('các tổ chức chính trị-xã hội','lead',True),('các tổ chức thành viên','lead',True,True)]),
 dict(s='Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban',e='mô hình đổi mới, sáng tạo, hiệu quả.',
      b=[('Sở Văn hóa, Thể thao và Du lịch','lead',True),('Ban Tuyên giáo và Dân vận Tỉnh ủy','support',True),('các cơ quan truyền thông trên địa bàn tỉnh','lead',True,True)]),
 dict(s='Hội đồng Thi đua - Khen thưởng các cấp phân công',e='sâu rộng, hiệu quả.',b=[('Hội đồng Thi đua - Khen thưởng các cấp','lead',True)]),
 dict(s='Sở Nội vụ hướng dẫn khen thưởng',e='trong thực hiện Đợt thi đua.',b=[('Sở Nội vụ','lead',True),('các cơ quan, đơn vị liên quan','support',True)]),
 dict(s='Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển',e='các nội dung nêu trên.',opt=True,b=[('các cơ quan, đơn vị','lead',True)]),
 dict(s='Trong quá trình triển khai\nthực hiện, nếu có vướng mắc',e='xem xét, quyết định./.',b=[('các cơ quan, đơn vị','lead',False),('Sở Nội vụ','lead',True,True)]),
]
TARGETS=[]
