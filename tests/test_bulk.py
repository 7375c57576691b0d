"""The bulk path: N-Triples written without rdflib objects, batches through Oxigraph's bulk
loader with the content hashes as manifest, and recovery of an interrupted load."""

import json
import subprocess
import sys

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef

import kg.store.bulk
from kg.building import build
from kg.errors import KgError
from kg.exporting import export
from kg.rdf import document_triples
from kg.records import parse_record
from kg.store import open_store
from kg.store.bulk import LOADING_FILE, LOADING_SPOOL_FILE, SPOOL_FILE
from tests.conftest import GOLD_FILES, gold_objects

HOSTILE = 'He said: "no" \\ maybe\n\ttab \u0000 nul, \u202eRTL, emoji 🕊️, } . > <'


def hostile_record() -> dict:
    text = f"X said {HOSTILE}"
    return {"doc": "https://example.org/a b\"c<d>", "date": "2025-01-02", "act": "state",
            "actors": [{"name": "Sergey Lavrov", "role": "Minister \"of\" <Foreign> Affairs", "wikidata": "Q58217"},
                       "Somebody {New} \\ \"Quoted\""],
            "targets": ["Ukraine"], "topics": ["ukraine-conflict"], "stance": "oppose", "joint": True,
            "position": {"en": HOSTILE, "it-IT": HOSTILE + " (it)"}, "verb": {"en": "said"},
            "evidence": [{"lang": "en", "text": text, "start": 0, "end": len(text)}],
            "event": {"type": "call", "participants": ["Sergey Lavrov", "Marco Rubio"], "date": "2025-01-02",
                      "place": "Genève \"old town\""},
            "note": {"nested": ["kept", 1, None]}}


def test_written_triples_parse_the_same_in_rdflib_and_oxigraph(vocabulary):
    """Quotes, backslashes, line breaks, NUL, bidi marks and brackets are escaped, not pasted."""
    record = parse_record(hostile_record(), "hostile.jsonl:1")
    triples = document_triples(record.doc, [("hostile.jsonl:1", record)], vocabulary, "hash")
    by_rdflib = Graph().parse(data=triples.ntriples(), format="nt")
    by_oxigraph = pyoxigraph.Store()
    by_oxigraph.load(triples.nquads(), format=pyoxigraph.RdfFormat.N_QUADS)
    assert len(by_rdflib) == len(by_oxigraph) == len(triples.lines)
    positions = {str(o) for o in by_rdflib.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
                 if isinstance(o, Literal) and o.language}
    assert HOSTILE in positions and HOSTILE + " (it)" in positions
    exact = [q.object.value for q in by_oxigraph.quads_for_pattern(None, pyoxigraph.NamedNode("http://www.w3.org/ns/oa#exact"), None)]
    assert exact == [f"X said {HOSTILE}"]


def _copies(folder, copies: int) -> int:
    """The dev and seed gold records under new document ids, one JSONL file per copy."""
    objects = [o for path in GOLD_FILES for o in gold_objects(path)]
    for copy in range(copies):
        with open(folder / f"copy-{copy:03d}.jsonl", "w", encoding="utf-8") as out:
            out.writelines(json.dumps(dict(o, doc=f"copy-{copy}/{o['doc']}"), ensure_ascii=False) + "\n"
                           for o in objects)
    return len(objects) * copies


def _statements(store) -> int:
    return int(next(iter(store.query("SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }")))[0])


def test_bulk_batches_store_the_same_triples_as_the_memory_store(tmp_path, vocabulary, monkeypatch):
    records = tmp_path / "records"
    records.mkdir()
    count = _copies(records, 3)
    monkeypatch.setattr(kg.store.bulk, "BATCH_TRIPLES", 2_000)  # many batches
    with open_store(str(tmp_path / "store")) as disk, open_store("memory") as memory:
        report = build([records], disk, vocabulary)
        build([records], memory, vocabulary)
        assert report.statements == count and not report.refused
        assert _statements(disk) == _statements(memory) == count
        from_memory = pyoxigraph.Store()
        from_memory.load(memory.dataset.serialize(format="nquads"), format=pyoxigraph.RdfFormat.N_QUADS)
        assert {str(q) for q in disk.oxigraph} == {str(q) for q in from_memory}
        assert not (tmp_path / "store" / LOADING_FILE).exists()


def _spool_left(store_path) -> bool:
    """Whether a bulk load left its marker or spool files behind."""
    return any((store_path / name).exists() for name in (LOADING_FILE, SPOOL_FILE, LOADING_SPOOL_FILE))


