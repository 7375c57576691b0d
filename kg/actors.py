"""The actors a store's statements name, beside the gazetteer: who is in it, and who is not yet.

Names the extractor found in texts (or records gave) that the gazetteer lacks are stored with
an IRI of their own; `stored_actors(…, unknown=True)` lists them and `turtle_stub` writes them as gazetteer
entries to complete (what they represent, their posts, a Wikidata id) and pass with --vocab.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.querying import run_query
from kg.store import GraphStore
from kg.vocabulary import Vocabulary


@dataclass(frozen=True)
class StoredActor:
    """An actor that asserts statements in the store."""

    iri: str
    name: str
    known: bool  # in the gazetteer
    statements: int
    documents: tuple[str, ...]


def stored_actors(store: GraphStore, vocabulary: Vocabulary, unknown: bool = False) -> list[StoredActor]:
    """The actors of the store's statements, most statements first (only those the gazetteer
    lacks, with `unknown`)."""
    found = []
    for row in run_query(store, "actors"):
        iri = URIRef(row["actor"])
        known = iri in vocabulary.actor_name
        if unknown and known:
            continue
        name = vocabulary.actor_name.get(iri) or row["label"] or iri.rsplit("/", 1)[-1]
        found.append(StoredActor(str(iri), str(name), known, int(row["statements"]),
                                 tuple(sorted(str(row["documents"] or "").split()))))
    return found


def turtle_stub(actors: list[StoredActor]) -> str:
    """Gazetteer entries for actors outside it, to complete and pass with --vocab."""
    lines = ["# Actors found in texts that the gazetteer lacks: check each, complete it (kg:represents,",
             "# posts, owl:sameAs with a Wikidata id, aliases) and pass this file with --vocab.",
             "@prefix kg:    <https://w3id.org/diplo-kg/ontology#> .",
             "@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .",
             ""]
    for actor in actors:
        name = actor.name.replace("\\", "\\\\").replace('"', '\\"')
        lines += [f"# {actor.statements} statement(s) in {', '.join(actor.documents[:5])}"
                  + (" …" if len(actor.documents) > 5 else ""),
                  f"<{actor.iri}> a kg:Person ; skos:inScheme kg:ActorScheme ;",
                  f'    skos:prefLabel "{name}"@en .',
                  ""]
    return "\n".join(lines)
