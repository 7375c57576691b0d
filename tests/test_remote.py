"""A real SPARQL server as the store: building, replacing, removing, and the same query rows."""

import json

import pytest

from kg.building import build
from kg.errors import KgError
from kg.querying import load_query, query_names, run_query
from kg.store.remote import endpoints
from kg.store import open_store
from tests.conftest import CORPUS, SEED_GOLD, gold_count, gold_objects

SEED_TEXT = CORPUS / "seed" / "lavrov-rubio-2025-09-24.txt"
SAMPLE = {"actor": "Sergey Lavrov", "target": "United States", "topic": "ukraine-conflict", "since": "2025-01-01",
          "document": "lavrov-rubio-2025-09-24.txt"}


def test_endpoint_conventions():
    assert endpoints("http://localhost:7878") == endpoints("http://localhost:7878/query")
    assert endpoints("http://localhost:7878").graph_store == "http://localhost:7878/store"
    fuseki = endpoints("http://localhost:3030/ds/sparql")
    assert (fuseki.query, fuseki.update, fuseki.graph_store) == (
        "http://localhost:3030/ds/sparql", "http://localhost:3030/ds/update", "http://localhost:3030/ds/data")
    assert endpoints("http://h/ds", update="http://h/other").update == "http://h/other"


def test_build_query_replace_and_remove_on_a_server(sparql_server, vocabulary, tmp_path):
    with open_store(sparql_server) as remote, open_store(str(tmp_path / "embedded")) as embedded:
        for store in (remote, embedded):
            build([SEED_TEXT, CORPUS / "dev"], store, vocabulary)
        assert build([SEED_TEXT], remote, vocabulary).unchanged == ["lavrov-rubio-2025-09-24.txt"]
        for name in query_names():
            query = load_query(name)
            values = {p.name: SAMPLE[p.name] for p in query.params if p.name in SAMPLE}
            if any(p.name == "statement" for p in query.params):
                continue
            got = [run_query(store, name, vocabulary, values) for store in (remote, embedded)]
            canonical = [sorted(json.dumps({k: " ".join(sorted(str(v).replace(",", " ").split()))
                                            for k, v in row.items()}, sort_keys=True) for row in rows)
                         for rows in got]
            assert canonical[0] == canonical[1], name
        changed = tmp_path / "seed.jsonl"
        changed.write_text("\n".join(json.dumps(o) for o in gold_objects(SEED_GOLD)[:2]), encoding="utf-8")
        assert build([changed], remote, vocabulary).built == ["lavrov-rubio-2025-09-24.txt"]
        (stats,) = run_query(remote, "stats", vocabulary)
        documents, statements = gold_count("dev")
        assert stats["documents"] == documents + 1 and stats["statements"] == statements + 2
        assert remote.drop_graph(next(g for g in remote.graph_hashes() if str(g).endswith("seed.jsonl") or
                                      str(g).endswith("lavrov-rubio-2025-09-24.txt")))
        (stats,) = run_query(remote, "stats", vocabulary)
        assert stats["statements"] == statements


def test_an_unreachable_server_is_a_clear_error(vocabulary):
    with pytest.raises(KgError, match="cannot reach the SPARQL server"):
        with open_store("http://127.0.0.1:9") as store:
            build([SEED_GOLD], store, vocabulary)
