#!/usr/bin/env python3
"""Validate the blind5 Bronbank evaluation set (Eindhoven).

Checks the file format described in README.md and every cross-reference:
areas and wijken, unique and well-formed keys, allowed day-parts and language
codes, labels that point at existing volunteers, the hard rules (inactive
volunteers and volunteers without a shared language are never labelled), and
that each grade is consistent with the practical rules (day-part, distance,
remote help). Exit code 0 means the set passes.

Usage: python3 check.py [directory]   (default: the directory of this file)
"""
import json, math, os, re, sys

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []
def err(msg): errors.append(msg)
def warn(msg): warnings.append(msg)

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PARTS = ["ochtend", "middag", "avond"]
DAYPARTS = {d + "-" + p for d in DAYS for p in PARTS}
ISO6391 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig
ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml
mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg
si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
yi yo za zh zu""".split())
LANGS = ISO6391 | {"zgh", "pap"}
NEAR_KM = 3.0        # "same or neighbouring area, within about 3 km"
GRAY_KM = 3.5        # labelled in-person volunteers must not sit in (3.0, 3.5]: ambiguous
BBOX = (51.37, 51.52, 5.36, 5.58)   # Eindhoven, generous
VKEY = re.compile(r"^b5-v\d{3}$")
RKEY = re.compile(r"^b5-r\d{3}$")
REMOTE_WORDS = ("telefonisch", "online")

# Abbreviations a coordinator or intake worker types with a full stop.
ABBR = re.compile(r"\b(mw|mevr|dhr|mr|mrs|ca|bijv|o\.a|t/m|nr|mnd|jr|st|e\.d|d\.w\.z|evt|ivm|i\.v\.m)\.", re.I)
def sentences(text):
    t = ABBR.sub(lambda m: m.group(0)[:-1], text)
    t = re.sub(r"\b([A-Z])\.(?=\s)", r"\1", t)          # initials: "Mw. A. (81)"
    parts = [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9À-ÝĲ'\"(])", t.strip()) if p.strip()]
    return len(parts)

def dist_km(a, b):
    dy = (b["lat"] - a["lat"]) * 111.2
    dx = (b["lon"] - a["lon"]) * 111.3 * math.cos(math.radians((a["lat"] + b["lat"]) / 2))
    return math.hypot(dx, dy)

def load_jsonl(name):
    rows = []
    path = os.path.join(DIR, name)
    if not os.path.exists(path):
        err(f"{name}: missing"); return rows
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: empty line"); continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: invalid JSON ({e})"); continue
            if not isinstance(obj, dict):
                err(f"{name}:{n}: not an object"); continue
            rows.append((n, obj))
    return rows

def is_str(x): return isinstance(x, str) and x.strip() != ""
def is_int(x): return isinstance(x, int) and not isinstance(x, bool)

def check_str_list(where, field, value, allow_empty=False, allowed=None):
    if not isinstance(value, list):
        err(f"{where}: {field} must be a list"); return []
    if not value and not allow_empty:
        err(f"{where}: {field} is empty")
    out = []
    for x in value:
        if not is_str(x):
            err(f"{where}: {field} has a non-string or empty item {x!r}"); continue
        if x != x.strip():
            err(f"{where}: {field} item {x!r} has surrounding whitespace")
        if allowed is not None and x not in allowed:
            err(f"{where}: {field} value {x!r} not allowed")
        out.append(x)
    if len(set(out)) != len(out):
        err(f"{where}: {field} has duplicates")
    return out

# ---------------------------------------------------------------- areas.json
areas = {}
apath = os.path.join(DIR, "areas.json")
try:
    araw = json.load(open(apath, encoding="utf-8"))
except Exception as e:
    araw = []; err(f"areas.json: cannot load ({e})")
if not isinstance(araw, list):
    err("areas.json: must be a JSON array"); araw = []
for i, a in enumerate(araw):
    where = f"areas.json[{i}]"
    if not isinstance(a, dict):
        err(f"{where}: not an object"); continue
    if set(a) != {"name", "wijk", "lat", "lon"}:
        err(f"{where}: fields must be name, wijk, lat, lon (got {sorted(a)})")
    if not is_str(a.get("name")) or not is_str(a.get("wijk")):
        err(f"{where}: name and wijk must be non-empty strings"); continue
    if not all(isinstance(a.get(k), (int, float)) and not isinstance(a.get(k), bool) for k in ("lat", "lon")):
        err(f"{where}: lat/lon must be numbers"); continue
    if not (BBOX[0] <= a["lat"] <= BBOX[1] and BBOX[2] <= a["lon"] <= BBOX[3]):
        err(f"{where}: {a['name']} lies outside Eindhoven ({a['lat']}, {a['lon']})")
    if a["name"] in areas:
        err(f"{where}: duplicate area name {a['name']!r}")
    areas[a["name"]] = a
wijken = {n for n, a in areas.items() if a["wijk"] == n}
for n, a in areas.items():
    if a["wijk"] not in areas:
        err(f"areas.json: {n}: wijk {a['wijk']!r} is not an area")
    elif a["wijk"] not in wijken:
        err(f"areas.json: {n}: wijk {a['wijk']!r} is a buurt, not a wijk")
# a buurt should lie near its wijk's centroid
for n, a in areas.items():
    if a["wijk"] in areas and n != a["wijk"] and dist_km(a, areas[a["wijk"]]) > 6:
        err(f"areas.json: buurt {n} is {dist_km(a, areas[a['wijk']]):.1f} km from its wijk {a['wijk']}")

# ---------------------------------------------------------- volunteers.jsonl
VFIELDS = {"key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about",
           "availability", "languages", "maxMatches", "active"}
vols = {}
names = {}
for n, v in load_jsonl("volunteers.jsonl"):
    where = f"volunteers.jsonl:{n}"
    if set(v) != VFIELDS:
        err(f"{where}: fields differ: missing {sorted(VFIELDS - set(v))}, extra {sorted(set(v) - VFIELDS)}")
    k = v.get("key")
    if not isinstance(k, str) or not VKEY.match(k):
        err(f"{where}: bad key {k!r}"); continue
    where = f"volunteer {k}"
    if k in vols:
        err(f"{where}: duplicate key"); continue
    vols[k] = v
    if not is_str(v.get("name")):
        err(f"{where}: name missing")
    else:
        if v["name"] in names:
            warn(f"{where}: same name as {names[v['name']]}: {v['name']}")
        names[v["name"]] = k
    if v.get("neighbourhood") not in areas:
        err(f"{where}: neighbourhood {v.get('neighbourhood')!r} not in areas.json")
    b = v.get("buurthuis")
    if b is not None and not is_str(b):
        err(f"{where}: buurthuis must be a non-empty string or null")
    check_str_list(where, "passions", v.get("passions"))
    talents = check_str_list(where, "talents", v.get("talents"))
    about = v.get("about")
    if not is_str(about):
        err(f"{where}: about missing")
    else:
        s = sentences(about)
        if not 2 <= s <= 4:
            err(f"{where}: about has {s} sentences (want 2-4): {about!r}")
    check_str_list(where, "availability", v.get("availability"), allowed=DAYPARTS)
    check_str_list(where, "languages", v.get("languages"), allowed=LANGS)
    if not is_int(v.get("maxMatches")) or v["maxMatches"] < 1:
        err(f"{where}: maxMatches must be an integer >= 1")
    if not isinstance(v.get("active"), bool):
        err(f"{where}: active must be true or false")
    remote_tal = [t for t in talents if t.lower() in REMOTE_WORDS]
    if is_str(about):
        al = about.lower()
        if remote_tal and not any(w in al for w in REMOTE_WORDS):
            err(f"{where}: has {remote_tal} among talents but about does not say so")
        if re.search(r"alleen (telefonisch|online)", al) and not remote_tal:
            err(f"{where}: about says remote-only but talents lack 'telefonisch'/'online'")
    v["_remote"] = bool(remote_tal)
nums = sorted(int(k[-3:]) for k in vols)
if nums and nums != list(range(1, len(nums) + 1)):
    err("volunteers: keys are not numbered b5-v001..b5-v%03d without gaps" % len(nums))

# ------------------------------------------------------------ requests.jsonl
RFIELDS = {"key", "neighbourhood", "question", "availability", "languages", "relevant", "note"}
reqs = {}
labelled_any = set()
for n, r in load_jsonl("requests.jsonl"):
    where = f"requests.jsonl:{n}"
    if set(r) != RFIELDS:
        err(f"{where}: fields differ: missing {sorted(RFIELDS - set(r))}, extra {sorted(set(r) - RFIELDS)}")
    k = r.get("key")
    if not isinstance(k, str) or not RKEY.match(k):
        err(f"{where}: bad key {k!r}"); continue
    where = f"request {k}"
    if k in reqs:
        err(f"{where}: duplicate key"); continue
    reqs[k] = r
    nb = r.get("neighbourhood")
    if nb not in areas:
        err(f"{where}: neighbourhood {nb!r} not in areas.json")
    q = r.get("question")
    if not is_str(q):
        err(f"{where}: question missing")
    else:
        s = sentences(q)
        if not 1 <= s <= 3:
            err(f"{where}: question has {s} sentences (want 1-3)")
    rav = set(check_str_list(where, "availability", r.get("availability"), allow_empty=True, allowed=DAYPARTS))
    rl = set(check_str_list(where, "languages", r.get("languages"), allowed=LANGS))
    if not is_str(r.get("note")):
        err(f"{where}: note missing")
    else:
        for m in re.findall(r"b5-v\d{3}", r["note"]):
            if m not in vols:
                err(f"{where}: note mentions unknown volunteer {m}")
    rel = r.get("relevant")
    if not isinstance(rel, dict):
        err(f"{where}: relevant must be an object"); continue
    if not 2 <= len(rel) <= 6:
        err(f"{where}: {len(rel)} labelled volunteers (want 2-6)")
    if not any(g == 2 for g in rel.values()):
        err(f"{where}: no grade-2 volunteer")
    for vk, g in rel.items():
        w2 = f"{where} -> {vk}"
        if vk not in vols:
            err(f"{w2}: volunteer does not exist"); continue
        if not is_int(g) or g not in (1, 2):
            err(f"{w2}: grade must be 1 or 2 (got {g!r})"); continue
        labelled_any.add(vk)
        v = vols[vk]
        if v.get("active") is not True:
            err(f"{w2}: inactive volunteer is labelled (hard rule)")
        if not rl & set(v.get("languages", [])):
            err(f"{w2}: no shared language (hard rule)")
        if nb not in areas or v.get("neighbourhood") not in areas:
            continue
        d = dist_km(areas[nb], areas[v["neighbourhood"]])
        day_ok = not rav or bool(rav & set(v.get("availability", [])))
        far = (not v["_remote"]) and d > NEAR_KM
        if not v["_remote"] and NEAR_KM < d <= GRAY_KM:
            err(f"{w2}: distance {d:.1f} km is in the ambiguous band ({NEAR_KM}-{GRAY_KM} km)")
        if g == 2:
            if not day_ok:
                err(f"{w2}: grade 2 but no shared day-part")
            if far:
                err(f"{w2}: grade 2 but {d:.1f} km away and not a remote helper")
        if g == 1 and (not day_ok) + far >= 2:
            err(f"{w2}: grade 1 with two weak practical aspects (far and no shared day-part)")
rnums = sorted(int(k[-3:]) for k in reqs)
if rnums and rnums != list(range(1, len(rnums) + 1)):
    err("requests: keys are not numbered b5-r001..b5-r%03d without gaps" % len(rnums))

# ------------------------------------------------------------- README counts
non_nl = sum(1 for r in reqs.values() if "nl" not in r.get("languages", []))
flexible = sum(1 for r in reqs.values() if r.get("availability") == [])
rpath = os.path.join(DIR, "README.md")
if not os.path.exists(rpath):
    err("README.md: missing")
else:
    txt = open(rpath, encoding="utf-8").read()
    m = re.search(r"Contents:\s*(\d+) areas,\s*(\d+) volunteers.*?,\s*(\d+) requests", txt)
    if not m:
        err("README.md: no 'Contents: N areas, N volunteers ..., N requests' line")
    else:
        got = tuple(int(x) for x in m.groups())
        want = (len(areas), len(vols), len(reqs))
        if got != want:
            err(f"README.md: Contents says {got}, files have {want}")
    m = re.search(r"(\d+) of the (\d+) requests need a language other than Dutch", txt)
    if not m or (int(m.group(1)), int(m.group(2))) != (non_nl, len(reqs)):
        err(f"README.md: should say '{non_nl} of the {len(reqs)} requests need a language other than Dutch'")

# ------------------------------------------------------------------- report
grades = [g for r in reqs.values() if isinstance(r.get("relevant"), dict) for g in r["relevant"].values()]
print(f"areas: {len(areas)} ({len(wijken)} wijken)   volunteers: {len(vols)} "
      f"({sum(1 for v in vols.values() if v.get('active') is False)} inactive, "
      f"{sum(1 for v in vols.values() if v.get('_remote'))} remote-only)   requests: {len(reqs)}")
print(f"labels: {len(grades)} ({grades.count(2)} x grade 2, {grades.count(1)} x grade 1); "
      f"{len(labelled_any)} distinct volunteers labelled")
print(f"requests: {non_nl} without Dutch, {flexible} flexible, {len(reqs) - flexible} with day-parts")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("FAIL" if errors else "OK")
sys.exit(1 if errors else 0)
