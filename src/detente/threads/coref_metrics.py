"""Coreference scores: MUC, B-cubed, CEAF-e and their average (CoNLL F1), as in the CoNLL-2012 scorer.

Clusters are sets of hashable mention keys. Key (gold) and response (predicted) clusters may cover
different mentions; a mention missing from one side counts as a singleton there for MUC's
partitions and as absent for B-cubed and CEAF-e, as the reference scorer does.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

Cluster = frozenset


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _as_clusters(clusters: Iterable[Iterable[Hashable]]) -> list[Cluster]:
    return [Cluster(c) for c in clusters if c]


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float, float]:
    """(recall, precision, F1) by links (Vilain et al. 1995)."""
    def score(a: Sequence[Cluster], b: Sequence[Cluster]) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("alone", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0
    r, p = score(key, response), score(response, key)
    return r, p, _f1(p, r)


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float, float]:
    """(recall, precision, F1) averaged over mentions (Bagga & Baldwin 1998)."""
    def score(a: Sequence[Cluster], b: Sequence[Cluster]) -> float:
        where = {m: c for c in b for m in c}
        total = sum(len(c) for c in a)
        if not total:
            return 0.0
        return sum(len(c & where[m]) / len(c) for c in a for m in c if m in where) / total
    r, p = score(key, response), score(response, key)
    return r, p, _f1(p, r)


def _assignment(weights: list[list[float]]) -> float:
    """Maximum total weight of a one-to-one assignment (rows to columns), Hungarian algorithm."""
    n, m = len(weights), len(weights[0]) if weights else 0
    if not n or not m:
        return 0.0
    transpose = n > m
    if transpose:
        weights = [list(col) for col in zip(*weights)]
        n, m = m, n
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            row = weights[i0 - 1]
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if not j0:
                break
    return sum(weights[p[j] - 1][j - 1] for j in range(1, m + 1) if p[j])


def _components(key: Sequence[Cluster], response: Sequence[Cluster]) -> list[tuple[list[int], list[int]]]:
    """Groups of key and response clusters connected by shared mentions (the assignment splits on them)."""
    owner: dict[Hashable, int] = {}
    parent = list(range(len(key) + len(response)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, c in enumerate(key):
        for m in c:
            owner[m] = i
    for j, c in enumerate(response):
        for m in c:
            if m in owner:
                parent[find(len(key) + j)] = find(owner[m])
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(len(key)):
        groups.setdefault(find(i), ([], []))[0].append(i)
    for j in range(len(response)):
        groups.setdefault(find(len(key) + j), ([], []))[1].append(j)
    return list(groups.values())


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float, float]:
    """(recall, precision, F1), entity-based CEAF with phi4 similarity (Luo 2005)."""
    total = 0.0
    for ks, rs in _components(key, response):
        if ks and rs:
            total += _assignment([[2 * len(key[i] & response[j]) / (len(key[i]) + len(response[j]))
                                   for j in rs] for i in ks])
    r = total / len(key) if key else 0.0
    p = total / len(response) if response else 0.0
    return r, p, _f1(p, r)


def conll(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]) -> dict[str, float]:
    """All three metrics (recall, precision, F1 each) and CoNLL F1, their F1 average."""
    k, r = _as_clusters(key), _as_clusters(response)
    out = {}
    for name, metric in (("muc", muc), ("b3", b_cubed), ("ceafe", ceaf_e)):
        rec, prec, f1 = metric(k, r)
        out[f"{name}_recall"], out[f"{name}_precision"], out[f"{name}_f1"] = rec, prec, f1
    out["conll_f1"] = (out["muc_f1"] + out["b3_f1"] + out["ceafe_f1"]) / 3
    return out
