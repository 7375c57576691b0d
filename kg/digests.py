"""Statement digests: one JSON literal per document listing what the views of actors × topics
and of pairs (agreement, disagreement) need of each statement (its actors, topics, stance,
act, day, targets).

A view that joins five triple patterns per statement grows with the store (at 1M statements
actor-topic took 175 s, agreement 362 s; the pair queries grow with the square of the
statements of a topic); reading one literal per document and counting in Python joins
nothing, and pairs are found for all actors of a topic at once (`agreements`). A digest is written into its document's graph with the
document (`kg.rdf.document_triples`), so it is replaced and removed with it and a crash never
leaves it out of step; RDF imported from elsewhere gets one when it is loaded
(`add_digests`). Views use the digests only when every stored document has one, else the
packaged SPARQL queries (see `read_digests`).
"""

from __future__ import annotations

import gc
import json
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from rdflib import DCTERMS, RDF, Graph, Literal

from kg.namespaces import ACT, ACTOR, KG, STATEMENT, TOPIC

if TYPE_CHECKING:
    from kg.store import GraphStore

STANCES = {str(KG.support): "support", str(KG.oppose): "oppose", str(KG.neutral): "neutral"}
# digests write the IRIs of these namespaces as prefixed names ("actor:sergey-lavrov"): half the
# size, and the views read every digest of the store
SHORT = {"act": str(ACT), "actor": str(ACTOR), "topic": str(TOPIC), "statement": str(STATEMENT)}
CRITICAL_ACTS = {f"act:{name}" for name in ("criticize", "reject", "warn")}  # as the relation queries say


def shorten(iri: str) -> str:
    """An IRI as digests write it: a prefixed name of `SHORT`, else whole."""
    for prefix, namespace in SHORT.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def expand(name: str) -> str:
    """The IRI of a name `shorten` wrote."""
    prefix, _, local = name.partition(":")
    return SHORT[prefix] + local if prefix in SHORT else name


class Digested(NamedTuple):
    """One statement as its document's digest lists it: IRIs as `shorten` writes them (sorted,
    each once), the day as an ordinal."""

    statement: str
    actors: list[str]
    topics: list[str]
    stance: str  # support, oppose or neutral
    act: str
    day: int
    targets: list[str]


def digest_entry(statement: str, actors: Iterable[str], topics: Iterable[str], stance: str, act: str, day: int,
                 targets: Iterable[str]) -> list[object]:
    """A statement's entry in its document's digest (the fields of `Digested`, in order; IRIs
    sorted, so that RDF from elsewhere gets the very same digest, see `add_digests`)."""
    def names(iris: Iterable[str]) -> list[str]:
        return sorted({shorten(iri) for iri in iris})

    return [shorten(statement), names(actors), names(topics), stance, shorten(act), day, names(targets)]


def digest_text(entries: list[list[object]]) -> str:
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"))


def add_digests(graph: Graph) -> None:
    """Write (or rewrite) the digest of each document in `graph` from its statements' triples
    (for RDF that was not mapped by kg: imports, older exports)."""
    for document in set(graph.subjects(RDF.type, KG.Document)):
        entries = []
        for statement in sorted(graph.subjects(KG.document, document)):
            when = graph.value(statement, DCTERMS.date)
            stance = STANCES.get(str(graph.value(statement, KG.stance)))
            if when is None or stance is None:
                continue
            entries.append(digest_entry(
                str(statement), map(str, graph.objects(statement, KG.actor)), map(str, graph.objects(statement, KG.topic)),
                stance, str(graph.value(statement, KG.act)), date.fromisoformat(str(when)[:10]).toordinal(),
                map(str, graph.objects(statement, KG.target))))
        graph.set((document, KG.statementDigest, Literal(digest_text(entries), datatype=RDF.JSON)))


def read_digests(store: GraphStore, document: str | None = None) -> list[Digested] | None:
    """The digested statements of every stored document (or of the one with this id), or None
    when some document has no digest (a store built before digests: `kg build` rebuilds it)."""
    restrict = f"; dcterms:identifier {json.dumps(document)}" if document else ""
    _, rows = store.select(f"SELECT ?digest WHERE {{ ?doc kg:statementDigest ?digest {restrict} }}")
    _, documents = store.select(f"SELECT (COUNT(?doc) AS ?documents) WHERE {{ ?doc a kg:Document {restrict} }}")
    if documents[0][0] != len(rows):
        return None
    with paused_collection():
        return [Digested(*entry) for (text,) in rows for entry in json.loads(text)]


