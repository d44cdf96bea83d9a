#!/usr/bin/env python3
"""Usage: python3 validate.py news.jsonl

Validates a gold JSONL file: parse, unique ids, complete pairs, roots, actor keys, dates."""
import json, sys, datetime, re, collections
# Country keys are checked against Debian's iso-codes package (apt install iso-codes).
ISO_FILE = "/usr/share/iso-codes/json/iso_3166-1.json"
iso = {c["alpha_3"] for c in json.load(open(ISO_FILE))["3166-1"]}
ORGS = {"UN","EU","NATO","AU","ASEAN","CSTO","SCO","IAEA","IMF","ICC","ARL","GCC","ECOWAS"}
DAYS = ["monday","tuesday","wednesday","thursday","friday","saturday","sunday"]
errs = []; ids = set(); pairs = collections.defaultdict(dict); rootcount = collections.Counter(); optroot = collections.Counter()
keys = collections.Counter(); nwords = []
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    try: d = json.loads(line)
    except Exception as e: errs.append(f"line {n}: {e}"); continue
    if set(d) != {"id","pair","lang","published","text","events"}: errs.append(f"{n}: fields {sorted(d)}")
    if d["id"] in ids: errs.append(f"{n}: dup id {d['id']}")
    ids.add(d["id"])
    if d["id"] != f"{d['lang']}-{d['pair']}": errs.append(f"{n}: id/pair/lang mismatch")
    if d["lang"] in pairs[d["pair"]]: errs.append(f"{n}: pair {d['pair']} has two {d['lang']}")
    pairs[d["pair"]][d["lang"]] = d
    pub = datetime.date.fromisoformat(d["published"])
    if d["lang"] == "en":
        nwords.append(len(d["text"].split()))
        for m in re.finditer(r"\bon (%s)\b" % "|".join(DAYS), d["text"], re.I):
            wd = DAYS.index(m.group(1).lower()); back = (pub.weekday() - wd) % 7
            if back > 3: errs.append(f"{n}: '{m.group(0)}' is {back} days before {pub}")
    for ev in d["events"]:
        if set(ev) != {"source","target","roots","required"}: errs.append(f"{n}: event fields")
        for k in ev["source"] + ev["target"]:
            if k and k not in iso and k not in ORGS: errs.append(f"{n}: bad key {k!r}")
            if k: keys[k] += 1
        if "" in ev["source"] and len(ev["source"]) == 1: errs.append(f"{n}: source only unresolved")
        for r in ev["roots"]:
            if not re.fullmatch(r"(0[1-9]|1[0-9]|20)", r): errs.append(f"{n}: bad root {r}")
        if not ev["roots"] or not isinstance(ev["required"], bool): errs.append(f"{n}: roots/required")
        if d["lang"] == "en":
            (rootcount if ev["required"] else optroot).update(set(ev["roots"]))
for p, m in pairs.items():
    if set(m) != {"en","ar"}: errs.append(f"pair {p} incomplete: {sorted(m)}"); continue
    if m["en"]["events"] != m["ar"]["events"] or m["en"]["published"] != m["ar"]["published"]:
        errs.append(f"pair {p}: renderings disagree on events/date")
print("reports", len(pairs), "lines", len(ids), "no-event", sum(1 for m in pairs.values() if not m["en"]["events"]),
      "no-required", sum(1 for m in pairs.values() if not any(e["required"] for e in m["en"]["events"])))
print("words en min/max", min(nwords), max(nwords))
print("required-root coverage:", " ".join(f"{r}:{rootcount[r]}" for r in sorted(set(rootcount)|set(optroot)|{f'{i:02d}' for i in range(1,21)})))
print("keys:", len(keys), dict(keys.most_common()))
for r in [f"{i:02d}" for i in range(1,21)]:
    if rootcount[r] < 2: errs.append(f"root {r} appears as an accepted root of only {rootcount[r]} required events")
print("\n".join(errs) or "OK"); sys.exit(1 if errs else 0)
