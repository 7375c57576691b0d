"""The extraction pipeline as named stages, in order (`STAGES`).

    split → mentions → speakers → meetings → clauses → reported speech → fields → alignment → records

Each stage is a function from the document's state to the next state, so that a stage can be
run, tested and replaced on its own (`run(document, vocabulary, until="clauses")` stops after
the clauses). The state carries the text's sentences, clauses and statement groups as values;
the discourse memory the rules read while attributing (who spoke last, the people seen, the
meetings) lives in the state's `Context`, which the stages up to "reported speech" fill in.
"""

from __future__ import annotations

import bisect

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from kg.documents import Block, Document
from kg.extraction.align import align
from kg.extraction.clauses import document_clauses, find_meetings
from kg.extraction.context import Clause, Context
from kg.extraction.fields import Opposition, answered_side, asked_side, carried_targets, conflict_mentions, stance, targets, topics
from kg.extraction.lexicon import lexicon_for
from kg.extraction.people import find_people, speaker_turns
from kg.extraction.quotations import settle_quotes, unsigned_we
from kg.extraction.sentences import Quotes, Sentence, split_sentences
from kg.records import ActorRef, Event, Evidence, StatementRecord
from kg.vocabulary import Vocabulary

METHOD = "rules"


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


@dataclass(frozen=True)
class State:
    """A document on its way through the stages."""

    document: Document
    context: Context
    sentences: tuple[Sentence, ...] = ()
    quotations: dict[tuple[int, int], Quotes] = field(default_factory=dict)  # by (block, paragraph)
    clauses: tuple[Clause, ...] = ()
    groups: tuple[tuple[Clause, ...], ...] = ()  # a clause with its translation, or alone
    extraction: Extraction | None = None


def split(state: State) -> State:
    """Sentences: line breaks, blingfire's boundaries, never after an abbreviation."""
    lexicon = state.context.lexicon
    return replace(state, sentences=tuple(split_sentences(
        state.document, lambda word, lang: lexicon.is_word("abbreviation", lang, word.lower()))))


def mentions(state: State) -> State:
    """People the gazetteer lacks, roles, titles and sides, added to the lexicon's phrases."""
    state.context.index(list(state.sentences))  # the rules may look at the phrases after a name
    find_people(state.context, list(state.sentences))
    return state


def speakers(state: State) -> State:
    """A transcript's speaker labels: who speaks in each paragraph; questions say nothing."""
    sentences = speaker_turns(state.context, list(state.sentences))
    state.context.index(sentences)
    return replace(state, sentences=tuple(sentences))


def meetings(state: State) -> State:
    """The meetings and calls the text reports, with their participants, date and place."""
    find_meetings(state.context, list(state.sentences))
    return state


def clauses(state: State) -> State:
    """The reporting clauses, each with its act, actors (but first-person quotations') and position."""
    found, quotations = document_clauses(state.context, list(state.sentences))
    return replace(state, clauses=tuple(found), quotations=quotations)


def reported_speech(state: State) -> State:
    """First-person quotations given to their speakers, attributions and reports that say
    nothing of their own left out, evidence extended over quotations; an unsigned statement's
    "we" given to its one speaker."""
    settled = settle_quotes(state.context, list(state.clauses), list(state.sentences), state.quotations)
    return replace(state, clauses=tuple(unsigned_we(state.context, settled)))


