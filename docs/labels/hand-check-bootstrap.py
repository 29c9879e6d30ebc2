"""Page-clustered bootstrap for the hand check of label-sample2.

Reads docs/labels/hand-check.tsv. Lines from the same page are not independent
(one page's layout drives all its labels), so resample whole pages with
replacement, 20 000 draws, fixed seed, and take the 2.5/97.5 percentiles of:
  - error rate excluding unsure: wrong / (lines - unsure)
  - error rate counting unsure as wrong: (wrong + unsure) / lines
Also prints the Wilson 95 % interval for both, for comparison.
Usage: python3 label-bootstrap2.py [path/to/label-verdicts2.tsv]
"""
import csv
import math
import random
import sys
from collections import defaultdict

path = sys.argv[1] if len(sys.argv) > 1 else "docs/labels/hand-check.tsv"
pages = defaultdict(lambda: [0, 0, 0])  # (set, id) -> [lines, wrong, unsure]
with open(path, newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        p = pages[(row["set"], row["id"])]
        p[0] += 1
        p[1] += row["verdict"] == "wrong"
        p[2] += row["verdict"] == "unsure"
keys = sorted(pages)
tot = [sum(pages[k][i] for k in keys) for i in range(3)]


def wilson(k, n, z=1.959964):
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def pct(xs, q):
    xs = sorted(xs)
    i = q * (len(xs) - 1)
    lo, hi = math.floor(i), math.ceil(i)
    return xs[lo] + (xs[hi] - xs[lo]) * (i - lo)


rng = random.Random(20241204)
DRAWS = 20_000
excl, asw = [], []
for _ in range(DRAWS):
    n = w = u = 0
    for k in rng.choices(keys, k=len(keys)):
        a, b, c = pages[k]
        n += a
        w += b
        u += c
    excl.append(w / (n - u) if n > u else 0.0)
    asw.append((w + u) / n)

n, w, u = tot
print(f"pages {len(keys)}  lines {n}  wrong {w}  unsure {u}")
for name, k, m, xs in [
    ("excluding unsure", w, n - u, excl),
    ("unsure counted as wrong", w + u, n, asw),
]:
    lo, hi = wilson(k, m)
    print(
        f"{name}: {k}/{m} = {100 * k / m:.2f} %  "
        f"Wilson 95 % {100 * lo:.2f}-{100 * hi:.2f} %  "
        f"page bootstrap 95 % {100 * pct(xs, 0.025):.2f}-{100 * pct(xs, 0.975):.2f} % "
        f"({DRAWS} draws, seed 20241204)"
    )
