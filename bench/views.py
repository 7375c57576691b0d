"""Benchmark: the views on a large store, beside the SPARQL queries that define them.

Generates N statements (default 100,000) with `bench/build.py`'s generator and builds them into
an embedded store (or uses the store given with --store, e.g. one `bench/build.py` built), times
each view, then runs each view's packaged queries directly in pyoxigraph with every row read
(what no Python side can avoid), each in a process of its own that is stopped after --timeout
seconds. actor-topic and agreement read the documents' statement digests (kg/digests.py) and
so do not wait for their queries; the others are those queries' rows made into graphs, which
issue #17 asks to cost at most 2× the query. Run with `make bench` or
`python bench/views.py [STATEMENTS] [--store PATH] [--timeout SECONDS] [--views A,B]`.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import generate  # noqa: E402  (bench/build.py)

from kg.building import build  # noqa: E402
from kg.querying import bind, load_query  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.views import VIEWS, Filters  # noqa: E402
from kg.vocabulary import load_vocabulary  # noqa: E402

# the packaged queries each view stands for
QUERIES = {"actor-topic": ["actor-topic"], "agreement": ["agreements"], "disagreement": ["disagreements"],
           "actor-target": ["actor-target"], "statements": ["statement-edges", "statement-texts"],
           "co-occurrence": ["topic-pairs"]}


def engine_seconds(store_path: str, names: list[str]) -> float:
    """Seconds pyoxigraph takes to answer the queries with their default parameters, every row read."""
    vocabulary = load_vocabulary()
    with open_store(store_path, create=False) as store:
        started = time.perf_counter()
        for name in names:
            query = load_query(name)
            text = bind(query, vocabulary, {}, store) if query.params else query.text
            for _ in store.native_query(text):
                pass
        return time.perf_counter() - started


def engine_in_process(store_path: str, view: str, timeout: float) -> str:
    """The engine's time for a view's queries, measured in a process of its own, or "> timeout"."""
    try:
        answer = subprocess.run([sys.executable, __file__, "--engine", store_path, view], capture_output=True,
                                text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s (stopped)"
    return f"{float(answer.stdout.strip().splitlines()[-1]):.1f} s"


def main(statements: int, store_path: str | None, timeout: float, names: list[str]) -> None:
    vocabulary = load_vocabulary()
    with tempfile.TemporaryDirectory() as folder:
        if store_path is None:
            records = Path(folder) / "records"
            records.mkdir()
            documents = generate(records, statements)
            store_path = str(Path(folder) / "store")
            with open_store(store_path) as store:
                started = time.perf_counter()
                build([records], store, vocabulary)
                print(f"build        {statements:,} statements in {documents:,} documents: "
                      f"{time.perf_counter() - started:.1f} s")
        timed = {}
        with open_store(store_path, create=False) as store:
            (count,), = store.select("SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }")[1]
            print(f"store        {store_path}: {count:,} statements")
            for name in names:
                view = VIEWS[name]
                started = time.perf_counter()
                graph = view(store, vocabulary, Filters())
                timed[name] = (time.perf_counter() - started, len(graph), graph.number_of_edges())
                print(f"view         {name:<14} {len(graph):>8,} nodes {graph.number_of_edges():>9,} edges "
                      f"{timed[name][0]:7.1f} s", flush=True)
        print(f"peak memory  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB (the views)")
        print("| view | nodes | edges | view | its queries in pyoxigraph |")
        print("|---|---|---|---|---|")
        for name, (seconds, nodes, edges) in timed.items():
            engine = engine_in_process(store_path, name, timeout)
            print(f"| {name} | {nodes:,} | {edges:,} | {seconds:.1f} s | {engine} |", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--engine"]:
        print(engine_seconds(sys.argv[2], QUERIES[sys.argv[3]]))
    else:
        parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
        parser.add_argument("statements", nargs="?", type=int, default=100_000)
        parser.add_argument("--store", help="an embedded store already built (then nothing is generated)")
        parser.add_argument("--timeout", type=float, default=600, help="seconds before a query is stopped")
        parser.add_argument("--views", default=",".join(VIEWS), help="the views to time, comma-separated")
        arguments = parser.parse_args()
        main(arguments.statements, arguments.store, arguments.timeout, arguments.views.split(","))
