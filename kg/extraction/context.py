"""What the clause rules share: the clause, the document context, the phrases of a sentence."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from kg.documents import Document
from kg.extraction.lexicon import ATTRIBUTING, STRUCTURAL, Lexicon, Phrase
from kg.extraction.sentences import Sentence

if TYPE_CHECKING:
    from kg.extraction.people import Person

WORD = re.compile(r"[\w’']+|[^\w\s]")
ELIDED_WORD = re.compile(r"\w+['’]?")  # a word with its elision mark, apart from the word after it ("l'", "accusa")
PLAIN_WORDS = re.compile(r"[^\W\d_]+")  # words of letters only
NOT_SPACE = re.compile(r"\S")  # searched from a position, to ask "only blanks?" without copying the text


@dataclass
class Clause:
    """One statement in one language, before translations are merged."""

    act: str
    verb: Phrase
    lang: str
    sentence: Sentence
    evidence: tuple[int, int]
    actors: list[str]
    position: tuple[int, int]
    rule: str
    block: int
    clause_start: int = 0
    in_quote: tuple[int, int] | None = None
    first_person: bool = False
    outer: bool = False
    cataphoric: bool = False  # "Lo ha detto X": its position is the sentence before
    labelled: tuple[str, ...] = ()  # a first-person quotation's speaker label in force (a heading's "Statement by X")
    stance: str = "neutral"
    targets: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Memory:
    """The discourse so far as the next sentence reads it: who spoke last, who last spoke
    jointly, the people named, the speaker label in force (whose "we" it is). A value: reading a
    sentence makes the next one (`clauses.remembered`); nothing changes it in place."""

    last_actors: tuple[str, ...] = ()
    last_joint: tuple[str, ...] = ()
    persons_seen: tuple[str, ...] = ()
    speaker: tuple[str, ...] = ()


@dataclass(frozen=True)
class Meeting:
    """A meeting or call the document reports, from the sentence that first names it."""

    start: int  # where that sentence starts
    participants: tuple[str, ...]
    type: str
    date: str  # the date the text gives it, else the document's
    place: str | None = None  # where the text says it was held


INSTITUTION = "institution:"  # the key of a country's institution named in the text: this prefix and its name


@dataclass
class Context:
    """What the rules know about a document while reading it."""

    document: Document
    lexicon: Lexicon
    meetings: list[Meeting] = field(default_factory=list)  # in text order
    at: int = 0  # where the sentence or clause being read starts
    memory: Memory = field(default_factory=Memory)  # the discourse so far: replaced, never changed
    block: int | None = None
    found: dict[int, list[Phrase]] = field(default_factory=dict)  # by sentence start
    resolved: dict[int, list[Phrase]] = field(default_factory=dict)
    ordered: list[Sentence] = field(default_factory=list)  # the document's sentences in text order
    sentence_ends: list[int] = field(default_factory=list)
    people: dict[str, Person] = field(default_factory=dict)  # named in the text, not in the gazetteer
    # a country's institution the text names and the gazetteer lacks ("Chinese Ministry of Commerce")
    # → the country; its key is INSTITUTION and its name
    institutions: dict[str, str] = field(default_factory=dict)
    titled: dict[str, set[str]] = field(default_factory=dict)  # a person → the words of their titles in the text
    turns: dict[tuple[int, int], str | None] = field(default_factory=dict)  # a transcript's speaker by paragraph
    own_mentions: dict[Phrase, bool] = field(default_factory=dict)  # whether a keyword or name mentions what it names
    genders: dict[str, str] | None = None  # a person → "feminine" or "masculine", as the text shows (subjects.gender_of)
    sides: list[str] | None = None  # the two countries the text calls sides, found once (subjects._named_sides)

    def index(self, sentences: list[Sentence]) -> None:
        self.ordered = sorted(sentences, key=lambda s: s.start)
        self.sentence_ends = [s.end for s in self.ordered]

    def structure(self, sentence: Sentence) -> list[Phrase]:
        """The sentence's verbs, mentions and cues of attribution, overlaps resolved, found once."""
        if sentence.start not in self.resolved:
            self.resolved[sentence.start] = without_overlaps(
                [p for p in self.phrases(sentence) if p.kind in STRUCTURAL or p.kind in ATTRIBUTING])
        return self.resolved[sentence.start]

    def phrases(self, sentence: Sentence) -> list[Phrase]:
        """The lexicon's phrases in a sentence, found once."""
        if sentence.start not in self.found:
            text = self.document.text[sentence.start:sentence.end]
            self.found[sentence.start] = self.lexicon.phrases(text, sentence.lang, sentence.start)
        return self.found[sentence.start]

    def add_phrases(self, sentence: Sentence, added: list[Phrase],
                    replaced: frozenset[tuple[int, int]] | set[tuple[int, int]] = frozenset(),
                    kind: str = "person-reference") -> None:
        """Phrases found by later stages (people, titles, roles), in text order with the lexicon's;
        a phrase of `kind` whose span is `replaced` gives way to the added one."""
        kept = [p for p in self.phrases(sentence) if p.kind != kind or (p.start, p.end) not in replaced]
        self.found[sentence.start] = sorted(kept + added, key=lambda p: p.start)

    def phrases_between(self, start: int, end: int) -> list[Phrase]:
        """The phrases of the sentences that make up [start, end)."""
        found = []
        ordered = self.ordered
        for i in range(bisect.bisect_right(self.sentence_ends, start), len(ordered)):  # no copy: thousands may follow
            if ordered[i].start >= end:
                break
            found += [p for p in self.phrases(ordered[i]) if start <= p.start and p.end <= end]
        return found

    def meeting(self, at: int | None = None) -> Meeting | None:
        """The meeting in effect at a point of the text (by default, what is being read): the last
        one named before it, or the first one when none is named before (a readout may report
        the meeting after its first statement)."""
        at = self.at if at is None else at
        current = None
        for meeting in self.meetings:
            if current is not None and meeting.start > at:
                break
            current = meeting
        return current

    @property
    def participants(self) -> list[str]:
        """The participants of the meeting in effect ("the two ministers", "both sides")."""
        meeting = self.meeting()
        return list(meeting.participants) if meeting else []

    @property
    def principal(self) -> list[str]:
        """The publisher's principal: the first participant, else the first person named."""
        if self.participants:
            return self.participants[:1]
        return list(self.memory.persons_seen[:1])

    @property
    def publisher(self) -> list[str]:
        """The institution whose web site the text comes from (its sidecar's address, matched on
        the gazetteer's schema:url): an unnamed briefer's "we" speaks for it."""
        found = self.lexicon.publisher(self.document.source)
        return [found] if found else []

    @property
    def dateline_country(self) -> list[str]:
        """The country whose city heads the text's first dateline ("RIYADH, March 3 (SPA) --"), or
        its line of place and date ("Manila, 10 June 2025") among its first two: where the news
        comes from."""
        text = self.document.text
        for i, sentence in enumerate(self.ordered):
            if sentence.body > sentence.start:
                return [self.represents(p.value) for p in self.phrases(sentence)
                        if p.kind == "actor" and p.end <= sentence.body][:1]
            if i < 2 and is_place_and_date_line(text, sentence.start, sentence.end):
                place = [self.represents(p.value) for p in self.phrases(sentence)
                         if p.kind == "actor" and p.start == sentence.start]
                if place:  # not a line of number and year with no place ("Press Release No. 45/2025")
                    return place[:1]
        return []

    def heading_phrases(self) -> list[Phrase]:
        """The phrases of the document's first line (its title, or a note's heading)."""
        return self.phrases(self.ordered[0]) if self.ordered else []

    def sentence_start(self, offset: int) -> int:
        """Where the sentence that holds an offset begins."""
        i = bisect.bisect_right(self.sentence_ends, offset)
        return self.ordered[i].start if i < len(self.ordered) else offset

    def lang_at(self, offset: int) -> str:
        """The language of the block that holds an offset of the text (asked of every reference:
        the blocks' spans are searched by bisection)."""
        starts, ends, langs = self._block_spans
        i = bisect.bisect_right(starts, offset) - 1
        return langs[i] if i >= 0 and offset <= ends[i] else self.document.blocks[0].lang

    @cached_property
    def _block_spans(self) -> tuple[list[int], list[int], list[str]]:
        """Where each block with paragraphs starts and ends, and its language, in text order."""
        blocks = [b for b in self.document.blocks if b.paragraphs]
        return [b.paragraphs[0].start for b in blocks], [b.paragraphs[-1].end for b in blocks], [b.lang for b in blocks]

    def is_person(self, actor: str) -> bool:
        return actor in self.people or self.lexicon.actor_kind.get(actor) == "person"

    def name_of(self, actor: str) -> str:
        if actor in self.institutions:
            return actor[len(INSTITUTION):]
        person = self.people.get(actor)
        return person.name if person else self.lexicon.names[actor]

    def represents(self, actor: str) -> str:
        """The country or organisation an actor speaks for, to the end of the chain (a spokesperson
        for a ministry, the ministry for its country); itself when none is known."""
        person = self.people.get(actor)
        side = (person.represents or actor) if person else self.institutions.get(actor, actor)
        for _ in range(3):  # a person → their ministry → its country
            side = self.lexicon.represents.get(side, side)
        return side

    def post_words(self, actor: str) -> tuple[set[str] | frozenset[str], set[str] | frozenset[str]]:
        """The words of what an actor's posts are ("minister") and of all their titles ("minister",
        "foreign", "affairs", "russia"), by which "the foreign minister" finds them; with the
        words of the titles the text gives them."""
        titled = self.titled.get(actor, set())  # "Chinese Ambassador Qin Gang": what the text calls them
        person = self.people.get(actor)
        if person:  # and all of a title of joined roles ("Deputy Prime Minister and Foreign Minister X")
            return person.post_words | titled, person.post_words | titled
        return self.lexicon.post_heads.get(actor, set()) | titled, self.lexicon.post_words.get(actor, set()) | titled


