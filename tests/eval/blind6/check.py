#!/usr/bin/env python3
"""Validate the blind6 evaluation set: format, cross-references and the
hard-rule / practical consistency of the relevance labels (see README.md).

Usage: python3 check.py [directory]      (default: the directory of this file)
Exit status 0 when everything passes; errors are printed one per line.
"""
import json, math, os, re, sys
from collections import Counter

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PARTS = ["ochtend", "middag", "avond"]
DAYPARTS = {f"{d}-{p}" for d in DAYS for p in PARTS}
LANG_RE = re.compile(r"^(?:[a-z]{2}|zgh|pap)$")
REMOTE_TALENTS = {"telefonisch", "online"}
# requests whose need can be met by phone/online (see README "Remote help")
REMOTE_OK = {"b6-r005", "b6-r015", "b6-r016", "b6-r017", "b6-r032"}
NEAR_KM = 3.0                 # "same or neighbouring area, within about 3 km"
AMBIGUOUS_KM = (2.8, 3.5)     # labelled in-person pairs must not fall in this band
BBOX = (51.84, 51.99, 4.38, 4.62)  # Rotterdam (without Hoogvliet/Pernis/Rozenburg/Hoek)
V_FIELDS = ["key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about",
            "availability", "languages", "maxMatches", "active"]
R_FIELDS = ["key", "neighbourhood", "question", "availability", "languages", "relevant", "note"]

def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))

def load_jsonl(name):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: empty line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: invalid JSON ({e})")
    return rows

def is_str_list(x, allow_empty=False):
    return isinstance(x, list) and (allow_empty or x) and all(isinstance(s, str) and s.strip() for s in x)

def sentences(text):
    t = re.sub(r"\b(mw|dhr|mevr|jr|overl|marokk|ca|bijv|o\.a|nr|vd)\.", r"\1", text, flags=re.I)
    return [s for s in re.split(r"(?<=[.!?])\s+", t.strip()) if s]

def check_dayparts(where, av, allow_empty):
    if not isinstance(av, list) or (not av and not allow_empty):
        err(f"{where}: availability must be a {'possibly empty ' if allow_empty else 'non-empty '}list"); return set()
    for p in av:
        if p not in DAYPARTS: err(f"{where}: unknown day-part {p!r}")
    if len(set(av)) != len(av): err(f"{where}: duplicate day-parts")
    return set(av)

def check_langs(where, langs):
    if not isinstance(langs, list) or not langs:
        err(f"{where}: languages must be a non-empty list"); return set()
    for l in langs:
        if not isinstance(l, str) or not LANG_RE.match(l): err(f"{where}: bad language code {l!r}")
    if len(set(langs)) != len(langs): err(f"{where}: duplicate languages")
    return set(langs)

# ---------------------------------------------------------------- areas
with open(os.path.join(HERE, "areas.json"), encoding="utf-8") as f:
    areas = json.load(f)
if not isinstance(areas, list) or not areas: err("areas.json: must be a non-empty JSON array")
A = {}
for i, a in enumerate(areas):
    w = f"areas.json[{i}]"
    if set(a) != {"name", "wijk", "lat", "lon"}: err(f"{w}: fields must be name, wijk, lat, lon"); continue
    if not isinstance(a["name"], str) or not a["name"]: err(f"{w}: bad name")
    if a["name"] in A: err(f"{w}: duplicate area {a['name']!r}")
    if not all(isinstance(a[k], (int, float)) for k in ("lat", "lon")): err(f"{w}: lat/lon must be numbers"); continue
    if not (BBOX[0] <= a["lat"] <= BBOX[1] and BBOX[2] <= a["lon"] <= BBOX[3]):
        err(f"{w}: {a['name']} lies outside Rotterdam ({a['lat']}, {a['lon']})")
    A[a["name"]] = a
wijken = {n for n, a in A.items() if a["wijk"] == n}
for n, a in A.items():
    if a["wijk"] not in wijken: err(f"areas.json: {n}: wijk {a['wijk']!r} is not an area whose wijk is itself")
for wk in wijken:
    for n, a in A.items():   # a buurt should lie near its wijk's centroid
        if a["wijk"] == wk and n != wk and km(a, A[wk]) > 5.0:
            err(f"areas.json: buurt {n} is {km(a, A[wk]):.1f} km from the centroid of its wijk {wk}")