@contextmanager
def paused_collection() -> Iterator[None]:
    """Python's cyclic garbage collector paused: it would scan the million objects a view of a
    large store makes again and again while they are made (reading 1M statements: 4.2 s with it,
    0.9 s without); they hold no cycles, and reference counting still frees them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@paused_collection()
def actor_topic_counts(statements: Iterable[Digested]) -> dict[tuple[str, str], dict[str, int]]:
    """(actor, topic) → statements and their stances counted, as the `actor-topic` query counts them."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(
        lambda: {"statements": 0, "support": 0, "oppose": 0, "neutral": 0})
    for statement in statements:
        for actor in statement.actors:
            for topic in statement.topics:
                count = counts[(actor, topic)]
                count["statements"] += 1
                count[statement.stance] += 1
    return counts


@dataclass
class Pair:
    """What links two actors in a relation: the statements that count whole (made together, for
    agreement; opposing ones of one that target the other, for disagreement), the topics on
    which their stances meet (the same stance, or opposite ones), every topic of the two, and a
    statement of the pair for its evidence (the first of those statements by IRI, else a
    statement of the first actor on the first of those topics)."""

    statements: set[str] = field(default_factory=set)
    stance_topics: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    example: str | None = None


Groups = set[tuple[tuple[str, ...], int]]  # the (actors, day) of an actor's statements in a bucket


def _lifter(acts_for: Mapping[str, object], level: str):
    """The sorted distinct names a statement's actors or targets stand for at this level (a
    digest's lists are sorted already)."""
    if level == "country":
        lifted = {shorten(iri): shorten(str(country)) for iri, country in acts_for.items()}
        return lambda names: tuple(sorted({lifted.get(name, name) for name in names}))
    return tuple


@paused_collection()
def agreements(statements: Iterable[Digested], acts_for: Mapping[str, object], level: str = "actor",
               window: int = 365) -> dict[tuple[str, str], Pair]:
    """The pairs of actors (in IRI order) that agree, by the definition of the `agreements` query
    with a window of `window` days: a statement of both, or the same non-neutral stance on a
    topic toward the same targets in separate statements within the window while neither
    opposes, criticises, rejects or warns the other on that topic within it. At the country
    level actors and targets are lifted to what they act for (`acts_for`).

    Statements are grouped into buckets of one topic, stance and targets; within a bucket the
    pairs near in time are found for all actors at once (`_near_in_time`), and only the pairs
    with a criticism on the topic or a statement made together are checked one by one."""
    lift = _lifter(acts_for, level)
    pairs: dict[tuple[str, str], Pair] = defaultdict(Pair)
    buckets: dict[tuple[str, str, tuple[str, ...]], dict[str, Groups]] = defaultdict(lambda: defaultdict(set))
    # topic → critic or criticised → the other → the days of criticism between the two
    critics: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(lambda: defaultdict(dict))
    first: dict[tuple[str, str], str] = {}  # (actor, topic) → a statement of a stance, the first read
    for statement in statements:
        actors, targets = lift(statement.actors), lift(statement.targets)
        for two in combinations(actors, 2):
            _count(pairs[two], statement)
        if statement.stance != "neutral":
            group = (actors, statement.day)
            for topic in statement.topics:
                bucket = buckets[(topic, statement.stance, targets)]
                for actor in actors:
                    bucket[actor].add(group)
                    first.setdefault((actor, topic), statement.statement)
        if targets and (statement.stance == "oppose" or statement.act in CRITICAL_ACTS):
            for topic in statement.topics:
                between = critics[topic]
                for actor in actors:
                    for target in targets:
                        days = between[actor].setdefault(target, [])
                        between[target][actor] = days
                        days.append(statement.day)
    names = sorted({actor for bucket in buckets.values() for actor in bucket})
    number = {actor: i for i, actor in enumerate(names)}
    found = [_agreeing_in(bucket, [number[a] for a in sorted(bucket)], critics.get(topic, {}), window, names)
             for (topic, _, _), bucket in buckets.items()]
    _add_stance_topics(pairs, found, [topic for topic, _, _ in buckets], names, first)
    return pairs


