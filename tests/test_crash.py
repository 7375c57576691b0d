"""Crash safety and concurrency with real processes: a `kg build` killed mid-way (SIGKILL while
the bulk loader runs, SIGINT) leaves whole documents only, and two builds on one store never
corrupt it. After each, SHACL validation passes and a re-run gives a clean build's count."""

import json
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest

import kg.building
import kg.store.bulk
from kg.store import open_store
from kg.store.bulk import LOADING_FILE
from kg.validate import validate_graph
from tests.conftest import GOLD_FILES, gold_objects

# `kg build` with small batches, so that a build of a thousand statements has many of them
# Ctrl-C's handler is set explicitly: a suite started in the background (`make test &`) passes
# its children SIGINT ignored, and Python then installs no handler of its own
BUILD = ("import signal, sys, kg.store.bulk, kg.cli; signal.signal(signal.SIGINT, signal.default_int_handler); "
         "kg.store.bulk.BATCH_TRIPLES = 3000; sys.argv[0] = 'kg'; kg.cli.main()")


def write_copies(folder, copies: int) -> Counter:
    """The gold records under new document ids, one JSONL file per copy; statements per document."""
    objects = [o for path in GOLD_FILES for o in gold_objects(path)]
    per_document: Counter = Counter()
    for copy in range(copies):
        with open(folder / f"copy-{copy:03d}.jsonl", "w", encoding="utf-8") as out:
            for o in objects:
                doc = f"copy-{copy}/{o['doc']}"
                out.write(json.dumps(dict(o, doc=doc), ensure_ascii=False) + "\n")
                per_document[doc] += 1
    return per_document


def kg_build(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", BUILD, "build", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def stored_statements(store) -> Counter:
    rows = store.query("SELECT ?id (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement ; kg:document ?d . "
                       "?d dcterms:identifier ?id } GROUP BY ?id")
    return Counter({str(row[0]): int(row[1]) for row in rows})


def check_whole(store_path, expected: Counter, vocabulary) -> Counter:
    """Every stored document has all its statements and its content hash; the graph is valid."""
    with open_store(str(store_path)) as store:
        found = stored_statements(store)
        hashed = {str(g) for g in store.graph_hashes()}
        for doc, count in found.items():
            assert count == expected[doc], f"{doc}: {count} of {expected[doc]} statements stored"
        assert len(hashed) == len(found) + 1  # every document graph, and the vocabulary's
        assert validate_graph(store.dataset, vocabulary) == []
    return found


def wait_for(path, process: subprocess.Popen, times: int = 2) -> None:
    """Until `path` has appeared `times` times (a bulk load is under way), or the process ended."""
    seen, present = 0, False
    deadline = time.monotonic() + 120
    while process.poll() is None and time.monotonic() < deadline:
        now = path.exists()
        if now and not present:
            seen += 1
            if seen >= times:
                return
        present = now
        time.sleep(0.002)
    pytest.fail("the build ended before it could be interrupted: give it more to do")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_a_build_killed_mid_way_leaves_whole_documents_and_a_rerun_finishes(tmp_path, vocabulary, sig):
    records = tmp_path / "records"
    records.mkdir()
    expected = write_copies(records, 10)
    store_path = tmp_path / "store"
    build = kg_build(str(records), "--store", str(store_path))
    wait_for(store_path / LOADING_FILE, build)
    build.send_signal(sig)
    build.wait(timeout=60)
    assert build.returncode != 0
    partial = check_whole(store_path, expected, vocabulary)
    assert 0 < sum(partial.values()) < sum(expected.values())

    rerun = kg_build(str(records), "--store", str(store_path))
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert check_whole(store_path, expected, vocabulary) == expected


def test_two_builds_on_one_store_one_after_another_never_corrupt_it(tmp_path, vocabulary):
    records = [tmp_path / "a", tmp_path / "b"]
    for folder in records:
        folder.mkdir()
    expected = write_copies(records[0], 4)
    for path in records[0].glob("*.jsonl"):  # the same records under other ids in b
        lines = path.read_text(encoding="utf-8").replace('"doc": "copy-', '"doc": "b-copy-')
        (records[1] / path.name).write_text(lines, encoding="utf-8")
    expected.update({f"b-{doc}": n for doc, n in list(expected.items())})
    store_path = tmp_path / "store"
    builds = [kg_build(str(folder), "--store", str(store_path)) for folder in records]
    answers = [b.communicate(timeout=300) for b in builds]
    for build, (_, err) in zip(builds, answers):
        assert build.returncode == 0 or (build.returncode == 2 and "the store is in use by PID" in err), err
    for folder, build in zip(records, builds):
        if build.returncode:  # the one that found the store busy runs again
            again = kg_build(str(folder), "--store", str(store_path))
            assert again.wait(timeout=300) == 0
    assert check_whole(store_path, expected, vocabulary) == expected


class SpoolInterruptedAt:
    """Opens spool files whose `at`-th write (one document's quads) is followed by a Ctrl-C:
    the moment after a document's quads were spooled and before its manifest was listed."""

    def __init__(self, at: int) -> None:
        self.at = at

    def __call__(self, *args, **kwargs):
        real, opener = open(*args, **kwargs), self
        if not str(args[0]).endswith(kg.store.bulk.SPOOL_FILE):
            return real

        class Spool:
            def write(self, text: str) -> int:
                written = real.write(text)
                opener.at -= 1
                if opener.at == 0:
                    raise KeyboardInterrupt
                return written

            def close(self) -> None:
                real.close()
        return Spool()


def test_a_ctrl_c_between_a_documents_quads_and_its_manifest_stores_no_document_without_its_hash(
        tmp_path, vocabulary, monkeypatch):
    records = tmp_path / "records"
    records.mkdir()
    expected = write_copies(records, 2)
    monkeypatch.setattr(kg.store.bulk, "BATCH_TRIPLES", 3000)
    store_path = tmp_path / "store"
    monkeypatch.setattr(kg.store.bulk, "open", SpoolInterruptedAt(len(expected) // 2), raising=False)
    with open_store(str(store_path)) as store:
        with pytest.raises(KeyboardInterrupt):
            kg.building.build([records], store, vocabulary)
    partial = check_whole(store_path, expected, vocabulary)
    assert 0 < sum(partial.values()) < sum(expected.values())
    monkeypatch.undo()
    with open_store(str(store_path)) as store:
        kg.building.build([records], store, vocabulary)
    assert check_whole(store_path, expected, vocabulary) == expected
