#!/usr/bin/env python3
"""Derives the built-in NeetCode 150 / Blind 75 catalogue from the NeetCode list.

Usage: make-neetcode-catalogue.py SOURCE.json resources/catalogue/neetcode150.json
Keeps the NeetCode JSON format (so one reader serves both) with only the fields
the planner reads; the MIT notice travels in packaging/THIRD-PARTY-NOTICES.md.
"""
import json
import sys

KEEP = ("problem", "pattern", "link", "difficulty", "code", "neetcode150", "blind75")

source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8") as f:
    entries = json.load(f)
picked = [{k: e[k] for k in KEEP if k in e} for e in entries
          if e.get("neetcode150") or e.get("blind75")]
with open(target, "w", encoding="utf-8") as f:
    json.dump(picked, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"{len(picked)} problems written to {target}")
