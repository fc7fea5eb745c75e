#!/usr/bin/env python3
"""Validate the blind9 (Zwolle) evaluation set and print counts.

Checks the format described in the Bronbank eval README (areas.json,
volunteers.jsonl, requests.jsonl) and the labelling rules:
hard rules (inactive volunteers and volunteers without a shared language are
never labelled), 2-6 labels per request with at least one grade 2, and that
every grade-2 label is practically sound (shared day-part or flexible request;
within 3 km between centroids, or a phone/online volunteer).
Exit code 0 if everything passes, 1 otherwise.
Usage: python3 check.py [folder]   (default: the folder this script is in)
"""
import json
import math
import os
import re
import sys
from collections import Counter

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PARTS = ["ochtend", "middag", "avond"]
DAYPARTS = {f"{d}-{p}" for d in DAYS for p in PARTS}
LANG_RE = re.compile(r"^([a-z]{2}|zgh|pap)$")
VKEY_RE = re.compile(r"^b9-v\d{3}$")
RKEY_RE = re.compile(r"^b9-r\d{3}$")
MAX_KM = 3.0
REMOTE_TALENTS = {"telefonisch", "online"}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{i}: empty line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: invalid JSON ({e})")
    return rows


def is_str_list(x, nonempty=True):
    return isinstance(x, list) and (len(x) > 0 or not nonempty) and all(isinstance(s, str) and s.strip() for s in x)


# ---------- areas ----------
with open(os.path.join(HERE, "areas.json"), encoding="utf-8") as f:
    areas = json.load(f)
if not isinstance(areas, list):
    err("areas.json: not a JSON array")
    areas = []
area_by_name = {}
for a in areas:
    if set(a) != {"name", "wijk", "lat", "lon"}:
        err(f"area {a}: fields must be exactly name, wijk, lat, lon")
        continue
    if a["name"] in area_by_name:
        err(f"area {a['name']}: duplicate name")
    area_by_name[a["name"]] = a
    if not (isinstance(a["lat"], (int, float)) and isinstance(a["lon"], (int, float))):
        err(f"area {a['name']}: lat/lon must be numbers")
    elif not (52.40 <= a["lat"] <= 52.60 and 5.95 <= a["lon"] <= 6.25):
        err(f"area {a['name']}: coordinates outside Zwolle")
wijken = {n for n, a in area_by_name.items() if a["wijk"] == n}
for n, a in area_by_name.items():
    if a["wijk"] not in wijken:
        err(f"area {n}: wijk {a['wijk']!r} is not an area whose wijk is itself")
coord = {n: (a["lat"], a["lon"]) for n, a in area_by_name.items()}

# ---------- volunteers ----------
VFIELDS = {"key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about",
           "availability", "languages", "maxMatches", "active"}
vols = load_jsonl("volunteers.jsonl")
vol = {}
for v in vols:
    k = v.get("key")
    if set(v) != VFIELDS:
        err(f"volunteer {k}: fields differ from spec: missing {VFIELDS - set(v)}, extra {set(v) - VFIELDS}")
        continue
    if not isinstance(k, str) or not VKEY_RE.match(k):
        err(f"volunteer {k}: bad key")
    if k in vol:
        err(f"volunteer {k}: duplicate key")
    vol[k] = v
    if not isinstance(v["name"], str) or not v["name"].strip():
        err(f"volunteer {k}: empty name")
    if v["neighbourhood"] not in area_by_name:
        err(f"volunteer {k}: neighbourhood {v['neighbourhood']!r} not in areas.json")
    if v["buurthuis"] is not None and not (isinstance(v["buurthuis"], str) and v["buurthuis"].strip()):
        err(f"volunteer {k}: buurthuis must be a string or null")
    for fld in ("passions", "talents"):
        if not is_str_list(v[fld]):
            err(f"volunteer {k}: {fld} must be a non-empty list of strings")
    if not isinstance(v["about"], str):
        err(f"volunteer {k}: about must be a string")
    else:
        n_sent = len([s for s in re.split(r"(?<=[.!?])\s+", v["about"].strip()) if s])
        if not 1 <= n_sent <= 4:
            err(f"volunteer {k}: about has {n_sent} sentences (expected 2-4)")
        elif n_sent < 2:
            warnings.append(f"volunteer {k}: about has a single sentence")
    if not is_str_list(v["availability"], nonempty=False) or any(d not in DAYPARTS for d in v["availability"]):
        err(f"volunteer {k}: invalid day-parts {v['availability']}")
    if len(set(v["availability"])) != len(v["availability"]):
        err(f"volunteer {k}: duplicate day-parts")
    if not is_str_list(v["languages"]) or any(not LANG_RE.match(l) for l in v["languages"]):
        err(f"volunteer {k}: invalid languages {v['languages']}")
    if not (isinstance(v["maxMatches"], int) and not isinstance(v["maxMatches"], bool) and v["maxMatches"] >= 1):
        err(f"volunteer {k}: maxMatches must be a positive integer")
    if not isinstance(v["active"], bool):
        err(f"volunteer {k}: active must be true/false")


