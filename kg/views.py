"""SPARQL results → networkx graphs: the relations analysts look at.

Every view is one function `(store, filters) -> networkx graph`, built from the rows of the
`statement-edges` query (never by copying the RDF graph). Node and edge attributes are strings,
numbers and booleans only, so GraphML and GEXF carry them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import networkx as nx
from rdflib import RDF, URIRef

from kg.namespaces import KG
from kg.errors import KgError
from kg.querying import LEVELS, resolve_actor, run_query, select
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
        concept = self.vocabulary.topics.get(topic_id)
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


def actor_topic(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.Graph:
    """Bipartite actors–topics: an edge's weight is the number of statements, with stances counted
    (aggregated by the SPARQL engine: one row per actor and topic)."""
    graph = nx.Graph()
    labels, rows = _aggregated(graph, "actor-topic", store, vocabulary, filters, "actor-topic")
    for row in rows:
        actor, topic = row["actor_iri"], f"topic:{row['topic_id']}"
        graph.add_node(actor, label=row["actor"], type="actor", kind=labels.kind(actor), bipartite=0)
        graph.add_node(topic, label=labels.topic(row["topic_id"]), type="topic", topic=row["topic_id"], bipartite=1)
        graph.add_edge(actor, topic, weight=int(row["statements"]), support=int(row["support"]),
                       oppose=int(row["oppose"]), neutral=int(row["neutral"]))
    return graph


def agreement(store: GraphStore, vocabulary: Vocabulary, filters: Filters = Filters()) -> nx.Graph:
    """Actors linked when they agree, by the definition of the `agreements` query: joint
    statements (`joint`) and topics on which they took the same stance toward the same targets
    within a year while neither criticised the other (`same_stance`); weight is their sum."""
    return _pair_view("agreement", "agreements", ("joint", "same_stance"), store, vocabulary, filters)


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
    labels, rows = _aggregated(graph, view, store, vocabulary, filters, query,
                               {"lang": filters.lang, "level": filters.level})
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
