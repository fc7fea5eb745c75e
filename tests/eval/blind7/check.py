#!/usr/bin/env python3
"""Validate the blind7 evaluation set (Groningen): format, cross-references and label consistency.

Usage: python3 check.py [folder]      (default: the folder this file is in)
Exit status 0 when there are no errors.  Standard library only.
"""
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 1 else HERE
PREFIX = "b7"

# Requests whose need can be met by phone/online help (see README.md).
REMOTE_OK = {"b7-r013", "b7-r016", "b7-r018", "b7-r042", "b7-r043", "b7-r044", "b7-r051"}
REMOTE_CUES = ("telefonisch", "online", "beeldbellen", "video", "teams", "mailen", "belt", "via de computer")

NEAR_KM = 3.0              # the README's "within about 3 km"
BAND = (2.8, 3.5)          # labelled in-person pairs must stay out of this ambiguous band
BBOX = (53.10, 53.35, 6.40, 6.80)   # gemeente Groningen incl. Haren and Ten Boer

DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PARTS = ["ochtend", "middag", "avond"]
DAYPARTS = {d + "-" + p for d in DAYS for p in PARTS}

ISO639_1 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig
ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml
mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg
si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
yi yo za zh zu""".split())
LANGS = ISO639_1 | {"zgh", "pap"}

VOL_FIELDS = ["key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about",
              "availability", "languages", "maxMatches", "active"]
REQ_FIELDS = ["key", "neighbourhood", "question", "availability", "languages", "relevant", "note"]
REMOTE_TALENTS = {"telefonisch", "online"}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def haversine(a, b):
    r = 6371.0
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


ABBREV = re.compile(r"\b(mw|Mw|dhr|Dhr|mevr|Mevr|fam|Fam|evt|ivm|i\.v\.m|jr|mnd|nr|bijv|o\.a|ca|wkn|St|[A-Z])\.")


def sentences(text):
    masked = ABBREV.sub(lambda m: m.group(0)[:-1] + "\u2024", text.strip())
    return [p for p in re.split(r"(?<=[.!?])\s+", masked) if p.strip()]


def load_jsonl(name):
    path = os.path.join(ROOT, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s line %d: empty line" % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s line %d: invalid JSON (%s)" % (name, n, e))
    return rows


def str_list(x):
    return isinstance(x, list) and len(x) > 0 and all(isinstance(s, str) and s.strip() for s in x)


def check_dayparts(where, lst, allow_empty):
    if not isinstance(lst, list):
        err("%s: availability is not a list" % where)
        return set()
    if not lst and not allow_empty:
        err("%s: availability is empty" % where)
    for d in lst:
        if d not in DAYPARTS:
            err("%s: unknown day-part %r" % (where, d))
    if len(set(lst)) != len(lst):
        err("%s: duplicate day-parts" % where)
    return set(lst)


def check_langs(where, lst):
    if not str_list(lst):
        err("%s: languages must be a non-empty list" % where)
        return set()
    for l in lst:
        if l not in LANGS:
            err("%s: unknown language code %r" % (where, l))
    if len(set(lst)) != len(lst):
        err("%s: duplicate languages" % where)
    return set(lst)


def check_keys(rows, kind):
    for i, r in enumerate(rows, 1):
        want = "%s-%s%03d" % (PREFIX, kind, i)
        if r.get("key") != want:
            err("%s row %d: key %r, expected %r (unique, sequential)" % (kind, i, r.get("key"), want))


# ---------------------------------------------------------------- areas
with open(os.path.join(ROOT, "areas.json"), encoding="utf-8") as f:
    areas = json.load(f)
pos = {}
wijk_of = {}
if not isinstance(areas, list):
    err("areas.json: not a JSON array")
    areas = []
for a in areas:
    if set(a) != {"name", "wijk", "lat", "lon"}:
        err("area %r: fields must be name, wijk, lat, lon" % a.get("name"))
        continue
    if a["name"] in pos:
        err("area %r: duplicate name" % a["name"])
    if not (BBOX[0] <= a["lat"] <= BBOX[1] and BBOX[2] <= a["lon"] <= BBOX[3]):
        err("area %r: coordinates outside gemeente Groningen" % a["name"])
    pos[a["name"]] = (a["lat"], a["lon"])
    wijk_of[a["name"]] = a["wijk"]
wijken = {n for n, w in wijk_of.items() if n == w}
for n, w in wijk_of.items():
    if w not in wijken:
        err("area %r: wijk %r is not an area whose wijk is itself" % (n, w))

# ---------------------------------------------------------------- volunteers
vols = load_jsonl("volunteers.jsonl")
check_keys(vols, "v")
V = {}
for v in vols:
    k = v.get("key", "?")
    if list(v) != VOL_FIELDS:
        err("%s: fields must be exactly %s in that order" % (k, ", ".join(VOL_FIELDS)))
    if k in V:
        err("%s: duplicate key" % k)
    V[k] = v
    if not isinstance(v.get("name"), str) or len(v.get("name", "").split()) < 2:
        err("%s: name must be a full name" % k)
    if v.get("neighbourhood") not in pos:
        err("%s: unknown neighbourhood %r" % (k, v.get("neighbourhood")))
    if v.get("buurthuis") is not None and not (isinstance(v["buurthuis"], str) and v["buurthuis"].strip()):
        err("%s: buurthuis must be a string or null" % k)
    for fld in ("passions", "talents"):
        if not str_list(v.get(fld)):
            err("%s: %s must be a non-empty list of phrases" % (k, fld))
    about = v.get("about")
    if not isinstance(about, str):
        err("%s: about must be a string" % k)
        about = ""
    ns = len(sentences(about))
    if not 2 <= ns <= 4:
        err("%s: about has %d sentences, expected 2-4" % (k, ns))
    v["_dp"] = check_dayparts(k, v.get("availability"), allow_empty=False)
    v["_lang"] = check_langs(k, v.get("languages"))
    if not (isinstance(v.get("maxMatches"), int) and not isinstance(v.get("maxMatches"), bool) and v["maxMatches"] >= 1):
        err("%s: maxMatches must be a positive integer" % k)
    if not isinstance(v.get("active"), bool):
        err("%s: active must be true/false" % k)
    talents = {t.strip().lower() for t in v.get("talents") or [] if isinstance(t, str)}
    v["_remote"] = bool(talents & REMOTE_TALENTS)
    low = about.lower()
    if v["_remote"] and not ("telefonisch" in low or "online" in low):
        err("%s: remote marker in talents but about does not say phone/online only" % k)
    if not v["_remote"] and re.search(r"\balleen (telefonisch|online)\b", low):
        err("%s: about says phone/online only but talents lack 'telefonisch'/'online'" % k)

# ---------------------------------------------------------------- requests
reqs = load_jsonl("requests.jsonl")
check_keys(reqs, "r")
seen = set()
n_labels = {1: 0, 2: 0}
for r in reqs:
    k = r.get("key", "?")
    if list(r) != REQ_FIELDS:
        err("%s: fields must be exactly %s in that order" % (k, ", ".join(REQ_FIELDS)))
    if k in seen:
        err("%s: duplicate key" % k)
    seen.add(k)
    if r.get("neighbourhood") not in pos:
        err("%s: unknown neighbourhood %r" % (k, r.get("neighbourhood")))
        continue
    q = r.get("question")
    if not isinstance(q, str) or not q.strip():
        err("%s: question must be a non-empty string" % k)
        q = ""
    nq = len(sentences(q))
    if not 1 <= nq <= 3:
        err("%s: question has %d sentences, expected 1-3" % (k, nq))
    rdp = check_dayparts(k, r.get("availability"), allow_empty=True)
    rlang = check_langs(k, r.get("languages"))
    note = r.get("note")
    if not isinstance(note, str) or not note.strip() or "\n" in note:
        err("%s: note must be one line" % k)
    if k in REMOTE_OK and not any(c in q.lower() for c in REMOTE_CUES):
        err("%s: listed as remote-OK but the question does not say phone/online is fine" % k)
    rel = r.get("relevant")
    if not isinstance(rel, dict):
        err("%s: relevant must be an object" % k)
        continue
    if not 2 <= len(rel) <= 6:
        err("%s: %d labelled volunteers, expected 2-6" % (k, len(rel)))
    if 2 not in rel.values():
        err("%s: no grade-2 volunteer" % k)
    for vk, g in rel.items():
        where = "%s/%s" % (k, vk)
        if vk not in V:
            err("%s: unknown volunteer" % where)
            continue
        if g not in (1, 2) or isinstance(g, bool):
            err("%s: grade %r, must be 1 or 2" % (where, g))
            continue
        n_labels[g] += 1
        v = V[vk]
        # hard rules
        if v.get("active") is not True:
            err("%s: inactive volunteer labelled" % where)
        if not (v["_lang"] & rlang):
            err("%s: no shared language" % where)
        # practical rules
        weak = []
        if rdp and not (v["_dp"] & rdp):
            weak.append("no shared day-part")
        d = haversine(pos[r["neighbourhood"]], pos[v["neighbourhood"]]) if v.get("neighbourhood") in pos else 0.0
        if v["_remote"]:
            if k not in REMOTE_OK:
                weak.append("remote-only for an in-person need")
        else:
            if BAND[0] <= d <= BAND[1]:
                err("%s: in-person pair %.2f km apart, inside the ambiguous %.1f-%.1f km band" % (where, d, BAND[0], BAND[1]))
            if d > NEAR_KM:
                weak.append("lives %.1f km away" % d)
        if g == 2 and weak:
            err("%s: grade 2 but %s" % (where, "; ".join(weak)))
        if g == 1 and len(weak) > 1:
            err("%s: grade 1 with two weak aspects (%s)" % (where, "; ".join(weak)))

# ---------------------------------------------------------------- README counts
try:
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    m = re.search(r"Contents:\s*(\d+) areas,\s*(\d+) volunteers.*?,\s*(\d+) requests", readme)
    if not m:
        err("README.md: no 'Contents: N areas, N volunteers ..., N requests' line")
    elif (int(m.group(1)), int(m.group(2)), int(m.group(3))) != (len(areas), len(vols), len(reqs)):
        err("README.md: counts %s do not match the data (%d, %d, %d)" % (m.groups(), len(areas), len(vols), len(reqs)))
    for rk in REMOTE_OK:
        if rk not in readme:
            err("README.md: remote-OK request %s not listed" % rk)
except FileNotFoundError:
    err("README.md missing")

# ---------------------------------------------------------------- summary
non_nl = sum(1 for r in reqs if "nl" not in (r.get("languages") or []))
flex = sum(1 for r in reqs if r.get("availability") == [])
print("areas: %d (%d wijken)" % (len(areas), len(wijken)))
print("volunteers: %d (inactive %d, phone/online only %d)" % (
    len(vols), sum(1 for v in vols if v.get("active") is False), sum(1 for v in vols if v.get("_remote"))))
print("requests: %d (without nl %d, flexible %d, remote-OK %d)" % (len(reqs), non_nl, flex, len(REMOTE_OK)))
print("labels: %d (grade 2: %d, grade 1: %d)" % (n_labels[1] + n_labels[2], n_labels[2], n_labels[1]))
for w in warnings:
    print("warning:", w)
for e in errors:
    print("ERROR:", e)
print("%d errors" % len(errors))
sys.exit(1 if errors else 0)
