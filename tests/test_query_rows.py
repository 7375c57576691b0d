"""Every query's exact rows on the graph extracted from the seed readout (checked by hand
against tests/corpus/seed/lavrov-rubio-2025-09-24.gold.jsonl)."""

import pytest

from kg.building import build
from kg.querying import load_query, query_names, run_query
from kg.store import open_store
from tests.conftest import CORPUS

SEED_TEXT = CORPUS / "seed" / "lavrov-rubio-2025-09-24.txt"
DOC = "lavrov-rubio-2025-09-24.txt"
PROTRACT = "Lavrov emphasized that Kiev and Europe’s efforts to protract conflict are unacceptable"


@pytest.fixture(scope="module")
def seed(vocabulary):
    with open_store("memory") as store:
        build([SEED_TEXT], store, vocabulary)
        yield store


def rows(store, vocabulary, name, columns, **values):
    """The chosen columns of a query's rows, sorted; GROUP_CONCAT lists (whose order SPARQL leaves
    to the engine) sorted too."""
    found = run_query(store, name, vocabulary, values)

    def cell(value):
        return ", ".join(sorted(value.split(", "))) if isinstance(value, str) and ", " in value else value

    return sorted(tuple(cell(row[c]) for c in columns) for row in found)


def test_statements_by_actor_by_any_name(seed, vocabulary):
    for name in ("Sergey Lavrov", "Lavrov", "Sergei Lavrov", "lavrov", "Q58217"):
        assert rows(seed, vocabulary, "statements-by-actor", ["act", "stance", "topics"], actor=name) == [
            ("agree", "support", "russia-us-relations"), ("consult", "neutral", "russia-us-relations"),
            ("consult", "neutral", "ukraine-conflict"), ("emphasize", "oppose", "ukraine-conflict"),
            ("emphasize", "support", "russia-us-relations, ukraine-conflict"),
            ("reaffirm", "support", "ukraine-conflict")], name
    rubio = rows(seed, vocabulary, "statements-by-actor", ["act"], actor="Marco Rubio")
    assert rubio == [("agree",), ("consult",), ("consult",), ("emphasize",), ("reaffirm",)]


def test_criticism_agreements_actor_topic(seed, vocabulary):
    assert rows(seed, vocabulary, "criticism", ["actor", "target", "evidence"]) == [
        ("Sergey Lavrov", "Europe", PROTRACT), ("Sergey Lavrov", "Ukraine", PROTRACT)]
    # joint only: their separate statements of one stance on a topic are toward different targets
    assert rows(seed, vocabulary, "agreements", ["actor1", "actor2", "joint", "same_stance"]) == [
        ("Marco Rubio", "Sergey Lavrov", 4, 0)]
    assert rows(seed, vocabulary, "actor-topic", ["actor", "topic_id", "statements", "support", "oppose", "neutral"]) == [
        ("Marco Rubio", "russia-us-relations", 2, 1, 0, 1), ("Marco Rubio", "ukraine-conflict", 3, 2, 0, 1),
        ("Sergey Lavrov", "russia-us-relations", 3, 2, 0, 1), ("Sergey Lavrov", "ukraine-conflict", 4, 2, 1, 1)]


def test_topic_timeline_and_changes(seed, vocabulary):
    by_topic = rows(seed, vocabulary, "statements-by-topic", ["actors", "act", "stance"], topic="Conflitto in Ucraina")
    assert len(by_topic) == 5 and ("Sergey Lavrov", "emphasize", "oppose") in by_topic
    assert rows(seed, vocabulary, "statements-by-topic", ["act"], topic="ukraine-conflict", **{"from": "2026-01-01"}) == []
    timeline = rows(seed, vocabulary, "timeline", ["actor_name", "act", "stance"], actor="Lavrov", topic="ukraine-conflict")
    assert timeline == [("Sergey Lavrov", "consult", "neutral"), ("Sergey Lavrov", "emphasize", "oppose"),
                        ("Sergey Lavrov", "emphasize", "support"), ("Sergey Lavrov", "reaffirm", "support")]
    # one document: its statements are never a change of position (tests/test_relations.py has some)
    assert run_query(seed, "position-changes", vocabulary, {"actor": "Lavrov", "topic": "ukraine-conflict"}) == []


def test_counts_languages_meetings(seed, vocabulary):
    (stats,) = run_query(seed, "stats", vocabulary)
    assert (stats["documents"], stats["statements"], stats["actors"], stats["topics"]) == (1, 7, 2, 2)
    assert sorted(stats["languages"].split()) == ["en", "it"]
    assert rows(seed, vocabulary, "languages", ["lang", "statements"]) == [("en", 7), ("it", 7)]
    assert run_query(seed, "untranslated", vocabulary) == []
    assert rows(seed, vocabulary, "meetings", ["type", "participants", "statements"]) == [
        ("meeting", "Marco Rubio, Sergey Lavrov", 7)]
    assert rows(seed, vocabulary, "documents", ["document", "statements"]) == [(DOC, 7)]
    assert rows(seed, vocabulary, "topics", ["topic", "statements", "actors"]) == [
        ("russia-us-relations", 3, 2), ("ukraine-conflict", 5, 2)]
    assert rows(seed, vocabulary, "acts", ["act", "statements"]) == [
        ("agree", 1), ("consult", 2), ("emphasize", 3), ("reaffirm", 1)]
    assert rows(seed, vocabulary, "actors-by-wikidata", ["actor", "wikidata", "statements"]) == [
        ("Marco Rubio", "Q324546", 5), ("Sergey Lavrov", "Q58217", 6)]
    assert len(run_query(seed, "statements", vocabulary)) == 7


