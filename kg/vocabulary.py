"""The vocabulary (the ontology as data): load the packaged Turtle, derive bilateral topics, index the lexicon.

The Turtle files under `ontology/` are the single source of the vocabulary: speech acts,
topics and actors with their labels in each language. Users extend them by passing their own
Turtle files (`--vocab FILE.ttl`), never by editing Python.
"""

from __future__ import annotations

import difflib
import hashlib
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from kg.errors import KgError
from kg.namespaces import ACTOR, KG, TOPIC, WD

VOCABULARY_FILES = ("kg.ttl", "speech-acts.ttl", "topics.ttl", "actors.ttl", "discourse.ttl")
SHAPES_FILE = "shapes.ttl"
DISPLAY_FILE = "display.ttl"  # the words of the views' pictures and pages (not stored with the graph)
RELATIONS_SUFFIX = "-relations"
DERIVATION = "2"  # how the vocabulary is indexed; a change makes stores replace their vocabulary graph


def packaged_file(name: str) -> str:
    """The text of one packaged ontology file (works from a wheel as from a checkout)."""
    return resources.files("kg.ontology").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def display_words(lang: str) -> dict[str, str]:
    """The words of the views (titles, the legend's kinds, the stances) by notation, in `lang`
    where display.ttl and kg.ttl have it, else in English."""
    graph = Graph().parse(data=packaged_file(DISPLAY_FILE), format="turtle")
    graph.parse(data=packaged_file("kg.ttl"), format="turtle")
    words = {}
    for scheme in (KG.DisplayScheme, KG.StanceScheme):
        for concept in graph.subjects(SKOS.inScheme, scheme):
            words[str(graph.value(concept, SKOS.notation))] = _label(graph, concept, SKOS.prefLabel, lang) or \
                _label(graph, concept, SKOS.prefLabel, "en") or ""
    return words


def shapes_graph() -> Graph:
    """The SHACL shapes of a valid statement."""
    return Graph().parse(data=packaged_file(SHAPES_FILE), format="turtle")


def normalize_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key for matching names and aliases."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", letters).split())