def test_replacements_and_imports_beside_background_bulk_loads(tmp_path, vocabulary, monkeypatch):
    """Batches load in a thread while the next is mapped; a changed document (an update) and
    an RDF import in the same build wait for the load under way, and nothing is lost."""
    records = tmp_path / "records"
    records.mkdir()
    _copies(records, 2)
    monkeypatch.setattr(kg.store.bulk, "BATCH_TRIPLES", 2_000)
    with open_store(str(tmp_path / "store")) as disk, open_store("memory") as memory:
        for store in (disk, memory):
            build([records], store, vocabulary)
        count = _copies(records, 4)  # two more copies
        changed = (records / "copy-000.jsonl").read_text(encoding="utf-8").replace('"neutral"', '"support"')
        assert changed != (records / "copy-000.jsonl").read_text(encoding="utf-8")
        (records / "copy-000.jsonl").write_text(changed, encoding="utf-8")
        imported = tmp_path / "imported.nq"
        with open_store(str(tmp_path / "other")) as other:
            build([GOLD_FILES[0]], other, vocabulary)
            with open(imported, "wb") as out:
                export(other, "nquads", out, vocabulary=False)
        reports = [build([records / "copy-000.jsonl", records, imported], store, vocabulary) for store in (disk, memory)]
        assert sorted(reports[0].built) == sorted(reports[1].built) and not reports[0].refused
        assert len(reports[0].built) > len(reports[0].unchanged) > 0
        assert _statements(disk) == _statements(memory) > count
        from_memory = pyoxigraph.Store()
        from_memory.load(memory.dataset.serialize(format="nquads"), format=pyoxigraph.RdfFormat.N_QUADS)
        assert {str(q) for q in disk.oxigraph} == {str(q) for q in from_memory}
        assert not _spool_left(tmp_path / "store")


def _no_space(**_: object) -> None:
    raise OSError(28, "No space left on device")


class DiskFull:
    """An Oxigraph store whose bulk loader fails as on a full disk (the error's traceback must
    not hold the store: the store is released only when nothing refers to it)."""

    bulk_load = staticmethod(_no_space)

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.store = store

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def test_a_failed_background_load_is_raised_by_close_and_nothing_half_stored(tmp_path, vocabulary, monkeypatch):
    monkeypatch.setattr(kg.store.bulk, "BATCH_TRIPLES", 1)  # every document starts a bulk load
    objects = gold_objects(GOLD_FILES[0])
    record = [(f"gold:{i}", parse_record(o, f"gold:{i}")) for i, o in enumerate(objects)]
    triples = document_triples(objects[0]["doc"], record, vocabulary, "hash")
    store = open_store(str(tmp_path / "store"))
    store.oxigraph = DiskFull(store.oxigraph)
    store.put_document(triples)
    with pytest.raises(KgError, match="could not take 1 document.*No space left"):
        store.close()
    with open_store(str(tmp_path / "store")) as reopened:  # the lock was released
        assert not reopened.oxigraph.contains_named_graph(pyoxigraph.NamedNode(str(triples.iri)))
        assert not _spool_left(tmp_path / "store")


CRASH_AFTER_BULK_LOAD = """
import json, os, sys
import pyoxigraph
from pathlib import Path
from kg.building import build
from kg.rdf import document_triples
from kg.records import parse_record
from kg.store import open_store
from kg.store.bulk import LOADING_FILE
from kg.vocabulary import load_vocabulary
records, store_path = Path(sys.argv[1]), Path(sys.argv[2])
vocabulary = load_vocabulary()
store = open_store(str(store_path))
build([records / "copy-000.jsonl"], store, vocabulary)
objects = [json.loads(line) for line in (records / "copy-001.jsonl").read_text(encoding="utf-8").splitlines()]
doc = objects[0]["doc"]
mine = [(f"x:{i}", parse_record(o, f"x:{i}")) for i, o in enumerate(objects) if o["doc"] == doc]
triples = document_triples(doc, mine, vocabulary, "hash")
(store_path / LOADING_FILE).write_text(f"{triples.iri}\\n", encoding="utf-8")
store.oxigraph.bulk_load(triples.nquads(without=triples.manifest_line()).encode(), format=pyoxigraph.RdfFormat.N_QUADS)
print(triples.iri, len(mine))
os._exit(9)  # a crash: no flush, no close, the manifest never written
"""


def test_an_interrupted_bulk_load_leaves_whole_documents_only(tmp_path, vocabulary):
    """A crash between the loader and the manifest: the next opening drops the unfinished
    document (no content hash) and keeps the finished ones; the next build completes the job."""
    records = tmp_path / "records"
    records.mkdir()
    count = _copies(records, 2)
    store_path = tmp_path / "store"
    crashed = subprocess.run([sys.executable, "-c", CRASH_AFTER_BULK_LOAD, str(records), str(store_path)],
                             capture_output=True, text=True)
    assert crashed.returncode == 9, crashed.stderr
    unfinished = pyoxigraph.NamedNode(crashed.stdout.split()[0])
    assert (store_path / LOADING_FILE).exists()
    with open_store(str(store_path)) as store:
        assert not (store_path / LOADING_FILE).exists()
        assert not store.oxigraph.contains_named_graph(unfinished)
        assert _statements(store) == count // 2
        report = build([records], store, vocabulary)
        assert _statements(store) == count and report.statements == count // 2
        assert store.oxigraph.contains_named_graph(unfinished)
