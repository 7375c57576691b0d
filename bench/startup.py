"""Benchmark: how long a small query takes from the command line, against importing its engines.

Builds the seed readout into a temporary store, then times `kg query acts` and `kg query
statements-by-actor --param actor=Lavrov` (which loads the vocabulary to resolve the name) as
separate processes, and `python -c "import rdflib, pyoxigraph"` as the floor; prints the
median of RUNS runs of each and the ratios (issue #15 asks for at most 5x on `kg query acts`).
Run with `make bench` or `python bench/startup.py`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "seed" / "lavrov-rubio-2025-09-24.txt"
RUNS = 5


def median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    kg = [sys.executable, "-m", "kg"]
    with tempfile.TemporaryDirectory() as folder:
        store = str(Path(folder) / "store")
        subprocess.run(kg + ["build", str(SEED), "--store", store], check=True, stdout=subprocess.DEVNULL)
        floor = median_seconds([sys.executable, "-c", "import rdflib, pyoxigraph"])
        print(f"import rdflib, pyoxigraph             {floor:6.2f} s")
        for label, args in (("kg query acts", ["query", "acts"]),
                            ("kg query statements-by-actor Lavrov",
                             ["query", "statements-by-actor", "--param", "actor=Lavrov"])):
            seconds = median_seconds(kg + args + ["--store", store])
            print(f"{label:<37} {seconds:6.2f} s  {seconds / floor:5.1f}x the imports")


if __name__ == "__main__":
    main()
