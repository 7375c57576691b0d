"""What the pages of `kg serve` show, as plain data: each page is the rows of packaged queries
(the same that `kg query` runs), counted and grouped here, so the pages and the CLI agree."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import SKOS

from kg.actors import stored_actors
from kg.errors import KgError
from kg.namespaces import ACTOR, STATEMENT
from kg.querying import run_query
from kg.store import GraphStore
from kg.topics import topics
from kg.vocabulary import Vocabulary, normalize_name

# what a page's address may name: an actor's or statement's IRI ending, a topic id, a document id
SAFE_ID = re.compile(r"[\w.~:%()'+,-][\w./~:%()'+,-]*")


class NotFound(KgError):
    """The page's subject is not in the store (the server answers 404)."""


def _checked(value: str, what: str) -> str:
    if not SAFE_ID.fullmatch(value) or ".." in value:
        raise NotFound(f"no {what} {value!r}", "", "search for it from the home page")
    return value


@dataclass
class Hit:
    """One search result."""

    kind: str  # actor, topic, document
    label: str
    url: str
    detail: str = ""


def search(store: GraphStore, vocabulary: Vocabulary, text: str, lang: str = "en") -> list[Hit]:
    """Actors (by any name or alias), topics (by id or label in any language) and documents (by
    id) whose names contain `text`, case and accents ignored; most statements first."""
    wanted = normalize_name(text)
    if not wanted:
        return []
    hits = []
    for actor in stored_actors(store, vocabulary):
        names = [actor.name, *actor.aliases, *(str(o) for o in vocabulary.graph.objects(URIRef(actor.iri), SKOS.prefLabel))]
        if any(wanted in normalize_name(name) for name in names):
            shown = vocabulary.label(URIRef(actor.iri), lang) or actor.name
            hits.append(Hit("actor", shown, "/actor/" + actor.iri[len(str(ACTOR)):],
                            f"{actor.kind or 'actor'}, {actor.statements} statement(s)"))
    for topic in topics(vocabulary, store):
        if topic.statements and any(wanted in normalize_name(name) for name in (topic.id, *topic.labels.values())):
            hits.append(Hit("topic", topic.labels.get(lang) or topic.labels.get("en") or topic.id,
                            f"/topic/{topic.id}", f"{topic.statements} statement(s)"))
    for row in run_query(store, "documents"):
        if wanted in normalize_name(str(row["document"])):
            hits.append(Hit("document", str(row["document"]), f"/document/{row['document']}",
                            f"{row['date'] or 'undated'}, {row['statements']} statement(s)"))
    return hits


@dataclass
class ActorPage:
    iri: str
    name: str
    kind: str
    country: str
    wikidata: str
    aliases: tuple[str, ...]
    statements: list[dict[str, object]]
    stances: Counter = field(default_factory=Counter)
    topics: Counter = field(default_factory=Counter)
    months: Counter = field(default_factory=Counter)  # YYYY-MM → statements
    targets: list[dict[str, object]] = field(default_factory=list)  # whom they support and oppose
    said_of: list[dict[str, object]] = field(default_factory=list)  # statements aimed at them


def actor_page(store: GraphStore, vocabulary: Vocabulary, slug: str, lang: str = "en") -> ActorPage:
    """An actor's statements over time, their stances and topics, whom they support and oppose
    and who speaks of them."""
    iri = str(ACTOR) + _checked(slug, "actor")
    everyone = stored_actors(store, vocabulary)
    actor = next((a for a in everyone if a.iri == iri), None)
    said_of = run_query(store, "targets-of", vocabulary, {"target": iri, "lang": lang})
    if actor is None and not said_of:
        raise NotFound(f"no actor {slug!r} in the store", "", "search for the actor by name")
    rows = run_query(store, "statements-by-actor", vocabulary, {"actor": iri, "lang": lang}) if actor else []
    name = vocabulary.label(URIRef(iri), lang) or (actor.name if actor else slug)
    page = ActorPage(iri, name, actor.kind if actor else "", actor.country if actor else "",
                     actor.wikidata if actor else "", actor.aliases if actor else (), rows, said_of=said_of)
    for row in rows:
        page.stances[row["stance"]] += 1
        page.topics.update(t for t in str(row["topics"] or "").split(", ") if t)
        page.months[str(row["date"])[:7] if row["date"] else "undated"] += 1
    names = {a.iri: a.name for a in everyone}
    page.targets = [dict(row, target=vocabulary.label(URIRef(row["target_iri"]), lang) or
                         names.get(row["target_iri"]) or str(row["target_iri"]).rsplit("/", 1)[-1])
                    for row in run_query(store, "actor-target", vocabulary, {"actor": iri, "lang": lang})] if actor else []
    return page


