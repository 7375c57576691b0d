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
from collections.abc import Iterable
from urllib.parse import quote, unquote

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS

from kg.documents import Document
from kg.errors import KgError
from kg.namespaces import ACT, DOC, EVENT, EVIDENCE, KG, OA, POSITION, ROLE, STATEMENT, TOPIC, WD
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


def _date(value: str) -> Literal:
    return Literal(value, datatype=XSD.dateTime if "T" in value else XSD.date)


class _Mapper:
    """Adds the triples of one document's records to one graph."""

    def __init__(self, vocabulary: Vocabulary, graph: Graph, doc: URIRef) -> None:
        self.vocabulary = vocabulary
        self.graph = graph
        self.doc = doc

    def actor(self, ref: ActorRef, where: str) -> URIRef:
        known = (self.vocabulary.actor_by_qid.get(ref.wikidata or "")
                 or self.vocabulary.find_actor(ref.name))
        if known is not None:
            return known
        log.warning("%s: actor %r is not in the gazetteer; it gets its own IRI "
                    "(add it to a --vocab Turtle file to link it)", where, ref.name)
        iri = actor_iri(ref.name, ref.wikidata)
        self.graph.add((iri, RDF.type, KG.Actor))
        self.graph.add((iri, RDFS.label, Literal(ref.name)))
        if ref.wikidata:
            self.graph.add((iri, OWL.sameAs, WD[ref.wikidata]))
        return iri

    def evidence(self, ev: Evidence) -> URIRef:
        iri = EVIDENCE[_key(str(self.doc), ev.start, ev.end)]
        span = URIRef(f"{iri}-span")
        g = self.graph
        g.add((iri, RDF.type, KG.Evidence))
        g.add((iri, OA.hasSource, self.doc))
        g.add((iri, OA.hasSelector, span))
        g.add((iri, DCTERMS.language, Literal(ev.lang)))
        g.add((span, RDF.type, KG.TextSpan))
        g.add((span, OA.start, Literal(ev.start)))
        g.add((span, OA.end, Literal(ev.end)))
        g.add((span, OA.exact, Literal(ev.text, lang=ev.lang)))
        return iri

    def event(self, event: Event, where: str) -> URIRef:
        participants = [self.actor(p, where) for p in event.participants]
        iri = EVENT[_key(event.type, event.date, event.place, sorted(str(p) for p in participants))]
        g = self.graph
        g.add((iri, RDF.type, KG.Event))
        g.add((iri, KG.eventType, Literal(event.type)))
        for participant in participants:
            g.add((iri, KG.participant, participant))
        self.ordered(iri, KG.participantList, participants)
        if event.date:
            g.add((iri, DCTERMS.date, _date(event.date)))
        if event.place:
            g.add((iri, SDO.location, Literal(event.place)))
        return iri

    def statement(self, record: StatementRecord, where: str) -> URIRef:
        v, g = self.vocabulary, self.graph
        act = v.act(record.act, where)
        topics = [v.topic(t, where) for t in record.topics]
        actors = [self.actor(a, where) for a in record.actors]
        spans = sorted((e.lang, e.start, e.end) for e in record.evidence)
        key = _key(str(self.doc), spans, record.act, sorted(str(a) for a in actors),
                   sorted(record.position.items()))
        stmt, position = STATEMENT[key], POSITION[key]
        g.add((stmt, RDF.type, KG.Statement))
        g.add((stmt, KG.act, act))
        g.add((stmt, KG.position, position))
        g.add((stmt, KG.stance, STANCE_IRIS[record.stance]))
        g.add((stmt, KG.joint, Literal(record.joint)))
        g.add((stmt, DCTERMS.date, _date(record.date)))
        g.add((stmt, KG.document, self.doc))
        g.add((stmt, KG.method, Literal(record.method)))
        g.add((position, RDF.type, KG.Position))
        for lang, text in record.position.items():
            g.add((position, RDFS.label, Literal(text, lang=lang)))
        for lang, text in record.verb.items():
            g.add((stmt, KG.verb, Literal(text, lang=lang)))
        for topic in topics:
            g.add((stmt, KG.topic, topic))
            g.add((position, KG.about, topic))
        self.ordered(stmt, KG.topicList, topics)
        self.ordered(stmt, KG.actorList, actors)
        for ref, actor in zip(record.actors, actors):
            g.add((stmt, KG.actor, actor))
            g.add((actor, KG.asserts, position))
            if ref.role or ref.wikidata:
                self.attribution(stmt, actor, ref)
        targets = [self.actor(t, where) for t in record.targets]
        for target in targets:
            g.add((stmt, KG.target, target))
        self.ordered(stmt, KG.targetList, targets)
        for ev in record.evidence:
            g.add((stmt, KG.evidence, self.evidence(ev)))
        if record.event is not None:
            g.add((stmt, KG.madeAt, self.event(record.event, where)))
        if record.extra:
            extra = json.dumps(record.extra, ensure_ascii=False, sort_keys=True)
            g.add((stmt, KG.extra, Literal(extra, datatype=RDF.JSON)))
        return stmt

    def ordered(self, subject: URIRef, predicate: URIRef, items: list[URIRef]) -> None:
        """The order of several values, as an RDF list with IRIs derived from the subject."""
        if len(items) < 2:
            return
        nodes = [URIRef(f"{subject}-{_local(predicate, KG._NS)}-{i}") for i in range(len(items))]
        self.graph.add((subject, predicate, nodes[0]))
        for node, item, rest in zip(nodes, items, nodes[1:] + [RDF.nil]):
            self.graph.add((node, RDF.first, item))
            self.graph.add((node, RDF.rest, rest))

    def attribution(self, stmt: URIRef, actor: URIRef, ref: ActorRef) -> None:
        """PROV's qualified attribution: the actor as the record named it, in a role."""
        g = self.graph
        attribution = URIRef(f"{stmt}-by-{slug(str(actor).rsplit('/', 1)[-1])}")
        g.add((stmt, PROV.qualifiedAttribution, attribution))
        g.add((attribution, RDF.type, PROV.Attribution))
        g.add((attribution, PROV.agent, actor))
        if ref.wikidata:
            g.add((actor, OWL.sameAs, WD[ref.wikidata]))
        if ref.role:
            role = ROLE[slug(ref.role)]
            g.add((attribution, PROV.hadRole, role))
            g.add((role, RDF.type, KG.Role))
            g.add((role, RDFS.label, Literal(ref.role)))