def close_matches(value: str, choices: list[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Known names close to a mistyped one (none for a long value: comparing costs its length squared)."""
    return difflib.get_close_matches(value, choices, n=n, cutoff=cutoff) if len(value) <= 100 else []


def slug(name: str) -> str:
    """Lower-case ASCII id with hyphens, as used in IRIs and bilateral topic ids."""
    return normalize_name(name).replace("_", " ").replace(" ", "-")


def _read_vocabulary_sources(extra: Sequence[Path]) -> tuple[Graph, str]:
    graph = Graph()
    digest = hashlib.sha256(DERIVATION.encode())
    for name in VOCABULARY_FILES:
        text = packaged_file(name)
        digest.update(text.encode("utf-8"))
        graph.parse(data=text, format="turtle")
    for path in extra:
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
            graph.parse(data=text, format="turtle", publicID=Path(path).resolve().as_uri())
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError(f"cannot read vocabulary file: {exc}", str(path),
                          "give a readable UTF-8 Turtle file to --vocab") from exc
        except Exception as exc:  # rdflib raises parser-specific exceptions
            raise KgError(f"not valid Turtle: {exc}", str(path),
                          "fix the Turtle syntax (rdflib or riot show the line)") from exc
        digest.update(text.encode("utf-8"))
    return graph, digest.hexdigest()


def short_name(graph: Graph, actor: URIRef) -> str | None:
    """An actor's id in bilateral topic ids: its kg:shortName, else its English name slugged."""
    given = graph.value(actor, KG.shortName)
    if given is not None:
        return str(given)
    english = _label(graph, actor, SKOS.prefLabel, "en")
    return slug(english) if english else None


def _label(graph: Graph, subject: URIRef, predicate: URIRef, lang: str) -> str | None:
    for value in graph.objects(subject, predicate):
        if isinstance(value, Literal) and value.language == lang:
            return str(value)
    return None


def relation_topics(graph: Graph) -> dict[str, tuple[URIRef, URIRef]]:
    """The rule that makes one `A-B-relations` topic for every pair of countries and blocs: each
    topic's id and its two parties.

    The parties are the gazetteer's countries and the actors that carry a kg:shortName (the EU,
    NATO); A and B are their short names in alphabetical order, as the annotation guide says.
    The topics are not written into the vocabulary graph (tens of thousands of pairs, of which a
    store uses a few): `Vocabulary.relation_triples` describes one where a statement is about it.
    """
    parties = set(graph.subjects(RDF.type, KG.Country)) | set(graph.subjects(KG.shortName, None))
    named = sorted((name, p) for p in parties if (name := short_name(graph, p)))
    return {f"{a_id}-{b_id}{RELATIONS_SUFFIX}": (a, b)
            for (a_id, a), (b_id, b) in itertools.combinations(named, 2) if a_id != b_id}


@dataclass(frozen=True)
class Vocabulary:
    """The loaded ontology graph (with the user's Turtle `sources`) and the indexes the mapping needs."""

    graph: Graph
    digest: str
    sources: tuple[Path, ...] = ()
    acts: dict[str, URIRef] = field(default_factory=dict)
    topics: dict[str, URIRef] = field(default_factory=dict)
    actor_by_key: dict[str, URIRef] = field(default_factory=dict)
    actor_name: dict[URIRef, str] = field(default_factory=dict)
    actor_by_qid: dict[str, URIRef] = field(default_factory=dict)
    acts_for: dict[str, URIRef] = field(default_factory=dict)  # see `represented`
    relations: dict[str, tuple[URIRef, URIRef]] = field(default_factory=dict)  # derived topics, see `relation_topics`

    @cached_property
    def ntriples(self) -> str:
        """The vocabulary serialised once as N-Triples, for loading into stores."""
        return self.graph.serialize(format="nt")

    @cached_property
    def topic_id(self) -> dict[str, str]:
        """The id of each topic (the derived relations topics too), by its IRI as text."""
        return {str(TOPIC[topic]): topic for topic in self.relations} | \
            {str(iri): topic for topic, iri in self.topics.items()}

    def topic_concept(self, topic_id: str) -> URIRef | None:
        """The concept of a topic id, whether the vocabulary graph describes it or it is a derived
        A-B-relations topic."""
        return self.topics.get(topic_id) or (TOPIC[topic_id] if topic_id in self.relations else None)

    def broader(self, topic_id: str) -> str:
        """The id of a topic's broader topic ("" for a top topic or an unknown id)."""
        if topic_id in self.relations:
            return "bilateral-relations"
        concept = self.topics.get(topic_id)
        broader = self.graph.value(concept, SKOS.broader) if concept is not None else None
        return str(self.graph.value(broader, SKOS.notation) or "") if broader is not None else ""

    def relation_label(self, topic_id: str, lang: str) -> str:
        """A derived relations topic's label: "Italy–China relations", "relazioni Italia–Cina"."""
        a, b = (self.label(party, lang) or str(party).rsplit("/", 1)[-1] for party in self.relations[topic_id])
        return f"relazioni {a}–{b}" if lang == "it" else f"{a}–{b} relations"

    def relation_triples(self, topic_id: str) -> list[tuple[URIRef, URIRef, URIRef | Literal]]:
        """The description of a derived relations topic, for the vocabulary graph of a store whose
        statements are about it."""
        concept = TOPIC[topic_id]
        a, b = self.relations[topic_id]
        return [(concept, RDF.type, KG.Topic), (concept, SKOS.inScheme, KG.TopicScheme),
                (concept, SKOS.notation, Literal(topic_id)), (concept, SKOS.broader, TOPIC["bilateral-relations"]),
                (concept, KG.relationBetween, a), (concept, KG.relationBetween, b),
                *((concept, SKOS.prefLabel, Literal(self.relation_label(topic_id, lang), lang=lang))
                  for lang in ("en", "it"))]

    def act(self, act_id: str, where: str = "") -> URIRef:
        """The speech-act concept of an id, or an error listing the known ids."""
        if act_id not in self.acts:
            raise KgError(f"unknown act {act_id!r}", where,
                          f"use one of: {', '.join(sorted(self.acts))}")
        return self.acts[act_id]

    def topic(self, topic_id: str, where: str = "") -> URIRef:
        """The topic concept of an id, or an error naming the closest known ids."""
        concept = self.topic_concept(topic_id)
        if concept is None:
            close = close_matches(topic_id, [*self.topics, *self.relations], n=3, cutoff=0.5)
            hint = (f"did you mean {', '.join(close)}?" if close else
                    "use a topic id of ontology/topics.ttl or A-B-relations of two gazetteer countries")
            raise KgError(f"unknown topic {topic_id!r}", where,
                          hint + " (add a skos:Concept to a --vocab file for a new topic)")
        return concept

    def find_actor(self, name: str) -> URIRef | None:
        """The gazetteer actor a name, alias or metonym stands for, if any."""
        return self.actor_by_key.get(normalize_name(name))

    def label(self, iri: URIRef, lang: str) -> str | None:
        """A concept's or actor's preferred label in `lang`, else in English, else any."""
        derived = str(iri).removeprefix(str(TOPIC))
        if derived in self.relations:  # never a topic the graph describes (see _index)
            return self.relation_label(derived, lang)
        labels = {o.language: str(o) for o in self.graph.objects(iri, SKOS.prefLabel)}
        return labels.get(lang) or labels.get("en") or next(iter(labels.values()), None)

    def name_of(self, actor: URIRef) -> str | None:
        """An actor's canonical (English) name."""
        return self.actor_name.get(actor)


def _index(graph: Graph, digest: str, sources: tuple[Path, ...]) -> Vocabulary:
    vocabulary = Vocabulary(graph, digest, sources)
    for concept in graph.subjects(SKOS.inScheme, KG.SpeechActScheme):
        vocabulary.acts[str(graph.value(concept, SKOS.notation))] = concept
    for concept in graph.subjects(SKOS.inScheme, KG.TopicScheme):
        vocabulary.topics[str(graph.value(concept, SKOS.notation))] = concept
    actors = set(graph.subjects(SKOS.inScheme, KG.ActorScheme))
    # metonyms first, so that a real name or alias wins over a metonym for the same key
    for predicate in (KG.metonym, SKOS.altLabel, SKOS.prefLabel):
        for actor in actors:
            for label in graph.objects(actor, predicate):
                vocabulary.actor_by_key[normalize_name(str(label))] = actor
    for actor in actors:
        name = _label(graph, actor, SKOS.prefLabel, "en") or str(graph.value(actor, SKOS.prefLabel))
        vocabulary.actor_name[actor] = name
        for same in graph.objects(actor, OWL.sameAs):
            if str(same).startswith(str(WD)):
                vocabulary.actor_by_qid[str(same)[len(str(WD)):]] = actor
    vocabulary.acts_for.update(represented(graph))
    vocabulary.relations.update((topic_id, parties) for topic_id, parties in relation_topics(graph).items()
                                if topic_id not in vocabulary.topics)
    return vocabulary


def represented(graph: Graph) -> dict[str, URIRef]:
    """For each actor (by IRI) that represents another, the country or organisation at the end
    of its kg:represents chain (a spokesperson → the ministry → India): the country level of
    relations."""
    step = {s: o for s, o in graph.subject_objects(KG.represents) if isinstance(o, URIRef)}
    ends = {}
    for actor, further in step.items():
        seen = {actor}
        while further in step and further not in seen:  # a cycle in user data stops where it closes
            seen.add(further)
            further = step[further]
        ends[str(actor)] = further
    return ends


def load_vocabulary(extra: Iterable[Path | str] = ()) -> Vocabulary:
    """The packaged ontology plus the user's Turtle files, with the bilateral topics indexed."""
    return _load(tuple(Path(p) for p in extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> Vocabulary:
    graph, digest = _read_vocabulary_sources(extra)
    return _index(graph, digest, extra)


def actor_iri(name: str, qid: str | None = None) -> URIRef:
    """The IRI of an actor outside the gazetteer: from its Wikidata id, else its name."""
    return ACTOR[qid] if qid else ACTOR[slug(name)]