def fields(state: State) -> State:
    """Stance, targets and topics of each clause, in text order (some carry over to the next); a
    lead statement that names no topic is about what the statement after it is about (the text
    goes on to say what it meant), and one with none after it about diplomatic contacts. In a
    transcript an answer that names none is about what its question names, one that names only
    relations is about the matter its question names too, and no topic carries over a question."""
    context = state.context
    conflicts = conflict_mentions(context, [p for s in state.sentences for p in context.phrases(s)])
    previous: dict[int, Clause] = {}
    speakers_run: dict[int, list[Clause]] = {}  # the statements in a row of whoever spoke last
    earlier_run: dict[int, list[Clause]] = {}  # and those of whoever spoke before them
    opposing: dict[int, Opposition | None] = {}
    finished, joint = context.memory, ()  # the memory as the text's end left it; who last spoke jointly
    for clause in state.clauses:
        context.at = clause.evidence[0]
        context.memory = replace(finished, last_joint=joint)  # as it stood at this clause, not at the end
        found = context.phrases_between(*clause.evidence)
        clause.stance = stance(context, clause, found)
        before = previous.get(clause.block)
        if before is not None and _asked_between(context, before, clause):  # a new question: a new matter
            before, opposing[clause.block], speakers_run[clause.block], earlier_run[clause.block] = None, None, [], []
        clause.targets = targets(context, clause, found) or answered_side(
            context, clause, found, speakers_run.get(clause.block, []), earlier_run.get(clause.block, []))
        clause.topics = topics(context, clause, found, conflicts, before)
        previous[clause.block] = clause
        run = speakers_run.get(clause.block)
        if run and run[-1].actors == clause.actors:
            run.append(clause)  # in place: a transcript's speaker may go on for thousands of clauses
        else:
            earlier_run[clause.block] = speakers_run.get(clause.block, [])
            speakers_run[clause.block] = [clause]
        clause.targets, opposing[clause.block] = carried_targets(context, clause, opposing.get(clause.block))
        joint = tuple(clause.actors) if len(clause.actors) > 1 else joint
    context.memory = finished
    asked = _questions_topics(context, state.sentences)
    following: dict[int, Clause] = {}
    stating = {c.sentence.start for c in state.clauses}
    narrated = [(offset, topic) for offset, topic in conflicts if context.sentence_start(offset) not in stating]
    for clause in reversed(state.clauses):
        after = following.get(clause.block)
        question = _question_of(asked, clause)
        if clause.topics and all(t in context.lexicon.relation_parties for t in clause.topics):
            # "We regard this decision as hostile" after a question on sanctions: the matter asked
            # about, and the relations the answer names
            clause.topics = [t for t in (question.topics if question else []) if t not in clause.topics] + clause.topics
        clause.targets = clause.targets or asked_side(context, clause, question.countries if question else [])
        clause.topics = clause.topics or _asked_about(context, asked, clause) \
            or (after.topics if after and not _asked_between(context, clause, after) else
                _narrated_conflict(narrated, clause) or ["diplomatic-contacts"])
        following[clause.block] = clause
    return state


def _narrated_conflict(narrated: list[tuple[int, str]], clause: Clause) -> list[str]:
    """The conflict a sentence before the statement names that reports no statement ("Nessun passo
    indietro sul sostegno all'Ucraina." opening an item on new military aid): what a statement
    that names no matter is about."""
    before = bisect.bisect_left(narrated, (clause.evidence[0],))
    return [narrated[before - 1][1]] if before else []


def _questions_topics(context: Context, sentences: tuple[Sentence, ...]) -> dict[tuple[int, int], Asked]:
    """The topics a transcript's questions name by keyword, and the countries they name, by
    (block, paragraph)."""
    asked: dict[tuple[int, int], Asked] = {}
    for sentence in sentences:
        where = (sentence.block, sentence.paragraph)
        if context.turns.get(where, False) is None:
            before = asked.get(where, Asked([], []))
            named = context.phrases(sentence)
            asked[where] = Asked(
                list(dict.fromkeys(before.topics + [p.value for p in named if p.kind == "topic"])),
                list(dict.fromkeys(before.countries + [side for p in named if p.kind == "actor" and (
                    side := context.represents(p.value)) in context.lexicon.country_like])))
    return asked


class Asked(NamedTuple):
    """What a transcript's question names: topics by keyword, and countries."""

    topics: list[str]
    countries: list[str]


def _question_of(asked: dict[tuple[int, int], Asked], clause: Clause) -> Asked | None:
    """The last question before a clause in its block, if any."""
    questions = [paragraph for block, paragraph in asked if block == clause.block
                 and paragraph < clause.sentence.paragraph]
    return asked[(clause.block, max(questions))] if questions else None


def _asked_about(context: Context, asked: dict[tuple[int, int], Asked], clause: Clause) -> list[str]:
    """What the question an answer answers is about: "A knife attack took place… Do you think this is
    a terrorist attack?" — "We believe the authorities will…" is about terrorism; with no such
    topic, the relations of the two countries it names, or of the one it names and the answer's
    speaker ("Pakistan said India is to blame. Your response?" — "We reject…": India and
    Pakistan). (A text with no questions is not searched: a long one would be read back for each
    clause.)"""
    question = _question_of(asked, clause)
    if question is None:
        return []
    sides = set(question.countries) if len(question.countries) == 2 else \
        set(question.countries) | {context.represents(a) for a in clause.actors}
    relation = context.lexicon.relation_of.get(frozenset(sides)) if len(sides) == 2 else None
    return question.topics or ([relation] if relation else [])


