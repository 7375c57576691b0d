"""Translations: the clauses of a text and of its translation become one statement each.

Clauses of two blocks in different languages are aligned in order (a monotone alignment, so a
sentence missing on one side does not shift the rest), scored by shared actors, act, and what
both sentences mention that survives translation (numbers, names, the actors the lexicon finds
whatever their spelling: "Chile" and "Cile"); blocks need not be the same length.
"""

from __future__ import annotations

import re

from kg.extraction.context import Clause, Context

MIN_SCORE = 1.5


def signature(ctx: Context, clause: Clause) -> set[str]:
    """Numbers, capitalised names and the actors named in the clause's sentence."""
    sentence = ctx.document.text[clause.evidence[0]:clause.evidence[1]]
    words = set(re.findall(r"\d+|[A-Z][a-z]{3,}", sentence)) - {"The", "They", "This", "That"}
    return words | {p.value for p in ctx.phrases_between(*clause.evidence) if p.kind in ("actor", "demonym")}


def score(ctx: Context, a: Clause, b: Clause, signatures: dict[int, set[str]], position_gap: float) -> float:
    value = 0.0
    if set(a.actors) == set(b.actors):
        value += 2.0
    elif set(a.actors) & set(b.actors) or not (a.actors and b.actors) \
            or {ctx.represents(x) for x in a.actors} & {ctx.represents(x) for x in b.actors}:
        # some actors shared, one side's left unresolved ("Il ministro ha detto…"), or one side
        # names the person and the other the country they speak for ("Lavrov said…" / "Mosca…")
        value += 1.0
    if a.act == b.act:
        value += 1.0
    shared = signatures[id(a)] & signatures[id(b)]
    value += min(len(shared), 3) * 0.5
    return value - 3 * position_gap


def _relative_offsets(clauses: list[Clause], span: tuple[int, int]) -> list[float]:
    """Where each clause's verb stands within its block, from 0 to 1."""
    start, end = span
    return [(c.verb.start - start) / max(1, end - start) for c in clauses]


def align(ctx: Context, original: list[Clause], translation: list[Clause], original_span: tuple[int, int],
          translation_span: tuple[int, int]) -> list[tuple[Clause | None, Clause | None]]:
    """Pairs (original, translation) by dynamic programming; unmatched clauses stand alone."""
    n, m = len(original), len(translation)
    signatures = {id(c): signature(ctx, c) for c in original + translation}
    where_o = _relative_offsets(original, original_span)
    where_t = _relative_offsets(translation, translation_span)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[""] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            options = []
            if i and j:
                gap = abs(where_o[i - 1] - where_t[j - 1])
                pair = score(ctx, original[i - 1], translation[j - 1], signatures, gap)
                if pair >= MIN_SCORE:
                    options.append((best[i - 1][j - 1] + pair, "pair"))
            if i:
                options.append((best[i - 1][j], "skip-original"))
            if j:
                options.append((best[i][j - 1], "skip-translation"))
            best[i][j], move[i][j] = max(options, key=lambda o: o[0])
    pairs: list[tuple[Clause | None, Clause | None]] = []
    i, j = n, m
    while i or j:
        step = move[i][j]
        if step == "pair":
            pairs.append((original[i - 1], translation[j - 1]))
            i, j = i - 1, j - 1
        elif step == "skip-original":
            pairs.append((original[i - 1], None))
            i -= 1
        else:
            pairs.append((None, translation[j - 1]))
            j -= 1
    return list(reversed(pairs))
