"""Records → RDF and back: the n-ary statement pattern, one named graph per document.

    actor ─kg:asserts→ position ─kg:about→ topic          (the short path users query first)
    statement ─kg:actor/kg:act/kg:position/kg:topic/kg:stance/kg:target/kg:evidence→ …

IRIs are derived from content (document, evidence spans, act, actors, position), never counters, so
building the same records twice gives the same triples.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Mapping
from datetime import date
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SDO

from kg.digests import add_digests, digest_entry, digest_text
from kg.documents import Document
from kg.errors import KgError
from kg.namespaces import DOC, EVENT, EVIDENCE, KG, OA, POSITION, ROLE, STATEMENT, VOCABULARY_GRAPH, WD
from kg.records import ActorRef, Event, Evidence, StatementRecord
from kg.vocabulary import Vocabulary, actor_iri, slug

log = logging.getLogger(__name__)

STANCE_IRIS = {"support": KG.support, "oppose": KG.oppose, "neutral": KG.neutral}


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document, which also names its graph."""
    return DOC[quote(doc_id, safe="-._~")]


def document_id(iri: URIRef) -> str:
    """The document id an IRI of `document_iri` was made from."""
    return unquote(str(iri)[len(str(DOC)):])


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8")).hexdigest()[:24]


# N-Triples terms, written directly: building rdflib objects for every triple costs more than
# everything else a build does (see bench/build.py).

def _iri(value: str) -> str:
    return f"<{value}>"


def _text(value: str, lang: str | None = None) -> str:
    """A string literal; JSON's escapes are N-Triples' escapes."""
    quoted = json.dumps(value, ensure_ascii=False)
    return f"{quoted}@{lang}" if lang else quoted


def _typed(value: str, datatype: URIRef) -> str:
    return f"{_text(value)}^^<{datatype}>"


def _date(value: str) -> str:
    return _typed(value, XSD.dateTime if "T" in value else XSD.date)


def safe_iri(address: str) -> str:
    """An address as an IRI that every store accepts (spaces, quotes and brackets escaped)."""
    return quote(address, safe=":/?#[]@!$&'()*+,;=%~-._")


A, LABEL, SAME_AS = _iri(RDF.type), _iri(RDFS.label), _iri(OWL.sameAs)
FIRST, REST, NIL = _iri(RDF.first), _iri(RDF.rest), _iri(RDF.nil)
STANCE_TERMS = {name: _iri(iri) for name, iri in STANCE_IRIS.items()}
BOOLEANS = {True: _typed("true", XSD.boolean), False: _typed("false", XSD.boolean)}
T = {name: _iri(KG[name]) for name in (
    "Actor", "Evidence", "TextSpan", "Event", "eventType", "participant", "participantList", "Statement",
    "act", "position", "stance", "joint", "document", "documentId", "method", "Position", "verb", "topic", "about",
    "topicList", "actorList", "actor", "asserts", "target", "targetList", "evidence", "sentence", "madeAt",
    "extra", "Role", "Document", "contentHash", "translationNote", "dayNumber", "actorKey", "targetKey",
    "actorCountry", "targetCountry", "actorCountryKey", "targetCountryKey", "statementDigest")}
HAS_SOURCE, HAS_SELECTOR, START, END, EXACT = (_iri(OA[n]) for n in ("hasSource", "hasSelector", "start", "end", "exact"))
LANGUAGE, DATE, IDENTIFIER, SOURCE = (_iri(DCTERMS[n]) for n in ("language", "date", "identifier", "source"))
LOCATION = _iri(SDO.location)
QUALIFIED, ATTRIBUTION, AGENT, HAD_ROLE = (_iri(PROV[n]) for n in ("qualifiedAttribution", "Attribution", "agent", "hadRole"))


