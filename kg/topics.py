"""The topics of the vocabulary beside the store: what an analyst can ask about, and how much is said.

The topic scheme (ontology/topics.ttl and the user's Turtle) with each topic's labels and broader
topic; the A–B relations topics derived for every pair of countries and blocs are listed only
when statements are about them (thousands exist), unless every topic is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib.namespace import SKOS

from kg.querying import run_query
from kg.store import GraphStore
from kg.vocabulary import Vocabulary


@dataclass(frozen=True)
class Topic:
    """A topic of the vocabulary, with the number of stored statements about it."""

    id: str
    labels: dict[str, str]  # language → label
    broader: str  # the broader topic's id ("" for a top topic)
    statements: int


def topics(vocabulary: Vocabulary, store: GraphStore | None = None, every: bool = False) -> list[Topic]:
    """The vocabulary's topics, most statements first, then by id: the derived relations topics
    only when statements are about them, unless `every`."""
    counts = {str(row["topic"]): int(row["statements"]) for row in run_query(store, "topics", vocabulary)} \
        if store is not None else {}
    found = [Topic(topic_id, {label.language: str(label) for label in vocabulary.graph.objects(concept, SKOS.prefLabel)},
                   vocabulary.broader(topic_id), counts.get(topic_id, 0))
             for topic_id, concept in vocabulary.topics.items()]
    found += [Topic(topic_id, {lang: vocabulary.relation_label(topic_id, lang) for lang in ("en", "it")},
                    vocabulary.broader(topic_id), counts.get(topic_id, 0))
              for topic_id in vocabulary.relations if every or counts.get(topic_id)]
    return sorted(found, key=lambda t: (-t.statements, t.id))
