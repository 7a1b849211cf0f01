#!/usr/bin/env python3
"""grep_tuning.py REGEX [ROOT]: search tuning golden pages (realdata) and their expected files; skips held-out."""
import sys, os, re
sys.path.insert(0, os.path.dirname(__file__)); from common import *
rx = re.compile(sys.argv[1]); r = root(sys.argv[2] if len(sys.argv) > 2 else None)
skipped = 0
for n in names(r):
    b = base(n)
    if held(b): skipped += 1; continue
    for p in (os.path.join(r, 'src/test/resources/realdata', n), os.path.join(r, 'src/test/resources/golden', b + '.expected.json')):
        try: t = open(p, encoding='utf-8', errors='replace').read()
        except Exception: continue
        for m in rx.finditer(t):
            s = max(0, m.start()-60); print(f"{os.path.basename(p)}: ...{t[s:m.end()+60]!r}...")
print(f"(held-out pages skipped: {skipped})", file=sys.stderr)
