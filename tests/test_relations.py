"""The relation queries mean what their definitions say (README "Queries"): agreements,
disagreements, mutual criticism, position changes, reaffirmations, on stores built for them."""

import json

import pytest

from kg.building import build
from kg.errors import KgError
from kg.querying import run_query
from kg.store import open_store
from kg.views import Filters, actor_topic, agreement, disagreement


def statement(doc, date, actor, act, stance, topic, text, targets=(), start=0):
    return {"doc": doc, "date": date, "actors": [actor], "act": act, "verb": {"en": "said"},
            "position": {"en": text}, "topics": [topic], "stance": stance, "targets": list(targets),
            "joint": False, "evidence": [{"lang": "en", "text": text, "start": start, "end": start + len(text)}]}


def store_of(tmp_path, vocabulary, records):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    store = open_store("memory")
    report = build([path], store, vocabulary)
    assert not report.refused, report.refused
    return store


def pairs(rows):
    return {(r["actor1"], r["actor2"]) for r in rows}


def test_mutual_critics_do_not_agree_and_are_listed_as_mutual_criticism(tmp_path, vocabulary):
    records = [
        statement("a.txt", "2025-03-01", "Sergey Lavrov", "criticize", "oppose", "russia-us-relations",
                  "Lavrov condemned Rubio's remarks.", ["Marco Rubio"]),
        statement("a.txt", "2025-03-01", "Sergey Lavrov", "support", "support", "russia-us-relations",
                  "Lavrov welcomed the talks.", start=40),
        statement("b.txt", "2025-03-04", "Marco Rubio", "criticize", "oppose", "russia-us-relations",
                  "Rubio condemned Lavrov's remarks.", ["Sergey Lavrov"]),
        statement("b.txt", "2025-03-04", "Marco Rubio", "support", "support", "russia-us-relations",
                  "Rubio welcomed the talks.", start=40),
        statement("c.txt", "2025-03-02", "Wang Yi", "support", "support", "russia-us-relations",
                  "Wang welcomed the talks."),
    ]
    with store_of(tmp_path, vocabulary, records) as store:
        agreeing = pairs(run_query(store, "agreements", vocabulary))
        assert ("Marco Rubio", "Sergey Lavrov") not in agreeing  # they criticise each other on the topic
        assert {("Marco Rubio", "Wang Yi"), ("Sergey Lavrov", "Wang Yi")} <= agreeing
        assert pairs(run_query(store, "agreements", vocabulary, {"window": "P1D"})) == {("Sergey Lavrov", "Wang Yi")}
        (mutual,) = run_query(store, "mutual-criticism", vocabulary)
        assert (mutual["actor1"], mutual["actor2"], mutual["by_actor1"], mutual["by_actor2"]) == (
            "Marco Rubio", "Sergey Lavrov", 1, 1)
        assert mutual["topics"] == "russia-us-relations" and "Rubio condemned" in mutual["evidence1"]
        disagreeing = {(r["actor1"], r["actor2"]): r for r in run_query(store, "disagreements", vocabulary)}
        assert disagreeing[("Marco Rubio", "Sergey Lavrov")]["targeted"] == 2
        view = agreement(store, vocabulary)
        assert {tuple(sorted((view.nodes[a]["label"], view.nodes[b]["label"]))) for a, b in view.edges} == agreeing
        against = disagreement(store, vocabulary)
        assert {tuple(sorted((against.nodes[a]["label"], against.nodes[b]["label"]))) for a, b in against.edges} \
            == set(disagreeing)


