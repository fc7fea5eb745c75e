#!/usr/bin/env python3
"""Validate the Bronbank blind evaluation set b8 (Maastricht).

Standard library only. Run:  python3 check.py  [folder]
Exits with status 1 and lists the problems when anything is wrong.
"""
import json
import math
import os
import re
import sys

HERE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREFIX = "b8"
MIN_VOLUNTEERS, MIN_REQUESTS = 130, 45
MIN_AREAS, MAX_AREAS = 20, 30
NON_DUTCH_MIN, NON_DUTCH_MAX = 5, 8
MAX_KM = 3.0                       # "within about 3 km", between area centroids
BBOX = (50.78, 50.93, 5.60, 5.79)  # Maastricht, generous
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PARTS = ["ochtend", "middag", "avond"]
DAYPARTS = {f"{d}-{p}" for d in DAYS for p in PARTS}
LANG_RE = re.compile(r"^(?:[a-z]{2}|zgh|pap)$")
REMOTE_WORDS = ("telefonisch", "online")

VOL_FIELDS = {"key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about",
              "availability", "languages", "maxMatches", "active"}
REQ_FIELDS = {"key", "neighbourhood", "question", "availability", "languages", "relevant", "note"}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def haversine_km(a, b):
    r = 6371.0
    la1, lo1, la2, lo2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 2 * r * math.asin(math.sqrt(h))


ABBREV = re.compile(r"\b(?:mw|mvr|mevr|dhr|ca|bijv|o\.a|p/w|overl|wk|jr|z\.s\.m|i\.v\.m|ivm|alleenst|nr|st)\.",
                    re.IGNORECASE)


def sentence_count(text):
    t = ABBREV.sub(lambda m: m.group(0).replace(".", "\u00a7"), text.strip())
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\u00c0-\u00dd'\"(])", t)
    return len([p for p in parts if p.strip()])


def load_jsonl(name):
    path = os.path.join(HERE, name)
    rows = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    err(f"{name}:{n}: empty line")
                    continue
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{n}: invalid JSON ({e})")
    except OSError as e:
        err(f"cannot read {name}: {e}")
    return rows


def is_str_list(x, allow_empty=False):
    return (isinstance(x, list) and (allow_empty or len(x) > 0)
            and all(isinstance(s, str) and s.strip() for s in x))


def check_keys(rows, kind, letter):
    keys = [r.get("key") for r in rows]
    pat = re.compile(rf"^{PREFIX}-{letter}(\d{{3}})$")
    for i, k in enumerate(keys, 1):
        m = pat.match(k or "") if isinstance(k, str) else None
        if not m:
            err(f"{kind}: bad key {k!r}")
        elif int(m.group(1)) != i:
            err(f"{kind}: key {k} out of sequence (expected {PREFIX}-{letter}{i:03d})")
    if len(set(keys)) != len(keys):
        err(f"{kind}: duplicate keys")


def check_days(owner, days, allow_empty):
    if not isinstance(days, list) or (not days and not allow_empty):
        err(f"{owner}: availability must be a {'possibly empty ' if allow_empty else 'non-empty '}list")
        return
    for d in days:
        if d not in DAYPARTS:
            err(f"{owner}: bad day-part {d!r}")
    if len(set(days)) != len(days):
        err(f"{owner}: duplicate day-parts")


def check_langs(owner, langs):
    if not is_str_list(langs):
        err(f"{owner}: languages must be a non-empty list")
        return
    for l in langs:
        if not LANG_RE.match(l):
            err(f"{owner}: bad language code {l!r}")
    if len(set(langs)) != len(langs):
        err(f"{owner}: duplicate languages")


def is_remote(v):
    return any(t.strip().lower() in REMOTE_WORDS for t in v.get("talents", []))