@dataclass
class DocumentTriples:
    """One document's graph as N-Triples lines without their final " ." (so the same lines make
    N-Quads by adding the graph name): what stores load fastest."""

    iri: URIRef
    lines: list[str] = field(default_factory=list)
    # the description of the derived relations topics the statements are about: it goes to the
    # vocabulary graph, where it is stored once however many documents use the topic
    vocabulary_lines: list[str] = field(default_factory=list)

    def add(self, subject: str, predicate: str, obj: str) -> None:
        self.lines.append(f"{subject} {predicate} {obj}")

    def ntriples(self) -> str:
        return "".join(f"{line} .\n" for line in self.lines)

    def vocabulary_ntriples(self) -> str:
        return "".join(f"{line} .\n" for line in self.vocabulary_lines)

    def nquads(self, without: str = "") -> str:
        """The document's graph and what it adds to the vocabulary graph, as N-Quads."""
        graph, vocabulary = f" <{self.iri}> .\n", f" <{VOCABULARY_GRAPH}> .\n"
        return "".join(quad for quad in (line + graph for line in self.lines) if quad != without) + \
            "".join(line + vocabulary for line in self.vocabulary_lines)

    def manifest_line(self) -> str:
        """The quad that records the document's content hash: stores add it last."""
        prefix = f"<{self.iri}> {T['contentHash']} "
        line = next(line for line in self.lines if line.startswith(prefix))
        return f"{line} <{self.iri}> .\n"

    def graph(self) -> Graph:
        """The document's triples with the description of its derived topics, as one rdflib
        graph that stands alone (for tests and exports)."""
        return Graph(identifier=self.iri).parse(data=self.ntriples() + self.vocabulary_ntriples(), format="nt")


