"""The project's namespaces, declared once.

`KG` is a `DefinedNamespace`, so a typo in a term is an error rather than a silent new IRI;
a test checks it against the terms `ontology/*.ttl` declares.
"""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace
from rdflib.term import URIRef

BASE = "https://w3id.org/diplo-kg/"


class KG(DefinedNamespace):
    """Classes and properties of `ontology/kg.ttl` and `ontology/speech-acts.ttl`."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Statement: URIRef
    Position: URIRef
    Actor: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Document: URIRef
    Evidence: URIRef
    TextSpan: URIRef
    Event: URIRef
    Role: URIRef
    Stance: URIRef
    SpeechAct: URIRef
    Topic: URIRef
    # the short path
    asserts: URIRef
    about: URIRef
    # statement properties
    actor: URIRef
    position: URIRef
    act: URIRef
    stance: URIRef
    topic: URIRef
    target: URIRef
    actorList: URIRef
    targetList: URIRef
    topicList: URIRef
    participantList: URIRef
    joint: URIRef
    verb: URIRef
    evidence: URIRef
    sentence: URIRef
    document: URIRef
    documentId: URIRef
    dayNumber: URIRef
    actorKey: URIRef
    targetKey: URIRef
    actorCountry: URIRef
    targetCountry: URIRef
    actorCountryKey: URIRef
    targetCountryKey: URIRef
    madeAt: URIRef
    method: URIRef
    extra: URIRef
    # evidence and documents
    exact: URIRef
    contentHash: URIRef
    translationNote: URIRef
    statementDigest: URIRef
    # actors, topics and events
    represents: URIRef
    metonym: URIRef
    shortName: URIRef
    demonym: URIRef
    evokedBy: URIRef
    absorbs: URIRef
    narrows: URIRef
    narrowedBy: URIRef
    relationBetween: URIRef
    participant: URIRef
    eventType: URIRef
    # speech-act mappings
    cameo: URIRef
    plover: URIRef
    defaultStance: URIRef
    speechNoun: URIRef
    titleOf: URIRef  # a discourse cue's periphrasis → the titles it means
    seatedAbroad: URIRef  # an institution named with its host country (an embassy)
    # individuals and schemes
    StanceScheme: URIRef
    SpeechActScheme: URIRef
    TopicScheme: URIRef
    DiscourseScheme: URIRef
    InstitutionScheme: URIRef
    DisplayScheme: URIRef
    ActorScheme: URIRef
    support: URIRef
    oppose: URIRef
    neutral: URIRef


ACT = Namespace(BASE + "act/")
TOPIC = Namespace(BASE + "topic/")
ACTOR = Namespace(BASE + "actor/")
DOC = Namespace(BASE + "doc/")
STATEMENT = Namespace(BASE + "statement/")
POSITION = Namespace(BASE + "position/")
EVIDENCE = Namespace(BASE + "evidence/")
EVENT = Namespace(BASE + "event/")
ROLE = Namespace(BASE + "role/")
GRAPH = Namespace(BASE + "graph/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")

VOCABULARY_GRAPH = GRAPH["vocabulary"]

PREFIXES = {
    "kg": KG._NS,
    "act": ACT,
    "topic": TOPIC,
    "actor": ACTOR,
    "doc": DOC,
    "statement": STATEMENT,
    "position": POSITION,
    "evidence": EVIDENCE,
    "event": EVENT,
    "oa": OA,
    "wd": WD,
    # the standard vocabularies the graph uses: known to every query without a PREFIX line
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "owl": OWL._NS,
    "xsd": XSD._NS,
    "skos": SKOS._NS,
    "dcterms": DCTERMS._NS,
    "prov": PROV._NS,
    "schema": SDO._NS,
}