@paused_collection()
def disagreements(statements: Iterable[Digested], acts_for: Mapping[str, object], level: str = "actor",
                  window: int = 365) -> dict[tuple[str, str], Pair]:
    """The pairs of actors (in IRI order) that disagree, by the definition of the `disagreements`
    query with a window of `window` days: opposite stances (support and oppose) on a topic toward
    the same targets within the window, or an opposing statement (oppose, or criticise, reject,
    warn) of one that targets the other. At the country level actors and targets are lifted to
    what they act for (`acts_for`)."""
    lift = _lifter(acts_for, level)
    pairs: dict[tuple[str, str], Pair] = defaultdict(Pair)
    buckets: dict[tuple[str, tuple[str, ...]], tuple[dict[str, set[int]], dict[str, set[int]]]] = defaultdict(
        lambda: (defaultdict(set), defaultdict(set)))  # (topic, targets) → the days of each actor's support, oppose
    first: dict[tuple[str, str], str] = {}
    for statement in statements:
        actors, targets = lift(statement.actors), lift(statement.targets)
        if statement.stance != "neutral":
            for topic in statement.topics:
                side = buckets[(topic, targets)][statement.stance == "oppose"]
                for actor in actors:
                    side[actor].add(statement.day)
                    first.setdefault((actor, topic), statement.statement)
        if targets and (statement.stance == "oppose" or statement.act in CRITICAL_ACTS):
            for actor in actors:
                for target in targets:
                    if actor != target:
                        _count(pairs[(min(actor, target), max(actor, target))], statement)
    names = sorted({actor for support, oppose in buckets.values() for actor in (*support, *oppose)})
    number = {actor: i for i, actor in enumerate(names)}
    found = [_opposing_in(support, oppose, number, window) for support, oppose in buckets.values()]
    _add_stance_topics(pairs, found, [topic for topic, _ in buckets], names, first)
    return pairs


def _count(pair: Pair, statement: Digested) -> None:
    """A statement that counts whole for the pair."""
    pair.statements.add(statement.statement)
    pair.topics.update(statement.topics)
    if pair.example is None or statement.statement < pair.example:
        pair.example = statement.statement


def _add_stance_topics(pairs: dict[tuple[str, str], Pair], found: list[np.ndarray], topics: list[str],
                       names: list[str], first: Mapping[tuple[str, str], str]) -> None:
    """Add to the pairs the topics of the buckets in which they were found (`found`: for each
    bucket, an array of (i, j) actor numbers, i < j)."""
    for (i, j), buckets in _by_pair(found):
        a, b = names[i], names[j]
        pair = pairs[(a, b)]
        met = {topics[n] for n in buckets}
        pair.stance_topics |= met
        pair.topics |= met
        if pair.example is None:
            pair.example = first[(a, min(met))]


def _by_pair(found: list[np.ndarray]) -> Iterable[tuple[tuple[int, int], np.ndarray]]:
    """(i, j) → the numbers of the buckets in which actors i and j agree, from each bucket's
    array of agreeing (i, j)."""
    rows = [np.column_stack((pairs, np.full(len(pairs), n))) for n, pairs in enumerate(found) if len(pairs)]
    if not rows:
        return
    every = np.concatenate(rows)
    every = every[np.lexsort((every[:, 2], every[:, 1], every[:, 0]))]
    starts = np.flatnonzero(np.any(every[1:, :2] != every[:-1, :2], axis=1)) + 1
    for chunk in np.split(every, starts):
        yield (int(chunk[0, 0]), int(chunk[0, 1])), chunk[:, 2]


