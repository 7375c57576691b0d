"""networkx views of the seed: the relations, their files, and what igraph and Gephi read back."""

import json

import igraph
import networkx as nx
import pytest

from kg.building import build
from kg.exporting import write_view
from kg.store import open_store
from kg.views import VIEWS, Filters, actor_target, actor_topic, add_metrics, agreement, statements
from tests.conftest import SEED_GOLD

LAVROV = "https://w3id.org/diplo-kg/actor/sergey-lavrov"
RUBIO = "https://w3id.org/diplo-kg/actor/marco-rubio"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, vocabulary):
    with open_store(str(tmp_path_factory.mktemp("views") / "store")) as store:
        build([SEED_GOLD], store, vocabulary)
        yield store


def test_actor_topic_of_the_seed(seed_store, vocabulary):
    graph = actor_topic(seed_store, vocabulary)
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert {"Sergey Lavrov", "Marco Rubio", "Conflict in Ukraine", "Russia–United States relations"} <= labels
    assert graph.edges[LAVROV, "topic:ukraine-conflict"]["weight"] == 4
    assert graph.edges[RUBIO, "topic:ukraine-conflict"]["weight"] == 3


def test_actor_target_is_signed(seed_store, vocabulary):
    graph = actor_target(seed_store, vocabulary)
    assert graph.edges[LAVROV, "https://w3id.org/diplo-kg/actor/ukraine"]["sign"] < 0
    assert graph.edges[LAVROV, "https://w3id.org/diplo-kg/actor/europe"]["sign"] < 0
    assert graph.edges[LAVROV, "https://w3id.org/diplo-kg/actor/united-states"]["sign"] > 0
    assert "unacceptable" in graph.edges[LAVROV, "https://w3id.org/diplo-kg/actor/ukraine"]["evidence"]


def test_agreement_and_filters(seed_store, vocabulary):
    graph = agreement(seed_store, vocabulary)
    assert graph.edges[LAVROV, RUBIO]["joint"] == 4
    only = actor_topic(seed_store, vocabulary, Filters(topic="russia-us-relations"))
    assert {d["label"] for _, d in only.nodes(data=True) if d["type"] == "topic"} == {"Russia–United States relations"}
    later = actor_topic(seed_store, vocabulary, Filters(start="2026-01-01"))
    assert len(later) == 0


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_graphml_reads_back_in_networkx_and_igraph(seed_store, vocabulary, tmp_path, name):
    graph = VIEWS[name](seed_store, vocabulary, Filters())
    add_metrics(graph)
    path = tmp_path / f"{name}.graphml"
    write_view(graph, str(path))
    again = nx.read_graphml(path)
    assert (len(again), again.number_of_edges()) == (len(graph), graph.number_of_edges())
    other = igraph.Graph.Read_GraphML(str(path))
    assert (other.vcount(), other.ecount()) == (len(graph), graph.number_of_edges())


def test_gexf_carries_dates(seed_store, vocabulary, tmp_path):
    graph = statements(seed_store, vocabulary)
    path = tmp_path / "statements.gexf"
    write_view(graph, str(path))
    again = nx.read_gexf(path)
    assert (len(again), again.number_of_edges()) == (len(graph), graph.number_of_edges())
    dated = [d for _, d in again.nodes(data=True) if d.get("type") == "statement"]
    assert dated and all(d.get("start") == "2025-09-24" for d in dated)


def test_json_csv_and_pictures(seed_store, vocabulary, tmp_path):
    graph = actor_target(seed_store, vocabulary)
    write_view(graph, str(tmp_path / "g.json"))
    assert len(json.loads((tmp_path / "g.json").read_text())["nodes"]) == len(graph)
    write_view(graph, str(tmp_path / "g.csv"))
    assert (tmp_path / "g.csv").read_text().count("\n") == graph.number_of_edges() + 1
    for suffix in ("png", "svg"):
        write_view(graph, str(tmp_path / f"g.{suffix}"))
        assert (tmp_path / f"g.{suffix}").stat().st_size > 5000
    assert "Sergey Lavrov" in (tmp_path / "g.svg").read_text()
    write_view(graph, str(tmp_path / "g.html"))
    page = (tmp_path / "g.html").read_text()
    assert 'id="network"' in page and "vis.Network" in page and "Sergey Lavrov" in page and "unacceptable" in page
    assert "<script src" not in page and "<link rel=\"stylesheet" not in page  # one file that works offline


def test_metrics(seed_store, vocabulary):
    graph = actor_topic(seed_store, vocabulary)
    rows = add_metrics(graph)
    assert rows[0]["weighted_degree"] >= rows[-1]["weighted_degree"]
    assert all("community" in data and "betweenness" in data for _, data in graph.nodes(data=True))


def test_agreement_view_matches_the_agreements_query(tmp_path, vocabulary):
    from kg.querying import run_query

    with open_store(str(tmp_path / "store")) as store:  # embedded: rdflib's engine takes a minute on this query
        build([SEED_GOLD.parent, SEED_GOLD.parent.parent / "dev"], store, vocabulary)
        graph = agreement(store, vocabulary)
        rows = {(r["actor1"], r["actor2"]): (r["joint"], r["same_stance"])
                for r in run_query(store, "agreements", vocabulary)}
    edges = {tuple(sorted((graph.nodes[a]["label"], graph.nodes[b]["label"]))): (d["joint"], d["same_stance"])
             for a, b, d in graph.edges(data=True)}
    assert edges == rows and len(rows) > 50
