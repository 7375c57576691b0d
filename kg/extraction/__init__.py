"""Text → statement records. The pipeline, in order:

    read → split → match → attribute → fields → align → records

Each stage is a function of its own module (documents, sentences, lexicon, clauses, fields,
align); `extract` runs them all on one document.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from kg.documents import Document, read_document
from kg.errors import KgError
from kg.extraction.align import align
from kg.extraction.clauses import document_clauses
from kg.extraction.context import Clause, Context
from kg.extraction.fields import (Opposition, carried_targets, conflict_mentions, current_conflict, stance, targets,
                               topics)
from kg.extraction.lexicon import lexicon_for
from kg.extraction.people import find_people, speaker_turns
from kg.extraction.sentences import split_sentences
from kg.records import ActorRef, Event, Evidence, StatementRecord
from kg.vocabulary import Vocabulary, load_vocabulary

METHOD = "rules"


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


class Unattributed(NamedTuple):
    """A reporting clause whose actor could not be found: reported, never stored without one."""

    doc: str
    start: int
    sentence: str

    def __str__(self) -> str:
        sentence = " ".join(self.sentence.split())
        return f"{self.doc}, character {self.start}: no actor found in {sentence[:90]!r}" + \
            ("…" if len(sentence) > 90 else "")


class Extraction(NamedTuple):
    """What the extractor made of a document: its records, and the clauses it could not attribute."""

    records: list[StatementRecord]
    unattributed: list[Unattributed]


def extract(document: Document, vocabulary: Vocabulary) -> list[StatementRecord]:
    """The statement records of a document (a clause whose actor is not found gives none)."""
    return extract_document(document, vocabulary).records


def extract_document(document: Document, vocabulary: Vocabulary) -> Extraction:
    """The statement records of a document, and the clauses left out for want of an actor."""
    lexicon = lexicon_for(vocabulary)
    context = Context(document, lexicon)
    sentences = split_sentences(document, lambda word, lang: lexicon.is_word("abbreviation", lang, word.lower()))
    find_people(context, sentences)
    sentences = speaker_turns(context, sentences)
    context.index(sentences)
    clauses = document_clauses(context, sentences)
    mentions = conflict_mentions(context, [p for s in sentences for p in context.phrases(s)])
    previous: dict[int, Clause] = {}
    opposing: dict[int, Opposition | None] = {}
    for clause in clauses:
        context.at = clause.evidence[0]
        found = context.phrases_between(*clause.evidence)
        clause.stance = stance(context, clause, found)
        clause.targets = targets(context, clause, found)
        conflict = current_conflict(mentions, clause.evidence[0])
        clause.topics = topics(context, clause, found, conflict, previous.get(clause.block))
        previous[clause.block] = clause
        clause.targets, opposing[clause.block] = carried_targets(context, clause, opposing.get(clause.block))
    groups = _merge_translations(document, clauses)
    return Extraction([_record(context, g) for g in groups if any(c.actors for c in g)],
                      [Unattributed(document.doc_id, g[0].evidence[0], document.text[slice(*g[0].evidence)])
                       for g in groups if not any(c.actors for c in g)])


def _merge_translations(document: Document, clauses: list[Clause]) -> list[list[Clause]]:
    """Groups of clauses that are one statement: a clause and its translation, or one alone."""
    by_block: dict[int, list[Clause]] = {}
    for clause in clauses:
        by_block.setdefault(clause.block, []).append(clause)
    blocks = document.blocks
    originals = [i for i, b in enumerate(blocks) if not b.translation]
    groups: list[list[Clause]] = []
    used: set[int] = set()
    for t, block in enumerate(blocks):
        if not block.translation or t not in by_block:
            continue
        partner = next((o for o in originals if blocks[o].lang != block.lang and o not in used and o in by_block), None)
        if partner is None:
            continue
        used.update({t, partner})
        spans = [(blocks[b].paragraphs[0].start, blocks[b].paragraphs[-1].end) for b in (partner, t)]
        for original, translation in align(by_block[partner], by_block[t], document.text, *spans):
            groups.append([c for c in (original, translation) if c is not None])
    for b, block_clauses in by_block.items():
        if b not in used:
            groups.extend([c] for c in block_clauses)
    return sorted(groups, key=lambda g: min(c.evidence[0] for c in g))


def _record(context: Context, group: list[Clause]) -> StatementRecord:
    """One record from a clause (the original decides the fields) and its translation."""
    blocks = context.document.blocks
    # the original decides the fields; the translation's actors stand in when it names them and
    # the original does not
    main = next((c for c in group if not blocks[c.block].translation), group[0])
    actors = main.actors or next(c.actors for c in group if c.actors)
    text = context.document.text
    name_of = context.name_of
    evidence = sorted((Evidence(c.lang, text[c.evidence[0]:c.evidence[1]], *c.evidence) for c in group),
                      key=lambda e: e.start)
    meeting = context.meeting(main.evidence[0])
    event = None if meeting is None else Event(meeting.type, tuple(ActorRef(name_of(p)) for p in meeting.participants),
                                               meeting.date, meeting.place)
    return StatementRecord(
        doc=context.document.doc_id,
        date=context.document.date,
        actors=tuple(ActorRef(name_of(a)) for a in actors),
        act=main.act,
        position={c.lang: text[c.position[0]:c.position[1]] or text[c.evidence[0]:c.evidence[1]] for c in group},
        topics=tuple(main.topics),
        stance=main.stance,
        evidence=tuple(evidence),
        verb={c.lang: c.verb.text for c in group},
        targets=tuple(ActorRef(name_of(t)) for t in main.targets),
        joint=len(actors) > 1,
        event=event,
        method=f"{METHOD}:{main.rule}",
    )
