"""Benchmark: extraction throughput on the dev texts repeated to a size (default 20 MB), one core.

Prints MB/s for reading (decoding, dates, language blocks) and for extraction, each over the
whole corpus, then for both as `kg extract` runs them (`extract_texts`), the peak memory, and
MB/s on one document whose sentence never ends.
Run with `make bench` or `python bench/extract.py [MEGABYTES]`.
"""

from __future__ import annotations

import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg.extraction import extract, extract_texts, read
from kg.vocabulary import load_vocabulary

DEV = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev"


def make_corpus(target: Path, megabytes: float) -> int:
    """Copy the dev texts (with their sidecars) under new names until the corpus has the size."""
    texts = sorted(DEV.glob("*.txt"))
    size, copy = 0, 0
    while size < megabytes * 1_000_000:
        for text in texts:
            name = f"{copy:05d}-{text.name}"
            shutil.copyfile(text, target / name)
            sidecar = text.with_suffix(".source")
            if sidecar.exists():
                shutil.copyfile(sidecar, (target / name).with_suffix(".source"))
            size += text.stat().st_size
        copy += 1
    return size


def main(megabytes: float, rounds: int = 3) -> None:
    vocabulary = load_vocabulary()
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder)
        size = make_corpus(corpus, megabytes)
        files = sorted(corpus.glob("*.txt"))
        extract(read(files[0], vocabulary), vocabulary)  # build the lexicon before timing
        started = time.perf_counter()
        documents = [read(path, vocabulary) for path in files]
        read_seconds = time.perf_counter() - started
        started = time.perf_counter()
        statements = sum(len(extract(document, vocabulary)) for document in documents)
        extract_seconds = time.perf_counter() - started
        del documents
        items = [(path, path.name) for path in files]
        together = []
        for _ in range(rounds):  # as kg extract and kg build run them
            started = time.perf_counter()
            for _ in extract_texts(items, vocabulary):
                pass
            together.append(time.perf_counter() - started)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = size / 1_000_000
    middle = statistics.median(together)
    print(f"corpus      {mb:.1f} MB in {len(files)} documents (tests/corpus/dev repeated)")
    print(f"statements  {statements}")
    print(f"read        {read_seconds:.1f} s  {mb / read_seconds:.2f} MB/s")
    print(f"extract     {extract_seconds:.1f} s  {mb / extract_seconds:.2f} MB/s")
    print(f"together    {middle:.1f} s  {mb / middle:.2f} MB/s (extract_texts, median of {rounds}; "
          f"best {mb / min(together):.2f})")
    print(f"peak memory {peak:.0f} MiB")
    print(f"no stops    {_without_stops(vocabulary):.2f} MB/s (one document of 0.5 MB with no full stop)")


def _without_stops(vocabulary, size: int = 500_000) -> float:
    """MB/s on a text whose one sentence never ends (a scraped page without punctuation): the
    rules read a sentence's clauses against each other, so this measures that long sentences
    are cut (sentences.MAX_SENTENCE) and cost stays linear."""
    clause = "Foreign Minister Jane Doyle said that Chile is ready to talk with Peru, "
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "no-stops-2025-01-01.txt"
        path.write_text(clause * (size // len(clause)) + "and that is all.\n", encoding="utf-8")
        started = time.perf_counter()
        extract(read(path, vocabulary), vocabulary)
        return size / 1_000_000 / (time.perf_counter() - started)


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 20.0)
