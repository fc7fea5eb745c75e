#!/usr/bin/env python3
"""Validate the blind4 evaluation set (format + practical labelling rules).

Run from this folder:  python3 check.py
Exit status 0 when there are no errors. Warnings do not fail the check.
No third-party dependencies.
"""
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NEAR_KM = 3.0
KEY_V = re.compile(r"^b4-v\d{3}$")
KEY_R = re.compile(r"^b4-r\d{3}$")
DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
PARTS = ["ochtend", "middag", "avond"]
DAYPARTS = {f"{d}-{p}" for d in DAYS for p in PARTS}
REMOTE_WORDS = ("telefonisch", "online")

# ISO 639-1 codes, plus zgh (Tamazight) and pap (Papiamento) as allowed by the format.
ISO639_1 = set("""
aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split()) | {"zgh", "pap"}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except Exception as e:  # noqa: BLE001
        err(f"{os.path.basename(path)}: invalid JSON ({e})")
        return None


def load_jsonl(path):
    rows = []
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        err(f"{os.path.basename(path)}: cannot open ({e})")
        return rows
    with fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{i}: empty line")
                continue
            try:
                obj = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err(f"{os.path.basename(path)}:{i}: invalid JSON ({e})")
                continue
            if not isinstance(obj, dict):
                err(f"{os.path.basename(path)}:{i}: not a JSON object")
                continue
            rows.append(obj)
    return rows


def haversine(a, b):
    lat1, lon1 = a
    lat2, lon2 = b
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def sentences(text):
    # rough count; ignores common abbreviations such as mw. dhr. ca. bijv.
    t = re.sub(r"\b(mw|dhr|mevr|ca|bijv|o\.a|nr|st)\.", r"\1", text, flags=re.I)
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z'\"(ÀÉÖÜ])", t.strip()) if s]


def check_str_list(where, value, allow_empty=True):
    if not isinstance(value, list) or not all(isinstance(x, str) and x.strip() for x in value):
        err(f"{where}: must be a list of non-empty strings")
        return False
    if not allow_empty and not value:
        err(f"{where}: must not be empty")
        return False
    return True


def main():
    # ---------------- areas ----------------
    areas = load_json(os.path.join(HERE, "areas.json"))
    coords = {}
    if areas is not None:
        if not isinstance(areas, list) or not areas:
            err("areas.json: must be a non-empty JSON array")
            areas = []
        for i, a in enumerate(areas):
            where = f"areas.json[{i}]"
            if not isinstance(a, dict):
                err(f"{where}: not an object")
                continue
            for f, t in (("name", str), ("wijk", str), ("lat", (int, float)), ("lon", (int, float))):
                if f not in a:
                    err(f"{where}: missing field {f}")
                elif not isinstance(a[f], t) or isinstance(a[f], bool):
                    err(f"{where}: field {f} has wrong type")
            if not all(isinstance(a.get(f), (int, float)) for f in ("lat", "lon")) or not isinstance(a.get("name"), str):
                continue
            if a["name"] in coords:
                err(f"{where}: duplicate area name {a['name']!r}")
            if not (50.7 <= a["lat"] <= 53.7 and 3.3 <= a["lon"] <= 7.3):
                err(f"{where}: coordinates outside the Netherlands")
            coords[a["name"]] = (a["lat"], a["lon"])
        wijken = {a["name"] for a in areas if isinstance(a, dict) and a.get("wijk") == a.get("name")}
        if not wijken:
            err("areas.json: no top-level wijk (an area whose wijk is itself)")
        for a in areas:
            if isinstance(a, dict) and isinstance(a.get("wijk"), str) and a.get("wijk") not in wijken:
                err(f"areas.json: area {a.get('name')!r} names wijk {a.get('wijk')!r}, which is not a top-level wijk")

    # ---------------- volunteers ----------------
    vols = load_jsonl(os.path.join(HERE, "volunteers.jsonl"))
    vmap = {}
    vfields = {"key": str, "name": str, "neighbourhood": str, "buurthuis": (str, type(None)),
               "passions": list, "talents": list, "about": str, "availability": list,
               "languages": list, "maxMatches": int, "active": bool}
    for i, v in enumerate(vols, 1):
        where = f"volunteers.jsonl:{i}"
        ok = True
        for f, t in vfields.items():
            if f not in v:
                err(f"{where}: missing field {f}")
                ok = False
            elif not isinstance(v[f], t) or (t is int and isinstance(v[f], bool)):
                err(f"{where}: field {f} has wrong type")
                ok = False
        extra = set(v) - set(vfields)
        if extra:
            warn(f"{where}: unexpected fields {sorted(extra)}")
        if not ok:
            continue
        k = v["key"]
        where = f"volunteer {k}"
        if not KEY_V.match(k):
            err(f"{where}: key does not match b4-vNNN")
        if k in vmap:
            err(f"{where}: duplicate key")
        vmap[k] = v
        if v["neighbourhood"] not in coords:
            err(f"{where}: unknown neighbourhood {v['neighbourhood']!r}")
        check_str_list(f"{where}.passions", v["passions"], allow_empty=False)
        check_str_list(f"{where}.talents", v["talents"], allow_empty=False)
        if check_str_list(f"{where}.availability", v["availability"], allow_empty=False):
            for d in v["availability"]:
                if d not in DAYPARTS:
                    err(f"{where}: invalid day-part {d!r}")
            if len(set(v["availability"])) != len(v["availability"]):
                err(f"{where}: duplicate day-parts")
        if check_str_list(f"{where}.languages", v["languages"], allow_empty=False):
            for lg in v["languages"]:
                if lg not in ISO639_1:
                    err(f"{where}: invalid language code {lg!r}")
        if v["maxMatches"] < 1:
            err(f"{where}: maxMatches must be >= 1")
        n = len(sentences(v["about"]))
        if not 2 <= n <= 4:
            warn(f"{where}: about has {n} sentence(s), expected 2-4")
        remote = any(t.strip().lower() in REMOTE_WORDS for t in v["talents"])
        if remote and not re.search(r"telefonisch|online|op afstand|beeldbellen|videobellen", v["about"], re.I):
            err(f"{where}: remote helper (talent telefonisch/online) but about does not say so")
        if not v["active"] and len(v["about"]) < 20:
            warn(f"{where}: inactive, about should say why")

    # ---------------- requests ----------------
    reqs = load_jsonl(os.path.join(HERE, "requests.jsonl"))
    rfields = {"key": str, "neighbourhood": str, "question": str, "availability": list,
               "languages": list, "relevant": dict, "note": str}
    rkeys = set()
    grades = {1: 0, 2: 0}
    for i, r in enumerate(reqs, 1):
        where = f"requests.jsonl:{i}"
        ok = True
        for f, t in rfields.items():
            if f not in r:
                err(f"{where}: missing field {f}")
                ok = False
            elif not isinstance(r[f], t):
                err(f"{where}: field {f} has wrong type")
                ok = False
        extra = set(r) - set(rfields)
        if extra:
            warn(f"{where}: unexpected fields {sorted(extra)}")
        if not ok:
            continue
        k = r["key"]
        where = f"request {k}"
        if not KEY_R.match(k):
            err(f"{where}: key does not match b4-rNNN")
        if k in rkeys:
            err(f"{where}: duplicate key")
        rkeys.add(k)
        area_ok = r["neighbourhood"] in coords
        if not area_ok:
            err(f"{where}: unknown neighbourhood {r['neighbourhood']!r}")
        n = len(sentences(r["question"]))
        if not 1 <= n <= 3:
            warn(f"{where}: question has {n} sentence(s), expected 1-3")
        if not r["note"].strip() or "\n" in r["note"]:
            err(f"{where}: note must be one non-empty line")
        avail_ok = check_str_list(f"{where}.availability", r["availability"])
        if avail_ok:
            for d in r["availability"]:
                if d not in DAYPARTS:
                    err(f"{where}: invalid day-part {d!r}")
                    avail_ok = False
        if check_str_list(f"{where}.languages", r["languages"], allow_empty=False):
            for lg in r["languages"]:
                if lg not in ISO639_1:
                    err(f"{where}: invalid language code {lg!r}")
        rel = r["relevant"]
        if not 2 <= len(rel) <= 6:
            err(f"{where}: {len(rel)} labelled volunteers, expected 2-6")
        if not any(g == 2 for g in rel.values()):
            err(f"{where}: no grade-2 volunteer")
        for vk, g in rel.items():
            lw = f"{where} label {vk}"
            if g not in (1, 2) or isinstance(g, bool):
                err(f"{lw}: grade must be 1 or 2, got {g!r}")
                continue
            grades[g] += 1
            v = vmap.get(vk)
            if v is None:
                err(f"{lw}: unknown volunteer")
                continue
            if not v["active"]:
                err(f"{lw}: inactive volunteer can never be relevant")
            if not set(v["languages"]) & set(r["languages"]):
                err(f"{lw}: no shared language")
            if not area_ok or v["neighbourhood"] not in coords or not avail_ok:
                continue
            remote = any(t.strip().lower() in REMOTE_WORDS for t in v["talents"])
            dist = haversine(coords[r["neighbourhood"]], coords[v["neighbourhood"]])
            far = dist > NEAR_KM and not remote
            no_dp = bool(r["availability"]) and not (set(v["availability"]) & set(r["availability"]))
            weak = int(far) + int(no_dp)
            if g == 2 and weak:
                why = []
                if far:
                    why.append(f"{dist:.1f} km and not a phone/online helper")
                if no_dp:
                    why.append("no shared day-part with a non-flexible request")
                err(f"{lw}: grade 2 but {', '.join(why)}")
            if g == 1 and weak > 1:
                err(f"{lw}: grade 1 but two practical weaknesses (far and no shared day-part)")

    # ---------------- summary ----------------
    n_inactive = sum(1 for v in vmap.values() if not v["active"])
    n_remote = sum(1 for v in vmap.values() if any(t.strip().lower() in REMOTE_WORDS for t in v["talents"]))
    n_non_nl = sum(1 for r in reqs if isinstance(r.get("languages"), list) and "nl" not in r["languages"])
    n_flex = sum(1 for r in reqs if r.get("availability") == [])
    print(f"areas: {len(coords)} (top-level wijken: {sum(1 for a in (areas or []) if isinstance(a, dict) and a.get('wijk') == a.get('name'))})")
    print(f"volunteers: {len(vmap)} (inactive {n_inactive}, phone/online-only {n_remote})")
    print(f"requests: {len(rkeys)} (without nl {n_non_nl}, flexible availability {n_flex})")
    print(f"labels: {grades[2] + grades[1]} (grade 2: {grades[2]}, grade 1: {grades[1]})")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