OVERLAP_RANK = {kind: i for i, kind in enumerate((
    "verb", "according", "according-relative", "reply-noun", "person-reference", "latter-reference", "former-reference",
    "group-reference", "members-reference", "sides-reference",
    "speaker-reference", "institution-reference", "organ-reference", "own-country-reference", "actor", "meeting", "oppose",
    "support"))}


def without_overlaps(phrases: list[Phrase]) -> list[Phrase]:
    """Structural phrases with overlaps resolved: the longest wins, verbs win ties."""
    chosen: list[Phrase] = []
    for phrase in sorted(phrases, key=lambda p: (p.start - p.end, OVERLAP_RANK.get(p.kind, 9), p.start)):
        if all(phrase.end <= c.start or phrase.start >= c.end for c in chosen):
            chosen.append(phrase)
    return sorted(chosen, key=lambda p: p.start)


def words_before(text: str, start: int, count: int) -> list[str]:
    """The last `count` words (or marks) before `start`."""
    return WORD.findall(text[max(0, start - 60):start])[-count:]


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
DATE_LINE_WORDS = 8  # words of a line of place and date ("Strasbourg, 12 June 2025")


def is_place_and_date_line(text: str, start: int, end: int) -> bool:
    """Whether the line at [start, end) is one of place and date ("Strasbourg, 12 June 2025"): a
    year, and few words."""
    return YEAR.search(text, start, end) is not None and len(WORD.findall(text, start, end)) <= DATE_LINE_WORDS


