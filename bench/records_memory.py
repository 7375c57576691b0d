"""Benchmark: peak memory of `kg build` on one large JSONL file against the same records split.

Generates STATEMENTS records (bench/build.py's generator: files of 1,000 documents, about
5,000 lines each), joins them into one file, and builds each form into a new embedded store in
a process of its own under `/usr/bin/time -v`; prints both peaks and their ratio (issue #15
asks for at most 10 % more for the one file). Run with `python bench/records_memory.py
[STATEMENTS]` (default 200,000).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import generate  # noqa: E402  (the same generated records as bench/build.py)


def peak_build(inputs: list[Path], store: Path) -> tuple[float, float]:
    """(seconds, peak resident MiB) of `kg build INPUTS --store STORE`."""
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-m", "kg", "build", *map(str, inputs),
                           "--store", str(store)], capture_output=True, text=True, check=True)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    return time.perf_counter() - start, int(peak.group(1)) / 1024


def main(statements: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        split = Path(folder) / "split"
        split.mkdir()
        generate(split, statements)
        files = sorted(split.glob("*.jsonl"))
        one = Path(folder) / "one.jsonl"
        with open(one, "wb") as out:
            for part in files:
                with open(part, "rb") as source:
                    shutil.copyfileobj(source, out)
        print(f"{statements:,} statements: {len(files)} files of about "
              f"{sum(1 for _ in open(files[0], encoding='utf-8')):,} lines, one file of "
              f"{one.stat().st_size / 2**20:,.0f} MiB")
        seconds, split_peak = peak_build(files, Path(folder) / "store-split")
        print(f"split files  {seconds:7.1f} s  peak {split_peak:7.0f} MiB")
        seconds, one_peak = peak_build([one], Path(folder) / "store-one")
        print(f"one file     {seconds:7.1f} s  peak {one_peak:7.0f} MiB  ({one_peak / split_peak - 1:+.0%})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
