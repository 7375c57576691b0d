"""Shared fixtures: the corpus shipped in tests/corpus, the vocabulary, fresh stores."""

import json
from pathlib import Path

import pytest

from kg.store import open_store
from kg.vocabulary import load_vocabulary

CORPUS = Path(__file__).parent / "corpus"
SEED_GOLD = CORPUS / "seed" / "lavrov-rubio-2025-09-24.gold.jsonl"
GOLD_FILES = sorted(CORPUS.glob("*/*.gold.jsonl"))


def gold_objects(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


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
