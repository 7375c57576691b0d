"""Pictures a person can read: labels that never overlap nor leave the picture, the statements
view counted when large, isolated nodes left out, words in the view's language, and an empty
view that says so."""

import subprocess
import sys

import networkx as nx
import pytest

from kg.building import build
from kg.drawing import MAX_LABELS, MAX_STATEMENT_NODES, _overlap, draw, drawable
from kg.store import open_store
from kg.views import Filters, actor_target, statements
from tests.conftest import CORPUS, SEED_GOLD

DEV_TEXTS = sorted((CORPUS / "dev").glob("*.txt"))[:20]


@pytest.fixture(scope="module")
def readouts(vocabulary):
    """A store of 20 real readouts, extracted from their texts."""
    with open_store("memory") as store:
        build(DEV_TEXTS, store, vocabulary)
        yield store


def assert_legible(drawing, width: float, height: float) -> None:
    boxes = [box for _, box in drawing.labels]
    assert 0 < len(boxes) <= MAX_LABELS
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[1] >= 0 and a[0] + a[2] <= width and a[1] + a[3] <= height, drawing.labels[i]
        assert not any(_overlap(a, b) for b in boxes[i + 1:]), drawing.labels[i]


def test_the_statements_view_of_twenty_readouts_is_counted_and_its_labels_never_overlap(readouts, vocabulary,
                                                                                        tmp_path):
    graph = statements(readouts, vocabulary)
    assert len(graph) > MAX_STATEMENT_NODES
    counted = drawable(graph)
    assert counted.graph["view"] == "statements-aggregated"
    assert not any(d["type"] == "statement" for _, d in counted.nodes(data=True))
    def kinds(node, neighbours, kind):
        return sum(1 for n in neighbours(node) if graph.nodes[n]["type"] == kind)

    expected = sum(kinds(s, graph.predecessors, "actor") * kinds(s, graph.successors, "topic")
                   for s, d in graph.nodes(data=True) if d["type"] == "statement")
    assert sum(d["weight"] for _, t, d in counted.edges(data=True) if counted.nodes[t]["type"] == "topic") == expected
    drawing = draw(graph, str(tmp_path / "s.png"))
    assert drawing.nodes == len(counted)
    assert_legible(drawing, 12 * 120, 9 * 120)
    assert len(drawing.labels) < drawing.nodes  # only the most connected are named


def test_the_actor_target_view_of_twenty_readouts_is_legible(readouts, vocabulary, tmp_path):
    drawing = draw(actor_target(readouts, vocabulary), str(tmp_path / "t.svg"))
    assert_legible(drawing, 12 * 120, 9 * 120)
    assert "names of the" in (tmp_path / "t.svg").read_text() or len(drawing.labels) == drawing.nodes


def test_isolated_nodes_are_left_out_unless_asked():
    graph = nx.Graph(view="actor-topic")
    graph.add_node("a", label="A", type="actor")
    graph.add_node("b", label="B", type="topic")
    graph.add_node("alone", label="Alone", type="actor")
    graph.add_edge("a", "b", weight=1)
    assert set(drawable(graph)) == {"a", "b"}
    assert set(drawable(graph, isolated=True)) == {"a", "b", "alone"}


def test_a_small_statements_view_is_drawn_whole_in_the_views_language(vocabulary, tmp_path):
    with open_store("memory") as store:
        build([SEED_GOLD], store, vocabulary)
        graph = statements(store, vocabulary, Filters(lang="it"))
    assert drawable(graph).graph["view"] == "statements"
    draw(graph, str(tmp_path / "s.svg"))
    picture = (tmp_path / "s.svg").read_text()
    for word in ("Dichiarazioni", "attore", "tema", "dichiarazione", "favorevole", "contrario"):
        assert word in picture, word
    assert "Statements" not in picture and "support" not in picture


def test_an_empty_view_says_so_in_the_picture_and_on_stderr(tmp_path, vocabulary):
    with open_store(str(tmp_path / "store")) as store:
        build([SEED_GOLD], store, vocabulary)
    result = subprocess.run([sys.executable, "-m", "kg", "view", "actor-target", "--store", str(tmp_path / "store"),
                             "--from", "2030-01-01", "-o", str(tmp_path / "empty.svg")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "no statements match these filters" in result.stderr
    assert "No statements match" in (tmp_path / "empty.svg").read_text()