def _agreeing_in(bucket: dict[str, Groups], numbers: list[int], critics: Mapping[str, Mapping[str, list[int]]],
                 window: int, names: list[str]) -> np.ndarray:
    """The pairs (i, j), i < j, of actors (by number) of one bucket (topic, stance, targets) with
    separate statements within the window that no criticism between them on the topic cancels.

    The pairs near in time come from one matrix product for the whole bucket (`_near_in_time`);
    they agree unless the two made a statement of the bucket together or one criticised the
    other on its topic: those few are checked on their days (`_apart`, `_free`, `_near`)."""
    actors = [names[n] for n in numbers]
    if len(actors) < 2:
        return np.empty((0, 2), dtype=np.int64)
    days = [sorted({day for _, day in bucket[actor]}) for actor in actors]
    near = np.triu(_near_in_time(days, days, window), 1)
    position = {actor: i for i, actor in enumerate(actors)}
    together = {pair for actor in actors for members, _ in bucket[actor] if len(members) > 1
                for pair in combinations(members, 2)}
    criticised = set()
    for i, a in enumerate(actors):  # through the fewer of its critics and the bucket's actors after it
        partners = critics.get(a, {})
        if len(partners) < len(actors) - i:
            criticised.update((a, b) for b in partners if a < b and b in position)
        else:
            criticised.update((a, b) for b in actors[i + 1:] if b in partners)
    alone: dict[str, tuple[set[int], list[tuple[tuple[str, ...], int]]]] = {}  # actor → days alone, with others
    for a, b in together.union(criticised):
        i, j = position[a], position[b]
        if near[i, j]:
            days_a, days_b = days[i], days[j]
            if (a, b) in together:  # only the statements of each without the other
                for actor in (a, b):
                    if actor not in alone:
                        alone[actor] = ({day for members, day in bucket[actor] if len(members) == 1},
                                        [(members, day) for members, day in bucket[actor] if len(members) > 1])
                days_a, days_b = _apart(days_a, *alone[a], b), _apart(days_b, *alone[b], a)
            against = sorted(critics.get(a, {}).get(b, ()))
            near[i, j] = _near(_free(days_a, against, window), _free(days_b, against, window), window)
    local = np.argwhere(near)
    return np.asarray(numbers)[local] if len(local) else np.empty((0, 2), dtype=np.int64)


def _opposing_in(support: dict[str, set[int]], oppose: dict[str, set[int]], number: Mapping[str, int],
                 window: int) -> np.ndarray:
    """The pairs (i, j), i < j, of actors (by number) of one bucket (topic, targets) of which one
    supported and the other opposed within the window."""
    if not support or not oppose:
        return np.empty((0, 2), dtype=np.int64)
    near = _near_in_time([sorted(days) for days in support.values()], [sorted(days) for days in oppose.values()],
                         window)
    rows, columns = np.nonzero(near)
    i = np.asarray([number[a] for a in support])[rows]
    j = np.asarray([number[b] for b in oppose])[columns]
    different = i != j
    return np.column_stack((np.minimum(i, j)[different], np.maximum(i, j)[different]))


def _near_in_time(rows: list[list[int]], columns: list[list[int]], window: int) -> np.ndarray:
    """rows × columns: whether actor i has a day within `window` days of a day of actor j (on
    the bucket's own days, so that a sparse bucket costs little however long its span)."""
    calendar = np.unique(np.fromiter((d for own in (*rows, *columns) for d in own), dtype=np.int64))

    def on_calendar(days: list[list[int]]) -> np.ndarray:
        own = np.zeros((len(days), len(calendar)), dtype=np.float32)
        lengths = [len(own_days) for own_days in days]
        own[np.repeat(np.arange(len(days)), lengths),
            np.searchsorted(calendar, np.fromiter((d for own_days in days for d in own_days), dtype=np.int64,
                                                  count=sum(lengths)))] = 1
        return own

    own_rows = on_calendar(rows)
    before = np.zeros((len(rows), len(calendar) + 1), dtype=np.float32)
    np.cumsum(own_rows, axis=1, out=before[:, 1:])  # before[:, k]: statements on the bucket's days before the k-th
    since = np.searchsorted(calendar, calendar - window, side="left")
    until = np.searchsorted(calendar, calendar + window, side="right")
    widened = (before[:, until] - before[:, since]) > 0
    return (widened.astype(np.float32) @ (own_rows if columns is rows else on_calendar(columns)).T) > 0


def _apart(days: list[int], solo: set[int], shared: list[tuple[tuple[str, ...], int]], other: str) -> list[int]:
    """The sorted days of an actor's statements without `other` among their actors (`solo`: the
    days of its statements alone, `shared`: its statements with others)."""
    away = {day for members, day in shared if other in members} - solo
    away -= {day for members, day in shared if other not in members}
    return [day for day in days if day not in away] if away else days


def _free(days: list[int], against: list[int], window: int) -> list[int]:
    """The sorted days not within `window` days of a day in `against` (sorted)."""
    for day in against:
        start, end = bisect_left(days, day - window), bisect_right(days, day + window)
        if start < end:
            days = days[:start] + days[end:]
    return days


def _near(days_a: list[int], days_b: list[int], window: int) -> bool:
    """Whether two sorted lists of days have one each within `window` days of each other."""
    i = j = 0
    while i < len(days_a) and j < len(days_b):
        apart = days_a[i] - days_b[j]
        if -window <= apart <= window:
            return True
        if apart < 0:
            i += 1
        else:
            j += 1
    return False
