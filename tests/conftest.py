"""Shared fixtures: the corpus shipped in tests/corpus, the vocabulary, fresh stores."""

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from kg.store import open_store
from kg.vocabulary import load_vocabulary

CORPUS = Path(__file__).parent / "corpus"
SEED_GOLD = CORPUS / "seed" / "lavrov-rubio-2025-09-24.gold.jsonl"
GOLD_FILES = sorted(CORPUS.glob("*/*.gold.jsonl"))


def gold_objects(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_count(folder: str) -> tuple[int, int]:
    """(documents, statements) of a corpus folder's gold files."""
    files = [p for p in GOLD_FILES if p.parent.name == folder]
    return len(files), sum(len(gold_objects(p)) for p in files)


def canonical(objects) -> list[str]:
    """Records as sorted JSON strings, to compare collections whatever their order."""
    return sorted(json.dumps(o, sort_keys=True, ensure_ascii=False) for o in objects)


@pytest.fixture(scope="session")
def vocabulary():
    return load_vocabulary()


@pytest.fixture(params=["memory", "oxigraph"])
def store(request, tmp_path):
    """A fresh store of each kind: rdflib's memory store and the embedded Oxigraph store."""
    spec = "memory" if request.param == "memory" else str(tmp_path / "store")
    with open_store(spec) as graph_store:
        yield graph_store


@pytest.fixture
def disk_store(tmp_path):
    with open_store(str(tmp_path / "store")) as graph_store:
        yield graph_store


SEED_TEXT = CORPUS / "seed" / "lavrov-rubio-2025-09-24.txt"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def started(command: list[str], url: str, what: str) -> subprocess.Popen:
    """A server process, once `url` answers (the test fails if it does not within 30 s)."""
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return server
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                pytest.fail(f"{what} did not start: {server.stderr.read()[-2000:]}")
            time.sleep(0.2)


@pytest.fixture(scope="session")
def sparql_server(tmp_path_factory):
    """A real SPARQL server (the `oxigraph` package's `oxigraph serve`) on a free loopback port,
    its default graph the union of the named graphs; stopped after the tests."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.fail("the oxigraph server is missing: install the test extras (pip install -e '.[test]')")
    port = free_port()
    folder = tmp_path_factory.mktemp("oxigraph-server")
    url = f"http://127.0.0.1:{port}"
    server = started([binary, "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}",
                      "--union-default-graph"], f"{url}/query?query=ASK%7B%7D", "the oxigraph server")
    yield url
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def kg_server(tmp_path_factory, vocabulary):
    """`kg serve` on a free loopback port over a store built from the seed readout; its URL."""
    from kg.building import build

    folder = tmp_path_factory.mktemp("kg-serve") / "store"
    with open_store(str(folder)) as store:
        build([SEED_TEXT], store, vocabulary)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = started([sys.executable, "-m", "kg", "serve", "--store", str(folder), "--port", str(port)], url,
                     "kg serve")
    yield url
    server.terminate()
    server.wait(timeout=10)
