"""SHACL: the seed passes; statements missing what makes them valid fail with a message."""

import pytest
from rdflib import RDF, Literal, URIRef

from kg.building import build
from kg.namespaces import KG, OA
from kg.exporting import store_dataset, union_of
from kg.validate import validate_graph
from tests.conftest import SEED_GOLD


@pytest.fixture
def seed_graph(vocabulary):
    from kg.store import open_store
    with open_store("memory") as store:
        build([SEED_GOLD], store, vocabulary)
        return union_of(store_dataset(store))


def first_statement(graph):
    return sorted(graph.subjects(RDF.type, KG.Statement))[0]


def test_the_seed_conforms(seed_graph, vocabulary):
    assert validate_graph(seed_graph, vocabulary) == []


def remove_all(graph, subject, predicate):
    for value in list(graph.objects(subject, predicate)):
        graph.remove((subject, predicate, value))


@pytest.mark.parametrize("break_it, expected", [
    (lambda g, s: remove_all(g, s, KG.actor), "at least one actor"),
    (lambda g, s: g.add((s, KG.act, URIRef("https://example.org/praise"))), "exactly one speech act"),
    (lambda g, s: (remove_all(g, s, KG.stance), g.add((s, KG.stance, KG.Stance))), "stance"),
    (lambda g, s: remove_all(g, s, KG.evidence), "at least one evidence"),
    (lambda g, s: remove_all(g, g.value(s, KG.position), __import__("rdflib").RDFS.label),
     "language-tagged label"),
    (lambda g, s: g.set((g.value(g.value(s, KG.evidence), OA.hasSelector), OA.end, Literal(5))),
     "end - start must equal the length"),
])
def test_broken_statements_fail_with_a_message(seed_graph, vocabulary, break_it, expected):
    break_it(seed_graph, first_statement(seed_graph))
    violations = validate_graph(seed_graph, vocabulary)
    assert violations
    assert any(expected in str(v) for v in violations), violations


def test_a_violation_names_the_document_and_the_sentence(seed_graph, vocabulary):
    statement = first_statement(seed_graph)
    remove_all(seed_graph, statement, KG.actor)
    (violation,) = [v for v in validate_graph(seed_graph, vocabulary) if "at least one actor" in str(v)]
    sentence = str(seed_graph.value(statement, KG.sentence))
    assert violation.where.startswith("document lavrov-rubio-2025-09-24.txt, sentence ")
    assert sentence[:40] in str(violation)
