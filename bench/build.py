"""Benchmark: `kg build` against the store's own bulk loader and rdflib's memory store.

Generates realistic statement records (actors and topics of the vocabulary, the twelve acts,
dates over ten years, positions in English and Italian with their evidence offsets), builds
them with `kg build` into a new embedded store, loads the very same quads (dumped from that
store) with pyoxigraph's `bulk_load` and with rdflib's memory store, rebuilds unchanged, and
times two queries and the agreement view. Each phase runs in a process of its own so that its
peak memory is its own. Run with `make bench` or `python bench/build.py [STATEMENTS...]`
(default 10000 100000).
"""

from __future__ import annotations

import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DOCUMENTS_PER_FILE = 1_000
RDFLIB_LIMIT = 200_000  # statements: beyond this rdflib's memory store needs more memory than we have

PHRASES = {
    "en": ["the dialogue on {t} must continue", "efforts to protract the crisis over {t} are unacceptable",
           "we are ready to work together on {t}", "sanctions over {t} only make things worse",
           "a settlement of {t} needs guarantees for all sides", "the partners welcomed the progress on {t}"],
    "it": ["il dialogo su {t} deve continuare", "gli sforzi per prolungare la crisi su {t} sono inaccettabili",
           "siamo pronti a lavorare insieme su {t}", "le sanzioni su {t} peggiorano soltanto le cose",
           "una soluzione di {t} richiede garanzie per tutte le parti", "i partner hanno accolto i progressi su {t}"],
}
VERBS = {"en": "said", "it": "ha detto"}


def generate(folder: Path, statements: int, seed: int = 7) -> int:
    """JSONL files of generated records, a few statements per document; the number of documents."""
    from kg.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    rng = random.Random(seed)
    people = sorted(vocabulary.actor_name.values())
    acts = sorted(vocabulary.acts)
    themes = sorted(t for t in vocabulary.topics if not t.endswith("-relations"))
    relations = sorted(vocabulary.relations)
    written = documents = 0
    out = None
    while written < statements:
        if documents % DOCUMENTS_PER_FILE == 0:
            if out:
                out.close()
            out = open(folder / f"records-{documents // DOCUMENTS_PER_FILE:05d}.jsonl", "w", encoding="utf-8")
        doc = f"https://news.example.org/{2016 + documents % 10}/readout-{documents:07d}"
        date = f"{2016 + documents % 10}-{1 + documents % 12:02d}-{1 + documents % 28:02d}"
        speakers = rng.sample(people, 2)
        offset = 0
        for _ in range(min(rng.randint(2, 8), statements - written)):
            actors = speakers if rng.random() < 0.2 else [rng.choice(speakers)]
            about = rng.sample(themes, rng.randint(1, 2)) + ([rng.choice(relations)] if rng.random() < 0.3 else [])
            phrase = rng.randrange(len(PHRASES["en"]))
            position, evidence = {}, []
            for lang in ("en", "it"):
                position[lang] = PHRASES[lang][phrase].format(t=about[0].replace("-", " "))
                text = f"{actors[0]} {VERBS[lang]} that {position[lang]}."
                evidence.append({"lang": lang, "text": text, "start": offset, "end": offset + len(text)})
                offset += len(text) + 1
            record = {"doc": doc, "date": date, "actors": actors, "act": rng.choice(acts),
                      "verb": dict(VERBS), "position": position, "topics": about,
                      "stance": rng.choice(["support", "oppose", "neutral"]),
                      "targets": [rng.choice(people)] if rng.random() < 0.4 else [],
                      "joint": len(actors) > 1, "evidence": evidence}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
        documents += 1
    out.close()
    return documents


# ---------------------------------------------------------------- phases, each in its own process


def phase_build(records: str, store_path: str, dump: str = "") -> dict:
    from pyoxigraph import RdfFormat

    from kg.building import build
    from kg.store import open_store
    from kg.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    with open_store(store_path) as store:
        started = time.perf_counter()
        report = build([Path(records)], store, vocabulary)
        seconds = time.perf_counter() - started
        quads = len(store.oxigraph)
        if dump:
            store.oxigraph.dump(dump, format=RdfFormat.N_QUADS)
    return {"seconds": seconds, "quads": quads, "documents": len(report.built) + len(report.unchanged),
            "unchanged": len(report.unchanged)}


