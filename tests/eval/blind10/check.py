#!/usr/bin/env python3
"""Validator for the blind Nijmegen evaluation set (areas.json, volunteers.jsonl, requests.jsonl)."""
import json, math, re, sys, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
errs = []
def err(m): errs.append(m)
DP = re.compile(r'^(ma|di|wo|do|vr|za|zo)-(ochtend|middag|avond)$')
LANG = re.compile(r'^([a-z]{2}|zgh|pap)$')

areas = json.load(open('areas.json'))
A = {}
for a in areas:
    if set(a) != {'name', 'wijk', 'lat', 'lon'}: err('area fields %r' % a)
    if not isinstance(a['name'], str) or not isinstance(a['wijk'], str): err('area types %r' % a)
    if not (51.7 < a['lat'] < 51.95 and 5.7 < a['lon'] < 5.95): err('area outside Nijmegen %r' % a)
    if a['name'] in A: err('duplicate area %s' % a['name'])
    A[a['name']] = a
wijken = {a['wijk'] for a in areas}
for w in wijken:
    if w not in A or A[w]['wijk'] != w: err('wijk %s is not an area whose wijk is itself' % w)
if not 18 <= len(areas) <= 26: err('area count %d' % len(areas))

def km(x, y):
    a, b = A[x], A[y]
    p1, p2 = math.radians(a['lat']), math.radians(b['lat'])
    dl = math.radians(b['lon'] - a['lon'])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))

def strlist(x): return isinstance(x, list) and all(isinstance(s, str) and s.strip() for s in x)

V = {}
VF = {'key', 'name', 'neighbourhood', 'buurthuis', 'passions', 'talents', 'about', 'availability', 'languages', 'maxMatches', 'active'}
for i, line in enumerate(open('volunteers.jsonl', encoding='utf-8'), 1):
    try: v = json.loads(line)
    except Exception as e: err('volunteers line %d: %s' % (i, e)); continue
    k = v.get('key', '?')
    if set(v) != VF: err('%s fields %s' % (k, sorted(set(v) ^ VF)))
    if not re.match(r'^n-v\d{3}$', str(k)): err('bad key %s' % k)
    if k in V: err('duplicate key %s' % k)
    if v.get('neighbourhood') not in A: err('%s unknown area %r' % (k, v.get('neighbourhood')))
    if not (v.get('buurthuis') is None or isinstance(v.get('buurthuis'), str)): err('%s buurthuis' % k)
    for f in ('passions', 'talents', 'availability', 'languages'):
        if not strlist(v.get(f)) or (f != 'availability' and not v.get(f)): err('%s %s must be non-empty list of strings' % (k, f))
    if not isinstance(v.get('name'), str) or not isinstance(v.get('about'), str): err('%s name/about' % k)
    else:
        n = len([s for s in re.split(r'(?<=[.!?])\s+', v['about'].strip()) if s])
        if not 2 <= n <= 4: err('%s about has %d sentences' % (k, n))
    for d in v.get('availability', []):
        if not DP.match(d): err('%s bad day-part %r' % (k, d))
    for l in v.get('languages', []):
        if not LANG.match(l): err('%s bad language %r' % (k, l))
    if not isinstance(v.get('maxMatches'), int) or isinstance(v.get('maxMatches'), bool) or v['maxMatches'] < 1: err('%s maxMatches' % k)
    if not isinstance(v.get('active'), bool): err('%s active' % k)
    remote = any(t.strip().lower() in ('telefonisch', 'online') for t in v.get('talents', []))
    if remote and not re.search(r'telefon|online|op afstand', v.get('about', ''), re.I): err('%s remote talent but about does not say so' % k)
    v['_remote'] = remote
    V[k] = v

R = []
RF = {'key', 'neighbourhood', 'question', 'availability', 'languages', 'relevant', 'note'}
nlab = {1: 0, 2: 0}
for i, line in enumerate(open('requests.jsonl', encoding='utf-8'), 1):
    try: r = json.loads(line)
    except Exception as e: err('requests line %d: %s' % (i, e)); continue
    k = r.get('key', '?')
    if set(r) != RF: err('%s fields %s' % (k, sorted(set(r) ^ RF)))
    if not re.match(r'^n-r\d{3}$', str(k)): err('bad key %s' % k)
    if k in [x['key'] for x in R]: err('duplicate key %s' % k)
    if r.get('neighbourhood') not in A: err('%s unknown area' % k); continue
    if not isinstance(r.get('question'), str) or not r['question'].strip(): err('%s question' % k)
    if not isinstance(r.get('note'), str) or not r['note'].strip(): err('%s note' % k)
    if not strlist(r.get('availability')): err('%s availability' % k)
    for d in r.get('availability', []):
        if not DP.match(d): err('%s bad day-part %r' % (k, d))
    if not strlist(r.get('languages')) or not r['languages']: err('%s languages' % k)
    for l in r.get('languages', []):
        if not LANG.match(l): err('%s bad language %r' % (k, l))
    rel = r.get('relevant')
    if not isinstance(rel, dict): err('%s relevant not a dict' % k); continue
    if not 2 <= len(rel) <= 6: err('%s has %d labels' % (k, len(rel)))
    if 2 not in rel.values(): err('%s has no grade 2' % k)
    for vk, g in rel.items():
        if vk not in V: err('%s label for unknown volunteer %s' % (k, vk)); continue
        if g not in (1, 2) or isinstance(g, bool): err('%s bad grade %r for %s' % (k, g, vk)); continue
        nlab[g] += 1
        v = V[vk]
        if not v['active']: err('%s labels inactive %s' % (k, vk))
        if not set(v['languages']) & set(r['languages']): err('%s labels %s without shared language' % (k, vk))
        if g == 2:
            if r['availability'] and not set(r['availability']) & set(v['availability']):
                err('%s grade 2 for %s without shared day-part' % (k, vk))
            d = km(r['neighbourhood'], v['neighbourhood'])
            if d > 3.0 and not v['_remote']:
                err('%s grade 2 for %s at %.1f km and not remote' % (k, vk, d))
    R.append(r)

nonl = sum('nl' not in r['languages'] for r in R)
inactive = sum(not v['active'] for v in V.values())
remote = sum(v['_remote'] for v in V.values())
if len(V) < 130: err('only %d volunteers' % len(V))
if len(R) < 45: err('only %d requests' % len(R))
print('areas %d (wijken %d) | volunteers %d (inactive %d, remote-only %d) | requests %d (without nl %d, flexible %d)' % (
    len(areas), len(wijken), len(V), inactive, remote, len(R), nonl, sum(not r['availability'] for r in R)))
print('labels %d (grade 2: %d, grade 1: %d)' % (nlab[1] + nlab[2], nlab[2], nlab[1]))
if errs:
    print('FAIL: %d problem(s)' % len(errs))
    for e in errs: print('  -', e)
    sys.exit(1)
print('OK')