def main():
    # ---------------------------------------------------------------- areas
    try:
        with open(os.path.join(HERE, "areas.json"), encoding="utf-8") as f:
            areas = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        err(f"areas.json: {e}")
        areas = []
    if not isinstance(areas, list):
        err("areas.json: must be a JSON array")
        areas = []
    by_name = {}
    for a in areas:
        if not isinstance(a, dict) or set(a) != {"name", "wijk", "lat", "lon"}:
            err(f"areas.json: bad entry {a!r}")
            continue
        if not (isinstance(a["name"], str) and isinstance(a["wijk"], str)
                and isinstance(a["lat"], (int, float)) and isinstance(a["lon"], (int, float))):
            err(f"areas.json: bad types in {a!r}")
            continue
        if a["name"] in by_name:
            err(f"areas.json: duplicate area {a['name']}")
        by_name[a["name"]] = a
        if not (BBOX[0] <= a["lat"] <= BBOX[1] and BBOX[2] <= a["lon"] <= BBOX[3]):
            err(f"areas.json: {a['name']} lies outside Maastricht")
    if not MIN_AREAS <= len(by_name) <= MAX_AREAS:
        err(f"areas.json: {len(by_name)} areas, expected {MIN_AREAS}-{MAX_AREAS}")
    wijken = {a["wijk"] for a in by_name.values()}
    for w in wijken:
        if w not in by_name or by_name[w]["wijk"] != w:
            err(f"areas.json: wijk {w!r} has no entry of its own (wijk = itself)")

    # ----------------------------------------------------------- volunteers
    vols = load_jsonl("volunteers.jsonl")
    check_keys(vols, "volunteers", "v")
    vmap = {}
    names = set()
    for v in vols:
        k = v.get("key", "?")
        vmap[k] = v
        if set(v) != VOL_FIELDS:
            err(f"{k}: fields {sorted(set(v) ^ VOL_FIELDS)} missing or unexpected")
            continue
        if not isinstance(v["name"], str) or not v["name"].strip():
            err(f"{k}: empty name")
        elif v["name"] in names:
            err(f"{k}: duplicate name {v['name']}")
        names.add(v["name"])
        if v["neighbourhood"] not in by_name:
            err(f"{k}: unknown neighbourhood {v['neighbourhood']!r}")
        if v["buurthuis"] is not None and not (isinstance(v["buurthuis"], str) and v["buurthuis"].strip()):
            err(f"{k}: buurthuis must be a name or null")
        for fld in ("passions", "talents"):
            if not is_str_list(v[fld]):
                err(f"{k}: {fld} must be a non-empty list of phrases")
        if not isinstance(v["about"], str) or not 2 <= sentence_count(v["about"]) <= 4:
            err(f"{k}: about must be 2-4 sentences")
        check_days(k, v["availability"], allow_empty=False)
        check_langs(k, v["languages"])
        if not isinstance(v["maxMatches"], int) or isinstance(v["maxMatches"], bool) or v["maxMatches"] < 1:
            err(f"{k}: maxMatches must be a positive integer")
        if not isinstance(v["active"], bool):
            err(f"{k}: active must be true/false")
        if is_remote(v):
            low = v["about"].lower() if isinstance(v["about"], str) else ""
            if "telefon" not in low and "online" not in low:
                err(f"{k}: remote-only volunteer does not say so in about")
    if len(vols) < MIN_VOLUNTEERS:
        err(f"volunteers: {len(vols)}, expected at least {MIN_VOLUNTEERS}")

    # ------------------------------------------------------------- requests
    reqs = load_jsonl("requests.jsonl")
    check_keys(reqs, "requests", "r")
    non_dutch = 0
    labels = {1: 0, 2: 0}
    for r in reqs:
        k = r.get("key", "?")
        if set(r) != REQ_FIELDS:
            err(f"{k}: fields {sorted(set(r) ^ REQ_FIELDS)} missing or unexpected")
            continue
        area = by_name.get(r["neighbourhood"])
        if area is None:
            err(f"{k}: unknown neighbourhood {r['neighbourhood']!r}")
        if not isinstance(r["question"], str) or not 1 <= sentence_count(r["question"]) <= 3:
            err(f"{k}: question must be 1-3 sentences")
        check_days(k, r["availability"], allow_empty=True)
        check_langs(k, r["languages"])
        if isinstance(r["languages"], list) and "nl" not in r["languages"]:
            non_dutch += 1
        if not isinstance(r["note"], str) or not r["note"].strip() or "\n" in r["note"]:
            err(f"{k}: note must be one non-empty line")
        rel = r["relevant"]
        if not isinstance(rel, dict):
            err(f"{k}: relevant must be an object")
            continue
        if not 2 <= len(rel) <= 6:
            err(f"{k}: {len(rel)} labelled volunteers, expected 2-6")
        if 2 not in rel.values():
            err(f"{k}: no grade-2 volunteer")
        rdays = set(r["availability"]) if isinstance(r["availability"], list) else set()
        rlangs = set(r["languages"]) if isinstance(r["languages"], list) else set()
        for vk, g in rel.items():
            v = vmap.get(vk)
            if v is None:
                err(f"{k}: unknown volunteer {vk}")
                continue
            if g not in (1, 2) or isinstance(g, bool):
                err(f"{k}: {vk} has grade {g!r}, expected 1 or 2")
                continue
            labels[g] += 1
            if set(v) != VOL_FIELDS:
                continue
            # hard rules
            if v["active"] is not True:
                err(f"{k}: {vk} is inactive but labelled {g}")
            if not set(v["languages"]) & rlangs:
                err(f"{k}: {vk} shares no language with the resident but is labelled {g}")
            va = by_name.get(v["neighbourhood"])
            dist = haversine_km(area, va) if area and va else None
            day_ok = not rdays or bool(set(v["availability"]) & rdays)
            near = dist is not None and dist <= MAX_KM
            if g == 2:
                if not day_ok:
                    err(f"{k}: {vk} graded 2 without a shared day-part")
                if not near and not is_remote(v):
                    err(f"{k}: {vk} graded 2 but lives {dist:.1f} km away and does not help remotely")
            if g == 1 and not day_ok and not near and not is_remote(v):
                err(f"{k}: {vk} graded 1 with two weak aspects (day-part and {dist:.1f} km)")
            if dist is not None and not is_remote(v) and abs(dist - MAX_KM) < 0.15:
                warnings.append(f"{k}: {vk} at {dist:.2f} km, close to the {MAX_KM} km limit")
    if len(reqs) < MIN_REQUESTS:
        err(f"requests: {len(reqs)}, expected at least {MIN_REQUESTS}")
    if not NON_DUTCH_MIN <= non_dutch <= NON_DUTCH_MAX:
        err(f"requests: {non_dutch} need a language other than Dutch, expected {NON_DUTCH_MIN}-{NON_DUTCH_MAX}")

    # --------------------------------------------------------------- report
    inactive = sum(1 for v in vols if v.get("active") is False)
    remote = sum(1 for v in vols if is_remote(v))
    print(f"areas {len(by_name)} ({len(wijken)} wijken), volunteers {len(vols)} "
          f"({inactive} inactive, {remote} phone/online only), requests {len(reqs)} "
          f"({non_dutch} without nl), labels {labels[2]} x grade 2 + {labels[1]} x grade 1")
    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} error(s)")
        return 1
    print("OK: no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
