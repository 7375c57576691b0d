"""The actors a store's statements name, beside the gazetteer: who is in it, and who is not yet.

Names the extractor found in texts (or records gave) that the gazetteer lacks are stored with
an IRI of their own; `stored_actors(…, unknown=True)` lists them and `turtle_stub` writes them as gazetteer
entries to complete (what they represent, their posts, a Wikidata id) and pass with --vocab.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import OWL, RDF, URIRef
from rdflib.namespace import SKOS

from kg.errors import KgError
from kg.namespaces import KG, WD
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
    kind: str = ""  # person, country, organization ("" outside the gazetteer)
    country: str = ""  # what it acts for: a minister's country, an organisation of states itself
    wikidata: str = ""
    aliases: tuple[str, ...] = ()


def stored_actors(store: GraphStore, vocabulary: Vocabulary, unknown: bool = False,
                  country: str | None = None) -> list[StoredActor]:
    """The actors of the store's statements, most statements first (only those the gazetteer
    lacks, with `unknown`; only those that act for `country`, a name, alias or Wikidata id)."""
    wanted = _country_of(vocabulary, _resolved(vocabulary, country)) if country else None
    found = []
    for row in run_query(store, "actors"):
        iri = URIRef(row["actor"])
        known = iri in vocabulary.actor_name
        if unknown and known:
            continue
        graph = vocabulary.graph
        acts_for = _country_of(vocabulary, iri) if known else ""
        if wanted is not None and acts_for != wanted:
            continue
        kind = next((k.lower() for k in ("Person", "Country", "Organization") if (iri, RDF.type, KG[k]) in graph), "")
        same = next((str(o)[len(str(WD)):] for o in graph.objects(iri, OWL.sameAs) if str(o).startswith(str(WD))), "")
        aliases = tuple(sorted(str(a) for a in graph.objects(iri, SKOS.altLabel) if a.language in ("en", None)))
        name = vocabulary.actor_name.get(iri) or row["label"] or iri.rsplit("/", 1)[-1]
        found.append(StoredActor(str(iri), str(name), known, int(row["statements"]),
                                 tuple(sorted(str(row["documents"] or "").split())), kind, acts_for, same, aliases))
    return found


def _resolved(vocabulary: Vocabulary, name: str) -> URIRef:
    found = vocabulary.find_actor(name) or vocabulary.actor_by_qid.get(name)
    if found is None:
        raise KgError(f"unknown country or organisation {name!r}", "--country",
                      "give a name, alias or Wikidata id of the gazetteer (kg actors lists them)")
    return found


def _country_of(vocabulary: Vocabulary, actor: URIRef) -> str:
    """The name of what an actor acts for, followed through kg:represents (a minister → Russia,
    a ministry → its country), else of the actor itself."""
    return vocabulary.actor_name.get(vocabulary.acts_for.get(str(actor), actor), "")


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