# ---------------------------------------------------------------- volunteers
vols = load_jsonl("volunteers.jsonl")
V = {}
for n, v in enumerate(vols, 1):
    w = f"volunteers.jsonl:{n}"
    if list(v) != V_FIELDS:
        if set(v) != set(V_FIELDS): err(f"{w}: fields must be exactly {V_FIELDS}"); continue
        warn(f"{w}: field order differs from README")
    k = v["key"]; w = f"volunteer {k}"
    if not isinstance(k, str) or not re.fullmatch(r"b6-v\d{3}", k): err(f"{w}: bad key")
    if k != f"b6-v{n:03d}": err(f"{w}: keys must be sequential (expected b6-v{n:03d})")
    if k in V: err(f"{w}: duplicate key")
    V[k] = v
    if not isinstance(v["name"], str) or len(v["name"].split()) < 2: err(f"{w}: name must be a full name")
    if v["neighbourhood"] not in A: err(f"{w}: unknown neighbourhood {v['neighbourhood']!r}")
    if v["buurthuis"] is not None and (not isinstance(v["buurthuis"], str) or not v["buurthuis"].strip()):
        err(f"{w}: buurthuis must be a string or null")
    for fld in ("passions", "talents"):
        if not is_str_list(v[fld]): err(f"{w}: {fld} must be a non-empty list of strings")
    if not isinstance(v["about"], str) or not v["about"].strip(): err(f"{w}: about must be text")
    elif not 2 <= len(sentences(v["about"])) <= 4: warn(f"{w}: about has {len(sentences(v['about']))} sentences (README: 2-4)")
    check_dayparts(w, v["availability"], allow_empty=False)
    check_langs(w, v["languages"])
    if not isinstance(v["maxMatches"], int) or isinstance(v["maxMatches"], bool) or v["maxMatches"] < 1:
        err(f"{w}: maxMatches must be a positive integer")
    if not isinstance(v["active"], bool): err(f"{w}: active must be true/false")
    tal = v["talents"] if isinstance(v["talents"], list) else []
    remote = bool(REMOTE_TALENTS & set(tal))
    for t in tal:   # keep the remote marker unambiguous
        if t not in REMOTE_TALENTS and re.search(r"\b(online|telefonisch)\b", t, re.I):
            err(f"{w}: talent {t!r} contains a remote word but is not the bare marker")
    if remote and not re.search(r"telefonisch|online", v["about"], re.I):
        err(f"{w}: remote-only volunteer must say so in about")
    if not remote and re.search(r"\balleen (telefonisch|online)\b", v["about"], re.I):
        err(f"{w}: about says remote-only but talents lack the marker")
    v["_remote"] = remote

# ---------------------------------------------------------------- requests
reqs = load_jsonl("requests.jsonl")
R = {}
for n, r in enumerate(reqs, 1):
    w = f"requests.jsonl:{n}"
    if list(r) != R_FIELDS:
        if set(r) != set(R_FIELDS): err(f"{w}: fields must be exactly {R_FIELDS}"); continue
        warn(f"{w}: field order differs from README")
    k = r["key"]; w = f"request {k}"
    if not isinstance(k, str) or not re.fullmatch(r"b6-r\d{3}", k): err(f"{w}: bad key")
    if k != f"b6-r{n:03d}": err(f"{w}: keys must be sequential (expected b6-r{n:03d})")
    if k in R: err(f"{w}: duplicate key")
    R[k] = r
    if r["neighbourhood"] not in A: err(f"{w}: unknown neighbourhood {r['neighbourhood']!r}"); continue
    if not isinstance(r["question"], str) or not r["question"].strip(): err(f"{w}: empty question")
    elif not 1 <= len(sentences(r["question"])) <= 3: err(f"{w}: question has {len(sentences(r['question']))} sentences (README: 1-3)")
    if not isinstance(r["note"], str) or not r["note"].strip() or "\n" in r["note"]: err(f"{w}: note must be one line")
    qav = check_dayparts(w, r["availability"], allow_empty=True)
    qlang = check_langs(w, r["languages"])
    rel = r["relevant"]
    if not isinstance(rel, dict): err(f"{w}: relevant must be an object"); continue
    if not 2 <= len(rel) <= 6: err(f"{w}: {len(rel)} labelled volunteers (README: 2-6)")
    if 2 not in rel.values(): err(f"{w}: no grade-2 volunteer")
    for vk, g in rel.items():
        lw = f"{w} -> {vk}"
        if vk not in V: err(f"{lw}: unknown volunteer"); continue
        if g not in (1, 2) or isinstance(g, bool): err(f"{lw}: grade must be 1 or 2"); continue
        v = V[vk]
        # hard rules
        if v["active"] is not True: err(f"{lw}: inactive volunteer labelled {g}")
        if not qlang & set(v["languages"]): err(f"{lw}: no shared language, labelled {g}")
        # practical side
        weak = []
        if qav and not qav & set(v["availability"]): weak.append("no shared day-part")
        if v["_remote"]:
            if k not in REMOTE_OK: weak.append("remote only, need is in person")
        else:
            dist = km(A[v["neighbourhood"]], A[r["neighbourhood"]])
            if dist > NEAR_KM: weak.append(f"far ({dist:.1f} km)")
            if AMBIGUOUS_KM[0] < dist < AMBIGUOUS_KM[1]:
                err(f"{lw}: distance {dist:.2f} km is too close to the 3 km boundary to label reliably")
        if g == 2 and weak: err(f"{lw}: grade 2 but {', '.join(weak)}")
        if g == 1 and len(weak) > 1: err(f"{lw}: grade 1 with two weak aspects ({', '.join(weak)})")

# ---------------------------------------------------------------- summary
if not errors:
    grades = Counter(g for r in R.values() for g in r["relevant"].values())
    print(f"areas {len(A)} ({len(wijken)} wijken), volunteers {len(V)} "
          f"({sum(not v['active'] for v in V.values())} inactive, {sum(v['_remote'] for v in V.values())} remote-only), "
          f"requests {len(R)}")
    print(f"labels: {sum(grades.values())} ({grades[2]} x grade 2, {grades[1]} x grade 1); "
          f"requests without nl: {sum('nl' not in r['languages'] for r in R.values())}; "
          f"flexible requests: {sum(not r['availability'] for r in R.values())}")
for m in warnings: print("warning:", m)
for m in errors: print("ERROR:", m)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