def document_graph(doc_id: str, records: Iterable[tuple[str, StatementRecord]],
                   vocabulary: Vocabulary, content_hash: str, info: Document | None = None) -> Graph:
    """The triples of one document: the document node (with what reading its text told, when
    it was read) and each (where, record) given."""
    doc = document_iri(doc_id)
    graph = Graph(identifier=doc)
    graph.add((doc, RDF.type, KG.Document))
    graph.add((doc, DCTERMS.identifier, Literal(doc_id)))
    graph.add((doc, KG.contentHash, Literal(content_hash)))
    source = info.source if info and info.source else doc_id
    if source.startswith(("http://", "https://")):
        graph.add((doc, DCTERMS.source, URIRef(source)))
    if info is not None:
        for note in info.notes:
            graph.add((doc, KG.translationNote, Literal(note)))
        for lang in info.languages:
            graph.add((doc, DCTERMS.language, Literal(lang)))
    mapper = _Mapper(vocabulary, graph, doc)
    dates = set()
    for where, record in records:
        mapper.statement(record, where)
        dates.add(record.date[:10])
    if len(dates) == 1:
        graph.add((doc, DCTERMS.date, _date(dates.pop())))
    return graph


# ---------------------------------------------------------------- RDF → records


def _local(iri: URIRef, namespace: object) -> str:
    text = str(iri)
    if not text.startswith(str(namespace)):
        raise KgError(f"{text} is not in {namespace}")
    return text[len(str(namespace)):]


def _in_order(graph: Graph, subject: URIRef, predicate: URIRef, list_predicate: URIRef) -> list[URIRef]:
    """The values of a multi-valued property, in the order its RDF list keeps, if any."""
    head = graph.value(subject, list_predicate)
    if head is not None:
        return list(Collection(graph, head))
    return sorted(graph.objects(subject, predicate))


