"""Build gold JSON from a compact spec. usage: python build.py spec.py"""
import json, sys, hashlib, csv, re, runpy, datetime
BULK='/work/shared/corpus/bulk'
OUT='/work/main/bench/gold2'
man={r['file']:r for r in csv.DictReader(open(BULK+'/MANIFEST.tsv'),delimiter='\t')}

def find(text, snip, frm, what):
    i=text.find(snip, frm)
    if i<0: raise SystemExit(f'NOT FOUND {what}: {snip!r} from {frm}')
    return i

def build(spec_path):
    S=runpy.run_path(spec_path)
    num=S['NUM']; name=f'b-{num}'
    raw=open(f'{BULK}/{num}.txt',encoding='utf-8').read()
    open(f'{OUT}/{name}.txt','w',encoding='utf-8',newline='').write(raw)
    text=open(f'{OUT}/{name}.txt',encoding='utf-8',newline='').read()
    assert text==raw
    tasks=[]; cur=0
    for k,t in enumerate(S['TASKS'],1):
        s=find(text,t['s'],cur,f't{k} start'); 
        e=find(text,t['e'],s,f't{k} end')+len(t['e'])
        # ensure end snippet first occurrence after s is intended: check uniqueness inside
        cur=e
        q=text[s:e]
        bodies=[dict(name=b[0],role=b[1],explicit=b[2],optional=(b[3] if len(b)>3 else False)) for b in t.get('b',[])]
        dl=t.get('d')
        if dl:
            date,kind,rule,dq=dl[:4]; dopt=dl[4] if len(dl)>4 else False
            if not t.get('table') and not t.get('dout'):
                if dq not in q and ' '.join(dq.split()) not in ' '.join(q.split()):
                    raise SystemExit(f't{k} deadline quote not in task: {dq!r}')
                # use exact text form
            deadline=dict(date=date,kind=kind,rule=rule,quote=dq,optional=dopt)
        else: deadline=None
        tasks.append(dict(id=f't{k}',span=[s,e],quote=q,optional=t.get('opt',False),bodies=bodies,deadline=deadline,indices=t.get('i',[])))
    targets=[]
    for g in S.get('TARGETS',[]):
        tk=next(t for t in tasks if t['id']==g['task'])
        s=find(text,g['q'],tk['span'][0],'target'); e=s+len(g['q'])
        assert e<=tk['span'][1], ('target outside task',g)
        targets.append(dict(task=g['task'],span=[s,e],quote=text[s:e],value=g['value'],unit=g['unit'],comparator=g['comp'],metric=g['metric'],optional=g.get('opt',False)))
    doc=dict(id=name,text_file=f'{name}.txt',sha256=hashlib.sha256(text.encode('utf-8')).hexdigest(),
             source=f"{man[num+'.txt']['url']} (text via shared/corpus/bulk/{num}.txt)",
             directive=S['DIRECTIVE'],tasks=tasks,targets=targets)
    json.dump(doc,open(f'{OUT}/{name}.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
    print(name,'tasks',len(tasks),'opt',sum(t['optional'] for t in tasks),'bodies',sum(len(t['bodies']) for t in tasks),
          'deadlines',sum(1 for t in tasks if t['deadline']),'targets',len(targets))
    for t in tasks:
        print(' ',t['id'],t['span'],'OPT' if t['optional'] else '   ',repr(t['quote'][:60]),'...',repr(t['quote'][-40:]))
if __name__=='__main__':
    for p in sys.argv[1:]: build(p)