class _Mapper:
    """Writes the triples of one document's records."""

    def __init__(self, vocabulary: Vocabulary, triples: DocumentTriples, identifier: str) -> None:
        self.vocabulary = vocabulary
        self.add = triples.add
        self.vocabulary_lines = triples.vocabulary_lines
        self.doc = triples.iri
        self.doc_term = _iri(triples.iri)
        self.identifier = identifier  # the document's id as written, repeated on each statement
        self.seen: dict[str, tuple[str, StatementRecord]] = {}  # statement IRI → its record
        self.spans: dict[str, tuple[Evidence, str]] = {}  # evidence IRI → its first evidence
        self.digest: list[list[object]] = []  # see kg.digests
        self.described: set[str] = set()  # the derived relations topics described in this graph


    def actor(self, ref: ActorRef, where: str) -> str:
        known = (self.vocabulary.actor_by_qid.get(ref.wikidata or "")
                 or self.vocabulary.find_actor(ref.name))
        if known is not None:
            return _iri(known)
        log.warning("%s: actor %r is not in the gazetteer; it gets its own IRI "
                    "(add it to a --vocab Turtle file to link it)", where, ref.name)
        iri = _iri(actor_iri(ref.name, ref.wikidata))
        self.add(iri, A, T["Actor"])
        self.add(iri, LABEL, _text(ref.name))
        if ref.wikidata:
            self.add(iri, SAME_AS, _iri(WD[ref.wikidata]))
        return iri

    def topic(self, topic_id: str, where: str) -> str:
        """A topic's IRI; a derived relations topic gets its description for the vocabulary
        graph, which holds only the topics of the Turtle until documents use others."""
        concept = _iri(self.vocabulary.topic(topic_id, where))
        if topic_id in self.vocabulary.relations and concept not in self.described:
            self.described.add(concept)
            self.vocabulary_lines.extend(f"{_iri(s)} {_iri(p)} {_text(o, o.language) if isinstance(o, Literal) else _iri(o)}"
                                         for s, p, o in self.vocabulary.relation_triples(topic_id))
        return concept

    def evidence(self, ev: Evidence, where: str) -> str:
        iri = EVIDENCE[_key(str(self.doc), ev.start, ev.end)]
        node, span = _iri(iri), _iri(f"{iri}-span")
        earlier = self.spans.setdefault(node, (ev, where))
        if earlier[0] != ev:  # one span of one document, two texts: one record is wrong
            raise KgError(f"evidence at {ev.start}..{ev.end} reads {ev.text[:60]!r} ({ev.lang}) here but "
                          f"{earlier[0].text[:60]!r} ({earlier[0].lang}) in {earlier[1]}", where,
                          "correct the offsets or the text of one of the two records")
        add = self.add
        add(node, A, T["Evidence"])
        add(node, HAS_SOURCE, self.doc_term)
        add(node, HAS_SELECTOR, span)
        add(node, LANGUAGE, _text(ev.lang))
        add(span, A, T["TextSpan"])
        add(span, START, _typed(str(ev.start), XSD.integer))
        add(span, END, _typed(str(ev.end), XSD.integer))
        add(span, EXACT, _text(ev.text, ev.lang))
        return node

    def event(self, event: Event, where: str) -> str:
        participants = [self.actor(p, where) for p in event.participants]
        # one meeting however many texts report it, whether or not they say where it was
        iri = _iri(EVENT[_key(event.type, event.date, sorted(p[1:-1] for p in participants))])
        add = self.add
        add(iri, A, T["Event"])
        add(iri, T["eventType"], _text(event.type))
        for participant in participants:
            add(iri, T["participant"], participant)
        self.ordered(iri, "participantList", participants)
        if event.date:
            add(iri, DATE, _date(event.date))
        if event.place:
            add(iri, LOCATION, _text(event.place))
        return iri

    def statement(self, record: StatementRecord, where: str) -> str:
        v, add = self.vocabulary, self.add
        act = _iri(v.act(record.act, where))
        topics = [self.topic(t, where) for t in record.topics]
        actors = [self.actor(a, where) for a in record.actors]
        spans = sorted((e.lang, e.start, e.end) for e in record.evidence)
        # the verb is part of the identity: "we appreciate and support X" is two statements
        key = _key(str(self.doc), spans, record.act, sorted(a[1:-1] for a in actors),
                   sorted(record.position.items()), sorted(record.verb.items()))
        stmt, position = _iri(STATEMENT[key]), _iri(POSITION[key])
        if stmt in self.seen:
            self._same_statement(record, where, *self.seen[stmt])
            return stmt
        self.seen[stmt] = (where, record)
        add(stmt, A, T["Statement"])
        add(stmt, T["act"], act)
        add(stmt, T["position"], position)
        add(stmt, T["stance"], STANCE_TERMS[record.stance])
        add(stmt, T["joint"], BOOLEANS[record.joint])
        add(stmt, DATE, _date(record.date))
        add(stmt, T["document"], self.doc_term)
        add(stmt, T["documentId"], self.identifier)
        add(stmt, T["method"], _text(record.method))
        add(position, A, T["Position"])
        for lang, text in record.position.items():
            add(position, LABEL, _text(text, lang))
            add(stmt, LABEL, _text(text, lang))
        for lang, text in record.verb.items():
            add(stmt, T["verb"], _text(text, lang))
        for topic in topics:
            add(stmt, T["topic"], topic)
            add(position, T["about"], topic)
        self.ordered(stmt, "topicList", topics)
        self.ordered(stmt, "actorList", actors)
        for ref, actor in zip(record.actors, actors):
            add(stmt, T["actor"], actor)
            add(actor, T["asserts"], position)
            if ref.role or ref.wikidata:
                self.attribution(stmt, actor, ref)
        targets = [self.actor(t, where) for t in record.targets]
        for target in targets:
            add(stmt, T["target"], target)
        self.ordered(stmt, "targetList", targets)
        keys = pair_keys([a[1:-1] for a in actors], [t[1:-1] for t in targets], record.date, v.acts_for)
        add(stmt, T["dayNumber"], _typed(str(keys.day), XSD.integer))
        for name, key in keys.keys().items():
            add(stmt, T[name], _text(key))
        for country in keys.actor_countries:
            add(stmt, T["actorCountry"], _iri(country))
        for country in keys.target_countries:
            add(stmt, T["targetCountry"], _iri(country))
        self.digest.append(digest_entry(stmt[1:-1], (a[1:-1] for a in actors), (t[1:-1] for t in topics),
                                        record.stance, act[1:-1], keys.day, (t[1:-1] for t in targets)))
        for ev in record.evidence:
            add(stmt, T["evidence"], self.evidence(ev, where))
            add(stmt, T["sentence"], _text(ev.text, ev.lang))
        if record.event is not None:
            add(stmt, T["madeAt"], self.event(record.event, where))
        if record.extra:
            add(stmt, T["extra"], _typed(json.dumps(record.extra, ensure_ascii=False, sort_keys=True), RDF.JSON))
        return stmt

    @staticmethod
    def _same_statement(record: StatementRecord, where: str, first_where: str, first: StatementRecord) -> None:
        """A record that repeats an earlier one is dropped; one that says something else of the
        same statement (same evidence, act, actors, position, verb) is an error, not a silent merge."""
        if record == first:
            log.warning("%s: repeats %s; stored once", where, first_where)
            return
        differing = [name for name in ("stance", "topics", "targets", "date", "joint", "event", "method", "extra")
                     if getattr(record, name) != getattr(first, name)]
        raise KgError(f"same statement as {first_where} (same evidence, act, actors, position and verb) "
                      f"but another {', '.join(differing) or 'actor spelling'}", where,
                      "keep one record per statement: merge the two")

    def ordered(self, subject: str, list_property: str, items: list[str]) -> None:
        """The order of several values, as an RDF list with IRIs derived from the subject."""
        if len(items) < 2:
            return
        nodes = [f"<{subject[1:-1]}-{list_property}-{i}>" for i in range(len(items))]
        self.add(subject, T[list_property], nodes[0])
        for node, item, rest in zip(nodes, items, nodes[1:] + [NIL]):
            self.add(node, FIRST, item)
            self.add(node, REST, rest)

    def attribution(self, stmt: str, actor: str, ref: ActorRef) -> None:
        """PROV's qualified attribution: the actor as the record named it, in a role."""
        attribution = f"<{stmt[1:-1]}-by-{slug(actor[1:-1].rsplit('/', 1)[-1])}>"
        add = self.add
        add(stmt, QUALIFIED, attribution)
        add(attribution, A, ATTRIBUTION)
        add(attribution, AGENT, actor)
        if ref.wikidata:
            add(actor, SAME_AS, _iri(WD[ref.wikidata]))
        if ref.role:
            role = _iri(ROLE[slug(ref.role)])
            add(attribution, HAD_ROLE, role)
            add(role, A, T["Role"])
            add(role, LABEL, _text(ref.role))


