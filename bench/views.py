"""Benchmark: building a large store from records, and computing the views on it.

Copies the dev gold records under new document ids until there are N statements (default
100,000), builds them into an embedded store, then times each view beside the SPARQL queries it
runs, run directly in pyoxigraph with their rows read (what no Python side can avoid): the
ratio is what the view adds (issue #17 asks for at most 2×). Run with `make bench` or
`python bench/views.py [STATEMENTS]`.
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from kg.building import build
from kg.querying import bind, load_query
from kg.store import open_store
from kg.views import VIEWS, Filters
from kg.vocabulary import load_vocabulary

DEV = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev"
# the packaged queries each view runs
QUERIES = {"actor-topic": ["actor-topic"], "agreement": ["agreements"], "disagreement": ["disagreements"],
           "actor-target": ["actor-target"], "statements": ["statement-edges", "statement-texts"],
           "co-occurrence": ["topic-pairs"]}


def engine_seconds(store, vocabulary, names: list[str]) -> float:
    """Seconds pyoxigraph takes to answer the queries with their default parameters, every row read."""
    started = time.perf_counter()
    for name in names:
        query = load_query(name)
        text = bind(query, vocabulary, {}, store) if query.params else query.text
        for _ in store.native_query(text):
            pass
    return time.perf_counter() - started


def write_records(folder: Path, statements: int) -> int:
    """JSONL files of the dev gold records, each copy under new document ids."""
    gold = [json.loads(line) for path in sorted(DEV.glob("*.gold.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    written, copy = 0, 0
    while written < statements:
        with open(folder / f"copy-{copy:05d}.jsonl", "w", encoding="utf-8") as out:
            for record in gold:
                out.write(json.dumps(dict(record, doc=f"copy-{copy:05d}/{record['doc']}"), ensure_ascii=False) + "\n")
        written += len(gold)
        copy += 1
    return written


def main(statements: int) -> None:
    vocabulary = load_vocabulary()
    with tempfile.TemporaryDirectory() as folder:
        records = Path(folder) / "records"
        records.mkdir()
        count = write_records(records, statements)
        with open_store(str(Path(folder) / "store")) as store:
            started = time.perf_counter()
            report = build([records], store, vocabulary)
            built = time.perf_counter() - started
            print(f"build       {count} statements in {len(report.built)} documents: {built:.1f} s "
                  f"({count / built:.0f} statements/s)")
            for name, view in VIEWS.items():
                engine = engine_seconds(store, vocabulary, QUERIES[name])
                started = time.perf_counter()
                graph = view(store, vocabulary, Filters())
                seconds = time.perf_counter() - started
                print(f"view        {name:<14} {len(graph):>7} nodes {graph.number_of_edges():>8} edges "
                      f"{seconds:6.1f} s; its queries in pyoxigraph {engine:6.1f} s ({seconds / engine:.1f}×)")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
