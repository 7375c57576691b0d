"""Sentences → reporting clauses: who asserts (by which verb) what, and where it is said.

A clause is one reporting verb (or "according to X") with its actors, its evidence span and its
position span. The rules work on the phrases the lexicon finds (verbs, actors, references,
cues) and on a little punctuation; they name no document, sentence or actor.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kg.documents import Document
from kg.extract.lexicon import STRUCTURAL, Lexicon, Phrase
from kg.extract.sentences import Quotes, Sentence, quotations

WORD = re.compile(r"[\w’']+|[^\w\s]")
GERUND = re.compile(r"\w+(?:ing|ando|endo)$")
SKIP_BACK = {"the", "of", "di", "del", "della", "dei", "degli", "dell’", "dell'", "and", "e", "la", "il",
             "le", "lo", "l’", "l'", "gli", "i", "–", "-", "da"}
TITLE_GAP = re.compile(r"^[\s\w’'.-]*$")


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
    stance: str = "neutral"
    targets: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass
class Context:
    """What the rules know about a document while reading it."""

    document: Document
    lexicon: Lexicon
    participants: list[str] = field(default_factory=list)
    event_type: str = "meeting"
    persons_seen: list[str] = field(default_factory=list)
    last_actors: list[str] = field(default_factory=list)
    last_joint: list[str] = field(default_factory=list)
    block: int | None = None
    found: dict[int, list[Phrase]] = field(default_factory=dict)  # by sentence start
    resolved: dict[int, list[Phrase]] = field(default_factory=dict)
    ordered: list[Sentence] = field(default_factory=list)  # the document's sentences in text order
    sentence_ends: list[int] = field(default_factory=list)

    def index(self, sentences: list[Sentence]) -> None:
        self.ordered = sorted(sentences, key=lambda s: s.start)
        self.sentence_ends = [s.end for s in self.ordered]

    def structure(self, sentence: Sentence) -> list[Phrase]:
        """The sentence's verbs, mentions and cues of attribution, overlaps resolved, found once."""
        if sentence.start not in self.resolved:
            self.resolved[sentence.start] = without_overlaps(
                [p for p in self.phrases(sentence) if p.kind in STRUCTURAL or p.kind == "according"])
        return self.resolved[sentence.start]

    def phrases(self, sentence: Sentence) -> list[Phrase]:
        """The lexicon's phrases in a sentence, found once."""
        if sentence.start not in self.found:
            text = self.document.text[sentence.start:sentence.end]
            self.found[sentence.start] = self.lexicon.phrases(text, sentence.lang, sentence.start)
        return self.found[sentence.start]

    def phrases_between(self, start: int, end: int) -> list[Phrase]:
        """The phrases of the sentences that make up [start, end)."""
        first = bisect.bisect_right(self.sentence_ends, start)
        found = []
        for sentence in self.ordered[first:]:
            if sentence.start >= end:
                break
            found += [p for p in self.phrases(sentence) if start <= p.start and p.end <= end]
        return found

    @property
    def principal(self) -> list[str]:
        """The publisher's principal: the first participant, else the first person named."""
        if self.participants:
            return self.participants[:1]
        return self.persons_seen[:1]

    def is_person(self, actor: str) -> bool:
        return self.lexicon.actor_kind.get(actor) == "person"


# ---------------------------------------------------------------- phrases of a sentence


OVERLAP_RANK = {kind: i for i, kind in enumerate(("verb", "according", "person-reference", "group-reference",
                                                   "speaker-reference", "actor", "meeting", "oppose", "support"))}


def without_overlaps(phrases: list[Phrase]) -> list[Phrase]:
    """Structural phrases with overlaps resolved: the longest wins, verbs win ties."""
    chosen: list[Phrase] = []
    for phrase in sorted(phrases, key=lambda p: (p.start - p.end, OVERLAP_RANK.get(p.kind, 9), p.start)):
        if all(phrase.end <= c.start or phrase.start >= c.end for c in chosen):
            chosen.append(phrase)
    return sorted(chosen, key=lambda p: p.start)


def _words_before(text: str, start: int, count: int) -> list[str]:
    return WORD.findall(text[max(0, start - 60):start])[-count:]


# ---------------------------------------------------------------- actors