def document_triples(doc_id: str, records: Iterable[tuple[str, StatementRecord]],
                     vocabulary: Vocabulary, content_hash: str, info: Document | None = None) -> DocumentTriples:
    """The triples of one document: the document node (with what reading its text told, when
    it was read) and each (where, record) given."""
    triples = DocumentTriples(document_iri(doc_id))
    doc, add = _iri(triples.iri), triples.add
    add(doc, A, T["Document"])
    identifier = _text(doc_id)
    add(doc, IDENTIFIER, identifier)  # statements repeat it as kg:documentId
    add(doc, T["contentHash"], _text(content_hash))
    source = info.source if info and info.source else doc_id
    if source.startswith(("http://", "https://")):
        add(doc, SOURCE, _iri(safe_iri(source)))
    if info is not None:
        for note in info.notes:
            add(doc, T["translationNote"], _text(note))
        for lang in info.languages:
            add(doc, LANGUAGE, _text(lang))
    mapper = _Mapper(vocabulary, triples, identifier)
    dates = set()
    for where, record in records:
        mapper.statement(record, where)
        dates.add(record.date[:10])
    if len(dates) == 1:
        add(doc, DATE, _date(dates.pop()))
    add(doc, T["statementDigest"], _typed(digest_text(mapper.digest), RDF.JSON))
    triples.lines = list(dict.fromkeys(triples.lines))  # an actor or span named twice is one triple
    return triples


