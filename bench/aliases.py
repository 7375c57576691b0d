"""Benchmark: phrase matching with a gazetteer of 100,000 extra aliases.

Writes a Turtle file of synthetic actors (each with a name and an alias), loads it as a user
vocabulary, and times building the lexicon and matching the dev texts repeated to 2 MB.
Run with `make bench` or `python bench/aliases.py [ALIASES]`.
"""

from __future__ import annotations

import itertools
import sys
import tempfile
import time
from pathlib import Path

from kg.extraction.lexicon import lexicon_for
from kg.vocabulary import load_vocabulary

DEV = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "dev"
SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ve", "su", "ne", "di", "po", "ga", "re", "zu", "bi", "fa"]


def synthetic_actors(count: int) -> str:
    names = ("".join(p).capitalize() for p in itertools.product(SYLLABLES, repeat=5))
    lines = ["@prefix kg: <https://w3id.org/diplo-kg/ontology#> .",
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix actor: <https://w3id.org/diplo-kg/actor/> ."]
    for i, name in zip(range(count // 2), names):
        lines.append(f'actor:synthetic-{i} a kg:Person ; skos:inScheme kg:ActorScheme ; '
                     f'skos:prefLabel "{name} Surname{i}"@en ; skos:altLabel "{name}"@en .')
    return "\n".join(lines) + "\n"


def main(aliases: int) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    corpus = text * max(1, 2_000_000 // len(text.encode()))
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "actors.ttl"
        extra.write_text(synthetic_actors(aliases), encoding="utf-8")
        started = time.perf_counter()
        vocabulary = load_vocabulary([extra])
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        lexicon = lexicon_for(vocabulary)
        built = time.perf_counter() - started
    started = time.perf_counter()
    found = sum(len(lexicon.phrases(line, "en")) for line in corpus.splitlines())
    matched = time.perf_counter() - started
    mb = len(corpus.encode()) / 1_000_000
    print(f"aliases     {aliases} extra ({len(vocabulary.actor_by_key)} names in the gazetteer)")
    print(f"vocabulary  loaded in {loaded:.1f} s, lexicon built in {built:.1f} s")
    print(f"matching    {mb:.1f} MB in {matched:.1f} s: {mb / matched:.2f} MB/s ({found} phrases)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
