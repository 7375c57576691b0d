"""SPARQL results → networkx graphs: the relations analysts look at.

Every view is one function `(store, filters) -> networkx graph`, built from the rows of the
`statement-edges` query (never by copying the RDF graph). Node and edge attributes are strings,
numbers and booleans only, so GraphML and GEXF carry them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import networkx as nx
from rdflib import RDF, SKOS, URIRef

from kg.namespaces import KG
from kg.errors import KgError
from kg.digests import (Digested, actor_topic_counts, agreements, disagreements, expand, paused_collection,
                        read_digests, shorten)
from kg.querying import LEVELS, load_query, resolve_actor, run_query, select, to_term
from kg.store import GraphStore
from kg.vocabulary import Vocabulary, display_words



@dataclass(frozen=True)
class Filters:
    """What a view is restricted to (all optional)."""

    actor: str | None = None
    topic: str | None = None
    start: str | None = None
    end: str | None = None
    document: str | None = None
    lang: str = "en"
    level: str = "actor"  # or "country": the pair views' actors lifted to what they act for

    def values(self) -> dict[str, str]:
        given = {"actor": self.actor, "topic": self.topic, "from": self.start, "to": self.end,
                 "document": self.document, "lang": self.lang}
        return {k: v for k, v in given.items() if v}


def edge_rows(store: GraphStore, vocabulary: Vocabulary, filters: Filters) -> list[dict[str, object]]:
    """The rows of `statement-edges` under the filters, labelled from the vocabulary in the
    filters' language (an actor outside the gazetteer by its own label)."""
    values = {k: v for k, v in filters.values().items() if k != "lang"}
    labels = _Labels(store, vocabulary, filters.lang)
    rows = []
    for row in run_query(store, "statement-edges", vocabulary, values):
        actor, target, topic = row["actor"], row["target"], row["topic_id"]
        rows.append({"statement": row["statement"], "actor_key": actor, "actor_label": labels.of(actor),
                     "actor_type": labels.kind(actor), "topic_key": topic, "topic_label": labels.topic(topic),
                     "target_key": target, "target_label": labels.of(target) if target else None,
                     "act": row["act"], "stance": row["stance"], "date": _text(row["date"]), "joint": row["joint"],
                     "document": row["document"]})
    return rows


def _text(value: object) -> str:
    """A value as GraphML and GEXF attributes carry it: a date as ISO text, nothing as ""."""
    return "" if value is None else str(value)


def texts(store: GraphStore, vocabulary: Vocabulary, lang: str) -> dict[str, tuple[str, str]]:
    """statement → (position, evidence sentence), in `lang` when there is one."""
    return {row["statement"]: (row["position"] or "", row["evidence"] or "")
            for row in run_query(store, "statement-texts", vocabulary, {"lang": lang})}


class _Labels:
    """Labels of actors and topics in one language: the vocabulary's, else the store's."""

    def __init__(self, store: GraphStore, vocabulary: Vocabulary, lang: str) -> None:
        self.store, self.vocabulary, self.lang = store, vocabulary, lang
        self.cache: dict[tuple[str, str], str] = {}  # views ask for the same few labels per row

    def prefetch(self, actors: set[str]) -> None:
        """Label at once the actors the vocabulary does not (one query, not one per actor)."""
        missing = sorted(a for a in actors if ("label", a) not in self.cache
                         and self.vocabulary.label(URIRef(a), self.lang) is None)
        for start in range(0, len(missing), 2000):
            values = " ".join(f"<{a}>" for a in missing[start:start + 2000])
            found = dict(select(self.store, f"SELECT ?actor (MIN(STR(?label)) AS ?name) WHERE {{ VALUES ?actor "
                                            f"{{ {values} }} ?actor rdfs:label ?label }} GROUP BY ?actor", "labels").rows)
            for actor in missing[start:start + 2000]:
                self.cache[("label", actor)] = found.get(actor) or actor.rsplit("/", 1)[-1]

    def _cached(self, what: str, key: str, compute) -> str:
        if (what, key) not in self.cache:
            self.cache[(what, key)] = compute()
        return self.cache[(what, key)]

    def of(self, actor: str) -> str:
        def compute() -> str:
            found = self.vocabulary.label(URIRef(actor), self.lang) or next(iter(select(
                self.store, f"SELECT ?label WHERE {{ <{actor}> rdfs:label ?label }} LIMIT 1", "labels").rows), [None])[0]
            return str(found) if found else actor.rsplit("/", 1)[-1]
        return self._cached("label", actor, compute)

    def kind(self, actor: str) -> str:
        return self._cached("kind", actor, lambda: next(
            (k for k in ("Person", "Country", "Organization")
             if (URIRef(actor), RDF.type, KG[k]) in self.vocabulary.graph), "Actor"))

    def topic(self, topic_id: str) -> str:
        concept = self.vocabulary.topic_concept(topic_id)
        return self._cached("topic", topic_id,
                            lambda: (self.vocabulary.label(concept, self.lang) if concept is not None else None) or topic_id)


