#!/usr/bin/env python3
"""dupcheck.py STRING [ROOT]: names tuning golden pages containing STRING; only counts held-out ones."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__)); from common import *
s = sys.argv[1]; r = root(sys.argv[2] if len(sys.argv) > 2 else None); h = 0
for n in names(r):
    b = base(n); p = os.path.join(r, 'src/test/resources/realdata', n)
    try: t = open(p, encoding='utf-8', errors='replace').read()
    except Exception: continue
    if s in t:
        if held(b): h += 1
        else: print('tuning:', n)
print('held-out pages containing it:', h)
