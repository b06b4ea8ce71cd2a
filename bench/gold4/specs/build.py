"""Build a gold JSON from a compact spec (start/end snippets -> offsets)."""
import hashlib, json, re, sys, importlib.util
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent

def rx(snip):
    parts = [re.escape(p) for p in snip.split()]
    return re.compile(r'\s+'.join(parts))

def find(text, snip, pos=0, end=None):
    m = rx(snip).search(text, pos, end if end is not None else len(text))
    if not m:
        raise SystemExit(f'NOT FOUND after {pos}: {snip!r}')
    return m

def build(name, spec):
    text = (GOLD / f'{name}.txt').read_text(encoding='utf-8')
    tasks, targets = [], []
    cur = spec.get('START', 0)
    if isinstance(cur, str):
        cur = find(text, cur).start()
    for i, t in enumerate(spec['T'], 1):
        s = find(text, t['s'], cur).start()
        e = find(text, t['e'], s).end() if t.get('e') else find(text, t['s'], s).end()
        span = [s, e]
        cur = e
        bodies = [dict(name=b[0], role=b[1], explicit=b[2], optional=(b[3] if len(b) > 3 else False)) for b in t.get('b', [])]
        dl = None
        if t.get('d'):
            d = t['d']
            dl = dict(date=d[0], kind=d[1], rule=d[2], quote=d[3], optional=(d[4] if len(d) > 4 else False))
            if rx(d[3]).search(text, s, e):
                m = find(text, d[3], s, e)
            elif len(d) > 5:
                m = find(text, d[3], find(text, d[5]).start())
            else:
                m = find(text, d[3], s)
            dl['quote'] = m.group(0)
        tasks.append(dict(id=f't{i}', span=span, quote=text[s:e], optional=t.get('opt', False),
                          bodies=bodies, deadline=dl, indices=t.get('i', [])))
        for g in t.get('g', []):
            m = find(text, g[0], s, e)
            targets.append(dict(task=f't{i}', span=[m.start(), m.end()], quote=m.group(0), value=g[1], unit=g[2],
                                comparator=g[3], metric=g[4], optional=(g[5] if len(g) > 5 else False)))
    out = dict(id=name, text_file=f'{name}.txt', sha256=hashlib.sha256(text.encode('utf-8')).hexdigest(),
               source=spec['SOURCE'], directive=spec['DOC'], tasks=tasks, targets=targets)
    (GOLD / f'{name}.json').write_text(json.dumps(out, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    nb = sum(len(t['bodies']) for t in tasks); nd = sum(1 for t in tasks if t['deadline'])
    print(f'{name}: tasks={len(tasks)} (opt {sum(t["optional"] for t in tasks)}) bodies={nb} deadlines={nd} targets={len(targets)}')
    for t in tasks:
        q = t['quote'].replace('\n', ' ')
        print(f"  {t['id']} {t['span']} {'OPT ' if t['optional'] else ''}{q[:60]!r}...{q[-30:]!r} D={t['deadline'] and t['deadline']['quote']!r}")

if __name__ == '__main__':
    for p in sys.argv[1:]:
        sp = importlib.util.spec_from_file_location('s', p); m = importlib.util.module_from_spec(sp); sp.loader.exec_module(m)
        build(Path(p).stem, m.__dict__)
