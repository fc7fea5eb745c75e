#!/usr/bin/env python3
"""Check the blind Arnhem set (b1) against the format and the practical labelling rules.

Checks format (valid JSON, keys, fields, areas exist, day-parts, language codes),
2-6 labels and >= 1 grade 2 per request, and the practical rules for every label:
inactive never relevant, shared language required, grade 2 needs near (<= 3 km between
area centroids) or a remote helper, and a shared day-part (or flexible request).
A grade-1 label may have at most one practical weakness. Topic fit cannot be checked
mechanically; `--review` lists unlisted candidates that pass every practical rule and
have at most one practical weakness and share a word stem with the request, for a
human to look at.

Usage: python3 check.py [--review]
"""
import json, math, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = {f"{d}-{p}" for d in "ma di wo do vr za zo".split() for p in ("ochtend", "middag", "avond")}
LANGS = {"nl", "en", "de", "fr", "ar", "tr", "pl", "so", "ti", "uk", "ru", "fa", "zgh", "pap", "es", "pt"}
NEAR_KM = 3.0
errors, warnings = [], []

def err(msg): errors.append(msg)

def load_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{i} empty line"); continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i} invalid JSON: {e}")
    return out

areas = json.load(open(os.path.join(HERE, "areas.json"), encoding="utf-8"))
vols = load_jsonl("volunteers.jsonl")
reqs = load_jsonl("requests.jsonl")

# ---- areas
A = {}
for a in areas:
    if set(a) != {"name", "wijk", "lat", "lon"}:
        err(f"area fields {a}")
    if a["name"] in A:
        err(f"duplicate area {a['name']}")
    if not (51.90 < a["lat"] < 52.06 and 5.80 < a["lon"] < 6.00):
        err(f"area {a['name']} outside Arnhem box")
    A[a["name"]] = a
for a in areas:
    w = A.get(a["wijk"])
    if w is None:
        err(f"area {a['name']}: wijk {a['wijk']} is not an area")
    elif w["wijk"] != w["name"]:
        err(f"area {a['name']}: wijk {a['wijk']} is not itself a wijk")

def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (A[a]["lat"], A[a]["lon"], A[b]["lat"], A[b]["lon"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))

# ---- volunteers
VF = ["key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about",
      "availability", "languages", "maxMatches", "active"]
V = {}
for i, v in enumerate(vols, 1):
    k = v.get("key")
    if list(v) != VF:
        err(f"{k}: fields {list(v)}")
    if k != f"b1-v{i:03d}":
        err(f"volunteer #{i} key {k}")
    if v["neighbourhood"] not in A:
        err(f"{k}: unknown area {v['neighbourhood']}")
    if not (v["buurthuis"] is None or isinstance(v["buurthuis"], str)):
        err(f"{k}: buurthuis")
    for f in ("passions", "talents"):
        if not v[f] or not all(isinstance(x, str) and x.strip() for x in v[f]):
            err(f"{k}: {f}")
    n = len(re.findall(r"[.!?](\s|$)", v["about"]))
    if not 2 <= n <= 4:
        err(f"{k}: about has {n} sentences")
    if not v["availability"] or set(v["availability"]) - DAYS:
        err(f"{k}: availability {v['availability']}")
    if not v["languages"] or set(v["languages"]) - LANGS:
        err(f"{k}: languages {v['languages']}")
    if not (isinstance(v["maxMatches"], int) and v["maxMatches"] >= 1):
        err(f"{k}: maxMatches")
    if not isinstance(v["active"], bool):
        err(f"{k}: active")
    remote = any(t.strip().lower() in ("telefonisch", "online") for t in v["talents"])
    if remote and not re.search(r"telefo|online", v["about"], re.I):
        err(f"{k}: remote helper but about does not say so")
    v["_remote"] = remote
    V[k] = v

# ---- requests
RF = ["key", "neighbourhood", "question", "availability", "languages", "relevant", "note"]
for i, r in enumerate(reqs, 1):
    k = r.get("key")
    if list(r) != RF:
        err(f"{k}: fields {list(r)}")
    if k != f"b1-r{i:03d}":
        err(f"request #{i} key {k}")
    if r["neighbourhood"] not in A:
        err(f"{k}: unknown area {r['neighbourhood']}"); continue
    if set(r["availability"]) - DAYS:
        err(f"{k}: availability {r['availability']}")
    if not r["languages"] or set(r["languages"]) - LANGS:
        err(f"{k}: languages {r['languages']}")
    if not isinstance(r["note"], str) or "\n" in r["note"] or not r["note"].strip():
        err(f"{k}: note must be one line")
    rel = r["relevant"]
    if not 2 <= len(rel) <= 6:
        err(f"{k}: {len(rel)} labels")
    if 2 not in rel.values():
        err(f"{k}: no grade 2")
    for vk, g in rel.items():
        v = V.get(vk)
        if v is None:
            err(f"{k}: unknown volunteer {vk}"); continue
        if g not in (1, 2):
            err(f"{k}/{vk}: grade {g}")
        if not v["active"]:
            err(f"{k}/{vk}: inactive volunteer labelled")
        if not set(v["languages"]) & set(r["languages"]):
            err(f"{k}/{vk}: no shared language")
        d = km(v["neighbourhood"], r["neighbourhood"])
        weak = []
        if not v["_remote"] and d > NEAR_KM:
            weak.append(f"far {d:.1f} km")
        if r["availability"] and not set(v["availability"]) & set(r["availability"]):
            weak.append("no shared day-part")
        if g == 2 and weak:
            err(f"{k}/{vk}: grade 2 but {', '.join(weak)}")
        if g == 1 and len(weak) > 1:
            err(f"{k}/{vk}: grade 1 with two weaknesses ({', '.join(weak)})")
        if not v["_remote"] and abs(d - NEAR_KM) < 0.3:
            warnings.append(f"{k}/{vk}: distance {d:.2f} km is close to the 3 km line")

nonnl = sum("nl" not in r["languages"] for r in reqs)
print(f"{len(areas)} areas, {len(vols)} volunteers ({sum(not v['active'] for v in vols)} inactive, "
      f"{sum(v['_remote'] for v in vols)} remote), {len(reqs)} requests ({nonnl} without nl), "
      f"{sum(len(r['relevant']) for r in reqs)} labels")

if "--review" in sys.argv:
    STOP = set("de het een en van voor met die dat niet wil graag is zijn haar hij ze er op in te om aan bij "
               "meer nog kan weer ook naar zoekt iemand mw dhr als maar wat heeft leren geven maken kinderen spreekt engels arabisch turks nederlands somalisch helpen thuis".split())
    def stems(t):
        return {w[:5] for w in re.findall(r"[a-zà-ÿ]+", t.lower()) if len(w) > 3 and w not in STOP}
    for r in reqs:
        q = stems(r["question"])
        for vk, v in V.items():
            if vk in r["relevant"] or not v["active"] or not set(v["languages"]) & set(r["languages"]):
                continue
            nweak = (not v["_remote"] and km(v["neighbourhood"], r["neighbourhood"]) > NEAR_KM) + \
                    bool(r["availability"] and not set(v["availability"]) & set(r["availability"]))
            if nweak > 1:
                continue
            shared = q & stems(" ".join(v["passions"] + v["talents"]))
            if shared:
                print(f"REVIEW {r['key']} unlisted {vk} {v['name']}: shares {sorted(shared)}")

for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"FAILED: {len(errors)} errors")
sys.exit(1 if errors else 0)
