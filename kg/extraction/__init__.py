"""Text → statement records.

    read → split → mentions → speakers → meetings → clauses → reported speech → fields → alignment → records

`read` turns a file into a Document (kg.documents); the other stages are `STAGES` of
kg.extraction.stages, each a function from the document's state to the next; `extract` runs
them all on one document, `extract_texts` on many, in batches or processes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.documents import Document, read_document
from kg.errors import KgError
from kg.extraction.lexicon import lexicon_for
from kg.extraction.stages import STAGES, Extraction, Unattributed, run
from kg.records import StatementRecord
from kg.vocabulary import Vocabulary, load_vocabulary

__all__ = ["STAGES", "Extraction", "Unattributed", "extract", "extract_document", "extract_texts", "read",
           "rules_digest", "run"]


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """A hash of the extraction code: a document extracted by other rules is extracted again."""
    digest = hashlib.sha256()
    for source in sorted(resources.files("kg.extraction").iterdir(), key=lambda f: f.name):
        if source.name.endswith(".py"):
            digest.update(source.read_bytes())
    return digest.hexdigest()


def read(path: Path, vocabulary: Vocabulary, doc_id: str | None = None, date: str | None = None) -> Document:
    """A text file as a Document, with the vocabulary's languages and translation notes."""
    lexicon = lexicon_for(vocabulary)
    return read_document(path, doc_id, date, lexicon.languages, lexicon.translation_cues)


def extract_texts(items: list[tuple[Path, str]], vocabulary: Vocabulary, date: str | None = None,
                  jobs: int = 1) -> Iterator[tuple[Document, Extraction] | KgError]:
    """(document, extraction) of each (path, document id), or the error that refused it; in the
    order given, whatever the number of processes (`jobs`) that did the work."""
    if jobs <= 1 or len(items) < 2:
        yield from _extract_in_batches(vocabulary, items, date)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(vocabulary.sources,)) as pool:
        answers = pool.map(_extract_in_worker, [(path, doc_id, date) for path, doc_id in items],
                           chunksize=max(1, min(64, len(items) // (jobs * 8))))
        yield from (KgError(*answer[1:]) if answer[0] == "error" else answer[1] for answer in answers)


# documents are read a few at a time before they are extracted: each stage then runs on data
# and code already in the processor's caches (measured: 0.85 MB/s one by one, 0.92 by 32, 0.98
# by 128); a batch stops at a megabyte of text, so large documents are not held long
READ_BATCH = 128
READ_BATCH_CHARACTERS = 1_000_000


def _extract_in_batches(vocabulary: Vocabulary, items: list[tuple[Path, str]], date: str | None):
    """(document, extraction) or the error, of each item in order."""
    batch: list[Document | KgError] = []
    characters = 0
    for path, doc_id in items:
        document = _read_one(vocabulary, path, doc_id, date)
        batch.append(document)
        characters += 0 if isinstance(document, KgError) else len(document.text)
        if len(batch) == READ_BATCH or characters >= READ_BATCH_CHARACTERS:
            yield from (_extract_read(vocabulary, d) for d in batch)
            batch, characters = [], 0
    yield from (_extract_read(vocabulary, d) for d in batch)


def _read_one(vocabulary: Vocabulary, path: Path, doc_id: str, date: str | None) -> Document | KgError:
    try:
        return read(path, vocabulary, doc_id, date)
    except KgError as error:
        return error


def _extract_read(vocabulary: Vocabulary, document: Document | KgError):
    if isinstance(document, KgError):
        return document
    try:
        return document, extract_document(document, vocabulary)
    except KgError as error:
        return error


def _extract_one(vocabulary: Vocabulary, path: Path, doc_id: str, date: str | None):
    return _extract_read(vocabulary, _read_one(vocabulary, path, doc_id, date))


_worker_vocabulary: list[Vocabulary] = []


def _start_worker(sources: tuple[Path, ...]) -> None:
    _worker_vocabulary.append(load_vocabulary(sources))


def _extract_in_worker(item: tuple[Path, str, str | None]) -> tuple:
    """A worker's answer, as plain data that pickles: ("ok", (document, extraction)) or ("error", …)."""
    found = _extract_one(_worker_vocabulary[0], *item)
    if isinstance(found, KgError):
        return "error", found.message, found.where, found.hint
    return "ok", found


def extract(document: Document, vocabulary: Vocabulary) -> list[StatementRecord]:
    """The statement records of a document (a clause whose actor is not found gives none)."""
    return extract_document(document, vocabulary).records


def extract_document(document: Document, vocabulary: Vocabulary) -> Extraction:
    """The statement records of a document, and the clauses left out for want of an actor."""
    return run(document, vocabulary).extraction or Extraction([], [])