def phase_bulk_load(dump: str, store_path: str) -> dict:
    import pyoxigraph

    store = pyoxigraph.Store(store_path)
    started = time.perf_counter()
    store.bulk_load(path=dump, format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    return {"seconds": time.perf_counter() - started, "quads": len(store)}


def phase_rdflib(dump: str) -> dict:
    from rdflib import Dataset

    dataset = Dataset()
    started = time.perf_counter()
    dataset.parse(dump, format="nquads")
    return {"seconds": time.perf_counter() - started, "quads": len(dataset)}


def evict_from_page_cache(folder: Path) -> None:
    """Ask the OS to forget the cached pages of a store's files (no root needed), so that the
    next query reads from disk as after a reboot; what the phases before it left in memory
    would otherwise decide the figure."""
    for path in folder.iterdir():
        if path.is_file():
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def phase_queries(store_path: str) -> dict:
    from kg.querying import run_query
    from kg.store import open_store
    from kg.views import agreement, Filters
    from kg.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    times = {}
    evict_from_page_cache(Path(store_path))
    with open_store(store_path) as store:
        # statements-by-actor from disk (the store's files evicted), then once its pages are read
        for label, name, params in (("statements-by-actor", "statements-by-actor", {"actor": "Sergey Lavrov"}),
                                    ("statements-by-actor again", "statements-by-actor", {"actor": "Sergey Lavrov"}),
                                    ("actor-topic", "actor-topic", {})):
            started = time.perf_counter()
            rows = run_query(store, name, vocabulary, params)
            times[label] = (time.perf_counter() - started, len(rows))
        started = time.perf_counter()
        graph = agreement(store, vocabulary, Filters())
        times["agreement view"] = (time.perf_counter() - started, graph.number_of_edges())
    return {"times": times}


PHASES = {"build": phase_build, "bulk_load": phase_bulk_load, "rdflib": phase_rdflib, "queries": phase_queries}


def run_phase(name: str, *args: str) -> dict:
    """A phase in a new process: its result and its own peak memory in MiB."""
    answer = subprocess.run([sys.executable, __file__, "--phase", name, *args], check=True,
                            capture_output=True, text=True)
    return json.loads(answer.stdout.strip().splitlines()[-1])


def directory_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def measure(statements: int, folder: Path) -> dict:
    records, store, bulk, dump = folder / "records", folder / "store", folder / "bulk", folder / "all.nq"
    records.mkdir()
    documents = generate(records, statements)
    first = run_phase("build", str(records), str(store), str(dump))
    again = run_phase("build", str(records), str(store))
    loaded = run_phase("bulk_load", str(dump), str(bulk))
    memory = run_phase("rdflib", str(dump)) if statements <= RDFLIB_LIMIT else None
    queries = run_phase("queries", str(store))
    assert loaded["quads"] == first["quads"], "bulk_load must see the very same quads"
    return {"statements": statements, "documents": documents, "first": first, "again": again,
            "bulk": loaded, "memory": memory, "queries": queries["times"],
            "disk": directory_size(store)}


def report(rows: list[dict]) -> None:
    print(f"machine: {platform.processor() or platform.machine()}, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}, one process per phase")
    print("| statements | documents | quads | kg build | quads/s | bulk_load | ratio | rdflib memory | ratio "
          "| build peak | rebuild unchanged | store on disk | actor-topic | statements-by-actor (from disk, "
          "in memory) | agreement view |")
    print("|" + "---|" * 15)
    for r in rows:
        first, bulk, memory, q = r["first"], r["bulk"], r["memory"], r["queries"]
        rdflib_cells = (f"{memory['seconds']:.1f} s | {memory['seconds'] / bulk['seconds']:.1f}×" if memory
                        else "not run (memory) | –")
        print(f"| {r['statements']:,} | {r['documents']:,} | {first['quads']:,} | {first['seconds']:.1f} s "
              f"| {first['quads'] / first['seconds']:,.0f} | {bulk['seconds']:.1f} s "
              f"| {first['seconds'] / bulk['seconds']:.1f}× | {rdflib_cells} | {first['peak']:.0f} MiB "
              f"| {r['again']['seconds']:.1f} s ({100 * r['again']['seconds'] / first['seconds']:.0f} %) "
              f"| {r['disk'] / 2**20:.0f} MiB | {q['actor-topic'][0]:.2f} s | {q['statements-by-actor'][0]:.2f} s, "
              f"{q['statements-by-actor again'][0]:.2f} s ({q['statements-by-actor'][1]:,} rows) "
              f"| {q['agreement view'][0]:.1f} s |")


def main(sizes: list[int]) -> None:
    rows = []
    for statements in sizes:
        with tempfile.TemporaryDirectory() as folder:
            rows.append(measure(statements, Path(folder)))
        print(json.dumps(rows[-1]), file=sys.stderr)
    report(rows)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--phase"]:
        result = PHASES[sys.argv[2]](*sys.argv[3:])
        result["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
    else:
        main([int(n) for n in sys.argv[1:]] or [10_000, 100_000])