# the version of the mapping of records to RDF: documents built by another are built again
# (part of every document's content hash); 2 added the pair keys, 3 their country level, 4 the
# statement digest
MAPPING_VERSION = "5"


@dataclass(frozen=True)
class PairKeys:
    """What the relation queries group a statement by before pairing it (see ontology/kg.ttl):
    its actors and targets, as they are and lifted to the country or organisation they act for
    (their "country level"), sorted, and its day."""

    actors: tuple[str, ...]
    targets: tuple[str, ...]
    actor_countries: tuple[str, ...]
    target_countries: tuple[str, ...]
    day: int

    def keys(self) -> dict[str, str]:
        """The space-separated keys, by their property's local name."""
        return {"actorKey": " ".join(self.actors), "targetKey": " ".join(self.targets),
                "actorCountryKey": " ".join(self.actor_countries), "targetCountryKey": " ".join(self.target_countries)}


def pair_keys(actors: Iterable[str], targets: Iterable[str], when: str, acts_for: Mapping[str, str]) -> PairKeys:
    """The pair keys of a statement of these actor and target IRIs, made on this date;
    `acts_for` lifts an IRI to its country level (see `Vocabulary.acts_for`)."""
    actors, targets = set(actors), set(targets)

    def lifted(iris: set[str]) -> tuple[str, ...]:
        return tuple(sorted({str(acts_for.get(iri, iri)) for iri in iris}))

    return PairKeys(tuple(sorted(actors)), tuple(sorted(targets)), lifted(actors), lifted(targets),
                    date.fromisoformat(when[:10]).toordinal())


def add_statement_texts(graph: Graph, acts_for: Mapping[str, str]) -> int:
    """Repeat on each statement its position's labels (rdfs:label), its evidence's texts
    (kg:sentence), its document's identifier (kg:documentId) and its pair keys (`pair_keys`), and
    give each document its statement digest (`kg.digests`), as `document_triples` writes them,
    for RDF made without them (exports, other tools): the queries and views read them there. `acts_for` lifts actors to their country level. The number of
    statements."""
    statements = list(graph.subjects(RDF.type, KG.Statement))
    for stmt in statements:
        when = graph.value(stmt, DCTERMS.date)
        if when is not None and graph.value(stmt, KG.actorCountryKey) is None:
            keys = pair_keys(map(str, graph.objects(stmt, KG.actor)), map(str, graph.objects(stmt, KG.target)),
                             str(when), acts_for)
            graph.set((stmt, KG.dayNumber, Literal(keys.day)))
            for name, key in keys.keys().items():
                graph.set((stmt, KG[name], Literal(key)))
            graph.addN((stmt, KG.actorCountry, URIRef(c), graph) for c in keys.actor_countries)
            graph.addN((stmt, KG.targetCountry, URIRef(c), graph) for c in keys.target_countries)
        for doc in graph.objects(stmt, KG.document):
            for identifier in graph.objects(doc, DCTERMS.identifier):
                graph.add((stmt, KG.documentId, identifier))
        for position in graph.objects(stmt, KG.position):
            for label in graph.objects(position, RDFS.label):
                graph.add((stmt, RDFS.label, label))
        for evidence in graph.objects(stmt, KG.evidence):
            for selector in graph.objects(evidence, OA.hasSelector):
                for text in graph.objects(selector, OA.exact):
                    graph.add((stmt, KG.sentence, text))
    add_digests(graph)
    return len(statements)


def document_graph(doc_id: str, records: Iterable[tuple[str, StatementRecord]],
                   vocabulary: Vocabulary, content_hash: str, info: Document | None = None) -> Graph:
    """`document_triples` as an rdflib graph."""
    return document_triples(doc_id, records, vocabulary, content_hash, info).graph()