def is_remote(v):
    return any(t.strip().lower() in REMOTE_TALENTS for t in v["talents"])


for k, v in vol.items():
    if is_remote(v) and not re.search(r"telefonisch|online|op afstand|beeldbel", v["about"], re.I):
        err(f"volunteer {k}: remote talent but 'about' does not say so")

# ---------- requests ----------
RFIELDS = {"key", "neighbourhood", "question", "availability", "languages", "relevant", "note"}
reqs = load_jsonl("requests.jsonl")
req = {}
grades = Counter()
per_req = []
for r in reqs:
    k = r.get("key")
    if set(r) != RFIELDS:
        err(f"request {k}: fields differ from spec: missing {RFIELDS - set(r)}, extra {set(r) - RFIELDS}")
        continue
    if not isinstance(k, str) or not RKEY_RE.match(k):
        err(f"request {k}: bad key")
    if k in req:
        err(f"request {k}: duplicate key")
    req[k] = r
    if r["neighbourhood"] not in area_by_name:
        err(f"request {k}: neighbourhood {r['neighbourhood']!r} not in areas.json")
        continue
    if not isinstance(r["question"], str) or not r["question"].strip():
        err(f"request {k}: empty question")
    if not isinstance(r["note"], str) or not r["note"].strip():
        err(f"request {k}: empty note")
    if not is_str_list(r["availability"], nonempty=False) or any(d not in DAYPARTS for d in r["availability"]):
        err(f"request {k}: invalid day-parts {r['availability']}")
    if not is_str_list(r["languages"]) or any(not LANG_RE.match(l) for l in r["languages"]):
        err(f"request {k}: invalid languages {r['languages']}")
    rel = r["relevant"]
    if not isinstance(rel, dict):
        err(f"request {k}: relevant must be an object")
        continue
    if not 2 <= len(rel) <= 6:
        err(f"request {k}: {len(rel)} labelled volunteers (expected 2-6)")
    if 2 not in rel.values():
        err(f"request {k}: no grade-2 volunteer")
    per_req.append(len(rel))
    for vk, g in rel.items():
        if vk not in vol:
            err(f"request {k}: label key {vk} is not a volunteer")
            continue
        if g not in (1, 2) or isinstance(g, bool):
            err(f"request {k}: grade for {vk} must be 1 or 2, got {g!r}")
            continue
        grades[g] += 1
        v = vol[vk]
        # hard rules
        if not v["active"]:
            err(f"request {k}: {vk} is inactive but labelled")
        if not set(v["languages"]) & set(r["languages"]):
            err(f"request {k}: {vk} shares no language with the resident but is labelled")
        # practical aspects
        d = km(coord[r["neighbourhood"]], coord[v["neighbourhood"]])
        near = d <= MAX_KM
        remote = is_remote(v)
        day_ok = (not r["availability"]) or bool(set(v["availability"]) & set(r["availability"]))
        if g == 2:
            if not day_ok:
                err(f"request {k}: {vk} grade 2 without a shared day-part")
            if not (near or remote):
                err(f"request {k}: {vk} grade 2 but {d:.1f} km away and not remote")
        if g == 1 and not day_ok and not (near or remote):
            err(f"request {k}: {vk} grade 1 with two weak aspects (far {d:.1f} km and no shared day-part)")
        if 2.85 <= d <= 3.15 and not remote:
            warnings.append(f"request {k}: {vk} at a borderline distance ({d:.2f} km)")

# ---------- report ----------
n_act = sum(v["active"] for v in vol.values())
n_remote = sum(is_remote(v) for v in vol.values())
lang_count = Counter(l for v in vol.values() for l in v["languages"])
non_nl = [k for k, r in req.items() if "nl" not in r["languages"]]
flex = [k for k, r in req.items() if not r["availability"]]
unlabelled = [k for k in vol if not any(k in r["relevant"] for r in req.values())]

print(f"areas:       {len(area_by_name)} ({len(wijken)} wijken, {len(area_by_name) - len(wijken)} buurten)")
print(f"volunteers:  {len(vol)} ({n_act} active, {len(vol) - n_act} inactive, {n_remote} phone/online only)")
print("  languages: " + ", ".join(f"{l}={c}" for l, c in lang_count.most_common()))
print(f"  never labelled (distractors/near misses/inactive): {len(unlabelled)}")
print(f"requests:    {len(req)} ({len(non_nl)} without nl: {', '.join(non_nl)}; {len(flex)} flexible availability)")
print(f"labels:      {sum(grades.values())} (grade 2: {grades[2]}, grade 1: {grades[1]}); "
      f"per request min {min(per_req) if per_req else 0}, max {max(per_req) if per_req else 0}, "
      f"mean {sum(per_req) / max(len(per_req), 1):.2f}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
