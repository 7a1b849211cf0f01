"""Shared by the golden-set scripts: the repository root, a golden file's base name, and the held-out test.

The split is HeldOutAccuracyTest.heldOut's: a page is held out when the CRC-32 of its base name is divisible by 3.
"""
import os
import re
import zlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))


def root(r=None):
    return r or ROOT


def base(name):
    """The base name GoldenNoticesTest.baseName gives: the file name without its kind's extension."""
    return re.sub(r'\.(html|json|jsp|php\.txt|block\.txt)$', '', os.path.basename(name))


def held(b):
    return zlib.crc32(b.encode('utf-8')) % 3 == 0


def names(r=None):
    """The golden set's files, in golden/names.txt order ('#' lines are comments)."""
    p = os.path.join(root(r), 'src/test/resources/golden/names.txt')
    return [l.strip() for l in open(p, encoding='utf-8') if l.strip() and not l.strip().startswith('#')]
