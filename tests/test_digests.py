"""Statement digests (kg/digests.py): the actor-topic and agreement views counted from them give
what the packaged queries give, a store without them falls back to the queries, and exported
RDF carries none but gets them again when imported."""

import io
import json

import pytest

from kg.building import build
from kg.digests import read_digests
from kg.querying import run_query
from kg.store import open_store
from kg.views import Filters, actor_topic, agreement, disagreement
from tests.test_relations import statement, store_of

SEED = "tests/corpus/seed"
DEV = "tests/corpus/dev"


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory, vocabulary):
    from pathlib import Path

    folder = tmp_path_factory.mktemp("digests")
    with open_store(str(folder / "store")) as store:
        report = build([Path(SEED), Path(DEV)], store, vocabulary)
        assert not report.refused
        yield store


def topic_edges(graph):
    return {(graph.nodes[a]["label"] if graph.nodes[a]["type"] == "actor" else graph.nodes[b]["label"],
             graph.nodes[b].get("topic") or graph.nodes[a].get("topic")): (d["weight"], d["support"], d["oppose"], d["neutral"])
            for a, b, d in graph.edges(data=True)}


def topic_rows(rows):
    return {(r["actor"], r["topic_id"]): (r["statements"], r["support"], r["oppose"], r["neutral"]) for r in rows}


def pair_edges(graph):
    return {tuple(sorted((graph.nodes[a]["label"], graph.nodes[b]["label"]))):
            (d["joint"], d["same_stance"], frozenset(d["topics"].split())) for a, b, d in graph.edges(data=True)}


def pair_rows(rows):
    return {(r["actor1"], r["actor2"]): (r["joint"], r["same_stance"], frozenset((r["topics"] or "").split()))
            for r in rows}


@pytest.mark.parametrize("filters", [{}, {"actor": "Sergey Lavrov"}, {"topic": "ukraine-conflict"},
                                     {"start": "2025-07-01", "end": "2025-09-30"},
                                     {"document": "lavrov-rubio-2025-09-24.txt"}])
def test_actor_topic_from_digests_is_the_actor_topic_query(corpus_store, vocabulary, filters):
    assert read_digests(corpus_store) is not None
    params = {{"start": "from", "end": "to"}.get(k, k): v for k, v in filters.items()}
    expected = topic_rows(run_query(corpus_store, "actor-topic", vocabulary, params))
    assert expected  # every filter here keeps some statements
    assert topic_edges(actor_topic(corpus_store, vocabulary, Filters(**filters))) == expected


@pytest.mark.parametrize("level", ["actor", "country"])
def test_agreement_from_digests_is_the_agreements_query(corpus_store, vocabulary, level):
    expected = pair_rows(run_query(corpus_store, "agreements", vocabulary, {"level": level}))
    assert len(expected) > 20
    view = agreement(corpus_store, vocabulary, Filters(level=level))
    assert pair_edges(view) == expected
    assert all(d["evidence"] for _, _, d in view.edges(data=True))


@pytest.mark.parametrize("level", ["actor", "country"])
def test_disagreement_from_digests_is_the_disagreements_query(corpus_store, vocabulary, level):
    expected = {(r["actor1"], r["actor2"]): (r["opposite_stance"], r["targeted"], frozenset(r["topics"].split()))
                for r in run_query(corpus_store, "disagreements", vocabulary, {"level": level})}
    assert len(expected) > 10 and any(opposite for opposite, _, _ in expected.values())
    view = disagreement(corpus_store, vocabulary, Filters(level=level))
    assert {tuple(sorted((view.nodes[a]["label"], view.nodes[b]["label"]))):
            (d["opposite_stance"], d["targeted"], frozenset(d["topics"].split()))
            for a, b, d in view.edges(data=True)} == expected


def test_statements_made_together_and_old_criticism(tmp_path, vocabulary):
    """A statement two actors made together pairs them (joint) but is not a separate statement
    of either: it does not pair with the other's own statements. Criticism outside the window
    cancels nothing."""
    together = dict(statement("a.txt", "2025-01-10", "Sergey Lavrov", "support", "support", "arms-control",
                              "Lavrov and Wang backed the treaty."), actors=["Sergey Lavrov", "Wang Yi"], joint=True)
    records = [
        together,
        statement("b.txt", "2026-08-01", "Wang Yi", "support", "support", "arms-control", "Wang backed the treaty."),
        statement("c.txt", "2024-01-01", "Marco Rubio", "criticize", "oppose", "arms-control",
                  "Rubio condemned Lavrov's stance.", ["Sergey Lavrov"]),
        statement("d.txt", "2025-06-01", "Marco Rubio", "support", "support", "arms-control", "Rubio backed the treaty."),
        statement("e.txt", "2025-06-02", "Sergey Lavrov", "support", "support", "arms-control", "Lavrov backed it."),
    ]
    with store_of(tmp_path, vocabulary, records) as store:
        rows = pair_rows(run_query(store, "agreements", vocabulary))
        assert rows[("Sergey Lavrov", "Wang Yi")][:2] == (1, 0)  # joint only: 2026-08 is over a year after 2025-06
        assert rows[("Marco Rubio", "Sergey Lavrov")][:2] == (0, 1)  # the 2024 criticism is over a year before
        assert rows[("Marco Rubio", "Wang Yi")][:2] == (0, 1)  # the statement made together is Wang's too
        assert pair_edges(agreement(store, vocabulary)) == rows


def test_a_store_without_digests_is_read_by_the_queries(tmp_path, vocabulary):
    records = [statement("a.txt", "2025-03-01", "Sergey Lavrov", "support", "support", "arms-control", "Lavrov backed it."),
               statement("b.txt", "2025-03-02", "Marco Rubio", "support", "support", "arms-control", "Rubio backed it.")]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    with open_store(str(tmp_path / "store")) as store:
        build([path], store, vocabulary)
        with_digests = pair_edges(agreement(store, vocabulary)), topic_edges(actor_topic(store, vocabulary))
        store.oxigraph.update("DELETE WHERE { GRAPH ?g { ?doc <https://w3id.org/diplo-kg/ontology#statementDigest> ?d } }")
        assert read_digests(store) is None
        assert (pair_edges(agreement(store, vocabulary)), topic_edges(actor_topic(store, vocabulary))) == with_digests
        assert with_digests[0] == {("Marco Rubio", "Sergey Lavrov"): (0, 1, frozenset({"arms-control"}))}


def test_exports_leave_digests_out_and_imports_write_them(corpus_store, vocabulary, tmp_path):
    out = io.BytesIO()
    corpus_store.dump(out, "nquads")
    exported = out.getvalue().decode("utf-8")
    assert "#Statement>" in exported and "> <https://w3id.org/diplo-kg/ontology#statementDigest> " not in exported
    (tmp_path / "all.nq").write_text(exported, encoding="utf-8")
    with open_store(str(tmp_path / "store")) as store:
        build([tmp_path / "all.nq"], store, vocabulary)
        digested = read_digests(store)
        assert digested is not None
        assert sorted(digested) == sorted(read_digests(corpus_store))
        assert pair_edges(agreement(store, vocabulary)) == pair_edges(agreement(corpus_store, vocabulary))
