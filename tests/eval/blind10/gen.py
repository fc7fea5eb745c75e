import json, math, sys
sys.path.insert(0, '.')
from vols import VOLS, dp
A = {a['name']: a for a in json.load(open('areas.json'))}
def km(x, y):
    a, b = A[x], A[y]
    p1, p2 = math.radians(a['lat']), math.radians(b['lat'])
    dl = math.radians(b['lon'] - a['lon'])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))
with open('volunteers.jsonl', 'w') as f:
    for v in VOLS:
        f.write(json.dumps({k: v[k] for k in v if not k.startswith('_')}, ensure_ascii=False) + '\n')
try:
    from reqs import REQS
except ImportError:
    REQS = []
VK = {v['key']: v for v in VOLS}
def assess(r, v):
    """returns (weak list) or None if hard-excluded"""
    if not v['active'] or not set(v['languages']) & set(r['languages']):
        return None
    weak = []
    if r['availability'] and not set(r['availability']) & set(v['availability']):
        weak.append('no shared day-part')
    d = km(r['neighbourhood'], v['neighbourhood'])
    if v['_remote']:
        if not r['_remote_ok']:
            weak.append('helps only remotely, need is in person')
    elif d > 3.0:
        weak.append('lives %.1f km away' % d)
    return weak, d
out = []
problems = 0
for r in REQS:
    rel = {}
    why = []
    for v in VOLS:
        fit = v['_tags'] & r['_fit']
        related = v['_tags'] & r['_rel']
        if v['key'] in r['_exclude']:
            continue
        if v['key'] in r['_include_rel']:
            fit, related = set(), {'manual'}
        if not fit and not related:
            continue
        a = assess(r, v)
        if a is None:
            continue
        weak, d = a
        if fit:
            g = 2 if not weak else (1 if len(weak) == 1 else 0)
        else:
            g = 1 if not weak else 0
        if g:
            rel[v['key']] = g
            bits = ('topic' if fit else 'related topic')
            bits += '; ' + ('; '.join(weak) if weak else ('remote help fits' if v['_remote'] else '%.1f km' % d) + ', day-part ok')
            why.append('%s=%d (%s)' % (v['key'], g, bits))
    nrel = len(rel)
    ok = 2 <= nrel <= 6 and 2 in rel.values()
    if not ok:
        problems += 1
    print(r['key'], r['neighbourhood'], nrel, 'OK' if ok else '<<<<<<<<<<< PROBLEM', ' | '.join(why))
    rec = dict(key=r['key'], neighbourhood=r['neighbourhood'], question=r['question'], availability=r['availability'],
               languages=r['languages'], relevant=rel, note=r['_note'] + ' Labels: ' + '; '.join(why) + '.')
    out.append(rec)
with open('requests.jsonl', 'w') as f:
    for rec in out:
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print('volunteers', len(VOLS), 'requests', len(out), 'labels', sum(len(r['relevant']) for r in out), 'problems', problems)
