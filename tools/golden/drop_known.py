#!/usr/bin/env python3
"""drop_known.py NAME FIELD [ROOT]: remove one knownMisses entry without printing values."""
import sys, os, json
sys.path.insert(0, os.path.dirname(__file__)); from common import *
b, f = sys.argv[1], sys.argv[2]; r = root(sys.argv[3] if len(sys.argv) > 3 else None)
p = os.path.join(r, 'src/test/resources/golden', b + '.expected.json')
d = json.load(open(p, encoding='utf-8')); km = d.get('knownMisses', {})
if f in km:
    del km[f]
    if not km: d.pop('knownMisses')
    open(p, 'w', encoding='utf-8').write(json.dumps(d, ensure_ascii=False, indent=2) + '\n'); print('dropped', b, f)
else: print('not listed', b, f)
