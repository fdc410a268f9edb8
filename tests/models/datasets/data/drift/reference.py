#!/usr/bin/env python3
"""Reference values for tst_drift, computed independently of the C++ code.

Standard library only. Writes reference.json next to this file:
    python3 reference.py
Each case holds its inputs, so the test reads everything from the JSON.
"""
import json
import math
import os
import random


def ks_statistic(a, b):
    # Brute force: evaluate both empirical CDFs at every sample point.
    best = 0.0
    for x in sorted(set(a) | set(b)):
        fa = sum(1 for v in a if v <= x) / len(a)
        fb = sum(1 for v in b if v <= x) / len(b)
        best = max(best, abs(fa - fb))
    return best


def kolmogorov_q(lam):
    # Alternating series summed far past convergence; for small λ the
    # Jacobi-transformed series (exact identity), also summed long.
    if lam <= 0:
        return 1.0
    if lam < 1.0:
        s = sum(math.exp(-((2 * k - 1) ** 2) * math.pi ** 2 / (8 * lam * lam)) for k in range(1, 200))
        return min(1.0, max(0.0, 1 - math.sqrt(2 * math.pi) / lam * s))
    return min(1.0, max(0.0, 2 * sum((-1) ** (j - 1) * math.exp(-2 * j * j * lam * lam) for j in range(1, 200))))


def ks_pvalue(d, n, m):
    en = math.sqrt(n * m / (n + m))
    return kolmogorov_q((en + 0.12 + 0.11 / en) * d)


def gamma_q(a, x):
    # Q(a, x) by numerical integration of the incomplete gamma integral
    # (Simpson, substitution t = x + u / (1 - u)), independent of series/CF forms.
    if x <= 0:
        return 1.0
    def f(u):
        if u >= 1:
            return 0.0
        t = x + u / (1 - u)
        return math.exp((a - 1) * math.log(t) - t - math.lgamma(a)) / (1 - u) ** 2
    n = 200000
    h = 1.0 / n
    s = f(0) + f(1)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(i * h)
    return s * h / 3


def chi2_homogeneity(a, b):
    na, nb = sum(a), sum(b)
    stat, k = 0.0, 0
    for x, y in zip(a, b):
        t = x + y
        if t == 0:
            continue
        k += 1
        ea, eb = na * t / (na + nb), nb * t / (na + nb)
        stat += (x - ea) ** 2 / ea + (y - eb) ** 2 / eb
    dof = k - 1
    return stat, dof, gamma_q(dof / 2, stat / 2)


def wasserstein(a, b):
    # Integral of |Fa - Fb| with CDFs evaluated by counting.
    xs = sorted(set(a) | set(b))
    area = 0.0
    for lo, hi in zip(xs, xs[1:]):
        fa = sum(1 for v in a if v <= lo) / len(a)
        fb = sum(1 for v in b if v <= lo) / len(b)
        area += abs(fa - fb) * (hi - lo)
    return area


def js_distance(p, q):
    sp, sq = sum(p), sum(q)
    p = [x / sp for x in p]
    q = [x / sq for x in q]
    m = [(x + y) / 2 for x, y in zip(p, q)]
    kl = lambda u, v: sum(x * math.log(x / y) for x, y in zip(u, v) if x > 0)
    return math.sqrt((kl(p, m) + kl(q, m)) / 2)


def psi(r, c, eps=1e-4):
    sr, sc = sum(r), sum(c)
    out = 0.0
    for x, y in zip(r, c):
        x = x / sr if x > 0 else eps
        y = y / sc if y > 0 else eps
        out += (y - x) * math.log(y / x)
    return out


def quantile(sorted_values, q):
    pos = q * (len(sorted_values) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (pos - lo) * (sorted_values[hi] - sorted_values[lo])


def psi_numeric(ref, cur, bins=10):
    s = sorted(ref)
    edges = []
    for i in range(1, bins):
        e = quantile(s, i / bins)
        if not edges or e > edges[-1]:
            edges.append(e)
    def hist(values):
        counts = [0] * (len(edges) + 1)
        for v in values:
            counts[sum(1 for e in edges if v >= e)] += 1
        return counts
    return psi(hist(ref), hist(cur))


def main():
    rng = random.Random(20240601)
    samples = {
        "normal_small": ([round(rng.gauss(0, 1), 6) for _ in range(200)],
                         [round(rng.gauss(0.3, 1), 6) for _ in range(150)]),
        "normal_shifted": ([round(rng.gauss(0, 1), 6) for _ in range(300)],
                           [round(rng.gauss(1, 1), 6) for _ in range(300)]),
        "uniform_same": ([round(rng.random(), 6) for _ in range(400)],
                         [round(rng.random(), 6) for _ in range(400)]),
        "tiny_hand": ([1, 2, 3], [4, 5, 6]),
        "ties": ([1, 1, 2, 2, 3, 3, 3], [1, 2, 2, 3, 4, 4]),
    }
    numeric = []
    for name, (a, b) in samples.items():
        d = ks_statistic(a, b)
        numeric.append({
            "name": name, "a": a, "b": b,
            "ks": d, "ks_p": ks_pvalue(d, len(a), len(b)),
            "wasserstein": wasserstein(a, b),
            "psi": psi_numeric(a, b),
        })
    counts = [
        {"name": "dice", "a": [10, 12, 9, 11, 8, 10], "b": [5, 15, 9, 20, 3, 8]},
        {"name": "close", "a": [50, 30, 20], "b": [48, 33, 19]},
        {"name": "new_category", "a": [40, 60, 0], "b": [30, 50, 20]},
    ]
    for c in counts:
        stat, dof, p = chi2_homogeneity(c["a"], c["b"])
        c.update(chi2=stat, dof=dof, chi2_p=p, js=js_distance(c["a"], c["b"]), psi=psi(c["a"], c["b"]))
    gamma = [{"a": a, "x": x, "q": gamma_q(a, x)}
             for a, x in [(0.5, 0.3), (1.5, 2.0), (3.0, 7.5), (10.0, 4.0), (2.5, 12.0)]]
    kolmogorov = [{"lambda": l, "q": kolmogorov_q(l)} for l in [0.3, 0.6, 0.9, 1.1, 1.3, 2.0]]
    out = {"numeric": numeric, "counts": counts, "gamma_q": gamma, "kolmogorov": kolmogorov}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
