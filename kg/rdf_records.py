"""RDF → statement records: the inverse of kg.rdf's mapping, so that a graph (built by kg,
exported, or made by another tool in the same model) gives back the records it was built from."""

from __future__ import annotations

import json

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, PROV, SDO, SKOS

from kg.errors import KgError
from kg.namespaces import ACT, KG, OA, TOPIC, WD
from kg.rdf import document_id
from kg.records import ActorRef, Event, Evidence, StatementRecord
from kg.vocabulary import Vocabulary


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
    when, place = graph.value(event, DCTERMS.date), graph.value(event, SDO.location)
    return Event(str(graph.value(event, KG.eventType)), participants,
                 str(when) if when else None, str(place) if place else None)


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