def test_targets_new_positions_evidence(seed, vocabulary):
    assert rows(seed, vocabulary, "targets-of", ["actor", "stance"], target="Kiev") == [("Sergey Lavrov", "oppose")]
    assert rows(seed, vocabulary, "targets-of", ["actor", "stance"], target="Washington") == [("Sergey Lavrov", "support")]
    assert len(run_query(seed, "new-positions", vocabulary, {"since": "2025-09-24"})) == 9
    assert run_query(seed, "new-positions", vocabulary, {"since": "2025-09-25"}) == []
    (statement,) = [r["statement"] for r in run_query(seed, "criticism", vocabulary) if r["target"] == "Ukraine"]
    evidence = run_query(seed, "evidence", vocabulary, {"statement": statement})
    assert [(r["lang"], r["start"], r["end"]) for r in evidence] == [("it", 923, 1030), ("en", 1860, 1946)]


def test_actor_target(seed, vocabulary):
    assert rows(seed, vocabulary, "actor-target", ["target_iri", "statements", "support", "oppose", "neutral"]) == [
        ("https://w3id.org/diplo-kg/actor/europe", 1, 0, 1, 0),
        ("https://w3id.org/diplo-kg/actor/ukraine", 1, 0, 1, 0),
        ("https://w3id.org/diplo-kg/actor/united-states", 1, 1, 0, 0)]
    (row,) = run_query(seed, "actor-target", vocabulary, {"lang": "it", "actor": "Lavrov", "topic": "russia-us-relations"})
    assert row["evidence"].startswith("Lavrov ha sottolineato la sua disponibilità")
    # a derived relations topic is found by its label in either language too
    for label in ("Russia–United States relations", "relazioni Russia-Stati Uniti"):
        assert run_query(seed, "actor-target", vocabulary, {"lang": "it", "actor": "Lavrov", "topic": label}) == [row]


def test_topic_pairs(seed, vocabulary):
    assert rows(seed, vocabulary, "topic-pairs", ["topic1", "topic2", "statements"]) == [
        ("russia-us-relations", "russia-us-relations", 3), ("russia-us-relations", "ukraine-conflict", 1),
        ("ukraine-conflict", "ukraine-conflict", 5)]


def test_edges_and_texts_for_the_views(seed, vocabulary):
    edges = run_query(seed, "statement-edges", vocabulary, {"actor": "Lavrov", "topic": "ukraine-conflict"})
    assert len({r["statement"] for r in edges}) == 4
    texts = run_query(seed, "statement-texts", vocabulary, {"lang": "it"})
    assert any(r["position"].endswith("inaccettabili") for r in texts)


def test_actors_counts_each_speakers_statements_and_documents(seed, vocabulary):
    assert rows(seed, vocabulary, "actors", ["actor", "label", "statements", "documents"]) == [
        ("https://w3id.org/diplo-kg/actor/marco-rubio", None, 5, "lavrov-rubio-2025-09-24.txt"),
        ("https://w3id.org/diplo-kg/actor/sergey-lavrov", None, 6, "lavrov-rubio-2025-09-24.txt")]


def test_a_documents_statements_and_a_statements_fields(seed, vocabulary):
    spans = run_query(seed, "document-statements", vocabulary, {"document": DOC})
    assert len(spans) == 14 and len({r["statement"] for r in spans}) == 7  # each in English and Italian
    assert [r["start"] for r in spans] == sorted(r["start"] for r in spans)
    (protract,) = [r for r in spans if r["sentence"] == PROTRACT]
    assert (protract["actors"], protract["act"], protract["stance"], protract["language"]) == \
        ("Sergey Lavrov", "emphasize", "oppose", "en")
    assert protract["position"] == "Kiev and Europe’s efforts to protract conflict are unacceptable"
    fields = rows(seed, vocabulary, "statement-fields", ["field", "value", "language"],
                  statement=protract["statement"])
    assert ("actor", "Sergey Lavrov", None) in fields and ("stance", "oppose", None) in fields
    assert {v for f, v, _ in fields if f == "target"} == {"Europe", "Ukraine"}
    assert ("verb", "ha sottolineato", "it") in fields and ("topic", "ukraine-conflict", None) in fields
    assert run_query(seed, "document-statements", vocabulary, {"document": "no-such.txt"}) == []


def test_every_query_is_covered_here():
    covered = {"document-statements", "statement-fields", "actors", "actor-target", "topic-pairs", "statements-by-actor", "criticism", "agreements", "actor-topic", "statements-by-topic", "timeline",
               "position-changes", "stats", "languages", "untranslated", "meetings", "documents", "topics", "acts",
               "actors-by-wikidata", "statements", "targets-of", "new-positions", "evidence", "statement-edges",
               "statement-texts", "events", "disagreements", "mutual-criticism", "reaffirmations"}
    assert set(query_names()) == covered
    assert all(load_query(name).columns for name in covered)
