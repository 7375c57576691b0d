"""The extractor against hand-checked gold records: precision, recall and F1 per field.

Extracted and gold statements of a document are paired by the overlap of their evidence spans
(and, between statements of one sentence, by actors and act). Statement P/R/F1 count the pairs;
the other fields are scored on the pairs: accuracy of act, actor set, stance and target set,
F1 of topics, and how many two-language gold statements came out as one two-language record.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.records import StatementRecord, read_records_file

MIN_OVERLAP = 0.3


@dataclass
class Scores:
    """Counts behind the figures, summed over documents."""

    gold: int = 0
    extracted: int = 0
    matched: int = 0
    # of the matched statements: right act, actors, stance, targets; topics found, wanted and
    # right; bilingual statements, and those merged
    counts: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[str, StatementRecord]] = field(default_factory=list)
    extra: list[tuple[str, StatementRecord]] = field(default_factory=list)
    wrong: list[tuple[str, str, StatementRecord, StatementRecord]] = field(default_factory=list)

    @staticmethod
    def ratio(part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @property
    def precision(self) -> float:
        return self.ratio(self.matched, self.extracted)

    @property
    def recall(self) -> float:
        return self.ratio(self.matched, self.gold)

    @staticmethod
    def f1(precision: float, recall: float) -> float:
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def figures(self) -> dict[str, float]:
        topic_p = self.ratio(self.counts["topics_right"], self.counts["topics_found"])
        topic_r = self.ratio(self.counts["topics_right"], self.counts["topics_gold"])
        return {
            "statement precision": self.precision,
            "statement recall": self.recall,
            "statement F1": self.f1(self.precision, self.recall),
            "act accuracy": self.ratio(self.counts["act"], self.matched),
            "actor accuracy": self.ratio(self.counts["actors"], self.matched),
            "stance accuracy": self.ratio(self.counts["stance"], self.matched),
            "target accuracy": self.ratio(self.counts["targets"], self.matched),
            "topic F1": self.f1(topic_p, topic_r),
            "bilingual merging": self.ratio(self.counts["bilingual_right"], self.counts["bilingual_gold"]),
        }


def _overlap(a: StatementRecord, b: StatementRecord) -> float:
    """The best Jaccard overlap of two statements' evidence spans."""
    best = 0.0
    for x in a.evidence:
        for y in b.evidence:
            inter = min(x.end, y.end) - max(x.start, y.start)
            if inter > 0:
                best = max(best, inter / (max(x.end, y.end) - min(x.start, y.start)))
    return best


def _names(refs) -> set[str]:
    return {r.name for r in refs}


def pair(extracted: list[StatementRecord], gold: list[StatementRecord]) -> list[tuple[StatementRecord, StatementRecord]]:
    """Greedy one-to-one pairing, best evidence overlap first (actors and act break ties)."""
    candidates = []
    for i, e in enumerate(extracted):
        for j, g in enumerate(gold):
            overlap = _overlap(e, g)
            if overlap >= MIN_OVERLAP:
                bonus = 0.5 * (_names(e.actors) == _names(g.actors)) + 0.5 * (e.act == g.act) \
                    + 0.25 * (e.verb.get(e.evidence[0].lang, "").lower() in g.verb.get(e.evidence[0].lang, "").lower())
                candidates.append((overlap + bonus, i, j))
    pairs, used_e, used_g = [], set(), set()
    for _, i, j in sorted(candidates, reverse=True):
        if i not in used_e and j not in used_g:
            used_e.add(i)
            used_g.add(j)
            pairs.append((extracted[i], gold[j]))
    return pairs


def score_document(doc: str, extracted: list[StatementRecord], gold: list[StatementRecord], scores: Scores) -> None:
    """Add one document's comparison to `scores`."""
    pairs = pair(extracted, gold)
    scores.gold += len(gold)
    scores.extracted += len(extracted)
    scores.matched += len(pairs)
    for e, g in pairs:
        checks = {"act": e.act == g.act, "actors": _names(e.actors) == _names(g.actors),
                  "stance": e.stance == g.stance, "targets": _names(e.targets) == _names(g.targets)}
        for name, right in checks.items():
            scores.counts[name] += right
            if not right:
                scores.wrong.append((doc, name, e, g))
        found, wanted = set(e.topics), set(g.topics)
        scores.counts["topics_found"] += len(found)
        scores.counts["topics_gold"] += len(wanted)
        scores.counts["topics_right"] += len(found & wanted)
        if found != wanted:
            scores.wrong.append((doc, "topics", e, g))
        if len(g.languages) > 1:
            scores.counts["bilingual_gold"] += 1
            merged = set(e.languages) == set(g.languages)
            scores.counts["bilingual_right"] += merged
            if not merged:
                scores.wrong.append((doc, "languages", e, g))
    paired_e = {id(e) for e, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    scores.missed += [(doc, g) for g in gold if id(g) not in paired_g]
    scores.extra += [(doc, e) for e in extracted if id(e) not in paired_e]


def gold_documents(directory: Path) -> Iterable[tuple[Path, Path]]:
    """(text, gold) file pairs of a corpus folder."""
    for gold in sorted(directory.rglob("*.gold.jsonl")):
        text = gold.with_name(gold.name[: -len(".gold.jsonl")] + ".txt")
        if text.is_file():
            yield text, gold


def evaluate(directory: Path, extract_file: Callable[[Path], list[StatementRecord]]) -> Scores:
    """Extract every text of a gold folder and compare it with its gold records."""
    scores = Scores()
    for text, gold in gold_documents(directory):
        wanted = [record for _, record in read_records_file(gold)]
        score_document(text.name, extract_file(text), wanted, scores)
    return scores