def _aggregated(graph: nx.Graph, view: str, store: GraphStore, vocabulary: Vocabulary, filters: Filters,
                query: str, values: dict[str, str] | None = None) -> tuple[_Labels, list[dict[str, object]]]:
    """Describe a view aggregated by the engine, and give its labels and the rows of its query."""
    _describe(graph, filters, view)
    return _Labels(store, vocabulary, filters.lang), run_query(
        store, query, vocabulary, filters.values() if values is None else values)


def _describe(graph: nx.Graph, filters: Filters, view: str) -> None:
    """Name the view and its title in the filters' language (see ontology/display.ttl)."""
    if filters.level not in LEVELS:
        raise KgError(f"no level {filters.level!r}", "--level", "write --level actor or --level country")
    if filters.level != "actor" and view not in PAIR_VIEWS:
        raise KgError(f"the {view} view has no {filters.level} level", "kg view",
                      f"the views of pairs have one: {', '.join(PAIR_VIEWS)}; kg export -f events has source_country "
                      "and target_country")
    graph.graph["view"] = view
    graph.graph["level"] = filters.level
    graph.graph["title"] = display_words(filters.lang)[f"title-{view}"]
    for key, value in filters.values().items():
        graph.graph[f"filter_{key}"] = value


@paused_collection()
def actor_topic(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.Graph:
    """Bipartite actors–topics: an edge's weight is the number of statements, with stances counted
    (from the documents' statement digests, else aggregated by the SPARQL engine: one row per
    actor and topic, as the `actor-topic` query gives them)."""
    graph = nx.Graph()
    digested = read_digests(store, filters.document)
    if digested is None:
        labels, rows = _aggregated(graph, "actor-topic", store, vocabulary, filters, "actor-topic")
    else:
        _describe(graph, filters, "actor-topic")
        labels = _Labels(store, vocabulary, filters.lang)
        rows = _digested_actor_topic(digested, labels, store, vocabulary, filters)
    for row in rows:
        actor, topic = row["actor_iri"], f"topic:{row['topic_id']}"
        graph.add_node(actor, label=row["actor"], type="actor", kind=labels.kind(actor), bipartite=0)
        graph.add_node(topic, label=labels.topic(row["topic_id"]), type="topic", topic=row["topic_id"], bipartite=1)
        graph.add_edge(actor, topic, weight=int(row["statements"]), support=int(row["support"]),
                       oppose=int(row["oppose"]), neutral=int(row["neutral"]))
    return graph


def _digested_actor_topic(digested: list[Digested], labels: _Labels, store: GraphStore, vocabulary: Vocabulary,
                          filters: Filters) -> list[dict[str, object]]:
    """The rows of the `actor-topic` query, counted from statement digests under the filters."""
    terms = _terms("actor-topic", filters, vocabulary, store)
    actor = shorten(str(terms["actor"])) if "actor" in terms else None
    topics = ({shorten(str(t)) for t in vocabulary.graph.transitive_subjects(SKOS.broader, terms["topic"])}
              if "topic" in terms else None)
    first = date.fromisoformat(str(terms["from"])).toordinal() if "from" in terms else None
    last = date.fromisoformat(str(terms["to"])).toordinal() if "to" in terms else None
    kept = (s for s in digested if (first is None or s.day >= first) and (last is None or s.day <= last))
    counted = [(expand(a), t, counts) for (a, t), counts in actor_topic_counts(kept).items()
               if (actor is None or a == actor) and (topics is None or t in topics)]
    labels.prefetch({a for a, _, _ in counted})
    ids = _topic_ids(vocabulary, {t for _, t, _ in counted})
    return [{"actor": labels.of(a), "topic_id": ids[t], **counts, "actor_iri": a, "topic_iri": expand(t)}
            for a, t, counts in counted]


def _topic_ids(vocabulary: Vocabulary, names: set[str]) -> dict[str, str]:
    """The id of each topic named as digests name them."""
    return {name: vocabulary.topic_id.get(expand(name)) or expand(name).rsplit("/", 1)[-1] for name in names}


def _terms(query: str, filters: Filters, vocabulary: Vocabulary, store: GraphStore) -> dict[str, object]:
    """The filters as the terms a query's parameters of the same names would be bound to (so
    that a view counted in Python refuses and resolves values as the query does)."""
    params = {param.name: param for param in load_query(query).params}
    return {name: to_term(vocabulary, params[name], value, store)
            for name, value in filters.values().items() if name in params and name not in ("lang", "document")}


@paused_collection()
def agreement(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.Graph:
    """Actors linked when they agree, by the definition of the `agreements` query: joint
    statements (`joint`) and topics on which they took the same stance toward the same targets
    within a year while neither criticised the other (`same_stance`); weight is their sum."""
    return _pair_view("agreement", "agreements", ("joint", "same_stance"), store, vocabulary, filters)


@paused_collection()
def disagreement(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.Graph:
    """Actors linked when they disagree, by the definition of the `disagreements` query:
    topics on which they took opposite stances toward the same targets within a year
    (`opposite_stance`) and opposing statements of one that target the other (`targeted`)."""
    return _pair_view("disagreement", "disagreements", ("opposite_stance", "targeted"), store, vocabulary, filters)


PAIR_VIEWS = ("agreement", "disagreement")  # views of a relation query's pairs, at either level


def _pair_view(view: str, query: str, counts: tuple[str, str], store: GraphStore, vocabulary: Vocabulary,
               filters: Filters) -> nx.Graph:
    """Actors linked by the pairs of a query: its two counts on each edge, their sum as weight."""
    graph = nx.Graph()
    for row in _pairs(graph, view, store, vocabulary, filters, query):
        numbers = {name: int(row[name]) for name in counts}
        graph.add_edge(row["actor1_iri"], row["actor2_iri"], **numbers, weight=sum(numbers.values()),
                       topics=row["topics"] or "", evidence=row["evidence"] or "")
    return graph


def _pairs(graph: nx.Graph, view: str, store: GraphStore, vocabulary: Vocabulary, filters: Filters,
           query: str) -> list[dict[str, object]]:
    """The rows of a query of actor pairs, their actors added as nodes; an actor or topic
    filter keeps the pairs of that actor or about that topic (dates are the query's window)."""
    if filters.start or filters.end or filters.document:
        raise KgError(f"the {query} view has no date or document filter", "kg view",
                      "its pairs are within a window of a year; use --actor or --topic, or kg query "
                      f"{query} --param window=P30D")
    digested = read_digests(store)
    if digested is None:
        labels, rows = _aggregated(graph, view, store, vocabulary, filters, query,
                                   {"lang": filters.lang, "level": filters.level})
    else:
        _describe(graph, filters, view)
        labels = _Labels(store, vocabulary, filters.lang)
        rows = _digested_pairs(view, digested, labels, store, vocabulary, filters)
    actor = str(resolve_actor(vocabulary, filters.actor, store)) if filters.actor else None
    if actor and filters.level == "country":  # Lavrov's pairs at this level are Russia's
        actor = str(vocabulary.acts_for.get(actor, actor))
    kept = [row for row in rows if (actor is None or actor in (row["actor1_iri"], row["actor2_iri"]))
            and (filters.topic is None or filters.topic in str(row["topics"] or "").split())]
    for row in kept:
        for side in ("1", "2"):
            iri = str(row[f"actor{side}_iri"])
            graph.add_node(iri, label=row[f"actor{side}"], type="actor", kind=labels.kind(iri))
    return kept


# the relations of statement digests (kg/digests.py) by view, and which of a pair's counts is
# the number of its statements that count whole and which the number of its stance topics
DIGESTED_RELATIONS = {"agreement": (agreements, "joint", "same_stance"),
                      "disagreement": (disagreements, "targeted", "opposite_stance")}


def _digested_pairs(view: str, digested: list[Digested], labels: _Labels, store: GraphStore,
                    vocabulary: Vocabulary, filters: Filters) -> list[dict[str, object]]:
    """The rows of the view's relation query (its default window), found from statement digests;
    the evidence is a sentence of one statement of the pair (see `kg.digests.Pair`)."""
    relation, statements_count, topics_count = DIGESTED_RELATIONS[view]
    pairs = {(expand(a), expand(b)): pair for (a, b), pair in relation(digested, vocabulary.acts_for,
                                                                        filters.level).items()}
    evidence = _sentences(store, {expand(pair.example) for pair in pairs.values() if pair.example}, filters.lang)
    labels.prefetch({actor for two in pairs for actor in two})
    ids = _topic_ids(vocabulary, {t for pair in pairs.values() for t in pair.topics})
    rows = [{"actor1": labels.of(a), "actor2": labels.of(b), statements_count: len(pair.statements),
             topics_count: len(pair.stance_topics), "topics": " ".join(sorted({ids[t] for t in pair.topics})),
             "evidence": evidence.get(expand(pair.example or "")), "actor1_iri": a, "actor2_iri": b}
            for (a, b), pair in pairs.items()]
    return sorted(rows, key=lambda r: (-r[statements_count] - r[topics_count], r["actor1"], r["actor2"]))


def _sentences(store: GraphStore, statements: set[str], lang: str) -> dict[str, str]:
    """statement → its first evidence sentence in `lang`, else its first in any language."""
    chosen: dict[str, tuple[bool, str]] = {}
    ordered = sorted(statements)
    for start in range(0, len(ordered), 2000):
        values = " ".join(f"<{s}>" for s in ordered[start:start + 2000])
        found = select(store, f"SELECT ?s (LANG(?text) AS ?lang) ?text WHERE {{ VALUES ?s {{ {values} }} "
                              f"?s kg:sentence ?text }}", "evidence")
        for statement, text_lang, text in found.rows:
            rank = (text_lang != lang, text)
            if statement not in chosen or rank < chosen[statement]:
                chosen[statement] = rank
    return {statement: text for statement, (_, text) in chosen.items()}


@paused_collection()
def actor_target(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.DiGraph:
    """Actor → target, signed: support adds 1, oppose subtracts 1; with the evidence behind it
    (aggregated by the SPARQL engine: one row per actor and target)."""
    graph = nx.DiGraph()
    labels, rows = _aggregated(graph, "actor-target", store, vocabulary, filters, "actor-target")
    for row in rows:
        source, target = row["actor_iri"], row["target_iri"]
        for node in (source, target):
            graph.add_node(node, label=labels.of(node), type="actor", kind=labels.kind(node))
        support, oppose, neutral = (int(row[k]) for k in ("support", "oppose", "neutral"))
        graph.add_edge(source, target, sign=support - oppose, weight=int(row["statements"]), support=support,
                       oppose=oppose, neutral=neutral, evidence=row["evidence"] or "",
                       first=_text(row["first"]), last=_text(row["last"]))
    return graph


@paused_collection()
def statements(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.DiGraph:
    """The n-ary statements: actor → statement → topic, with act, stance, date and evidence."""
    graph = nx.DiGraph()
    _describe(graph, filters, "statements")
    sentences = texts(store, vocabulary, filters.lang)
    for row in edge_rows(store, vocabulary, filters):
        statement = row["statement"]
        position, evidence = sentences.get(statement, ("", ""))
        graph.add_node(row["actor_key"], label=row["actor_label"], type="actor", kind=row["actor_type"])
        graph.add_node(statement, label=position[:80], type="statement", act=row["act"],
                       stance=row["stance"], date=row["date"], document=row["document"],
                       joint=bool(row["joint"]), position=position, evidence=evidence)
        topic = f"topic:{row['topic_key']}"
        graph.add_node(topic, label=row["topic_label"], type="topic", topic=row["topic_key"])
        graph.add_edge(row["actor_key"], statement, relation="asserts", act=row["act"], stance=row["stance"],
                       date=row["date"])
        graph.add_edge(statement, topic, relation="about", date=row["date"])
        if row["target_key"]:
            graph.add_node(row["target_key"], label=row["target_label"], type="actor")
            graph.add_edge(statement, row["target_key"], relation="targets", stance=row["stance"],
                           date=row["date"])
    return graph


@paused_collection()
def co_occurrence(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.Graph:
    """Topics linked when one statement is about both; weight is the number of such statements
    (aggregated by the SPARQL engine; a topic's own count is on its node)."""
    graph = nx.Graph()
    unlabelled = {k: v for k, v in filters.values().items() if k != "lang"}
    labels, rows = _aggregated(graph, "co-occurrence", store, vocabulary, filters, "topic-pairs",
                               unlabelled)
    for row in rows:
        a, b = f"topic:{row['topic1']}", f"topic:{row['topic2']}"
        for node, topic_id in ((a, row["topic1"]), (b, row["topic2"])):
            graph.add_node(node, label=labels.topic(topic_id), type="topic", topic=topic_id)
        if a == b:
            graph.nodes[a]["statements"] = int(row["statements"])
        else:
            graph.add_edge(a, b, weight=int(row["statements"]))
    return graph


VIEWS: dict[str, Callable[..., nx.Graph]] = {
    "actor-topic": actor_topic,
    "agreement": agreement,
    "disagreement": disagreement,
    "actor-target": actor_target,
    "statements": statements,
    "co-occurrence": co_occurrence,
}


def add_metrics(graph: nx.Graph) -> list[dict[str, object]]:
    """Degree, weighted degree, betweenness and community of every node, stored on the nodes
    and returned as rows (most central first)."""
    undirected = graph.to_undirected() if graph.is_directed() else graph
    betweenness = nx.betweenness_centrality(undirected) if len(undirected) else {}
    communities = nx.community.greedy_modularity_communities(undirected, weight="weight") \
        if undirected.number_of_edges() else [set(undirected)]
    community_of = {node: i for i, members in enumerate(communities) for node in members}
    for node in graph:
        data = graph.nodes[node]
        data["degree"] = undirected.degree(node)
        data["weighted_degree"] = float(undirected.degree(node, weight="weight"))
        data["betweenness"] = round(betweenness.get(node, 0.0), 6)
        data["community"] = community_of.get(node, -1)
    rows = [{"node": graph.nodes[n].get("label", n), "type": graph.nodes[n].get("type", ""),
             "degree": graph.nodes[n]["degree"], "weighted_degree": graph.nodes[n]["weighted_degree"],
             "betweenness": graph.nodes[n]["betweenness"], "community": graph.nodes[n]["community"]}
            for n in graph]
    return sorted(rows, key=lambda r: (-r["weighted_degree"], -r["betweenness"], str(r["node"])))