def test_a_position_changes_across_documents_never_within_one(tmp_path, vocabulary):
    records = [
        statement("a.txt", "2025-03-01", "Sergey Lavrov", "state", "support", "ukraine-conflict", "Lavrov backed the plan."),
        statement("a.txt", "2025-03-01", "Sergey Lavrov", "state", "oppose", "ukraine-conflict",
                  "Lavrov rejected the amendments.", start=40),
        statement("b.txt", "2025-06-01", "Sergey Lavrov", "state", "support", "ukraine-conflict", "Lavrov backed the plan again."),
        statement("c.txt", "2025-09-01", "Sergey Lavrov", "state", "support", "ukraine-conflict", "Lavrov backed it once more."),
    ]
    with store_of(tmp_path, vocabulary, records) as store:
        changes = run_query(store, "position-changes", vocabulary, {"actor": "Lavrov", "topic": "ukraine-conflict"})
        assert [(c["document_before"], c["stance_before"], c["document_after"], c["stance_after"]) for c in changes] == [
            ("a.txt", "oppose", "b.txt", "support")]
        assert changes[0]["position_after"] == "Lavrov backed the plan again."
        (repeated,) = run_query(store, "reaffirmations", vocabulary, {"actor": "Lavrov"})
        assert (repeated["stance"], repeated["documents"], str(repeated["first"]), str(repeated["last"])) == (
            "support", 3, "2025-03-01", "2025-09-01")


COUNTRY_LEVEL = [  # on one topic, within a week: who speaks for whom decides the pairs
    statement("a.txt", "2025-03-01", "Sergey Lavrov", "support", "support", "arms-control", "Lavrov backed the treaty."),
    statement("b.txt", "2025-03-02", "Marco Rubio", "support", "support", "arms-control", "Rubio backed the treaty."),
    statement("c.txt", "2025-03-03", "Randhir Jaiswal", "support", "support", "arms-control",
              "The spokesperson backed the treaty."),  # → the ministry → India
    statement("d.txt", "2025-03-04", "Maria Zakharova", "criticize", "oppose", "arms-control",
              "Zakharova condemned Rubio's remarks.", ["Marco Rubio"]),
    statement("e.txt", "2025-03-05", "Marco Rubio", "criticize", "oppose", "arms-control",
              "Rubio condemned Russia's stance.", ["Russia"]),
]


@pytest.mark.parametrize("kind", ["memory", "embedded"])
def test_the_country_level_pairs_what_the_actors_act_for(tmp_path, vocabulary, kind):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in COUNTRY_LEVEL), encoding="utf-8")
    with open_store("memory" if kind == "memory" else str(tmp_path / "store")) as store:
        build([path], store, vocabulary)
        country = {"level": "country"}
        # as stated, Zakharova and Rubio criticise others than Lavrov and Rubio: these two agree
        assert ("Marco Rubio", "Sergey Lavrov") in pairs(run_query(store, "agreements", vocabulary))
        assert run_query(store, "mutual-criticism", vocabulary) == []
        # as countries, Russia and the United States criticise each other: no agreement, mutual criticism
        agreeing = pairs(run_query(store, "agreements", vocabulary, country))
        assert agreeing == {("India", "Russia"), ("India", "United States")}
        (mutual,) = run_query(store, "mutual-criticism", vocabulary, country)
        assert (mutual["actor1"], mutual["actor2"], mutual["by_actor1"], mutual["by_actor2"]) == (
            "Russia", "United States", 1, 1)
        disagreeing = {(r["actor1"], r["actor2"]): r["targeted"]
                       for r in run_query(store, "disagreements", vocabulary, country)}
        assert disagreeing == {("Russia", "United States"): 2}
        view = agreement(store, vocabulary, Filters(level="country"))
        assert {tuple(sorted((view.nodes[a]["label"], view.nodes[b]["label"]))) for a, b in view.edges} == agreeing
        lavrovs = agreement(store, vocabulary, Filters(actor="Lavrov", level="country"))  # Lavrov's country's pairs
        assert {lavrovs.nodes[n]["label"] for n in lavrovs} == {"India", "Russia"}


def test_a_level_is_actor_or_country_and_only_pair_views_have_one(vocabulary):
    with open_store("memory") as store:
        with pytest.raises(KgError, match="is not a level"):
            run_query(store, "agreements", vocabulary, {"level": "region"})
        with pytest.raises(KgError, match="has no country level"):
            actor_topic(store, vocabulary, Filters(level="country"))