def _lang_map(graph: Graph, subject: URIRef, predicate: URIRef) -> dict[str, str]:
    return {o.language: str(o) for o in graph.objects(subject, predicate)
            if isinstance(o, Literal) and o.language}


def _actor_name(graph: Graph, vocabulary: Vocabulary, actor: URIRef) -> str:
    return (vocabulary.name_of(actor) or graph.value(actor, RDFS.label)
            or graph.value(actor, SKOS.prefLabel) or str(actor))


def _qid(graph: Graph, actor: URIRef) -> str | None:
    for same in graph.objects(actor, OWL.sameAs):
        if str(same).startswith(str(WD)):
            return str(same)[len(str(WD)):]
    return None


def _statement_actors(graph: Graph, vocabulary: Vocabulary, stmt: URIRef) -> list[ActorRef]:
    qualified = {}
    for attribution in graph.objects(stmt, PROV.qualifiedAttribution):
        agent = graph.value(attribution, PROV.agent)
        role = graph.value(graph.value(attribution, PROV.hadRole), RDFS.label)
        qualified[agent] = (_qid(graph, agent), str(role) if role else None)
    refs = []
    for actor in _in_order(graph, stmt, KG.actor, KG.actorList):
        qid, role = qualified.get(actor, (None, None))
        refs.append(ActorRef(str(_actor_name(graph, vocabulary, actor)), qid, role))
    return refs


def _evidence_of(graph: Graph, stmt: URIRef) -> list[Evidence]:
    found = []
    for ev in graph.objects(stmt, KG.evidence):
        span = graph.value(ev, OA.hasSelector)
        exact = graph.value(span, OA.exact)
        found.append(Evidence(exact.language or str(graph.value(ev, DCTERMS.language)), str(exact),
                              int(graph.value(span, OA.start)), int(graph.value(span, OA.end))))
    return sorted(found, key=lambda e: e.start)


def _event_of(graph: Graph, vocabulary: Vocabulary, stmt: URIRef) -> Event | None:
    event = graph.value(stmt, KG.madeAt)
    if event is None:
        return None
    participants = tuple(ActorRef(str(_actor_name(graph, vocabulary, p)))
                         for p in _in_order(graph, event, KG.participant, KG.participantList))
    date, place = graph.value(event, DCTERMS.date), graph.value(event, SDO.location)
    return Event(str(graph.value(event, KG.eventType)), participants,
                 str(date) if date else None, str(place) if place else None)


def statement_record(graph: Graph, vocabulary: Vocabulary, stmt: URIRef) -> StatementRecord:
    """The record a statement node was built from (actor names in their canonical form)."""
    position = graph.value(stmt, KG.position)
    stance = graph.value(stmt, KG.stance)
    extra = graph.value(stmt, KG.extra)
    doc = graph.value(stmt, KG.document)
    return StatementRecord(
        doc=document_id(doc),
        date=str(graph.value(stmt, DCTERMS.date)),
        actors=tuple(_statement_actors(graph, vocabulary, stmt)),
        act=_local(graph.value(stmt, KG.act), ACT),
        position=_lang_map(graph, position, RDFS.label),
        topics=tuple(_local(t, TOPIC) for t in _in_order(graph, stmt, KG.topic, KG.topicList)),
        stance=_local(stance, KG._NS),
        evidence=tuple(_evidence_of(graph, stmt)),
        verb=_lang_map(graph, stmt, KG.verb),
        targets=tuple(ActorRef(str(_actor_name(graph, vocabulary, t)))
                      for t in _in_order(graph, stmt, KG.target, KG.targetList)),
        joint=bool(graph.value(stmt, KG.joint).toPython()),
        event=_event_of(graph, vocabulary, stmt),
        method=str(graph.value(stmt, KG.method) or "coded"),
        extra=json.loads(str(extra)) if extra is not None else {},
    )


def graph_records(graph: Graph, vocabulary: Vocabulary) -> list[StatementRecord]:
    """Every statement of a graph as a record, in document and text order."""
    records = [statement_record(graph, vocabulary, s) for s in set(graph.subjects(RDF.type, KG.Statement))]
    return sorted(records, key=lambda r: (r.doc, r.evidence[0].start if r.evidence else 0, r.act))