def _asked_between(context: Context, first: Clause, second: Clause) -> bool:
    """Whether a transcript's question comes between two clauses of a block: the answer after it is
    about what was asked, not about what the answer before it was about."""
    return any(context.turns.get((first.block, paragraph), False) is None
               for paragraph in range(first.sentence.paragraph + 1, second.sentence.paragraph))


def alignment(state: State) -> State:
    """Groups of clauses that are one statement: a clause and its translation, or one alone.

    A block a translation note marks is paired with an original in another language; two
    blocks in different languages that no note marks are a text and its translation when each
    has two clauses or more and most of them pair up (or, with one clause, when the blocks are as
    long and every pair has the same actors and act), and the better attributed of the two (more
    clauses with actors) is taken for the original."""
    document = state.document
    by_block: dict[int, list[Clause]] = {}
    for clause in state.clauses:
        by_block.setdefault(clause.block, []).append(clause)
    blocks = document.blocks
    originals = [i for i, b in enumerate(blocks) if not b.translation]
    groups: list[tuple[Clause, ...]] = []
    used: set[int] = set()

    def paired(original: int, translation: int) -> list[tuple[Clause | None, Clause | None]]:
        spans = [(blocks[b].paragraphs[0].start, blocks[b].paragraphs[-1].end) for b in (original, translation)]
        return align(state.context, by_block[original], by_block[translation], *spans)

    for t, block in enumerate(blocks):
        if not block.translation or t not in by_block:
            continue
        partner = next((o for o in originals if blocks[o].lang != block.lang and o not in used and o in by_block), None)
        if partner is None:
            continue
        used.update({t, partner})
        groups += [tuple(c for c in pair if c is not None) for pair in paired(partner, t)]
    unmarked = [b for b in originals if b in by_block and b not in used]
    for first, second in zip(unmarked, unmarked[1:]):
        if blocks[first].lang == blocks[second].lang or {first, second} & used:
            continue
        few = min(len(by_block[first]), len(by_block[second])) < 2
        if few and not _as_long(blocks[first], blocks[second]):
            continue  # a paragraph quoted in another language is no translation of the text
        original, translation = sorted((first, second), key=lambda b: -sum(bool(c.actors) for c in by_block[b]))
        pairs = paired(original, translation)
        if few and all(None not in pair and set(pair[0].actors) == set(pair[1].actors) and pair[0].act == pair[1].act
                       for pair in pairs) \
                or not few and 2 * sum(None not in pair for pair in pairs) >= min(len(by_block[first]), len(by_block[second])) + 1:
            used.update({first, second})
            groups += [tuple(c for c in pair if c is not None) for pair in pairs]
    for b, block_clauses in by_block.items():
        if b not in used:
            groups.extend((c,) for c in block_clauses)
    return replace(state, groups=tuple(sorted(groups, key=lambda g: min(c.evidence[0] for c in g))))


def _as_long(first: Block, second: Block) -> bool:
    """Whether two blocks are of a length (within a factor of two), as a short text and its
    translation are: a one-statement item in two languages is merged only when they are, and each
    statement has the same actors and act in both."""
    lengths = sorted(b.paragraphs[-1].end - b.paragraphs[0].start for b in (first, second))
    return lengths[1] <= 2 * lengths[0]


def records(state: State) -> State:
    """One statement record per group with an actor; the groups without one, reported."""
    document = state.document
    return replace(state, extraction=Extraction(
        [_record(state.context, g) for g in state.groups if any(c.actors for c in g)],
        [Unattributed(document.doc_id, g[0].evidence[0], document.text[slice(*g[0].evidence)])
         for g in state.groups if not any(c.actors for c in g)]))


STAGES: tuple[tuple[str, Callable[[State], State]], ...] = (
    ("split", split), ("mentions", mentions), ("speakers", speakers), ("meetings", meetings),
    ("clauses", clauses), ("reported speech", reported_speech), ("fields", fields),
    ("alignment", alignment), ("records", records))


def run(document: Document, vocabulary: Vocabulary, until: str | None = None) -> State:
    """The state of a document after the stages up to `until` (all of them by default)."""
    names = [name for name, _ in STAGES]
    if until is not None and until not in names:
        raise ValueError(f"no stage {until!r}: the stages are {', '.join(names)}")
    state = State(document, Context(document, lexicon_for(vocabulary)))
    for name, stage in STAGES:
        state = stage(state)
        if name == until:
            break
    return state


def _record(context: Context, group: tuple[Clause, ...]) -> StatementRecord:
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
