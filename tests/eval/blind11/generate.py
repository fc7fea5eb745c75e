"""Generate areas.json, volunteers.jsonl, requests.jsonl for the Zwolle blind set.

Topic judgements (T = same activity, R = related activity) are made by hand in
requests_data.py; this script applies the practical rules from README.md
(language, day-part, distance / remote) to turn them into grades 2/1."""
import json, math, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from areas_data import AREAS
from volunteers_data import VOLS
from requests_data import REQS

OUT = os.path.dirname(os.path.abspath(__file__))
AREA = {a[0]: a for a in AREAS}

def km(a, b):
    _, _, la1, lo1 = AREA[a]; _, _, la2, lo2 = AREA[b]
    la1, lo1, la2, lo2 = map(math.radians, (la1, lo1, la2, lo2))
    x = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(x))

def is_remote(v):
    return any(t in ("telefonisch", "online") for t in v["talents"])

def assess(v, r):
    """Return (eligible, list of weak aspects)."""
    if not v["active"] or not set(v["languages"]) & set(r["languages"]):
        return False, []
    weak = []
    if r["availability"] and not set(v["availability"]) & set(r["availability"]):
        weak.append("no shared day-part")
    if is_remote(v):
        if not r["remote"]:
            weak.append("remote only")
    else:
        d = km(v["neighbourhood"], r["neighbourhood"])
        if d > 3.0:
            weak.append(f"far ({d:.1f} km)")
    return True, weak

def grade(kind, v, r):
    ok, weak = assess(v, r)
    if not ok:
        return 0, ["ineligible"]
    if kind == "T":
        return {0: 2, 1: 1}.get(len(weak), 0), weak
    return (1 if not weak else 0), weak

def main(report=False):
    vols = list(VOLS)
    random.Random(1107).shuffle(vols)
    key = {}
    for i, v in enumerate(vols, 1):
        key[v["handle"]] = f"z-v{i:03d}"
    with open(os.path.join(OUT, "areas.json"), "w", encoding="utf-8") as f:
        json.dump([{"name": n, "wijk": w, "lat": la, "lon": lo} for n, w, la, lo in AREAS], f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "volunteers.jsonl"), "w", encoding="utf-8") as f:
        for v in vols:
            rec = {"key": key[v["handle"]]}
            rec.update({k: v[k] for k in ("name", "neighbourhood", "buurthuis", "passions", "talents",
                                          "about", "availability", "languages", "maxMatches", "active")})
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    byh = {v["handle"]: v for v in VOLS}
    with open(os.path.join(OUT, "requests.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(REQS, 1):
            rel = {}
            lines = []
            for kind in ("T", "R"):
                for h in r[kind]:
                    g, weak = grade(kind, byh[h], r)
                    lines.append(f"   {kind} {h:16s} -> {g}  {', '.join(weak)}")
                    if g:
                        rel[key[h]] = g
            rec = {"key": f"z-r{i:03d}", "neighbourhood": r["neighbourhood"], "question": r["question"],
                   "availability": r["availability"], "languages": r["languages"],
                   "relevant": rel, "note": r["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            if report:
                flag = ""
                if not any(g == 2 for g in rel.values()): flag += " NO-2"
                if not 2 <= len(rel) <= 6: flag += f" COUNT={len(rel)}"
                print(f"z-r{i:03d} {r['neighbourhood']} {r['availability'] or 'flex'} {r['languages']}{flag}")
                print("\n".join(lines))

if __name__ == "__main__":
    main(report="-v" in sys.argv)
