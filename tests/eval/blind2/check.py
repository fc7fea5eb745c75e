#!/usr/bin/env python3
"""Checks the blind2 evaluation set: format, and the practical labelling rules.

It cannot judge topic fit (that is the human part), but it verifies for every
labelled (request, volunteer) pair: volunteer active, shared language,
grade 2 => near (<= 3 km between area centroids) or a phone/online helper,
and a shared day-part (or the request is flexible []); grade 1 => at most
one weak aspect. It also checks counts (2-6 labels, >= 1 grade 2).
With -v it lists, per request, unlabelled volunteers who pass every practical
rule and share a word stem with the request (a prompt for completeness review).
Run: python3 check.py [-v]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PARTS = ["ochtend", "middag", "avond"]
DAYPARTS = {f"{d}-{p}" for d in DAYS for p in PARTS}
LANG_RE = re.compile(r"^([a-z]{2}|zgh|pap)$")
NEAR_KM = 3.0
errors = []

def err(msg): errors.append(msg)

def load_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{i} empty line"); continue
            try: out.append(json.loads(line))
            except json.JSONDecodeError as e: err(f"{name}:{i} invalid JSON: {e}")
    return out

areas = json.load(open(os.path.join(HERE, "areas.json"), encoding="utf-8"))
A = {}
for a in areas:
    if set(a) != {"name", "wijk", "lat", "lon"}: err(f"area fields {a}")
    if a["name"] in A: err(f"duplicate area {a['name']}")
    A[a["name"]] = a
    if not (51.4 < a["lat"] < 51.7 and 4.9 < a["lon"] < 5.25): err(f"area outside Tilburg: {a}")
wijken = {a["name"] for a in areas if a["wijk"] == a["name"]}
for a in areas:
    if a["wijk"] not in wijken: err(f"area {a['name']} has wijk {a['wijk']} that is not a wijk entry")

def km(x, y):
    a, b = A[x], A[y]
    p1, p2 = math.radians(a["lat"]), math.radians(b["lat"])
    dp, dl = p2 - p1, math.radians(b["lon"] - a["lon"])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))

VF = {"key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about",
      "availability", "languages", "maxMatches", "active"}
vols = load_jsonl("volunteers.jsonl")
V = {}
for i, v in enumerate(vols, 1):
    k = v.get("key")
    if set(v) != VF: err(f"{k}: fields {sorted(set(v) ^ VF)}")
    if k != f"b2-v{i:03d}": err(f"volunteer key {k} out of sequence (expected b2-v{i:03d})")
    V[k] = v
    if v["neighbourhood"] not in A: err(f"{k}: unknown area {v['neighbourhood']}")
    if not (v["buurthuis"] is None or isinstance(v["buurthuis"], str)): err(f"{k}: buurthuis")
    for f in ("passions", "talents"):
        if not v[f] or not all(isinstance(s, str) and s.strip() for s in v[f]): err(f"{k}: {f}")
    n = len(re.findall(r"[.!?](\s|$)", v["about"]))
    if not 2 <= n <= 4: err(f"{k}: about has {n} sentences")
    if not v["availability"] or any(d not in DAYPARTS for d in v["availability"]): err(f"{k}: availability {v['availability']}")
    if not v["languages"] or any(not LANG_RE.match(l) for l in v["languages"]): err(f"{k}: languages {v['languages']}")
    if not (isinstance(v["maxMatches"], int) and v["maxMatches"] >= 1): err(f"{k}: maxMatches")
    if not isinstance(v["active"], bool): err(f"{k}: active")
    remote = any(t.lower() in ("telefonisch", "online") for t in v["talents"])
    if remote and not re.search(r"telefon|online|bel|beeldbel|videobel", v["about"], re.I):
        err(f"{k}: remote helper does not say so in about")

def is_remote(v): return any(t.lower() in ("telefonisch", "online") for t in v["talents"])

RF = {"key", "neighbourhood", "question", "availability", "languages", "relevant", "note"}
reqs = load_jsonl("requests.jsonl")
non_nl = 0
for i, q in enumerate(reqs, 1):
    k = q.get("key")
    if set(q) != RF: err(f"{k}: fields {sorted(set(q) ^ RF)}")
    if k != f"b2-r{i:03d}": err(f"request key {k} out of sequence")
    if q["neighbourhood"] not in A: err(f"{k}: unknown area {q['neighbourhood']}")
    if any(d not in DAYPARTS for d in q["availability"]): err(f"{k}: availability")
    if not q["languages"] or any(not LANG_RE.match(l) for l in q["languages"]): err(f"{k}: languages")
    if "nl" not in q["languages"]: non_nl += 1
    if not q["note"] or "\n" in q["note"]: err(f"{k}: note must be one line")
    rel = q["relevant"]
    if not 2 <= len(rel) <= 6: err(f"{k}: {len(rel)} labels")
    if not any(g == 2 for g in rel.values()): err(f"{k}: no grade-2 volunteer")
    qa, ql = set(q["availability"]), set(q["languages"])
    remote_need = "need can be met remotely" in q["note"]
    for vk, g in rel.items():
        if vk not in V: err(f"{k}: unknown volunteer {vk}"); continue
        v = V[vk]
        if g not in (1, 2): err(f"{k}/{vk}: grade {g}")
        if not v["active"]: err(f"{k}/{vk}: inactive volunteer labelled")
        if not (set(v["languages"]) & ql): err(f"{k}/{vk}: no shared language")
        d = km(v["neighbourhood"], q["neighbourhood"])
        weak = 0
        if is_remote(v):
            if not remote_need: weak += 1
        elif d > NEAR_KM: weak += 1
        if qa and not (qa & set(v["availability"])): weak += 1
        if g == 2 and weak: err(f"{k}/{vk}: grade 2 but {weak} weak aspect(s) (d={d:.1f} km)")
        if g == 1 and weak > 1: err(f"{k}/{vk}: grade 1 but {weak} weak aspects")
        if g == 2 and not is_remote(v) and 2.7 < d <= 3.0: print(f"note: {k}/{vk} grade 2 at {d:.2f} km (close to the 3 km line)")

if "-v" in sys.argv:
    STOP = set("de het een en van voor met die dat zijn haar hij zij niet nog naar wil graag kan iemand wie dhr mw mevr per wat ook heeft moet".split())
    def stems(t): return {w[:5] for w in re.findall(r"[a-zà-ÿ]{4,}", t.lower()) if w not in STOP}
    for q in reqs:
        qs = stems(q["question"])
        cands = []
        for vk, v in V.items():
            if vk in q["relevant"] or not v["active"] or not (set(v["languages"]) & set(q["languages"])): continue
            if q["availability"] and not (set(q["availability"]) & set(v["availability"])): continue
            if not is_remote(v) and km(v["neighbourhood"], q["neighbourhood"]) > NEAR_KM: continue
            shared = qs & stems(" ".join(v["passions"] + v["talents"]))
            if shared: cands.append(f"{vk}({','.join(sorted(shared))})")
        if cands: print(f"review {q['key']}: {' '.join(cands)}")

print(f"{len(areas)} areas ({len(wijken)} wijken), {len(vols)} volunteers "
      f"({sum(not v['active'] for v in vols)} inactive, {sum(is_remote(v) for v in vols)} remote), "
      f"{len(reqs)} requests ({non_nl} without nl), {sum(len(q['relevant']) for q in reqs)} labels")
if errors:
    print("\n".join("ERROR " + e for e in errors)); sys.exit(1)
print("OK")