def trim(text: str, start: int, end: int, coordinators: str) -> tuple[int, int]:
    """A span without surrounding blanks, quotation marks (a dialogue dash too), trailing commas, stops and
    conjunctions (`coordinators`: an alternation, Lexicon.alternation)."""
    chunk = text[start:end]
    chunk_end = len(chunk.rstrip(" \t\r\n,;:.–-“”\"«»‘’"))
    chunk_end = len(re.sub(rf"[\s,]+(?:{coordinators})$", "", chunk[:chunk_end]))
    # a lone lower-case word after the last comma begins the next clause ("…la sua parte, ma")
    chunk_end = len(re.sub(r",\s*[a-zà-ÿ]+$", "", chunk[:chunk_end]))
    lead = len(chunk) - len(chunk.lstrip(" \t\r\n“”\"«»‘,–—"))
    tail = len(chunk[:chunk_end].rstrip(" ,“”\"«»‘’"))
    end = len(chunk.rstrip(" \t\r\n,;:.–-"))  # before the stop, a closing mark may still stand
    # a quotation that opens or closes inside the span keeps its mark ("«una follia» qualsiasi
    # ipotesi", 'the decision "a grave mistake"'), not one whose other mark lies outside it
    if lead and _half_quoted(chunk[lead:max(lead, tail)], chunk[:lead], opening=True):
        lead = len(chunk[:lead].rstrip("“\"«"))
    if _half_quoted(chunk[lead:max(lead, tail)], chunk[tail:end], opening=False):
        tail += len(chunk[tail:end]) - len(chunk[tail:end].lstrip("”\"»"))
    return start + lead, start + max(lead, tail)


