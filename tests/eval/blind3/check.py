#!/usr/bin/env python3
"""Validate the blind3 Bronbank evaluation set (format + practical labelling rules).

Run from this folder:  python3 check.py
No dependencies beyond the Python 3 standard library. Exit code 0 = no errors.
"""
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DAYS = ("ma", "di", "wo", "do", "vr", "za", "zo")
PARTS = ("ochtend", "middag", "avond")
DAYPARTS = {f"{d}-{p}" for d in DAYS for p in PARTS}
# ISO 639-1 codes (full list) plus the README's extra codes zgh (Tamazight) and pap (Papiamento).
ISO6391 = set("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie
ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi
mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc
sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi
vo wa wo xh yi yo za zh zu""".split())
LANGS = ISO6391 | {"zgh", "pap"}
REMOTE_TALENTS = {"telefonisch", "online"}
NEAR_KM = 3.0

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def haversine(a, b):
    r = 6371.0
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def load_json(name):
    path = os.path.join(HERE, name)
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: not valid JSON ({e})")
        return None


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
                    rows.append((n, json.loads(line)))
                except Exception as e:  # noqa: BLE001
                    err(f"{name}:{n}: not valid JSON ({e})")
    except OSError as e:
        err(f"{name}: cannot read ({e})")
    return rows


def is_str_list(v, allow_empty=False):
    return isinstance(v, list) and (allow_empty or len(v) > 0) and all(isinstance(s, str) and s.strip() for s in v)


def check_fields(where, obj, spec):
    ok = True
    for field, types in spec.items():
        if field not in obj:
            err(f"{where}: missing field '{field}'")
            ok = False
        elif not isinstance(obj[field], types) or (types is int and isinstance(obj[field], bool)):
            err(f"{where}: field '{field}' has wrong type {type(obj[field]).__name__}")
            ok = False
    extra = set(obj) - set(spec)
    if extra:
        warn(f"{where}: unexpected fields {sorted(extra)}")
    return ok


def check_dayparts(where, v, allow_empty):
    if not is_str_list(v, allow_empty=allow_empty):
        err(f"{where}: availability must be a list of day-part strings" + ("" if allow_empty else " (non-empty)"))
        return
    for d in v:
        if d not in DAYPARTS:
            err(f"{where}: unknown day-part '{d}'")
    if len(set(v)) != len(v):
        err(f"{where}: duplicate day-parts")


def check_langs(where, v):
    if not is_str_list(v):
        err(f"{where}: languages must be a non-empty list of codes")
        return
    for code in v:
        if code not in LANGS:
            err(f"{where}: unknown language code '{code}'")
    if len(set(v)) != len(v):
        err(f"{where}: duplicate languages")


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def main():
    # ---------- areas ----------
    areas = load_json("areas.json")
    coords = {}
    if areas is not None:
        if not isinstance(areas, list) or not areas:
            err("areas.json: must be a non-empty JSON array")
            areas = []
        top = set()
        for i, a in enumerate(areas):
            where = f"areas.json[{i}]"
            if not isinstance(a, dict):
                err(f"{where}: not an object")
                continue
            if not check_fields(where, a, {"name": str, "wijk": str, "lat": (int, float), "lon": (int, float)}):
                continue
            if a["name"] in coords:
                err(f"{where}: duplicate area name '{a['name']}'")
            coords[a["name"]] = (float(a["lat"]), float(a["lon"]))
            if a["wijk"] == a["name"]:
                top.add(a["name"])
            if not (52.28 <= a["lat"] <= 52.45 and 5.05 <= a["lon"] <= 5.40):
                err(f"{where}: coordinates {a['lat']},{a['lon']} are not in Almere")
        for i, a in enumerate(areas):
            if isinstance(a, dict) and isinstance(a.get("wijk"), str) and a["wijk"] not in top:
                err(f"areas.json[{i}]: wijk '{a['wijk']}' is not a top-level area (an area whose wijk is itself)")
        if not top:
            err("areas.json: no top-level areas (wijk == name)")

    # ---------- volunteers ----------
    vols = {}
    vspec = {"key": str, "name": str, "neighbourhood": str, "buurthuis": (str, type(None)), "passions": list,
             "talents": list, "about": str, "availability": list, "languages": list, "maxMatches": int, "active": bool}
    for n, v in load_jsonl("volunteers.jsonl"):
        where = f"volunteers.jsonl:{n}"
        if not isinstance(v, dict):
            err(f"{where}: not an object")
            continue
        if not check_fields(where, v, vspec):
            continue
        k = v["key"]
        where = f"volunteer {k}"
        if not re.fullmatch(r"b3-v\d{3}", k):
            err(f"{where}: key does not match b3-vNNN")
        if k in vols:
            err(f"{where}: duplicate key")
        if v["neighbourhood"] not in coords:
            err(f"{where}: unknown neighbourhood '{v['neighbourhood']}'")
        if not is_str_list(v["passions"]):
            err(f"{where}: passions must be a non-empty list of strings")
        if not is_str_list(v["talents"]):
            err(f"{where}: talents must be a non-empty list of strings")
        ns = len(sentences(v["about"]))
        if not 2 <= ns <= 4:
            warn(f"{where}: about has {ns} sentences (expected 2-4)")
        check_dayparts(where, v["availability"], allow_empty=False)
        check_langs(where, v["languages"])
        if v["maxMatches"] < 1:
            err(f"{where}: maxMatches must be >= 1")
        if isinstance(v["talents"], list):
            v["_remote"] = any(isinstance(t, str) and t.strip().lower() in REMOTE_TALENTS for t in v["talents"])
        else:
            v["_remote"] = False
        if v["_remote"] and not re.search(r"telefo|online|afstand|beeldbel|videobel", v["about"], re.I):
            err(f"{where}: remote helper (talent telefonisch/online) but about does not say so")
        if v["active"] is False and len(v["about"]) < 20:
            warn(f"{where}: inactive volunteer, about should say why")
        vols[k] = v
    expected = [f"b3-v{i:03d}" for i in range(1, len(vols) + 1)]
    if sorted(vols) != expected:
        err("volunteers: keys are not consecutive from b3-v001")

    # ---------- requests ----------
    reqs = {}
    rspec = {"key": str, "neighbourhood": str, "question": str, "availability": list, "languages": list,
             "relevant": dict, "note": str}
    grade_count = {1: 0, 2: 0}
    for n, r in load_jsonl("requests.jsonl"):
        where = f"requests.jsonl:{n}"
        if not isinstance(r, dict):
            err(f"{where}: not an object")
            continue
        if not check_fields(where, r, rspec):
            continue
        k = r["key"]
        where = f"request {k}"
        if not re.fullmatch(r"b3-r\d{3}", k):
            err(f"{where}: key does not match b3-rNNN")
        if k in reqs:
            err(f"{where}: duplicate key")
        reqs[k] = r
        if r["neighbourhood"] not in coords:
            err(f"{where}: unknown neighbourhood '{r['neighbourhood']}'")
        if not r["question"].strip():
            err(f"{where}: empty question")
        if not r["note"].strip() or "\n" in r["note"]:
            err(f"{where}: note must be one non-empty line")
        check_dayparts(where, r["availability"], allow_empty=True)
        check_langs(where, r["languages"])
        rel = r["relevant"]
        if not 2 <= len(rel) <= 6:
            err(f"{where}: {len(rel)} labelled volunteers (must be 2-6)")
        if not any(g == 2 for g in rel.values()):
            err(f"{where}: no grade-2 volunteer")
        flexible = len(r["availability"]) == 0
        for vk, g in rel.items():
            lw = f"{where} label {vk}"
            if g not in (1, 2) or isinstance(g, bool):
                err(f"{lw}: grade must be 1 or 2, got {g!r}")
                continue
            grade_count[g] += 1
            v = vols.get(vk)
            if v is None:
                err(f"{lw}: unknown volunteer")
                continue
            # hard rules
            if v["active"] is not True:
                err(f"{lw}: inactive volunteer labelled relevant")
            if not set(v["languages"]) & set(r["languages"]):
                err(f"{lw}: no shared language with the resident")
            # practical aspects
            day_ok = flexible or bool(set(v["availability"]) & set(r["availability"]))
            if r["neighbourhood"] in coords and v["neighbourhood"] in coords:
                d = haversine(coords[r["neighbourhood"]], coords[v["neighbourhood"]])
            else:
                d = float("inf")
            place_ok = d <= NEAR_KM or v["_remote"]
            weak = (not day_ok) + (not place_ok)
            if g == 2 and weak:
                why = []
                if not day_ok:
                    why.append("no shared day-part and request not flexible")
                if not place_ok:
                    why.append(f"{d:.2f} km away and not a remote helper")
                err(f"{lw}: grade 2 but " + "; ".join(why))
            if g == 1 and weak > 1:
                err(f"{lw}: grade 1 with two practical weaknesses (day-part and distance {d:.2f} km)")
    expected = [f"b3-r{i:03d}" for i in range(1, len(reqs) + 1)]
    if sorted(reqs) != expected:
        err("requests: keys are not consecutive from b3-r001")

    # ---------- report ----------
    n_inactive = sum(1 for v in vols.values() if v.get("active") is False)
    n_remote = sum(1 for v in vols.values() if v.get("_remote"))
    n_non_nl = sum(1 for r in reqs.values() if isinstance(r.get("languages"), list) and "nl" not in r["languages"])
    n_flex = sum(1 for r in reqs.values() if r.get("availability") == [])
    print(f"areas: {len(coords)} ({sum(1 for a in (areas or []) if isinstance(a, dict) and a.get('wijk') == a.get('name'))} top-level)")
    print(f"volunteers: {len(vols)} (inactive {n_inactive}, remote-only {n_remote})")
    print(f"requests: {len(reqs)} (without nl {n_non_nl}, flexible {n_flex})")
    print(f"labels: {grade_count[2] + grade_count[1]} (grade 2: {grade_count[2]}, grade 1: {grade_count[1]})")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