def preceded_by(ctx: Context, text: str, phrase: Phrase, lang: str, floor: int, cue: str) -> bool:
    """Whether a mention follows one of a cue's words ("with X", "con la Russia", "in Ukraine"),
    across articles, titles and coordinated names, within the clause."""
    for word in reversed(WORD.findall(text[max(floor, phrase.start - 80):phrase.start])):
        lowered = word.lower()
        if ctx.lexicon.is_word(cue, lang, lowered):
            return True
        if word == "," or not (word[:1].isupper() or lowered in SKIP_BACK):
            return False
    return False


def _blocked(ctx: Context, text: str, phrase: Phrase, lang: str, floor: int) -> bool:
    """Whether a mention is the object of a preposition, not a speaker."""
    return preceded_by(ctx, text, phrase, lang, floor, "preposition")


def _possessive(text: str, phrase: Phrase) -> bool:
    return text[phrase.end:phrase.end + 2] in ("’s", "'s")


def _strip_parentheticals(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The window without ", reacting to …," style participial asides."""
    spans, cursor = [], start
    for match in re.finditer(r",\s+(\w+)[^,]*,", text[start:end]):
        if GERUND.match(match.group(1)):
            spans.append((cursor, start + match.start()))
            cursor = start + match.end()
    spans.append((cursor, end))
    return spans


def resolve_person(ctx: Context, phrase: Phrase) -> list[str]:
    """A reference to one person: the one whose post shares its head noun, else the last speaker."""
    words = {w.lower() for w in WORD.findall(phrase.text) if len(w) > 3}
    candidates = list(dict.fromkeys(reversed(ctx.last_actors + ctx.persons_seen)))
    persons = [c for c in candidates if ctx.is_person(c)]
    for person in persons:
        if words & ctx.lexicon.post_words.get(person, set()):
            return [person]
    last = [a for a in ctx.last_actors if ctx.is_person(a)]
    if len(last) == 1:
        return last
    return persons[:1] or ctx.principal


def resolve_group(ctx: Context) -> list[str]:
    return list(ctx.participants or ctx.last_joint or ctx.last_actors)


def _resolve(ctx: Context, phrase: Phrase, in_quote: bool) -> list[str] | None:
    """The actors a mention stands for; None for a first-person mention to resolve later."""
    if phrase.kind == "actor":
        return [phrase.value]
    if phrase.kind == "person-reference":
        return resolve_person(ctx, phrase)
    if phrase.kind == "group-reference":
        return resolve_group(ctx)
    if phrase.kind == "speaker-reference":
        return None if in_quote else list(ctx.last_joint or ctx.last_actors)
    return []


MENTIONS = ("actor", "person-reference", "group-reference", "speaker-reference")


def subject(ctx: Context, text: str, phrases: list[Phrase], start: int, end: int, lang: str,
            quote: tuple[int, int] | None, quotes: Quotes) -> tuple[list[str] | None, bool]:
    """The subject of a verb from the mentions in [start, end): (actors, found).

    Explicit actors are all taken (coordinated speakers are joint); a reference in apposition to
    a name gives way to it; a country before a person's name is part of the title.
    """
    windows = _strip_parentheticals(text, start, end)
    mentions = [p for p in phrases if p.kind in MENTIONS and any(a <= p.start and p.end <= b for a, b in windows)
                and (quote is None or (quote[0] <= p.start < quote[1]))
                and (quote is not None or quotes.around(p.start) is None)
                and not _blocked(ctx, text, p, lang, start) and not _possessive(text, p)]
    kept: list[Phrase] = []
    for i, mention in enumerate(mentions):
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following is not None and following.kind == "actor":
            gap = text[mention.end:following.start]
            if mention.kind == "person-reference" and re.fullmatch(r"[\s,]*", gap):
                continue  # "il capo della diplomazia di Bruxelles, Kaja Kallas"
            if (mention.kind == "actor" and not ctx.is_person(mention.value) and ctx.is_person(following.value)
                    and TITLE_GAP.match(gap) and not re.search(r"\band\b|\be\b|,", gap)):
                continue  # "US Secretary of State Marco Rubio"
        kept.append(mention)
    if not kept:
        return [], False
    if any(m.kind == "speaker-reference" for m in kept) and not any(m.kind == "actor" for m in kept) and quote:
        return None, True
    actors: list[str] = []
    for mention in kept:
        resolved = _resolve(ctx, mention, quote is not None)
        for actor in resolved or []:
            if actor not in actors:
                actors.append(actor)
    return actors, bool(actors)


def post_posed(ctx: Context, text: str, phrases: list[Phrase], start: int, end: int, lang: str) -> list[str]:
    """A subject after its verb ("ha detto il ministro, Serghei Lavrov"): a named person first."""
    after = [p for p in phrases if p.kind in MENTIONS and start <= p.start < end
             and not _blocked(ctx, text, p, lang, start)]
    for phrase in after:
        if phrase.kind == "actor" and ctx.is_person(phrase.value) and phrase.start - start < 100:
            return [phrase.value]
    for phrase in after:
        if phrase.kind != "actor" and phrase.start - start < 40:
            return _resolve(ctx, phrase, False) or []
    return []


# ---------------------------------------------------------------- clauses of a sentence


def _is_passive(ctx: Context, text: str, verb: Phrase, lang: str) -> bool:
    first = verb.text.lower().split()[0]
    if ctx.lexicon.is_word("passive", lang, first):
        return True
    before = _words_before(text, verb.start, 2)
    return ctx.lexicon.is_word("passive", lang, " ".join(before).lower()) or \
        ctx.lexicon.is_word("passive", lang, before[-1].lower() if before else "")


def _is_first_person(ctx: Context, text: str, verb: Phrase, lang: str) -> bool:
    words = verb.text.lower().split()
    before = [w.lower() for w in _words_before(text, verb.start, 2)]
    return (ctx.lexicon.is_word("first-person", lang, words[0]) or
            any(ctx.lexicon.is_word("first-person", lang, w) or ctx.lexicon.is_word("speaker-reference", lang, w)
                for w in before))


def _embedded(ctx: Context, text: str, verb: Phrase, since: int | None, lang: str) -> bool:
    """A verb that belongs to a noun phrase, or to a relative clause in the position of the verb
    before it (`since`: where that verb ends), not a new clause."""
    previous = _words_before(text, verb.start, 1)
    if previous and (ctx.lexicon.is_word("embedding", lang, previous[-1].lower())
                     or previous[-1].endswith(("’s", "'s"))):
        return True
    if since is None:
        return False
    return ctx.lexicon.any_word("embedding", lang, min_length=4).search(text[since:verb.start].lower()) is not None


def _relative_antecedent(ctx: Context, text: str, phrases: list[Phrase], since: int, verb: Phrase,
                         lang: str) -> list[str]:
    """ "…, Jens Stoltenberg, che – intervistato – ha affermato": the relative's antecedent."""
    for word in re.finditer(r"[\w’']+", text[since:verb.start]):
        if ctx.lexicon.is_word("relative", lang, word.group().lower()):
            at = since + word.start()
            before = [p for p in phrases if p.kind == "actor" and p.end <= at]
            later = [p for p in phrases if p.kind in MENTIONS and at < p.start < verb.start]
            if before and not later:
                return [before[-1].value]
    return []


def _complement_start(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Skip the words between a verb and its position ("that", "to", "di", "che")."""
    cursor = start
    for match in re.finditer(r"\s*([\w’']+|[,:])", text[start:end]):
        if ctx.lexicon.is_word("complement", lang, match.group(1).lower()):
            cursor = start + match.end()
        else:
            break
    while cursor < end and text[cursor].isspace():
        cursor += 1
    return cursor


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without surrounding blanks, quotation marks, trailing commas, conjunctions and stops."""
    chunk = text[start:end]
    chunk_end = len(chunk.rstrip(" \t\r\n,;:.–-“”\"«»"))
    chunk_end = len(re.sub(r"[\s,]+(?:and|e|ed)$", "", chunk[:chunk_end]))
    lead = len(chunk) - len(chunk.lstrip(" \t\r\n“”\"«»,"))
    return start + lead, start + max(lead, len(chunk[:chunk_end].rstrip(" ,“”\"«»")))


def sentence_clauses(ctx: Context, sentence: Sentence, quotes: Quotes) -> list[Clause]:
    """The reporting clauses of one sentence, with actors still unresolved for first-person quotes."""
    text, lang = ctx.document.text, sentence.lang
    structural = ctx.structure(sentence)
    mentions = [p for p in structural if p.kind in MENTIONS]
    heads: list[Phrase] = []
    for phrase in structural:
        if phrase.start < sentence.body:
            continue
        if phrase.kind == "verb":
            since = heads[-1].end if heads else None
            if not _embedded(ctx, text, phrase, since, lang):
                heads.append(phrase)
        elif phrase.kind == "according":
            following = [m for m in mentions if m.start >= phrase.end]
            if following and re.fullmatch(r"\s*", text[phrase.end:following[0].start]) and \
                    re.match(r"\s*,", text[following[0].end:]):
                heads.append(phrase)
    clauses: list[Clause] = []
    for i, head in enumerate(heads):
        quote = quotes.around(head.start)
        clause_start = heads[i - 1].end if i else sentence.body
        since = clause_start
        closing = quotes.last_ending(since, head.start) if quote is None else None
        if closing is not None:
            since = closing[1]
        nxt = heads[i + 1].start if i + 1 < len(heads) else sentence.end
        act = "state" if head.kind == "according" else head.value
        actors, rule = _clause_actors(ctx, text, mentions, head, since, nxt, sentence, quote, quotes, clauses, act)
        end = min(nxt, quote[1]) if quote else nxt
        position = _position(ctx, text, head, rule, clause_start, end, sentence, lang)
        clauses.append(Clause(act, head, lang, sentence, (sentence.start, sentence.end), actors or [],
                              position, rule, sentence.block, clause_start, quote,
                              first_person=quote is not None and actors is None))
    for clause, following in zip(clauses, clauses[1:]):
        if clause.position[1] - clause.position[0] < 4:  # "we deplore and reject the move": one object
            clause.position = following.position
    return clauses


def _clause_actors(ctx: Context, text: str, mentions: list[Phrase], head: Phrase, since: int, nxt: int,
                   sentence: Sentence, quote, quotes, earlier: list[Clause], act: str):
    lang = sentence.lang
    if head.kind == "according":
        following = [m for m in mentions if m.start >= head.end]
        return _resolve(ctx, following[0], False) or [], "according-to"
    if quote is not None and _is_first_person(ctx, text, head, lang):
        return None, "first-person-quote"
    if _is_passive(ctx, text, head, lang):
        if act == "consult" and ctx.participants:
            return list(ctx.participants), "passive-consultation"
        return list(ctx.principal), "agentless-passive"
    antecedent = _relative_antecedent(ctx, text, mentions, since, head, lang)
    if antecedent:
        return antecedent, "relative-clause"
    before = text[sentence.body:head.start].rstrip()
    same_sentence = [c for c in earlier if c.sentence == sentence]
    if before.endswith((",", "”", '"', "»")) and not same_sentence:
        right = [m for m in mentions if m.start >= head.end]
        if right and re.fullmatch(r"\s*(?:\w+\s+)?", text[head.end:right[0].start]) and right[0].start < nxt \
                and (right[0].kind != "actor" or ctx.is_person(right[0].value)):
            resolved = _resolve(ctx, right[0], False)
            if resolved:
                return resolved, "inverted-subject"
    window = since
    if earlier and earlier[-1].sentence == sentence:
        boundary = max((m.end() for m in re.finditer(r",|\band\b|\be\b|\bed\b", text[since:head.start])),
                       default=0)
        window = since + boundary
    last_comma = text.rfind(",", window, head.start)
    actors, found = ([], False) if last_comma < 0 else \
        subject(ctx, text, mentions, last_comma + 1, head.start, lang, quote, quotes)
    if not found:
        actors, found = subject(ctx, text, mentions, window, head.start, lang, quote, quotes)
    if found:
        return actors, "subject"
    if quote is not None:
        if act == "consult" and ctx.participants:
            return list(ctx.participants), "consultation"
        return None, "first-person-quote"
    same_sentence = [c for c in earlier if c.sentence == sentence and c.actors]
    if same_sentence:
        return list(same_sentence[-1].actors), "coordinated"
    right = post_posed(ctx, text, mentions, head.end, nxt, lang)
    if right:
        return right, "post-posed-subject"
    if act == "consult" and ctx.participants:
        return list(ctx.participants), "consultation"
    return list(ctx.last_actors or ctx.principal), "continuation"


def _position(ctx: Context, text: str, head: Phrase, rule: str, since: int, nxt: int, sentence: Sentence,
              lang: str) -> tuple[int, int]:
    """What is asserted: the verb's complement; what precedes an inverted, post-posed or
    passive verb; what precedes a closing ", X said"."""
    before = head.start - since
    if rule in ("inverted-subject", "post-posed-subject", "agentless-passive", "passive-consultation") \
            and before > 12:
        return _trim(text, since, head.start)
    start = _complement_start(ctx, text, head.end, nxt, lang)
    complement = text[start:nxt]
    comma = text.rfind(",", since, head.start)
    if head.words and head.words[0] in ("lo", "it") and head.start - sentence.body < 3:
        return (sentence.start, sentence.start)  # cataphoric "Lo ha detto": filled from the sentence before
    if rule == "subject" and comma - since > 12 and len(complement.strip()) < 50 and head.value == "state" \
            and not ctx.lexicon.is_word("complement", lang, text[head.end:nxt].split()[0].lower()
                                        if text[head.end:nxt].split() else ""):
        return _trim(text, since, comma)
    return _trim(text, start, nxt)


# ---------------------------------------------------------------- the document


def find_participants(ctx: Context, sentences: list[Sentence]) -> None:
    """The participants of the meeting or call the document reports, from its first mention."""
    for sentence in sentences:
        found = ctx.structure(sentence)
        if not any(p.kind == "meeting" for p in found):
            continue
        people = []
        for p in found:
            if p.kind == "actor" and ctx.is_person(p.value) and p.value not in people:
                people.append(p.value)
        if len(people) >= 2:
            ctx.participants = people
            meeting = next(p for p in found if p.kind == "meeting").text.lower()
            ctx.event_type = "call" if re.search(r"phone|telefon|call|conversation", meeting) else "meeting"
            return


def document_clauses(ctx: Context, sentences: list[Sentence]) -> list[Clause]:
    """Every clause of a document, with first-person quotations given to their speakers."""
    text = ctx.document.text
    find_participants(ctx, sentences)
    quotes_of: dict[tuple[int, int], Quotes] = {}
    result: list[Clause] = []
    for sentence in sentences:
        if sentence.block != ctx.block:
            ctx.block = sentence.block
            ctx.last_actors, ctx.last_joint, ctx.persons_seen = [], [], []
        if any(p.kind == "attribution-line" for p in ctx.phrases(sentence)) or _headline(ctx, sentence):
            continue
        key = (sentence.block, sentence.paragraph)
        if key not in quotes_of:
            paragraph = ctx.document.blocks[sentence.block].paragraphs[sentence.paragraph]
            quotes_of[key] = quotations(text, paragraph.start, paragraph.end)
        clauses = sentence_clauses(ctx, sentence, quotes_of[key])
        _attach_quotes(ctx, clauses, quotes_of[key], sentence)
        for clause in clauses:
            if clause.actors:
                ctx.last_actors = clause.actors
                if len(clause.actors) > 1:
                    ctx.last_joint = clause.actors
        for p in ctx.structure(sentence):
            if p.kind == "actor" and ctx.is_person(p.value) and p.value not in ctx.persons_seen:
                ctx.persons_seen.append(p.value)
        result.extend(clauses)
    return _settle_quotes(result, sentences, quotes_of, text)


def _headline(ctx: Context, sentence: Sentence) -> bool:
    """The document's first line, when it has no closing punctuation, is its headline: not a statement."""
    block = ctx.document.blocks[sentence.block]
    if sentence.block != 0 or sentence.paragraph != 0 or len(block.paragraphs) < 2:
        return False
    paragraph = block.paragraphs[0]
    line = ctx.document.text[paragraph.start:paragraph.end].rstrip()
    return not re.search(r"[.!?…][”\"»’)]*$", line)


def _attach_quotes(ctx: Context, clauses: list[Clause], quotes: Quotes, sentence: Sentence) -> None:
    """Mark the clauses outside quotations whose sentence ends a quotation: they attribute it,
    and what they assert is the quotation (unless the verb has a complement of its own)."""
    text = ctx.document.text
    for clause in clauses:
        ending = quotes.last_ending(sentence.start, min(sentence.end, clause.verb.start))
        if clause.in_quote is None and ending:
            clause.outer = True
            after = text[clause.verb.end:clause.position[0]].split()
            if not (after and ctx.lexicon.is_word("complement", sentence.lang, after[0].lower())):
                clause.position = _trim(text, ending[0], ending[1])


def _settle_quotes(clauses: list[Clause], sentences: list[Sentence], quotes_of, text: str) -> list[Clause]:
    """Give first-person quotations their speaker; an attribution whose sentence has its own
    first-person verbs is only an attribution; extend evidence over quotations and "Lo ha detto"."""
    settled = []
    attributions = [c for c in clauses if c.outer and c.in_quote is None and c.actors]
    starts = [c.sentence.start for c in attributions]
    last_speaker: dict[int, list[str]] = {}  # the actors of the last settled clause with actors, by block
    for clause in clauses:
        if not clause.actors and clause.first_person:
            speaker = _attribution_of(clause, attributions, starts)
            if speaker is None and clause.block not in last_speaker:
                continue
            clause.actors = list(speaker.actors if speaker else last_speaker[clause.block])
            clause.rule = "first-person-quote"
        settled.append(clause)
        if clause.actors:
            last_speaker[clause.block] = clause.actors
    inner_sentences = {c.sentence for c in settled if c.rule == "first-person-quote"}
    kept = [c for c in settled if not (c.outer and c.sentence in inner_sentences and c.act == "state")]
    return _evidence_spans(_reported_speech(kept, text), sentences, quotes_of, text)


def _attribution_of(clause: Clause, attributions: list[Clause], starts: list[int]) -> Clause | None:
    """The first attribution (in text order) of the sentence where a clause's quotation ends."""
    end = clause.in_quote[1]
    i = bisect.bisect_right(starts, end) - 1
    if i < 0 or attributions[i].sentence.end < end:
        return None
    sentence = attributions[i].sentence
    while i > 0 and attributions[i - 1].sentence is sentence:
        i -= 1
    return attributions[i] if sentence.block == clause.sentence.block else None


def _reported_speech(clauses: list[Clause], text: str) -> list[Clause]:
    """ "The United States condemns X and demands Y, Blinken said": the inner verbs are the acts,
    the reporter is their actor, and the closing "said" is no statement of its own."""
    dropped = set()
    earlier: dict[int, list[Clause]] = {}  # the clauses so far of each sentence, by its start
    for reporter in clauses:
        inner = [c for c in earlier.get(reporter.sentence.start, []) if c.in_quote is None]
        earlier.setdefault(reporter.sentence.start, []).append(reporter)
        tail = reporter.sentence.end - reporter.verb.end
        if not inner or reporter.act != "state" or reporter.in_quote is not None or tail > 50 \
                or reporter.rule not in ("subject", "inverted-subject", "post-posed-subject"):
            continue
        for clause in inner:
            clause.actors = list(reporter.actors)
            clause.rule = "reported-speech"
        last = inner[-1]
        comma = text.rfind(",", last.position[0], reporter.verb.start)
        if comma > last.position[0]:
            last.position = _trim(text, last.position[0], comma)
        dropped.add(id(reporter))
    return [c for c in clauses if id(c) not in dropped]


def _evidence_spans(clauses: list[Clause], sentences: list[Sentence], quotes_of, text: str) -> list[Clause]:
    index = {s: i for i, s in enumerate(sentences)}
    producing = {c.sentence for c in clauses}
    for clause in clauses:
        i = index[clause.sentence]
        start = clause.sentence.start
        words = clause.verb.text.lower().split()
        if words[0] in ("lo", "it") and clause.verb.start - clause.sentence.body < 3 and i > 0:
            previous = sentences[i - 1]
            if previous.paragraph == clause.sentence.paragraph and previous.block == clause.sentence.block:
                start = previous.start
                clause.position = _trim(text, previous.body, previous.end)
        quote = quotes_of[(clause.sentence.block, clause.sentence.paragraph)].around(clause.sentence.start)
        if quote is not None and quote[0] < clause.sentence.start:
            j = i
            while j > 0 and sentences[j - 1].end > quote[0] and sentences[j - 1] not in producing:
                j -= 1
            start = min(start, sentences[j].start)
        clause.evidence = (start, clause.sentence.end)
    return clauses
