"""Sanity checks for the Zwolle blind set."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
areas = json.load(open(os.path.join(D, "areas.json"), encoding="utf-8"))
vols = [json.loads(l) for l in open(os.path.join(D, "volunteers.jsonl"), encoding="utf-8")]
reqs = [json.loads(l) for l in open(os.path.join(D, "requests.jsonl"), encoding="utf-8")]
err = []
names = {a["name"] for a in areas}
if len(names) != len(areas): err.append("duplicate area names")
for a in areas:
    if a["wijk"] not in names: err.append(f"wijk {a['wijk']} not an area")
    else:
        w = next(x for x in areas if x["name"] == a["wijk"])
        if w["wijk"] != w["name"]: err.append(f"wijk {a['wijk']} is not itself a wijk")
DP = re.compile(r"^(ma|di|wo|do|vr|za|zo)-(ochtend|middag|avond)$")
keys = [v["key"] for v in vols] + [r["key"] for r in reqs]
if len(keys) != len(set(keys)): err.append("duplicate keys")
V = {v["key"]: v for v in vols}
VF = ["key", "name", "neighbourhood", "buurthuis", "passions", "talents", "about", "availability", "languages", "maxMatches", "active"]
RF = ["key", "neighbourhood", "question", "availability", "languages", "relevant", "note"]
for v in vols:
    if list(v) != VF: err.append(f"{v['key']} fields {list(v)}")
    if not re.match(r"^z-v\d{3}$", v["key"]): err.append(f"bad key {v['key']}")
    if v["neighbourhood"] not in names: err.append(f"{v['key']} area {v['neighbourhood']}")
    for d in v["availability"]:
        if not DP.match(d): err.append(f"{v['key']} day-part {d}")
    if not v["languages"]: err.append(f"{v['key']} no languages")
n_labels = 0
for r in reqs:
    if list(r) != RF: err.append(f"{r['key']} fields {list(r)}")
    if not re.match(r"^z-r\d{3}$", r["key"]): err.append(f"bad key {r['key']}")
    if r["neighbourhood"] not in names: err.append(f"{r['key']} area {r['neighbourhood']}")
    for d in r["availability"]:
        if not DP.match(d): err.append(f"{r['key']} day-part {d}")
    rel = r["relevant"]
    n_labels += len(rel)
    if not 2 <= len(rel) <= 6: err.append(f"{r['key']} has {len(rel)} labels")
    if 2 not in rel.values(): err.append(f"{r['key']} has no grade 2")
    for k, g in rel.items():
        if k not in V: err.append(f"{r['key']} unknown volunteer {k}"); continue
        if g not in (1, 2): err.append(f"{r['key']} bad grade {g}")
        if not V[k]["active"]: err.append(f"{r['key']} labels inactive {k}")
        if not set(V[k]["languages"]) & set(r["languages"]): err.append(f"{r['key']} no shared language with {k}")
remote = [v for v in vols if any(t in ("telefonisch", "online") for t in v["talents"])]
print(f"areas {len(areas)}, volunteers {len(vols)}, inactive {sum(not v['active'] for v in vols)}, "
      f"remote {len(remote)}, requests {len(reqs)}, non-nl requests {sum('nl' not in r['languages'] for r in reqs)}, "
      f"labels {n_labels} (grade 2: {sum(g == 2 for r in reqs for g in r['relevant'].values())})")
print("\n".join(err) if err else "OK")
sys.exit(1 if err else 0)