@dataclass
class TopicPage:
    id: str
    name: str
    broader: str
    statements: list[dict[str, object]]
    actors: Counter = field(default_factory=Counter)
    stances: Counter = field(default_factory=Counter)


def topic_page(store: GraphStore, vocabulary: Vocabulary, topic_id: str, lang: str = "en") -> TopicPage:
    """Who said what about a topic (or a narrower one), with the actors and stances counted."""
    concept = vocabulary.topic_concept(_checked(topic_id, "topic"))
    if concept is None:
        raise NotFound(f"no topic {topic_id!r}", "", "search for the topic by name")
    rows = run_query(store, "statements-by-topic", vocabulary, {"topic": topic_id, "lang": lang})
    page = TopicPage(topic_id, vocabulary.label(concept, lang) or topic_id, vocabulary.broader(topic_id), rows)
    for row in rows:
        page.actors.update(a for a in str(row["actors"] or "").split(", ") if a)
        page.stances[row["stance"]] += 1
    return page


@dataclass
class Span:
    """A statement's sentence in the document, the position inside it marked."""

    start: int
    before: str
    marked: str
    after: str
    row: dict[str, object]


def document_page(store: GraphStore, vocabulary: Vocabulary, doc_id: str, lang: str = "en") -> tuple[dict, list[Span]]:
    """A document's facts and its statements' sentences in the order of the text: one per
    statement, in `lang` where the statement has it, the position marked inside."""
    _checked(doc_id, "document")
    facts = next((row for row in run_query(store, "documents") if row["document"] == doc_id), None)
    if facts is None:
        raise NotFound(f"no document {doc_id!r} in the store", "", "search for it by id")
    chosen: dict[str, dict[str, object]] = {}
    for row in run_query(store, "document-statements", vocabulary, {"document": doc_id, "lang": lang}):
        kept = chosen.get(row["statement"])
        if kept is None or (row["language"] == lang and kept["language"] != lang):
            chosen[row["statement"]] = row
    spans = []
    for row in sorted(chosen.values(), key=lambda r: int(r["start"])):
        sentence, position = str(row["sentence"]), str(row["position"] or "")
        at = sentence.find(position) if position else -1
        if at < 0:
            spans.append(Span(int(row["start"]), "", sentence, "", row))
        else:
            spans.append(Span(int(row["start"]), sentence[:at], position, sentence[at + len(position):], row))
    return facts, spans


def statement_page(store: GraphStore, vocabulary: Vocabulary, statement_id: str,
                   lang: str = "en") -> tuple[dict[str, list[dict[str, object]]], list[dict[str, object]]]:
    """A statement's fields (field → values, with their language and IRI) and its evidence."""
    iri = str(STATEMENT) + _checked(statement_id, "statement")
    fields: dict[str, list[dict[str, object]]] = {}
    for row in run_query(store, "statement-fields", vocabulary, {"statement": iri, "lang": lang}):
        fields.setdefault(str(row["field"]), []).append(row)
    if not fields:
        raise NotFound(f"no statement {statement_id!r} in the store", "", "open it from an actor's or document's page")
    return fields, run_query(store, "evidence", vocabulary, {"statement": iri})
