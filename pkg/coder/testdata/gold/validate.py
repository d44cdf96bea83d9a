#!/usr/bin/env python3
"""Validate a gold file in the shared format (default: train.jsonl beside this script).

Checks: every line is a JSON object with exactly the expected fields; ids unique and
shaped <lang>-<pair>; every pair has an "en" and an "ar" rendering with identical events
and the same published date; roots are two-digit CAMEO roots 01-20; actor keys are ISO
3166-1 alpha-3 codes or one of the organisation keys, or "" (unresolved / no target).
It also prints coverage (required events per root, event-free reports, English length)
so a reader sees at a glance what the set teaches. Exit status 1 on any error.

Usage: python3 validate.py [file.jsonl ...]
"""
import collections
import datetime
import json
import os
import re
import sys

ORGS = {"MSF", "ICRC", "UN", "EU", "NATO", "AU", "ASEAN", "OSCE", "IMF", "WB", "ICC", "ICJ", "OPEC",
        "GCC", "ARL", "ECOWAS", "SADC", "OAS", "CSTO", "SCO", "IAEA", "WHO"}
FIELDS = {"id", "pair", "lang", "published", "text", "events"}
EVENT_FIELDS = {"source", "target", "roots", "required"}
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ARABIC = re.compile(r"[\u0600-\u06FF]")


def iso_codes():
    """ISO alpha-3 codes from Debian iso-codes; None if the package is absent."""
    if not os.path.exists(ISO_JSON):
        return None
    with open(ISO_JSON, encoding="utf-8") as fh:
        return {c["alpha_3"] for c in json.load(fh)["3166-1"]}


def check_file(path, iso):
    errs = []
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            where = f"{os.path.basename(path)}:{n}"
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                errs.append(f"{where}: not JSON: {e}")
                continue
            if not isinstance(d, dict) or set(d) != FIELDS:
                errs.append(f"{where}: fields {sorted(d) if isinstance(d, dict) else type(d)} != {sorted(FIELDS)}")
                continue
            rows.append((where, d))
            if d["lang"] not in ("en", "ar"):
                errs.append(f"{where}: lang {d['lang']!r}")
            if d["id"] != f"{d['lang']}-{d['pair']}":
                errs.append(f"{where}: id {d['id']!r} is not <lang>-<pair>")
            try:
                datetime.date.fromisoformat(d["published"])
            except (TypeError, ValueError):
                errs.append(f"{where}: published {d['published']!r} is not YYYY-MM-DD")
            text = d["text"]
            if not isinstance(text, str) or not text.strip():
                errs.append(f"{where}: empty text")
            elif (d["lang"] == "ar") != bool(ARABIC.search(text)):
                errs.append(f"{where}: script does not match lang {d['lang']}")
            elif d["lang"] == "en" and not 12 <= len(text.split()) <= 40:
                # The brief for this set: wire-copy sentences of 12-40 English words.
                errs.append(f"{where}: {len(text.split())} words, want 12-40")
            if not isinstance(d["events"], list):
                errs.append(f"{where}: events is not a list")
                continue
            for i, e in enumerate(d["events"]):
                ew = f"{where} event {i}"
                if not isinstance(e, dict) or set(e) != EVENT_FIELDS:
                    errs.append(f"{ew}: fields != {sorted(EVENT_FIELDS)}")
                    continue
                if not isinstance(e["required"], bool):
                    errs.append(f"{ew}: required is not a bool")
                for side in ("source", "target"):
                    keys = e[side]
                    if not isinstance(keys, list) or not keys:
                        errs.append(f"{ew}: {side} must be a non-empty list")
                        continue
                    if len(set(keys)) != len(keys):
                        errs.append(f"{ew}: {side} has duplicates {keys}")
                    for k in keys:
                        if k == "" or k in ORGS:
                            continue
                        if not re.fullmatch(r"[A-Z]{3}", k) or (iso is not None and k not in iso):
                            errs.append(f"{ew}: {side} key {k!r} is neither ISO alpha-3 nor an org key")
                roots = e["roots"]
                if not isinstance(roots, list) or not roots:
                    errs.append(f"{ew}: roots must be a non-empty list")
                    continue
                for r in roots:
                    if not (isinstance(r, str) and re.fullmatch(r"\d\d", r) and 1 <= int(r) <= 20):
                        errs.append(f"{ew}: root {r!r} not in 01-20")
                if len(set(roots)) != len(roots):
                    errs.append(f"{ew}: duplicate roots {roots}")
    return rows, errs


def check_pairs(rows):
    errs = []
    ids = collections.Counter(d["id"] for _, d in rows)
    errs += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
    texts = collections.Counter(d["text"] for _, d in rows)
    errs += [f"duplicate text {t[:60]!r}" for t, c in texts.items() if c > 1]
    by_pair = collections.defaultdict(dict)
    for _, d in rows:
        by_pair[d["pair"]][d["lang"]] = d
    for pair, langs in sorted(by_pair.items()):
        if set(langs) != {"en", "ar"}:
            errs.append(f"pair {pair}: languages {sorted(langs)}, want en and ar")
            continue
        en, ar = langs["en"], langs["ar"]
        if en["events"] != ar["events"]:
            errs.append(f"pair {pair}: events differ between en and ar")
        if en["published"] != ar["published"]:
            errs.append(f"pair {pair}: published differs between en and ar")
    return errs, by_pair


def coverage(rows, by_pair):
    roots = collections.Counter()
    for _, d in rows:
        if d["lang"] != "en":
            continue
        for e in d["events"]:
            if e["required"]:
                roots.update(set(e["roots"]))
    empty = sum(1 for p in by_pair.values() if "en" in p and not p["en"]["events"])
    words = [len(p["en"]["text"].split()) for p in by_pair.values() if "en" in p]
    print(f"reports: {len(by_pair)}, lines: {len(rows)}, event-free reports: {empty}")
    if words:
        print(f"English words per report: min {min(words)}, max {max(words)}")
    print("required events accepting each root: " +
          " ".join(f"{r:02d}:{roots.get(f'{r:02d}', 0)}" for r in range(1, 21)))
    return roots


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = argv[1:] or [os.path.join(here, "train.jsonl")]
    iso = iso_codes()
    if iso is None:
        print(f"warning: {ISO_JSON} missing; keys checked for shape only")
    bad = False
    for path in paths:
        rows, errs = check_file(path, iso)
        perrs, by_pair = check_pairs(rows)
        errs += perrs
        print(f"== {path}")
        coverage(rows, by_pair)
        for e in errs:
            print("ERROR", e)
        if errs:
            bad = True
        else:
            print("OK")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