def _half_quoted(inside: str, cut: str, opening: bool) -> bool:
    """Whether a span keeps the other half of a quotation mark cut off beside it: more closing
    marks than opening ones inside after an opening mark was cut before it, or the reverse."""
    for before, after in (("«", "»"), ("“", "”")):
        if (before if opening else after) in cut and \
                inside.count(after if opening else before) > inside.count(before if opening else after):
            return True
    return '"' in cut and inside.count('"') % 2 == 1


def of_complement_only(ctx: Context, between: str, lang: str) -> bool:
    """Whether the words between a name and a country or organisation are a complement of title
    and articles only (" of ", " of the ", " del "): the name is of that side ("Jane Doyle of Chile")."""
    words = WORD.findall(between.lower())
    return bool(words) and ctx.lexicon.is_word("title-complement", lang, words[0]) \
        and all(ctx.lexicon.is_word("article", lang, w) for w in words[1:])


def opens_own_clause(ctx: Context, before: str, lang: str) -> bool:
    """Whether the words after the last comma before a verb open with a contrast or a
    coordination ("…, while X said", "…, but X said"): the verb's clause is one of its own."""
    link = ctx.lexicon.compiled("link-after-comma", lang, lambda: (
        rf",\s*(?:{ctx.lexicon.clause_links(lang)})\s+[^,]*$"),
        re.IGNORECASE)
    return link.search(before) is not None


def speaks_for_own_side(ctx: Context, reporters: list[str], actors: list[str]) -> bool:
    """ "Blinken said the United States condemns…", "Wang said Beijing stands ready…": a speaker
    reporting what their own country (or organisation) does, alone or with others ("Italia e
    Polonia condividono…"), speaks for it; the inner verb is the act and the speaker the actor.
    Another actor's statement ("Blinken said Russia rejects…",
    or a colleague's: "the spokesperson said the Secretary condemns…") stays that actor's. A
    titled person whose side is not known ("Foreign Ministry Spokesperson X said India supports…")
    speaks for the one country they report on."""
    unknown = len(reporters) == 1 and reporters[0] in ctx.people and ctx.people[reporters[0]].represents is None \
        and ctx.people[reporters[0]].post_words
    sides = {ctx.represents(r) for r in reporters}
    # "DIRCO spokesperson X said the department rejects…": a country's institution of the reporter's
    # side is named as whose position it is, so it is that institution's (not so a country, nor an
    # organisation's members: "the GCC countries reject…")
    if actors and all(ctx.represents(a) != a and ctx.represents(a) in sides for a in actors):
        return False
    return not any(ctx.is_person(a) for a in actors) and (
        {ctx.represents(a) for a in actors} <= sides or any(ctx.represents(a) in sides for a in actors)
        or unknown and len(actors) == 1 and ctx.lexicon.actor_kind.get(actors[0]) == "country")
