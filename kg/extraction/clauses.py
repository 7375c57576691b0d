"""Sentences → reporting clauses: who asserts (by which verb) what, and where it is said.

A clause is one reporting verb (or "according to X") with its actors, its evidence span and its
position span. The rules work on the phrases the lexicon finds (verbs, actors, references,
cues) and on a little punctuation; they name no document, sentence or actor.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from kg.documents import date_after
from kg.extraction.context import (ELIDED_WORD, NOT_SPACE, WORD, Clause, Context, Meeting, Memory, is_place_and_date_line,
                                   opens_own_clause, speaks_for_own_side, trim, without_overlaps, words_before)
from kg.extraction.lexicon import ATTRIBUTING, Phrase, title_words
from kg.extraction.people import LINE_STOP, post_line, side_of_reporter, sides_from_positions
from kg.extraction.quotations import attach_quotes
from kg.extraction.sentences import OPENING_QUOTE_AFTER_COLON, QUOTE_MARK, QUOTE_PAIRS, Quotes, Sentence, quotations
from kg.extraction.subjects import (MENTIONS, blocked, complement_end, post_posed, resolve, resolve_group, resolve_person,
                                   side_in_title, spoken_for, subject, title_start)

PLAIN_WORD = re.compile(r"[\w’']+")
PLAIN_WORD_BEFORE = re.compile(r"([\w’']+)\s+$")
MATTER_WORD = re.compile(r"\s*(\w+['’]|[\w’']+(?=\s))\s*")  # "about ", "sull'"
QUOTE_OPENING = re.compile(r"[“«\"]")
APPOSED_BEFORE_VERB = re.compile(r"\s*,(?:[^,;:“”\"«»]{1,60},)?\s*")  # "Jane Doyle[, Chile's minister,] said"
COMMA = re.compile(r"\s*,\s*")
EDITOR_BRACKET = re.compile(r"\[[^\]]*\]")


def _is_passive(ctx: Context, text: str, verb: Phrase, lang: str) -> bool:
    first = verb.text.lower().split()[0]
    if _reporters_pronoun_before(ctx, text, verb, lang):
        return False  # "Chile said it was ready to…": "it" is its subject
    if ctx.lexicon.is_word("passive", lang, first) or _passive_label(ctx, verb, lang):
        # "were discussed", "è stato sottolineato", "è stata ribadita" (one label); not after a subject
        # of its own ("the two ministers were of one mind", "Tajani si è detto preoccupato"), though
        # after a name a preposition governs ("Nel colloquio tra X e Y è stata ribadita…")
        floor = max(ctx.sentence_start(verb.start), verb.start - 80)
        before = ctx.phrases_between(floor, verb.start)
        return not any(p.kind in MENTIONS and not text[p.end:verb.start].strip() and not blocked(ctx, text, p, lang, floor)
                       and not any(q.kind == "meeting" and q.end <= p.start for q in before) for p in before)
    before = words_before(text, verb.start, 2)
    return ctx.lexicon.is_word("passive", lang, " ".join(before).lower()) or \
        ctx.lexicon.is_word("passive", lang, before[-1].lower() if before else "")


def _passive_label(ctx: Context, verb: Phrase, lang: str) -> bool:
    """Whether a verb label begins with a two-word passive auxiliary ("è stata ribadita")."""
    return ctx.lexicon.is_word("passive", lang, " ".join(verb.words[:2]))


def _reporters_pronoun_before(ctx: Context, text: str, verb: Phrase, lang: str) -> bool:
    """Whether the word before a verb is the institution's pronoun right after a reporting verb and
    its complement marker ("said it was ready", "said that it welcomed"), not an "It" of its own
    ("It was agreed that…": an agentless passive)."""
    pronoun = PLAIN_WORD_BEFORE.search(text, max(0, verb.start - 10), verb.start)
    if pronoun is not None and ctx.lexicon.is_word("interposed-adverb", lang, pronoun.group(1).lower()):
        pronoun = PLAIN_WORD_BEFORE.search(text, max(0, pronoun.start(1) - 10), pronoun.start(1))  # "it strongly opposes"
    if pronoun is None or not ctx.lexicon.is_word("institution-pronoun", lang, pronoun.group(1).lower()):
        return False
    return any(p.kind == "verb" and p.value in SAYING and (all(
        ctx.lexicon.is_word("complement", lang, w.lower())
        for w in _without_when(ctx, WORD.findall(text, p.end, pronoun.start(1)), lang))
        or _after_where_said(ctx, text, p.end, pronoun.start(1), lang) == pronoun.start(1))  # "said in a statement that it…"
        for p in ctx.phrases_between(max(0, pronoun.start(1) - 80), pronoun.start(1)))


def _told(ctx: Context, text: str, verb: Phrase, mentions: list[Phrase], lang: str) -> bool:
    """ "I've been asked about…", "Trump will be briefed by…", "Doyle was horrified by the images": a
    passive verb whose subject is named right before it tells what that subject was told or felt,
    not what anyone says; but one not of telling or asking with an actor for its agent is said by
    them ("Russia was condemned by the EU", "Support for X was reaffirmed by Y")."""
    last = verb.words[-1]
    if verb.value not in ADDRESSING_ACTS and not any(
            ctx.lexicon.is_word(cue, lang, last) for cue in ("informing-verb", "question-participle")) \
            and _passive_agent(ctx, text, [m for m in mentions if m.start >= verb.end], verb, lang):
        return False
    subject = next((m for m in reversed(mentions) if m.end <= verb.start and verb.start - m.end < 40), None)
    if subject is None:
        return False
    words = [w.lower() for w in re.findall(r"[\w’']+", text[subject.end:verb.start])]
    return any(ctx.lexicon.is_word("passive", lang, w) for w in words) and all(
        ctx.lexicon.is_word("passive", lang, w) or ctx.lexicon.is_word("auxiliary", lang, w) for w in words)


ADDRESSING_ACTS = ("appeal", "demand")  # acts whose passive subject is whom they address ("was asked to mediate")


def _is_first_person(ctx: Context, text: str, verb: Phrase, lang: str) -> bool:
    words = verb.text.lower().split()
    before = [w.lower() for w in words_before(text, verb.start, 2)]
    return (ctx.lexicon.is_word("first-person", lang, words[0]) or
            any(ctx.lexicon.is_word("first-person", lang, w) or ctx.lexicon.is_word("speaker-reference", lang, w)
                for w in before))


def _free_relative(ctx: Context, text: str, verb: Phrase, lang: str) -> bool:
    """ "We will see what he [Trump] says", "vedremo cosa dirà lui": a verb at most three words
    after a free-relative word is what is awaited or seen, not a statement (an editor's bracket
    does not count); so is one after a conjunction of condition, what would be ("would recognise
    Palestine unless Israel agreed to…", "if Peru rejects the offer")."""
    before = EDITOR_BRACKET.sub(" ", text[max(0, verb.start - 80):verb.start])
    free, coordinators = ctx.lexicon.labels("free-relative", lang), ctx.lexicon.labels("coordination", lang)
    conditions = ctx.lexicon.labels("condition", lang)
    for word in reversed(WORD.findall(before)[-4:]):
        word = word.lower()
        if word in free or word in conditions:
            return True
        if not word[:1].isalnum() or word in coordinators:
            return False
    return False


def _meeting_relative(ctx: Context, text: str, since: int, verb: Phrase, lang: str) -> bool:
    """Whether a verb opens, with a subject of its own, a relative clause of the meeting before it
    ("held talks in Lima, during which they agreed…", "at which the ministers discussed…"): the
    participants' statement, not part of the first verb's position."""
    opening = _circumstance_relative(ctx, lang).search(text, since, verb.start)
    return opening is not None and ctx.lexicon.is_word("preposition", lang, opening.group(1).lower()) and any(
        p.kind in MENTIONS for p in ctx.phrases_between(opening.end(), verb.start)) and any(
        p.end == since and (p.kind == "meeting" or p.value == "consult") for p in ctx.phrases_between(since - 40, since))


def _circumstance_relative(ctx: Context, lang: str) -> re.Pattern:
    """", during which", ", at which", ", durante il quale": a word, then a relative pronoun."""
    return ctx.lexicon.compiled("circumstance-relative", lang, lambda: (
        rf",\s+([^\W\d_]+)\s+(?:{ctx.lexicon.alternation('relative-clause', lang)}|{ctx.lexicon.alternation('relative', lang)})\s+"),
        re.IGNORECASE)


COMPOUND_HYPHEN = re.compile(r"\w[-‑]")
QUOTATION_CLOSED = re.compile(r"[”»\"]\s*,")  # a quotation that ends before the report that follows it


def _embedded(ctx: Context, text: str, verb: Phrase, since: int | None, lang: str, end: int) -> bool:
    """A verb that belongs to a noun phrase, or to a relative clause in the position of the verb
    before it (`since`: where that verb ends; `end`: where its sentence ends), not a new clause."""
    previous = words_before(text, verb.start, 2)
    if previous and (ctx.lexicon.is_word("embedding", lang, previous[-1].lower())
                     or ctx.lexicon.possessive_suffix(previous[-1], lang)):
        return True
    if previous and ctx.lexicon.is_gerund(verb.words[0], lang) \
            and ctx.lexicon.is_word("deed-preposition", lang, previous[-1].lower()) \
            or len(previous) == 2 and ctx.lexicon.is_word("deed-preposition", lang, " ".join(previous).lower()):
        return True  # "accused Peru of rejecting", "thanked Chile for supporting", "accusato X di aver respinto": a deed
    if ctx.lexicon.is_word("assault-verb", lang, verb.words[-1].lower()) and any(
            ctx.lexicon.is_word("armed-force", lang, w.lower()) for w in words_before(text, verb.start, 3)):
        return True  # "le forze ucraine hanno attaccato Belgorod": a deed of force, no criticism
    if COMPOUND_HYPHEN.match(text, verb.start - 2):
        return True  # "the Iran-backed militias", "US-led talks": an adjective, not a verb
    # "the offensive, supported by X,": a participle after its noun's comma too
    after_comma = len(previous) == 2 and previous[-1] == ","
    noun = previous[0] if after_comma else previous[-1] if previous else ""
    cataphoric = ctx.lexicon.is_word("cataphora", lang, " ".join(previous).lower())  # "È quanto dichiarato dal ministro"
    if noun and not cataphoric and _participle_after_noun(ctx, text, verb, noun, lang, after_comma, end):
        return True
    if _free_relative(ctx, text, verb, lang):
        return True
    if previous and ctx.lexicon.is_word("subject-relative", lang, previous[-1].lower()) and _relative_after_noun(ctx, text, verb):
        return True
    if since is None:
        return False
    closed = [m.end() for m in QUOTATION_CLOSED.finditer(text, since, verb.start)]
    since = closed[-1] if closed else since  # '"…fino a quando sarà necessario", ha dichiarato': the report of it
    between = text[since:verb.start]
    modal = previous[-1:] if previous[-1:] and not ctx.lexicon.is_word("interposed-adverb", lang, previous[-1].lower()) \
        else previous[-2:-1]  # "should jointly oppose"
    if modal and ctx.lexicon.is_word("obligation", lang, modal[0].lower()) and not any(
            p.kind == "speaker-reference" for p in ctx.phrases_between(since, verb.start)):
        return True  # "said Peru should condemn the attack": what the speaker asks of Peru, not Peru's act
    last = (WORD.findall(between) or [""])[-1].lower()
    if ctx.lexicon.is_gerund(verb.text.split()[0], lang) and last != "," and between.strip() \
            and not ctx.lexicon.is_word("coordination", lang, last) \
            and not any(p.kind == "actor" and re.fullmatch(r"[\w\s’'.-]{0,60}", text[p.end:verb.start])
                        and not any(ctx.lexicon.is_word("auxiliary", lang, w.lower())
                                    for w in WORD.findall(text[p.end:verb.start]))
                        for p in ctx.phrases_between(since, verb.start)):
        return True  # "hanno esacerbato la crisi dichiarando una guerra": how they did it, no statement
        # (right after the verb it is what was said: "ha replicato accusando Belgrado di…")
    if ctx.lexicon.any_word("embedding", lang, min_length=4).search(between.lower()) is not None \
            and not _meeting_relative(ctx, text, since, verb, lang):
        return True
    words = WORD.findall(between)
    if len(words) >= 2 and ctx.lexicon.is_word("clause-opener", lang, words[-1].lower()) \
            and not ctx.lexicon.is_word("clause-opener", lang, words[0].lower()) and not re.search(r"[,;:–]", between):
        return True  # "welcomed the statements of the EU that call for": a relative or an object's infinitive
    if len(words) >= 3 and ctx.lexicon.is_word("clause-opener", lang, words[-2].lower()) \
            and any(ctx.lexicon.is_word(kind, lang, words[-1].lower()) for kind in ("person-reference", "speaker-reference")) \
            and not re.search(r"[,;:–]", between):
        return True  # "share some ideas that he said he would take back": a relative with its own pronoun
    # "said the militias threaten peace": a subject that names no one, right in the content of the
    # verb before, with nothing that would start a clause of its own ("said that it was ready": the
    # reporter's own pronoun does; "welcomed the release but stressed…": a contrast does); a name
    # that only owns the subject ("said North Korea's missiles threaten peace") names no one either
    mentions = [p for p in ctx.phrases_between(since, verb.start) if p.kind in MENTIONS]
    return len(words) >= 2 and not re.search(r"[,;:“”\"«»–]", between) \
        and not _reporters_pronoun_before(ctx, text, verb, lang) \
        and not any(ctx.lexicon.is_word("coordination", lang, w.lower()) or ctx.lexicon.is_word("contrast", lang, w.lower())
                    for w in words) \
        and not any(not _owns_the_subject(ctx, text, p, mentions, verb, lang) for p in mentions)


def _owns_the_subject(ctx: Context, text: str, mention: Phrase, mentions: list[Phrase], verb: Phrase, lang: str) -> bool:
    """Whether a mention is the possessor of a subject that names no one ("North Korea's nuclear
    weapons threaten…"; not "Peru's Jane Doyle agreed…")."""
    length = ctx.lexicon.possessive_length(text, mention.end, lang)
    return length > 0 and WORD.search(text, mention.end + length, verb.start) is not None \
        and not any(p.start >= mention.end + length for p in mentions)


INTERPOSED_REST = re.compile(r"(?:\s+[^\W\d_]+)?\s*,")  # what ends a report set off by commas: ", ha aggiunto poi,"
WHEN_ONLY = 40  # the longest position that may say only when ("on the evening of 12 September 2025")
QUESTION_END = re.compile(r"\?[\s”\"»’')\]]*$")  # a sentence that ends with its question mark, perhaps inside quotation marks
POSSESSIVE_RELATIVE_WORDS = 5  # ", whose foreign ministry spokesman", ", il cui ministero degli Esteri"


def _possessive_relative(ctx: Context, words: list[str], lang: str) -> bool:
    """Whether the words between a comma and a verb are a possessive relative and the few words
    of an office or a role ("whose foreign ministry", "il cui portavoce")."""
    return len(words) <= POSSESSIVE_RELATIVE_WORDS and any(
        ctx.lexicon.is_word("possessive-relative", lang, " ".join(words[:n]).lower()) for n in (1, 2))


NOUN_THEN_RELATIVE = re.compile(r"([^\W\d_][\w’'-]*)\s+([^\W\d_]+)\s+$")


def _relative_after_noun(ctx: Context, text: str, verb: Phrase) -> bool:
    """ "a dangerous escalation that threatens the region", "misure che violano il diritto": a verb
    right after "that", "which" or "che" (the caller checks the word) that follows a plain noun (no
    name, role or verb) says what the noun does; no one speaks."""
    found = NOUN_THEN_RELATIVE.search(text, max(0, verb.start - 60), verb.start)
    if found is None:
        return False
    noun = found.group(1)
    if not noun.isalpha() or not noun.islower():
        return False
    return not any(p.end == found.end(1) and p.kind in MENTIONS + ("verb", "role", "light-verb")
                   for p in ctx.phrases_between(max(0, found.start(1) - 60), found.end(1)))


def _participle_after_noun(ctx: Context, text: str, verb: Phrase, previous: str, lang: str, after_comma: bool,
                           end: int) -> bool:
    """ "The results announced by the council", "the measures adopted by Brussels": a verb right
    after a plain noun and right before the agent of a passive modifies that noun; no one says it.
    After the noun's comma, so does a one-word past participle before a place or a time ("welcomed
    the agreement, signed in Doha on Monday,", "l'intesa, firmata a Doha"), unless what was said
    follows it ("…, stressed in a statement that…")."""
    after = WORD.findall(text, verb.end, min(len(text), verb.end + 20))[:1]
    if _passive_label(ctx, verb, lang):
        return False  # "La proposta è stata respinta da X": a passive label with its auxiliary
    if not after or not previous.isalpha() or not previous.islower() or any(
            ctx.lexicon.is_word(cue, lang, previous)
            for cue in ("auxiliary", "passive", "first-person", "speaker-reference", "person-reference", "coordination")):
        return False
    following = after[0].lower()
    if ctx.lexicon.is_word("agent", lang, following):
        return True
    rest = text.find(",", verb.end, end)
    return after_comma and " " not in verb.text and ctx.lexicon.is_participle(verb.text, lang) \
        and ctx.lexicon.is_word("preposition", lang, following) and not any(
            ctx.lexicon.is_word("subordinator", lang, w.lower())
            for w in PLAIN_WORD.findall(text, verb.end, rest if rest > 0 else end))


def _words_of(ctx: Context, text: str, source: Phrase, relative: Phrase, lang: str) -> bool:
    """ "Rubio's words that…", "le parole di Rubio secondo cui…": what another said, named by its
    noun right before what it says, with whose words they are (a possessive, or "di" after the noun)."""
    if ctx.lexicon.is_possessive(text, source.end, lang):
        return not text[source.end + ctx.lexicon.possessive_length(text, source.end, lang):relative.start].strip() \
            and ctx.lexicon.is_word("claim-noun", lang, relative.text.split()[0].lower())
    before = words_before(text, source.start, 2)
    return not text[source.end:relative.start].strip() and len(before) == 2 \
        and ctx.lexicon.is_word("claim-noun", lang, before[0].lower()) and ctx.lexicon.is_word("side-complement", lang, before[1].lower())


def _titled(ctx: Context, head: Phrase, name: Phrase, lang: str) -> bool:
    """Whether what stands between a phrase and a name is the name's title ("ha detto [il ministro
    degli Esteri turco] Hakan Fidan"), perhaps after the capitalised words of its side ("said
    [Chilean Foreign Ministry spokesperson] Ana Ríos"), or after when it was said ("ha dichiarato
    oggi il portavoce X")."""
    return any(t.kind == "title" and t.end == name.start and all(
        word[0].isupper() or any(ctx.lexicon.is_word(cue, lang, word.lower()) for cue in ("article", "time-word"))
        for word in WORD.findall(ctx.document.text[head.end:t.start].strip(" ,")))
        for t in ctx.phrases_between(head.end, name.start))


def _anonymous_subject(ctx: Context, text: str, mentions: list[Phrase], since: int, verb: Phrase, lang: str) -> bool:
    """Whether the verb's subject is a source that names no one ("a senior official said",
    "diplomatic sources said", "fonti diplomatiche hanno riferito", `cue:anonymous-source`): the
    guide annotates no statement of theirs, and no earlier speaker stands in for it. An official
    of a named institution speaks for it ("un funzionario della Noc"), "the two officials" are the
    participants, and "the diplomat" is someone named before. An aside may stand between source
    and verb ("European diplomats, speaking on condition of anonymity, said"), and a relative's verb
    is its source's ("Two officials, who asked not to be named, said")."""
    comma = text.rfind(",", since, verb.start)
    start, end = max(since, comma + 1), verb.start
    if comma >= 0 and not text[comma + 1:verb.start].strip() and (opening := text.rfind(",", since, comma)) >= 0:
        start, end = max(since, text.rfind(",", since, opening) + 1), opening  # the subject before the aside
    elif comma >= 0 and all(ctx.lexicon.is_word("relative", lang, w.lower()) for w in PLAIN_WORD.findall(text, start, end)):
        start, end = max(since, text.rfind(",", since, comma) + 1), comma  # "Two officials, who asked not to be named,"
    written = PLAIN_WORD.findall(text, start, end)
    words = [w.lower() for w in written]
    # a capitalised word of the lexicon's is no name ("an Israeli official", "a European diplomat")
    # a country's name that is also its demonym ("a senior U.S. official") names no institution
    demonyms = {(p.start, p.end) for p in ctx.phrases_between(start, end) if p.kind == "demonym"}
    if not words or len(words) > 8 or ctx.lexicon.is_word("article", lang, words[0]) \
            or any(ctx.lexicon.is_name_word(w, lang) for w in written[1:]) \
            or any(start <= m.start < end and (m.start, m.end) not in demonyms for m in mentions):
        return False  # a definite source, or one of a named institution ("officials of the NOC")
    sources = ctx.lexicon.labels("anonymous-source", lang)
    # the source noun ends the subject ("a senior official said"), or opens it before a
    # preposition, perhaps after an adjective ("officials from the ministry", "a source close to
    # the talks", "sources familiar with the matter"), or its adjective ("fonti diplomatiche")
    return words[-1] in sources or any(
        w in sources and (i + 2 == len(words) or any(
            ctx.lexicon.is_word(cue, lang, following) for following in words[i + 1:i + 3]  # "a source close to the talks"
            for cue in ("preposition", "title-complement")))
        for i, w in enumerate(words[:3]) if i + 1 < len(words))


def _relative_antecedent(ctx: Context, text: str, phrases: list[Phrase], since: int, verb: Phrase,
                         lang: str) -> list[str]:
    """ "…, Jens Stoltenberg, che – intervistato – ha affermato": the relative's antecedent."""
    relatives = ctx.lexicon.labels("relative", lang)
    for word in PLAIN_WORD.finditer(text, since, verb.start):
        if word.group().lower() in relatives:
            at = word.start()
            before = [p for p in phrases if p.kind == "actor" and p.end <= at]
            later = [p for p in phrases if p.kind in MENTIONS and at < p.start < verb.start]
            if before and not later:
                return [before[-1].value]
    return []


def _joins_mentions(ctx: Context, mentions: list[Phrase], start: int, end: int, lang: str) -> bool:
    """Whether the "and" at [start, end) joins two mentions, perhaps across an article or the
    second's title ("that Russia and the EU agreed", "that she and Foreign Minister X agreed"):
    one subject, not the start of a clause of its own."""
    text = ctx.document.text  # each look stops at its first word: a sentence may hold hundreds of clauses
    return any(m.end <= start and NOT_SPACE.search(text, m.end, start) is None for m in mentions) and any(
        (begin := m.start if m.start - end > 80 else title_start(ctx, m)) >= end  # not an "and" inside its title
        and all(ctx.lexicon.is_word("article", lang, w.group().lower()) for w in WORD.finditer(text, end, begin))
        for m in mentions if m.start >= end)


def _complement_start(ctx: Context, text: str, start: int, end: int, lang: str, with_whom: bool = False) -> int:
    """Skip the words between a verb and its position ("that", "to", "di", "che"), a date
    between them ("said on Thursday that", "condemned on Tuesday the attack") and how the speaker takes it ("noted with concern
    that", "ha rilevato con soddisfazione"); with `with_whom`, the partner word too ("expressed
    satisfaction with the progress", "stand shoulder to shoulder with the Iraqi people")."""
    manner = ctx.lexicon.compiled("manner-after-verb", lang, lambda: (
        rf"\s*,?\s*(?:{ctx.lexicon.alternation('manner', lang)})(?!\w)\s*,?"), re.IGNORECASE)
    taken = manner.match(text, start, end)
    start = cursor = undated = taken.end() if taken else start
    dated = False  # the word before was a day or a month
    for match in re.finditer(r"\s*([\w’']+|[,:])", text[start:end]):
        word = match.group(1)
        if ctx.lexicon.is_word("complement", lang, word.lower()) or ctx.lexicon.is_word(
                "interposed-adverb", lang, word.lower()) or with_whom and ctx.lexicon.is_word("partner", lang, word.lower()):
            cursor = undated = start + match.end()  # "sottolinea poi che", "respingiamo però ogni pressione"
            dated = False
        elif ctx.lexicon.is_word("calendar", lang, word.lower()) or word.isdigit() and dated:
            cursor = start + match.end()  # "said on Thursday that", "condemned on 9 June the attack", "on June 9"
            dated = True
        elif not word.isdigit():  # a number before its month ("9 June") is passed with the month
            break
    if not text[cursor:end].strip(" \t\n.,;:"):
        cursor = undated  # nothing after the date ("met on Tuesday."): the date is what is left
    while cursor < end and text[cursor].isspace():
        cursor += 1
    return cursor


def _before_next_speaker(ctx: Context, clause: Clause, following: Clause) -> tuple[int, int]:
    """A position ends where the next clause's own subject begins, at a contrast or a comma before
    it ("X welcomed the ceasefire[, while his French counterpart Y] warned…"): that speaker is
    not part of what X said."""
    if following.rule != "subject" or not following.actors or set(following.actors) == set(clause.actors) \
            or clause.in_quote is not None:  # a quotation ends where it ends
        return clause.position
    text, (start, end) = ctx.document.text, clause.position
    boundary = ctx.lexicon.compiled("next-speaker", clause.lang, lambda: (
        rf"[,;]\s*(?:(?:{ctx.lexicon.alternation('contrast', clause.lang)})\b)?|\s(?:{ctx.lexicon.alternation('contrast', clause.lang)})\b"),
        re.IGNORECASE)
    cuts = [m.start() for m in boundary.finditer(text, start, min(end, following.verb.start))]
    if not cuts or not any(p.kind in MENTIONS and (p.kind != "actor" or p.value in following.actors)
                           for p in ctx.phrases_between(cuts[-1], following.verb.start)):
        return clause.position  # no subject of the next verb after the last boundary
    return trim(text, start, cuts[-1], ctx.lexicon.coordinators(clause.lang))


def _before_next_subject(ctx: Context, clause: Clause, following: Clause, position: tuple[int, int]) -> tuple[int, int]:
    """A position ends before a coordinator and the subject of the next verb right after it
    ("welcomed the plan [and she] urged…", "we welcome the plan [and we] urge…", "…[, but he] rejected…"),
    or before a colon and that subject ("…will veto it[: Minister X] called…")."""
    text, (start, end) = ctx.document.text, position
    subject = next((p for p in ctx.phrases_between(start, following.verb.start)
                    if (p.kind in MENTIONS or p.kind == "speaker-reference") and start < p.start < end
                    and not text[p.end:following.verb.start].strip()), None)
    if subject is None:
        return position
    colon = text.rfind(":", start, subject.start)
    if colon > start and not any(p.kind == "verb" for p in ctx.phrases_between(colon, subject.start)) \
            and not QUOTE_MARK.search(text, colon, subject.start):
        return trim(text, start, colon, ctx.lexicon.coordinators(clause.lang))  # "…porrà il veto: il ministro X ha…"
    relative = _circumstance_relative(ctx, clause.lang).search(text, start, subject.start)
    if relative is not None and not text[relative.end():subject.start].strip():
        return trim(text, start, relative.start(), ctx.lexicon.coordinators(clause.lang))  # "…in Lima[, during which they]"
    joined = ctx.lexicon.compiled("coordinator-before", clause.lang, lambda: (
        rf"(?:^|\s)(?:{ctx.lexicon.clause_links(clause.lang)})\s+$"),
        re.IGNORECASE).search(text, start, subject.start)
    if joined is None or any(p.kind in MENTIONS and p.end <= joined.start() and not text[p.end:joined.start()].strip()
                             for p in ctx.phrases_between(start, joined.start())):
        return position  # "…che Italia e Germania condividono…": the "e" joins the subject's names
    return trim(text, start, joined.start(), ctx.lexicon.coordinators(clause.lang))


WHERE_AFTER_ADDRESSEE = 5  # "told Al Jazeera[ in an interview on Tuesday] that"


def _after_addressee(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Where what is said begins after whom it is said to ("told [her counterpart Tom Berg] that…",
    "told [Reuters] that…", "ha detto [al suo omologo] che…"): after a "that" right after a name
    or a counterpart, when the words before it begin with one, with a name or with a word of
    address ("al"); not after a noun the "that" relates ("the attacks in Iraq that targeted…")."""
    match = _words_then_that(ctx, lang).match(text, start, end)
    if match is None:
        return start
    words = PLAIN_WORD.findall(text, start, match.start(1))
    told = list(itertools.takewhile(lambda w: any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in (
        "audience", "article", "determiner", "addressee")), words))
    if len(told) == len(words) or told and all(
            w.isdigit() or w[:1].isupper() or any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in ("calendar", "preposition"))
            for w in words[len(told):]):  # and where and when: "told a news conference in Lima on Monday that"
        # "told reporters that…", "ha detto ai giornalisti che…", "told a news conference on Monday that…"
        return match.end()
    named = [p for p in ctx.phrases_between(start, match.start(1)) if p.kind in MENTIONS or p.kind == "counterpart"]
    begins = words[0][:1].isupper() or ctx.lexicon.is_word("addressee", lang, words[0]) \
        or any(p.start == start for p in named)
    # and where it was said after the name: "told Al Jazeera in an interview that…"
    capitalised = [i for i, w in enumerate(words) if w[:1].isupper()]
    where = words[capitalised[-1] + 1:] if capitalised else []
    ends = words[-1][:1].isupper() or any(not text[p.end:match.start(1)].strip() for p in named) \
        or 0 < len(where) <= WHERE_AFTER_ADDRESSEE and ctx.lexicon.is_word("locative", lang, where[0].lower())
    # "condemns the attack in Lima that killed…": a place after its preposition is no addressee
    last = next((p for p in named if not text[p.end:match.start(1)].strip()), None)
    placed = last is not None and last.kind == "actor" and not ctx.is_person(last.value) \
        and ctx.lexicon.is_word("locative", lang, (words_before(text, last.start, 1) or [""])[-1].lower())
    return match.end() if begins and ends and not placed else start


def _after_whom_informed(ctx: Context, text: str, head: Phrase, start: int, end: int, lang: str) -> int:
    """Where what a verb of informing tells begins: after whom it tells, named (with their title)
    or a counterpart, and the word that opens the matter ("informed her counterpart about the
    attack" → "the attack", "ha aggiornato il collega Tom Berg sulla situazione"); else `start`."""
    if not ctx.lexicon.is_word("informing-verb", lang, head.words[-1]):
        return start
    told_end = _named_end(ctx, text, start, end, lang)
    matter = MATTER_WORD.match(text, told_end, end) if told_end else None
    return matter.end() if matter and ctx.lexicon.is_word("matter-opener", lang, matter.group(1).lower()) else start


def _after_speech_noun(ctx: Context, text: str, start: int, end: int, sentence: Sentence) -> int:
    """Where what is said begins after a speech noun the verb restates ("reiterated our condemnation
    of the coup" → "the coup", "reaffirmed its deep concern about…", as the guide annotates: the
    verb decides the act); else `start`."""
    noun = next((p for p in ctx.phrases(sentence) if p.kind == "speech-noun" and start <= p.start < start + 40), None)
    words = PLAIN_WORD.findall(text, start, noun.start) if noun else []
    # the speaker's own noun ("our concerns", "its support", "la sua condanna"), not a matter
    # discussed ("discuss support for Ukraine", "welcomed the support of the EU")
    if noun is None or not any(ctx.lexicon.is_word("possessive-determiner", sentence.lang, w.lower()) for w in words) \
            or not all(any(ctx.lexicon.is_word(cue, sentence.lang, w.lower()) for cue in (
                "determiner", "intensifier", "possessive-determiner")) for w in words):
        return start
    opener = MATTER_WORD.match(text, noun.end, end)
    # not what the noun itself governs: "his readiness to coordinate", "concern that…"
    return opener.end() if opener and ctx.lexicon.is_word("complement", sentence.lang, opener.group(1).lower()) \
        and not any(ctx.lexicon.is_word(cue, sentence.lang, opener.group(1).lower())
                    for cue in ("infinitive-marker", "subordinator")) else start


def _after_possessor(ctx: Context, text: str, head: Phrase, start: int, end: int, lang: str) -> int:
    """Where what is said begins after the side whose a verb's own speech noun is ("expressed the
    full support of Chile for the plan", "ha espresso il sostegno dell'Italia al piano": the
    plan); else `start`."""
    if not any(p.kind == "speech-noun" and p.end == head.end for p in ctx.phrases_between(head.start, head.end)):
        return start
    owner = ctx.lexicon.compiled("possessor-after-noun", lang, lambda: (
        rf"\s*(?i:{ctx.lexicon.alternation('title-complement', lang)})(?:\s+|(?<=['’]))"
        rf"(?:(?i:{ctx.lexicon.alternation('article', lang)})\s+)?")).match(text, head.end, end)
    side = next((p for p in ctx.phrases_between(head.end, end) if p.kind == "actor" and owner and p.start == owner.end()
                 and start <= p.start), None)
    opener = ctx.lexicon.compiled("opener-after-possessor", lang, lambda: (
        rf"\s+(?i:{ctx.lexicon.alternation('preposition', lang)})(?:\s+|(?<=['’]))")).match(text, side.end, end) if side else None
    return opener.end() if opener else start


def _after_colon_of_quotation(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Where what is said begins when whom and where it was told come first, then a colon and
    a quotation ("told reporters in Rome: «…»", "said on Monday: \"…\""): at the quotation."""
    colon = text.find(":", start, min(end, start + COLON_REACH))
    if colon < 0 or not OPENING_QUOTE_AFTER_COLON.match(text, colon):
        return start
    return colon + 1 if all(w[:1].isupper() or w.isdigit() or any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in (
        "audience", "article", "determiner", "preposition", "calendar", "locative")) for w in PLAIN_WORD.findall(text, start, colon)) \
        else start


COLON_REACH = 60  # characters of whom and where before the colon ("told reporters at the UN in New York:")


def _after_partner(ctx: Context, text: str, head: Phrase, start: int, end: int, lang: str) -> int:
    """Where what is agreed or discussed begins after whom with, when the verb names them first
    ("agreed with Foreign Minister X to resume the talks" → "to resume the talks", "discussed with
    Y and Z the situation", "ha concordato con la collega X di…"): they take part, they are not
    what is said (the guide gives such statements no target); else `start`."""
    if head.value not in PARTNERED:
        return start
    partner = MATTER_WORD.match(text, start, end)
    if ctx.lexicon.is_word("partner", lang, head.words[-1]):  # "discussed with"
        named_end = _named_end(ctx, text, start, end, lang)
    elif partner is not None and ctx.lexicon.is_word("partner", lang, partner.group(1).lower()):
        named_end = _named_end(ctx, text, partner.end(), end, lang)
    else:
        return start
    joined = ctx.lexicon.compiled("joining-names", lang, lambda: rf"\s*(?:,|{ctx.lexicon.coordinators(lang)})\s+",
                                  re.IGNORECASE)
    while named_end and (join := joined.match(text, named_end, end)) \
            and (following := _named_end(ctx, text, join.end(), end, lang)):
        named_end = following  # "with X and Y"
    rest = AFTER_APPOSITION.match(text, named_end, end) if named_end else None
    return rest.end() if rest and text[rest.end():rest.end() + 1].isalpha() else start


AFTER_APPOSITION = re.compile(r"[\s,]*")  # "with X, her counterpart, to…"
PARTNERED = ("agree", "consult")  # the acts whose "with X" names a partner, not what is said


def _before_closing_partner(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Where what is discussed or agreed ends before whom with, when they close it ("will discuss
    support for Ukraine with his counterparts", "discussed the crisis with Foreign Minister X")."""
    partners = [w for w in PLAIN_WORD.finditer(text, start, end) if ctx.lexicon.is_word("partner", lang, w.group().lower())]
    if not partners:
        return end
    named_end = _named_end(ctx, text, partners[-1].end(), end, lang)
    opening = NOT_SPACE.search(text, partners[-1].end(), end)
    person = opening is not None and any(
        p.start == opening.start() and (p.kind in ("counterpart", "title", "role", "person-reference")
                                        or p.kind == "actor" and ctx.is_person(p.value))
        for p in ctx.phrases_between(opening.start(), end))
    # a person, not a side: "discussed cooperation with Peru" is the matter
    return partners[-1].start() if person and named_end is not None and SENTENCE_TAIL.fullmatch(text, named_end, end) \
        else end


def _named_end(ctx: Context, text: str, start: int, end: int, lang: str) -> int | None:
    """Where the person or side named right at `start` ends, across an article or a possessive and
    a demonym ("his Finnish counterpart Y"), their title and the name after it ("the Foreign Minister Tom Berg", "her counterpart", "Egyptian Foreign Minister
    X"); None when none is."""
    near = [p for p in ctx.phrases_between(start, min(end, start + 120))
            if p.kind in MENTIONS or p.kind in ("counterpart", "title", "demonym")]
    if not near or not all(w[:1].isupper() or any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in (
            "article", "possessive-determiner")) for w in PLAIN_WORD.findall(text, start, near[0].start)):
        return None  # across "the", "his", "her Finnish"
    named_end = near[0].end
    for phrase in near[1:]:  # the name after its title ("Foreign Minister Tom Berg")
        if phrase.start == named_end or not text[named_end:phrase.start].strip():
            named_end = max(named_end, phrase.end)
    return named_end


def _words_then_that(ctx: Context, lang: str) -> re.Pattern:
    """Up to eight words, then a "that" ("told [her counterpart] that…", "said [in a statement]
    that…"): the "that" is group 1."""
    return ctx.lexicon.compiled("words-then-that", lang, lambda: (
        rf"(?:[^\W\d][\w’'.-]*\s+){{1,8}}?({ctx.lexicon.alternation('subordinator', lang)})\s+"), re.IGNORECASE)


WHEN_WORDS = ("interposed-adverb", "calendar", "time-word")  # "said [on Tuesday evening] that", "ha detto [oggi] che"


def _after_where_said(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Where what is said begins after where or how it was said ("said [in a statement on its
    website] that…", "wrote [in an op-ed] that…", "ha affermato [in un'intervista] che…"): after
    a "that" that ends a phrase of place right after the verb, not what the verb is about
    ("commenting on Rubio's words that…")."""
    first = NOT_SPACE.search(text, start, end)
    match = _words_then_that(ctx, lang).match(text, first.start(), end) if first else None
    words = _without_when(ctx, PLAIN_WORD.findall(text, start, match.start(1)) if match else [], lang)
    if match and not words:
        return match.end()  # "said on Monday that…": when it was said
    # "ha affermato oggi via Twitter che…": after the adverbs of the verb
    return match.end() if words and ctx.lexicon.is_word("locative", lang, words[0].lower()) else start


def _without_when(ctx: Context, words: list[str], lang: str) -> list[str]:
    """Words without those that say when ("[on Tuesday evening]", "[oggi]", "[later]")."""
    when = [any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in WHEN_WORDS) for w in words]
    return [w for i, w in enumerate(words) if not when[i] and not (
        i + 1 < len(words) and when[i + 1] and ctx.lexicon.is_word("preposition", lang, w.lower()))]


def _adjunct(ctx: Context, opening: str, lang: str) -> bool:
    """Whether what opens a sentence before its comma is one phrase of a preposition or of a
    gerund with its own ("In a letter to the Council, Doyle said…", "Speaking to reporters in
    Accra, Doyle said…"), or says the speaker was asked ("Asked about the talks, Doyle said…"):
    where or how it was said, not what ("Talks will go on, Doyle said")."""
    words = PLAIN_WORD.findall(opening)
    if "," in opening or not words:
        return False
    return ctx.lexicon.is_word("preposition", lang, words[0]) \
        or ctx.lexicon.is_word("question-participle", lang, words[0].lower()) or len(words) > 1 \
        and ctx.lexicon.is_gerund(words[0], lang) \
        and any(ctx.lexicon.is_word(cue, lang, words[1].lower()) for cue in ("preposition", "article"))


def _only_a_date(ctx: Context, text: str, lang: str) -> bool:
    """Whether what follows a verb says only when ("…, Doyle said on Thursday.", "responded within
    hours"): no position."""
    words = re.findall(r"[^\W\d_]+|\d+", text)
    if all(ctx.lexicon.is_word("anaphoric-object", lang, w.lower()) for w in words):
        return False  # "Chile rejects this.": what was just said, not "this week"
    return bool(words) and all(w.isdigit() or any(ctx.lexicon.is_word(kind, lang, w.lower())
                                                 for kind in ("calendar", "time-word", "complement", "article", "preposition"))
                               for w in words)


def _light_verb_and_noun(ctx: Context, verb: Phrase, sentence: Sentence) -> bool:
    """Whether a verb phrase is a light verb with its speech noun ("expressed deep concern", "lodged
    a strong protest"): the noun says what was said, even with nothing after it."""
    return any(p.kind == "light-verb" and p.start == verb.start and p.end < verb.end for p in ctx.phrases(sentence))


WHOLE_PREDICATE_WORDS = 3  # words of a verb label that make a whole predicate ("will not go unanswered")


def _closes_without_report(text: str, verb: Phrase, sentence: Sentence) -> bool:
    """A verb that ends its sentence with nothing after it and neither a comma nor a quotation
    before its subject, or no subject after them, reports nothing: a noun ("… against the Gulf
    states.", "expressed, in a long speech, hope."), unless it closes a quotation ("“…,” ha aggiunto.");
    the caller lets a passive one through, an agentless report ("The importance of X was underscored.").
    A label of three words or more is a whole predicate, never a noun ("will not go unanswered.")."""
    if len(verb.words) >= WHOLE_PREDICATE_WORDS or re.search(r"\w", text[verb.end:sentence.end]) \
            or text[verb.end:sentence.end].lstrip().startswith(":"):
        return False  # "Jane Doyle said:" introduces what follows
    if re.search(r"(?:,\s*[”\"»]|[”\"»]\s*,)\s*$", text[max(sentence.body, verb.start - 5):verb.start]):
        return False  # "“…,” ha aggiunto.": a quotation's report with the subject left unsaid
    *_, subject = re.split(r"[,;:“”\"«»–—]", text[max(sentence.body, verb.start - 80):verb.start])
    return subject == text[max(sentence.body, verb.start - 80):verb.start] or not subject.strip()


def sentence_clauses(ctx: Context, sentence: Sentence, quotes: Quotes) -> tuple[list[Clause], list[str]]:
    """The reporting clauses of one sentence, with actors still unresolved for first-person quotes;
    and who reported another's statement in its main clause, if anyone: they go on speaking
    ("Doyle said Varga agreed to meet Rubio. She added…"). A question states nothing ("Ministro,
    l'Italia è pronta a inviare truppe?", "Will Chile join the sanctions?")."""
    text, lang = ctx.document.text, sentence.lang
    if QUESTION_END.search(text, sentence.body, sentence.end):
        return [], []
    structural = _with_joined_verbs(ctx, text, ctx.structure(sentence), sentence)
    titles = [p for p in ctx.phrases(sentence) if p.kind == "title"]  # what a title mentions does not speak
    mentions = [p for p in structural if p.kind in MENTIONS
                and not any(t.start <= p.start and p.end <= t.end for t in titles)]
    speakers = sorted(mentions + [p for p in ctx.phrases(sentence) if p.kind == "speaker-reference"],
                      key=lambda p: p.start)
    heads: list[Phrase] = []
    for phrase in structural:
        if phrase.start < sentence.body:
            continue
        if phrase.kind == "verb":
            if heads and _object_of(ctx, text, heads[-1], phrase, lang):
                continue  # "welcomed calls for a ceasefire", "rejected the demands": a noun, what is welcomed
            if _negated(ctx, text, phrase, lang) or _negative_subject(ctx, text, phrase, sentence):
                if heads and ctx.lexicon.is_word("failure", lang, heads[-1].words[-1]) \
                        and INFINITIVE_GAP.fullmatch(text, heads[-1].end, phrase.start):
                    heads.pop()  # "refused to comment", "declined to condemn": neither is said
                continue  # "did not condemn", "has never rejected", "non ha condannato": no such act
            if _courtesy_call(ctx, text, phrase, sentence):
                continue  # "EAM called on Prime Minister X and conveyed…": a visit, asking nothing
            if ctx.lexicon.is_word("question-participle", lang, phrase.text.lower()) \
                    and NOT_SPACE.search(text, sentence.body, phrase.start) is None:
                continue  # "Asked about the talks, Fidan said…": he was asked, no one appealed
            if _a_noun(ctx, text, phrase, lang) or _withdraws_envoy(ctx, text, phrase, lang):
                continue
            if heads and heads[-1].value == phrase.value and ctx.lexicon.is_word(
                    "infinitive-marker", lang, (words_before(text, phrase.start, 1) or [""])[-1].lower()):
                continue  # "lodged representations … to express strong dissatisfaction": why, the same act
            if ctx.lexicon.is_word("naming-verb", lang, phrase.text.lower()) and (
                    not _names_as(ctx, text, phrase, sentence) or heads and any(
                        ctx.lexicon.is_word("subordinator", lang, w.group().lower())
                        and text[max(0, w.start() - 3):w.start()].rstrip()[-1:] != ","
                        for w in WORD.finditer(text, max(heads[-1].end, text.rfind(":", heads[-1].end, phrase.start),
                                                         text.rfind(";", heads[-1].end, phrase.start)), phrase.start))):
                continue  # "called Berg on Tuesday", "the so-called referendum": no judgement named;
                # "stressed that Moscow considers X hostile": the judgement is what was stressed (not
                # across a colon: "said that it will veto: the minister called the sanctions…"; nor
                # a relative after the speaker's comma: "ha detto X, che ha definito…")
            since = heads[-1].end if heads and not _opens(ctx, text, heads, sentence) else None
            if not _embedded(ctx, text, phrase, since, lang, sentence.end) \
                    and (not _closes_without_report(text, phrase, sentence) or _is_passive(ctx, text, phrase, lang)
                         or _light_verb_and_noun(ctx, phrase, sentence)) \
                    and not _told(ctx, text, phrase, speakers, lang):
                heads.append(phrase)
        elif phrase.kind == "reply-noun":  # "La replica della ministra X: «…»"
            following = [m for m in mentions if m.start >= phrase.end]
            between = WORD.findall(text, phrase.end, title_start(ctx, following[0])) if following else []
            if following and OPENING_QUOTE_AFTER_COLON.match(text, following[0].end) and (all(
                    any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in ("title-complement", "article"))
                    for w in between) or phrase.start == sentence.body and len(between) <= REPLY_ADVERBIAL):
                # whose it is, perhaps with their title, then the colon; "Replica a stretto giro il ministro X:"
                heads.append(phrase)
        elif phrase.kind == "according-relative":  # "Jane Doyle, according to whom …"
            before = [m for m in mentions if m.end <= phrase.start]
            if any(COMMA.fullmatch(text, m.end, phrase.start) for m in before) \
                    or before and _words_of(ctx, text, before[-1], phrase, lang):
                heads.append(phrase)
        elif phrase.kind == "according" and quotes.around(phrase.start) is None:  # not "…garanzie per Kiev"
            following = [m for m in mentions if m.start >= phrase.end]
            # "According to X[ of Chile], …"; "Così il ministro X a margine del vertice." refers to the sentence
            # before whatever follows the name
            if following and (re.fullmatch(r"\s*", text[phrase.end:following[0].start])
                              or _article_before_source(ctx, text, phrase, following[0], sentence)
                              or _titled(ctx, phrase, following[0], lang)
                              or _document_of(ctx, text[phrase.end:following[0].start], lang)
                              or spoken_for(ctx, text, following[0].start, lang, phrase.end)) and (
                    SOURCE_END.match(text, ctx.lexicon.of_complement(lang).match(text, following[0].end).end())
                    or _cataphoric(ctx, phrase, sentence)
                    or _closing_according(text, phrase, following[0], sentence)
                    or _source_then_clause(ctx, text, phrase, following[0], sentence)):
                heads.append(phrase)
    introduction = _named_quotation(ctx, text, mentions, sentence)
    if introduction is not None:
        heads = sorted(heads + [introduction], key=lambda p: p.start)
    clauses: list[Clause] = []
    for i, head in enumerate(heads):
        quote = quotes.around(head.start)
        clause_start = heads[i - 1].end if i else sentence.body
        since = clause_start
        closing = quotes.last_ending(since, head.start) if quote is None else None
        if closing is not None:
            since = closing[1]
        nxt = heads[i + 1].start if i + 1 < len(heads) else sentence.end
        act = "state" if head.kind in ATTRIBUTING else head.value
        if act in SAYING and quote is None and _says_only_that_they_met(ctx, text, head, nxt, sentence):
            continue  # "The spokesperson stated that the minister received a call from X": no statement
        actors, rule = _clause_actors(ctx, text, mentions, head, since, nxt, sentence, quote, quotes, clauses, act)
        if rule == "subject" and actors and len(actors) == 1:
            actors = _named_later(ctx, text, mentions, head, sentence, actors[0]) or actors
        end = min(nxt, quote[1]) if quote else nxt
        cataphoric = _cataphoric(ctx, head, sentence)
        position = (sentence.start, sentence.start) if cataphoric else \
            _position(ctx, text, head, rule, clause_start, end, sentence, lang)
        if rule in ("reply-noun", "named-quotation"):  # what follows the colon
            position = trim(text, text.index(":", head.start) + 1, end, ctx.lexicon.coordinators(lang))
        if rule == "according-to" and not cataphoric:  # "According to X, …": what X says begins after the comma
            source = next(m for m in mentions if m.start >= head.end)
            position = trim(text, clause_start, text.rfind(",", clause_start, head.start), ctx.lexicon.coordinators(
                lang)) if _closing_according(text, head, source, sentence) else \
                trim(text, max(position[0], _source_end(ctx, text, source.end, lang)), position[1], ctx.lexicon.coordinators(lang))
        if act == "state" and _names_as_wrong(ctx, head, position, lang):
            act = "criticize"  # "called them provocations", "definendola «troppo bellicista»"
        if act == "consult" and _where_and_with_whom_only(ctx, text, position, sentence):
            continue  # "held talks in Moscow with Foreign Minister X": a meeting, nothing discussed
        if quote is None and position[0] >= head.end and position[1] - position[0] <= WHEN_ONLY \
                and _only_a_date(ctx, text[position[0]:position[1]], lang) \
                and not re.search(r"[,“”\"«»]", text[since:head.start]) and not re.match(r"\s*[:“\"«]", text[position[1]:end]):
            continue  # "responded within hours", "replied on Tuesday": only when, nothing said (not "…, X said Thursday")
        clauses.append(Clause(act, head, lang, sentence, (sentence.start, sentence.end), actors or [],
                              position, rule, sentence.block, clause_start, quote,
                              first_person=quote is not None and actors is None, cataphoric=cataphoric,
                              labelled=ctx.memory.speaker if quote is not None and actors is None else ()))
    for clause, following in zip(clauses, clauses[1:]):
        if clause.rule == "opening-gerund" and following.actors:
            clause.actors = list(following.actors)
    for clause in clauses:
        if clause.rule == "opening-gerund" and not clause.actors:
            clause.actors = list(ctx.memory.last_actors or ctx.principal)
    for clause, following in zip(clauses, clauses[1:]):
        if clause.position[1] - clause.position[0] < 4:
            if not _closing_report_then_gerund(text, clause, following, quotes):
                clause.position = following.position  # "we deplore and reject the move": one object
        else:
            clause.position = _before_next_subject(ctx, clause, following, _before_next_speaker(ctx, clause, following))
    # "Secondo fonti del Cremlino, la Russia è pronta…": a source whose words are only the next clause's subject;
    # "held talks in Lima, during which they agreed…": a meeting, its matter the next clause's
    clauses = [c for c, following in zip(clauses, clauses[1:] + [None])
               if not (following is not None and c.rule == "according-to" and _names_only(ctx, text, c.position, sentence)
                       and not _reports_own_side(ctx, text, c, following))
               and not (following is not None and c.act == "consult"
                        and _where_and_with_whom_only(ctx, text, c.position, sentence))]
    # "…, Zakharova said, commenting on the talks": what is commented is no position of hers
    clauses = [c for c in clauses if not (c.verb.kind == "verb" and ctx.lexicon.is_word("comment-gerund", lang, c.verb.text.lower()))]
    reports = [_only_reports(text, c, following) for c, following in zip(clauses, clauses[1:] + [None])]
    reporter = list(clauses[0].actors) if reports and reports[0] else \
        _quoting(ctx, clauses[0], mentions, quotes) if clauses and clauses[0].rule == "quoted" else []
    deeds = [_reports_a_deed_and(ctx, text, c, following) for c, following in zip(clauses, clauses[1:] + [None])]
    redundant = [report or (deed or _reports_itself(ctx, text, c, following))
                 and not _closing_report_then_gerund(text, c, following, quotes)
                 for c, following, report, deed in zip(clauses, clauses[1:] + [None], reports, deeds)]
    for i, (clause, following) in enumerate(zip(clauses, clauses[1:])):
        if _reports_own_side(ctx, text, clause, following):
            side = following.actors
            side_of_reporter(ctx, clause.actors, side)
            # and the verbs coordinated with the inner one ("said Budapest supported X and called on Y")
            for inner in [following] + list(itertools.takewhile(
                    lambda c: c.rule == "coordinated" and c.actors == side, clauses[i + 2:])):
                inner.actors = list(clause.actors)
            redundant[i] = True
    for clause, following, deed in zip(clauses, clauses[1:], deeds):
        if deed:  # the deed before the inner verb is the position's too
            following.position = (clause.position[0], following.position[1])
    return [c for c, left_out in zip(clauses, redundant) if not left_out], reporter


def _with_joined_verbs(ctx: Context, text: str, structural: list[Phrase], sentence: Sentence) -> list[Phrase]:
    """The sentence's structure with the speech nouns that are verbs here: joined by a coordinator
    to a one-word verb before them, then a determiner ("We appreciate and support the efforts",
    "accolgono e sostengono"), not a second noun ("expressed appreciation and support for")."""
    verbs = [p for p in structural if p.kind == "verb" and len(p.words) == 1]
    if not verbs:
        return structural
    lang = sentence.lang
    joined = ctx.lexicon.compiled("joined-verb", lang, lambda: rf"\s+(?:{ctx.lexicon.coordinators(lang)})\s+",
                                  re.IGNORECASE)
    found = [Phrase("verb", noun.value, noun.start, noun.end, noun.text) for noun in ctx.phrases(sentence)
             if noun.kind == "speech-noun" and any(joined.fullmatch(text, v.end, noun.start) for v in verbs)
             and ctx.lexicon.is_word("determiner", lang, (WORD.findall(text, noun.end, noun.end + 20) or [""])[0].lower())]
    return sorted(structural + found, key=lambda p: p.start) if found else structural


def _named_quotation(ctx: Context, text: str, mentions: list[Phrase], sentence: Sentence) -> Phrase | None:
    """The colon of "Il ministro degli Esteri, Paolo Rossi: «…»", 'Jane Doyle: "…"', as agencies
    write it: a person named first in the sentence (perhaps after their title, its portfolio and an
    adverb: "Anche il ministro X", "Defence Minister X"), perhaps what they did ("è intervenuto",
    "weighed in"), then a colon that opens a quotation, which introduces their statement as
    "said:" would."""
    start = _matter_aside_end(ctx, text, sentence)  # "Sulla Russia, Tajani è stato netto: «…»"
    person = next((m for m in mentions if m.start >= start), None)
    if person is None or person.kind != "actor" or not ctx.is_person(person.value):
        return None
    colon = text.find(":", person.end, min(sentence.end, person.end + PREDICATE_REACH))
    if colon < 0 or OPENING_QUOTE_AFTER_COLON.match(text, colon, sentence.end) is None \
            or not _bare_predicate(ctx, text, person.end, colon, sentence.lang):
        return None
    titles = [p.start for p in ctx.phrases(sentence) if p.kind == "title" and p.end == person.start]
    title_start = min(titles, default=person.start)
    if not all(w[:1].isupper() or ctx.lexicon.is_word("interposed-adverb", sentence.lang, w.lower())
               for w in WORD.findall(text, start, title_start)) or _says_or_names(ctx, start, title_start):
        return None
    return Phrase("named-quotation", "state", colon, colon + 1, ":")


def _matter_aside_end(ctx: Context, text: str, sentence: Sentence) -> int:
    """Where the sentence proper begins after an opening aside on the matter ("Sulla Russia, …",
    "On Iran, …"): after its comma; else the sentence's start."""
    first = WORD.match(text, sentence.body)
    comma = text.find(",", sentence.body, min(sentence.end, sentence.body + MATTER_ASIDE))
    if first is None or comma < 0 or not ctx.lexicon.is_word("matter-opener", sentence.lang, first.group().lower()):
        return sentence.body
    return comma + 1


MATTER_ASIDE = 40  # characters of an opening aside on the matter ("Sulla crisi in Medio Oriente,")


PREDICATE_REACH = 40  # characters of what a person did before the colon ("è intervenuto sul tema:")


def _bare_predicate(ctx: Context, text: str, start: int, colon: int, lang: str) -> bool:
    """Whether what stands between a person and the colon of their quotation says only that they
    spoke up ("è intervenuto", "weighed in", "was blunt"): lowercase words, no verb of the lexicon
    and no one else named, so the quotation is what they said."""
    return all(w[:1].islower() for w in WORD.findall(text, start, colon)) and not _says_or_names(ctx, start, colon)


def _says_or_names(ctx: Context, start: int, end: int) -> bool:
    """Whether a verb of the lexicon or a mention stands in [start, end)."""
    return any(p.kind == "verb" or p.kind in MENTIONS for p in ctx.phrases_between(start, end))


def _left_open(ctx: Context, quotes_of: dict[tuple[int, int], Quotes], key: tuple[int, int]) -> str | None:
    """The closing mark of the quotation the paragraph before `key` left open (it ran to its end:
    '"The UK condemns…' then a paragraph 'I call on…"'), if any."""
    before = quotes_of.get((key[0], key[1] - 1))
    if not before or not before.spans:
        return None
    opening, end = before.spans[-1]
    paragraph = ctx.document.blocks[key[0]].paragraphs[key[1] - 1]
    closer = QUOTE_PAIRS.get(ctx.document.text[opening])
    return closer if end == paragraph.end and closer and ctx.document.text[end - 1] != closer else None


def _a_noun(ctx: Context, text: str, phrase: Phrase, lang: str) -> bool:
    """Whether a verb label is a noun here: after a determiner ("la condanna", "the call for", "un
    messaggio di condanna") or a call word that makes one with it ("a phone call on Monday"); a
    speech noun only in the call ("a phone call")."""
    before = (words_before(text, phrase.start, 1) or [""])[-1].lower()
    if ctx.lexicon.is_word("perfect-auxiliary", lang, phrase.words[0]):
        return False  # "le ha definite": before an auxiliary, "le" is a pronoun, no article
    if ctx.lexicon.is_word("issuing-participle", lang, phrase.text.lower()) and ctx.lexicon.is_word(
            "document-noun", lang, (PLAIN_WORD.findall(text, max(0, phrase.start - 40), phrase.start) or [""])[-1].lower()):
        return True  # "The statement, signed by X," names who issued it, no agreement
    return phrase.kind == "verb" and ctx.lexicon.is_word("determiner", lang, before) \
        or all(ctx.lexicon.is_word("call-word", lang, w) for w in (before, phrase.words[0]))


def _named_later(ctx: Context, text: str, mentions: list[Phrase], verb: Phrase, sentence: Sentence, actor: str) -> list[str]:
    """ "A Chinese Foreign Ministry spokeswoman on Wednesday urged… spokeswoman Hua Chunying said":
    a wire's lede that gives a side and a role with an indefinite article, and no name, means the
    one person of that side (or of none known) the story names later with that role."""
    lang = sentence.lang
    subject = next((m for m in reversed(mentions) if m.end <= verb.start and m.value == actor), None)
    if subject is None or ctx.is_person(actor):
        return []
    role = next((p for p in ctx.phrases(sentence) if p.kind == "role" and p.start > subject.end
                 and not text[subject.end:p.start].strip()), None)
    article = words_before(text, subject.start, 1)
    if role is None or not article or ctx.lexicon.is_word("article", lang, article[0].lower()) \
            or not ctx.lexicon.is_word("determiner", lang, article[0].lower()) \
            or any(p.kind == "actor" and ctx.is_person(p.value) for p in ctx.phrases_between(role.end, verb.start)):
        return []
    words, side = title_words(role.text), ctx.represents(actor)
    later = {p.value for p in ctx.phrases_between(verb.end, verb.end + LATER_REACH)
             if p.kind == "title" and words <= title_words(p.text) and ctx.represents(p.value) in (side, p.value)}
    return list(later) if len(later) == 1 else []


LATER_REACH = 3000  # characters after a lede in which the story names the person its role stands for


def _withdraws_envoy(ctx: Context, text: str, phrase: Phrase, lang: str) -> bool:
    """Whether a verb of withdrawing has an envoy for its object ("would recall its ambassador",
    "ha richiamato l'ambasciatore"): a deed, not a reminder."""
    if not ctx.lexicon.is_word("withdrawing-verb", lang, phrase.text.lower()):
        return False
    return any(p.kind in ("role", "person-reference") and not any(
        w not in ("'", "’") and not any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in ("article", "determiner", "possessive-determiner"))
        for w in WORD.findall(text, phrase.end, p.start)) for p in ctx.phrases_between(phrase.end, phrase.end + 40))


def _object_follows(ctx: Context, text: str, start: int, end: int, lang: str) -> bool:
    """Whether a passive verb's subject or clause follows it ("è stata confermata la solidità…",
    "It was agreed that…"), not before it ("The importance of X was underscored")."""
    following = PLAIN_WORD.search(text, start, end)
    return following is not None and not text[start:following.start()].strip() and any(
        ctx.lexicon.is_word(cue, lang, following.group().lower())
        for cue in ("article", "determiner", "subordinator", "clause-opener"))


def _opening_partner(ctx: Context, text: str, mentions: list[Phrase], head: Phrase, sentence: Sentence) -> list[str]:
    """The person a sentence opens with after "with" ("With Minister X it was confirmed…", "Con il
    Ministro X, che…, è stata confermata…"): the guide makes such a passive joint with them."""
    opening = WORD.search(text, sentence.body, head.start)
    if opening is None or not ctx.lexicon.is_word("partner", sentence.lang, opening.group().lower()):
        return []
    person = next((m for m in mentions if opening.end() <= m.start < head.start), None)
    return [person.value] if person is not None and person.kind == "actor" and ctx.is_person(person.value) else []


def _names_only(ctx: Context, text: str, position: tuple[int, int], sentence: Sentence) -> bool:
    """Whether a position is only mentions of actors, with their articles ("la Russia")."""
    named = [(p.start, p.end) for p in ctx.phrases(sentence) if p.kind in MENTIONS
             and position[0] <= p.start and p.end <= position[1]]
    return bool(named) and all(any(a <= w.start() < b for a, b in named)
                               or ctx.lexicon.is_word("article", sentence.lang, w.group().lower())
                               for w in WORD.finditer(text, *position))


def _where_and_with_whom_only(ctx: Context, text: str, position: tuple[int, int], sentence: Sentence) -> bool:
    """Whether a position names only where, when and with whom ("in Moscow with Foreign Minister X
    of Hungary", "in Lima with her Peruvian counterpart on May 3"): no matter of its own, and a
    preposition before whoever it names."""
    start, end = position
    named = [(p.start, p.end) for p in ctx.phrases(sentence) if start <= p.start and p.end <= end
             and p.kind in NAMING_KINDS]
    first = WORD.search(text, start, end)
    if first is None or not any(ctx.lexicon.is_word(cue, sentence.lang, first.group().lower()) for cue in PLACE_OR_PARTNER):
        return False  # "discussed Ukraine": what they discussed, no one they met
    return all(
        any(a <= word.start() < b for a, b in named) or not word.group()[0].isalpha()
        or any(ctx.lexicon.is_word(cue, sentence.lang, word.group().lower()) for cue in WHERE_AND_WITH_WHOM)
        for word in WORD.finditer(text, start, end))


NAMING_KINDS = ("actor", "person-reference", "counterpart", "title", "role", "demonym", "group-reference")
WHERE_AND_WITH_WHOM = ("venue", "partner", "article", "determiner", "preposition", "calendar", "title-complement")
PLACE_OR_PARTNER = ("venue", "partner", "preposition")  # what such a position opens with


def _says_only_that_they_met(ctx: Context, text: str, head: Phrase, end: int, sentence: Sentence) -> bool:
    """Whether what a verb of saying says is only that a meeting or call took place ("stated that
    Foreign Minister X received a phone call on Monday from Y", "said the two ministers met in
    Lima"), which the guide counts as no statement: a meeting phrase is the first verb of what is
    said, someone before it, nothing else before it but function words, and no verb nor judgement
    in all of it ("met Y to discuss…", "met Y and welcomed…" say more)."""
    lang = sentence.lang
    inside = [p for p in ctx.phrases(sentence) if head.end <= p.start and p.end <= end]
    meeting = next((p for p in inside if p.kind == "meeting"), None)
    if meeting is None or any(p.kind in SAYS_MORE and not _a_noun(ctx, text, p, lang) for p in inside):
        return False
    named = [(p.start, p.end) for p in inside if p.start < meeting.start]
    if not any(p.kind in MENTIONS + ("speaker-reference",) for p in inside if p.end <= meeting.start):
        return False  # "said talks with X were useful": the meeting is what is judged, no one met
    return all(any(ctx.lexicon.is_word(cue, lang, word.group().lower()) for cue in MEETING_SUBJECT_WORDS)
               for word in WORD.finditer(text, head.end, meeting.start)
               if word.group()[0].islower() and not any(a <= word.start() < b for a, b in named))


SAYS_MORE = ("verb", "light-verb", "speech-noun", "support", "oppose")  # phrases beside a meeting that say more of it
MEETING_SUBJECT_WORDS = ("subordinator", "article", "determiner", "preposition", "title-complement", "auxiliary",
                         "interposed-adverb", "calendar")  # what may stand beside the names before "met"


def _passive_agent(ctx: Context, text: str, mentions: list[Phrase], head: Phrase, lang: str) -> list[str]:
    """Who a participle says did it: the mention right after it and the agent's "by"/"da", across
    an article ("was condemned by Moscow", "welcomed by the European Union", "criticata da Mosca")."""
    after = ctx.lexicon.compiled("agent-after-verb", lang, lambda: (
        rf"\s+(?:{ctx.lexicon.alternation('agent', lang)})(?:\s+|(?<=['’]))"), re.IGNORECASE).match(text, head.end)
    if after is None:
        return []
    titles = {p.end: p.start for p in ctx.phrases_between(after.end(), after.end() + 200) if p.kind == "title"}
    agent = next((m for m in mentions if m.start >= after.end() and all(  # across its title: "dal ministro X"
        ctx.lexicon.is_word("article", lang, w.lower()) for w in WORD.findall(text, after.end(), titles.get(m.start, m.start)))),
        None)
    if agent is None or ctx.lexicon.possessive_length(text, agent.end, lang):
        return []  # "concerned by Iran's escalation": whose the cause is, no agent
    agents = [agent]  # "condemned by Russia and China", "by the EU, Japan and Canada"
    joined = ctx.lexicon.compiled("joined-agents", lang, lambda: (
        rf"\s*,?\s*(?:(?:{ctx.lexicon.coordinators(lang)})\s+)?(?:(?:{ctx.lexicon.alternation('article', lang)})\s+)?"),
        re.IGNORECASE)
    for mention in mentions:
        if mention.start >= agents[-1].end and joined.fullmatch(text, agents[-1].end, titles.get(mention.start, mention.start)):
            agents.append(mention)
    return list(dict.fromkeys(a for m in agents for a in resolve(ctx, m, False) or []))


def _article_before_source(ctx: Context, text: str, according: Phrase, source: Phrase, sentence: Sentence) -> bool:
    """ "Per il Dipartimento di Stato, …", "…, according to the State Department.": an article
    before a source whose name has none, where the source opens or closes the sentence (in the
    middle, "garanzie per la Russia, che…" is what is asked for)."""
    return all(ctx.lexicon.is_word("article", sentence.lang, w.lower()) for w in WORD.findall(text, according.end, source.start)) \
        and (according.start == sentence.body or _closing_according(text, according, source, sentence))


def _closing_according(text: str, according: Phrase, source: Phrase, sentence: Sentence) -> bool:
    """Whether "according to X" closes its sentence after a comma ("The talks will resume in May,
    according to Foreign Minister X."): X says what comes before it."""
    return COMMA_BEFORE.search(text, sentence.body, according.start) is not None \
        and SENTENCE_TAIL.fullmatch(text, source.end, sentence.end) is not None  # searched, not copied


INFINITIVE_GAP = re.compile(r"\s+(?:\w+\s+)?")  # "refused to comment", "si è rifiutato di commentare"
REPLY_ADVERBIAL = 3  # words between a reply that opens its sentence and whose it is ("Replica a stretto giro X:")
SOURCE_END = re.compile(r"\s*(?:,|:?(?=\s*[«“\"]))")  # "According to X, …", "Per la senatrice X «…»"


def _source_end(ctx: Context, text: str, end: int, lang: str) -> int:
    """Where what a source says begins after its name: after its comma or colon, and an aside
    after it ("Per X, invece, la linea…"), else right after it."""
    found = SOURCE_END.match(text, end)
    end = found.end() if found else end
    aside = ctx.lexicon.compiled("aside-after-source", lang, lambda: (
        rf"\s*(?:{ctx.lexicon.alternation('aside', lang)})\s*,"), re.IGNORECASE).match(text, end)
    return aside.end() if aside else end


def _source_then_clause(ctx: Context, text: str, according: Phrase, source: Phrase, sentence: Sentence) -> bool:
    """ "Per il ministro X la conferenza è stata un successo", "Secondo X il governo sbaglia": a
    source that opens the sentence, a person, and right after the name an article that opens
    what they say, no comma between."""
    following = WORD.match(text, source.end + 1, source.end + 20) if text[source.end:source.end + 1] == " " else None
    if following is None:
        return False
    article = (ELIDED_WORD.match(following.group()) or following).group()  # an elided one too: "Per Tajani l'Europa deve…"
    return according.start == sentence.body and ctx.is_person(source.value) \
        and ctx.lexicon.is_word("article", sentence.lang, article.lower())


SENTENCE_TAIL = re.compile(r"[\s.!?…”»\"]*")  # what may follow the last word of a sentence


def _document_of(ctx: Context, gap: str, lang: str) -> bool:
    """Whether the words between "according to" and a source are a document of theirs ("according
    to a statement from the Chilean Foreign Ministry", "secondo una nota della Farnesina") or
    unnamed sources in it ("secondo fonti della Farnesina", "according to sources in the ministry")."""
    words = [w.lower() for w in WORD.findall(gap)]
    return any(ctx.lexicon.is_word(cue, lang, w) for w in words for cue in ("document-noun", "anonymous-source")) \
        and all(any(ctx.lexicon.is_word(cue, lang, w) for cue in (
            "document-noun", "anonymous-source", "determiner", "article", "preposition", "title-complement",
            "issuing-participle")) for w in words)  # "according to a statement released by X"


def _names_as(ctx: Context, text: str, verb: Phrase, sentence: Sentence) -> bool:
    """Whether a verb of naming says what something is ("called the move shameful", "called the
    decision “a grave mistake”"): a quotation or a cue of opposition or support within twelve words
    after it, no name right after it (a phone call; a name's possessive is whose the thing named
    is: "called Kiev's conditions absurd"), no hyphen before it ("so-called")."""
    if text[verb.start - 1:verb.start] == "-":
        return False
    after = list(WORD.finditer(text, verb.end, sentence.end))[:12]
    if after and after[0].group()[:1].isupper() and not ctx.lexicon.possessive_suffix(after[0].group(), sentence.lang) \
            and not ctx.lexicon.is_possessive(text, after[0].end(), sentence.lang):
        return False
    end = after[-1].end() if after else verb.end
    return bool(QUOTE_OPENING.search(text, verb.end, end)) or any(
        p.kind in ("oppose", "support") for p in ctx.phrases_between(verb.end, end))


def _names_as_wrong(ctx: Context, verb: Phrase, position: tuple[int, int], lang: str) -> bool:
    """Whether a verb of naming or describing calls what it names by words of opposition ("called
    the veto a shameful decision", "called them provocations", "ha parlato di «un atto
    inaccettabile»"): criticism, as the guide annotates it."""
    if not any(ctx.lexicon.is_word(cue, lang, verb.text.lower()) for cue in ("naming-verb", "describing-verb")):
        return False
    cues = [p.kind for p in without_overlaps([p for p in ctx.phrases_between(*position) if p.kind in ("oppose", "support")])]
    return cues.count("oppose") > cues.count("support")


def _negated(ctx: Context, text: str, verb: Phrase, lang: str) -> bool:
    """Whether a negation stands right before a verb, across auxiliaries only ("did not condemn",
    "has never rejected", "non ha mai condannato", "without condemning"), or before the subject
    of a passive ("No dates have been agreed", "Nessuna decisione è stata presa"): what it denies
    was not done, so it is no statement (a quotation's verb gives way to the one that reports it).
    So does failing or not managing to do it ("failed on Monday to agree", "did not manage to
    agree", "non sono riusciti a concordare")."""
    words = WORD.findall(text, max(0, verb.start - 80), verb.start)[-8:]
    first = verb.text.split()[0].lower()  # "have been agreed" may be one label
    auxiliaries = int(any(ctx.lexicon.is_word(cue, lang, first) for cue in ("auxiliary", "passive")))
    i = len(words) - 1
    while i >= 0:
        lowered = words[i].lower()
        if ctx.lexicon.is_word("negation", lang, lowered):
            return True
        if ctx.lexicon.is_word("auxiliary", lang, lowered) or ctx.lexicon.is_word("passive", lang, lowered):
            auxiliaries += 1
            i -= 1
            continue
        if i == len(words) - 1 and (ctx.lexicon.is_word("infinitive-marker", lang, lowered) or ctx.lexicon.is_word(
                "gerund-marker", lang, lowered) and ctx.lexicon.is_gerund(first, lang)):
            governing = [w.lower() for w in words[max(0, i - 4):i]]  # across a few words: "failed on Monday to"
            if any(ctx.lexicon.is_word(cue, lang, w) for w in governing for cue in ("failure", "prospective")):
                return True  # "failed to agree", "has yet to comment", "plans to call for": not done
            if governing and ctx.lexicon.is_word("achievement-verb", lang, governing[-1]):
                auxiliaries, i = auxiliaries + 1, i - 2
                continue
        return auxiliaries > 0 and i > 0 and ctx.lexicon.is_word("negation", lang, words[i - 1].lower())
    return False


def _negative_subject(ctx: Context, text: str, verb: Phrase, sentence: Sentence) -> bool:
    """Whether the sentence opens, in its few words before the verb, with a subject that names no
    one who acts ("No country has condemned…", "Neither Lavrov nor Wang commented…")."""
    first = WORD.match(text, sentence.body, verb.start) if verb.start - sentence.body < 80 else None
    if first is None or not ctx.lexicon.is_word("negative-subject", sentence.lang, first.group().lower()):
        return False
    words = WORD.findall(text, sentence.body, verb.start)
    return 1 < len(words) <= 6 \
        and words[1] != "," and not ctx.lexicon.is_word("verb-adverb", sentence.lang, words[1].lower())


def _object_of(ctx: Context, text: str, previous: Phrase, phrase: Phrase, lang: str) -> bool:
    """Whether a verb label right after a verb, with nothing but a space or an article between
    them, is that verb's object ("welcomed calls for", "supports demands made to", "rejected the
    demands"): a noun, never a clause of its own; a gerund is no noun ("ha replicato accusando…")."""
    gap = text[previous.end:phrase.start]
    return previous.kind == "verb" and gap[:1].isspace() and not ctx.lexicon.is_gerund(phrase.words[0], lang) and all(
        ctx.lexicon.is_word("article", lang, word.lower()) for word in WORD.findall(gap))


def _reports_own_side(ctx: Context, text: str, clause: Clause, following: Clause) -> bool:
    """ "The Secretary-General stressed that the member states reject…", 'Doyle said: "Chile
    supports…"': whatever the reporting verb, what the speaker's own side does, in a quotation the
    clause opens too, is the speaker's act (the inner verb decides it); a
    comma between them is inside the reported clause only when a complement word opens it
    ("said that, following the principles…, China is ready"), or it closes a person who is the
    source ("Secondo Tajani, l'Italia non…"; not "Secondo fonti della Farnesina, l'Italia…")."""
    between = text[clause.verb.end:following.verb.start]
    opener = next(iter(WORD.findall(between)), "").lower()
    # "Doyle told the council that her country…", her side unknown: her country is herself
    own_country = following.actors == clause.actors and any(
        p.kind == "own-country-reference" for p in ctx.phrases_between(clause.verb.end, following.verb.start))
    return following.rule == "subject" and bool(clause.actors) and bool(following.actors) and clause.in_quote is None \
        and (following.in_quote is None or following.in_quote[0] >= clause.verb.end) \
        and ("," not in between or opener != "," and ctx.lexicon.is_word("complement", clause.lang, opener)
             or clause.rule == "according-to" and between.count(",") == 1 and all(map(ctx.is_person, clause.actors))) \
        and (own_country or speaks_for_own_side(ctx, clause.actors, following.actors))


def _reports_itself(ctx: Context, text: str, clause: Clause, following: Clause | None) -> bool:
    """ "Wang said he agreed…", "Zakharova said: we condemn…", "Tajani ha detto che sosterrà…",
    "Her spokesman said Doyle supports…": a plain reporting verb followed, after no more than a
    complement marker and a pronoun or a mention of the same speaker as the inner verb's subject,
    by a verb of that speaker says nothing of its own; the inner verb is the statement."""
    if not _reports_its_own_verb(clause, following):
        return False
    end = following.verb.start
    start = _after_where_said(ctx, text, clause.verb.end, end, clause.lang)  # "said in a statement that it…"
    if _complements_and_a_pronoun(ctx, text[start:end], clause.lang):
        return True
    mentioned = [p for p in ctx.structure(clause.sentence) if p.kind in MENTIONS and start <= p.start and p.end <= end]
    return len(mentioned) == 1 and following.rule == "subject" and _complements_and_a_pronoun(
        ctx, text[start:mentioned[0].start], clause.lang, pronouns=0) and not text[mentioned[0].end:end].strip()


def _reports_its_own_verb(clause: Clause, following: Clause | None) -> bool:
    """Whether a plain reporting verb outside quotation marks is followed by a verb of the same speaker."""
    return following is not None and clause.act == "state" and clause.in_quote is None and bool(clause.actors) \
        and set(following.actors) == set(clause.actors)


def _reports_a_deed_and(ctx: Context, text: str, clause: Clause, following: Clause | None) -> bool:
    """ "said it had summoned the ambassador and expressed its protest": the report goes on to the
    coordinated inner verb, whose position keeps the deed before it."""
    return _reports_its_own_verb(clause, following) and following.rule == "coordinated" \
        and following.act != "state" and _pronoun_deed_and(
            ctx, text[_after_where_said(ctx, text, clause.verb.end, following.verb.start, clause.lang):
                      following.verb.start], clause.lang)


def _complements_and_a_pronoun(ctx: Context, between: str, lang: str, pronouns: int = 1) -> bool:
    """Whether words are only complement markers ("that", ":", "che") and at most `pronouns` pronouns
    ("he", "we", an institution's "it"), with auxiliaries and adverbs ("said he had raised…", "said
    it strongly opposes…"), and when it was said ("said on Monday it…")."""
    words = re.findall(r"\w+|[^\w\s]", between)
    found = [w for w in words if ctx.lexicon.is_word("speaker-reference", lang, w)
             or ctx.lexicon.is_word("person-reference", lang, w) or ctx.lexicon.is_word("institution-pronoun", lang, w)]
    words = _without_when(ctx, words, lang) if found else words  # ("said on Monday, adding…" reports no verb)
    return len(found) <= pronouns and all(w in found or ctx.lexicon.is_word("complement", lang, w) or found and any(
        ctx.lexicon.is_word(cue, lang, w.lower()) for cue in ("auxiliary", "interposed-adverb")) for w in words)


def _pronoun_deed_and(ctx: Context, between: str, lang: str) -> bool:
    """ "said it had summoned the ambassador and expressed its protest": after the reporting verb, the
    speaker's pronoun and its auxiliary, a deed, then "and" before the inner verb: the report goes on
    to it, and says nothing beside it."""
    words = re.findall(r"\w+|[^\w\s]", between)
    pronoun = next((i for i, w in enumerate(words) if not ctx.lexicon.is_word("complement", lang, w.lower())), None)
    return pronoun is not None and pronoun + 2 < len(words) \
        and _complements_and_a_pronoun(ctx, " ".join(words[:pronoun + 2]), lang) \
        and ctx.lexicon.is_word("auxiliary", lang, words[pronoun + 1].lower()) \
        and ctx.lexicon.is_word("coordination", lang, words[-1].lower())


def _closing_report_then_gerund(text: str, clause: Clause, following: Clause | None, quotes: Quotes) -> bool:
    """Whether a report closes a quotation or a clause and a gerund of the same sentence follows it
    ('"Attacks on peacekeepers are unacceptable," Tajani said, urging…', "China supports Egypt, Wang
    said, adding that…", "Unilateralism is unpopular, Wang said, adding that…"): the report's
    statement is what it closes, the gerund's its own."""
    if following is None or following.rule != "gerund":
        return False
    return quotes.last_ending(clause.sentence.start, clause.verb.start) is not None or (
        clause.position[1] - clause.position[0] < 4 and clause.clause_start > clause.sentence.body
        and "," in text[clause.clause_start:clause.verb.start]) or clause.position[0] < clause.position[1] <= clause.verb.start


def _only_reports(text: str, clause: Clause, following: Clause | None) -> bool:
    """ "Varga said the ministers agreed to…", "According to the ministry, Lavrov stressed…": a
    plain reporting verb whose whole position is another actor's statement, which is the statement
    (its own record); the report is none. Not one with words of its own before a colon ("Hungary
    let it be known that it will veto: Minister X called…")."""
    if following is None or clause.act != "state" or following.rule != "subject" or not clause.actors \
            or not following.actors or clause.in_quote is not None \
            or set(clause.actors) & set(following.actors) and not set(clause.actors) < set(following.actors):
        return False  # "Doyle said she and Berg agreed…": a joint act of the reporter's is the statement too
    between = text[clause.verb.end:following.verb.start]
    before_colon, colon, _ = between.partition(":")
    return ("," not in between or clause.rule == "according-to") and not (colon and before_colon.strip())


def _opens(ctx: Context, text: str, heads: list[Phrase], sentence: Sentence) -> bool:
    """Whether the only verb so far is a gerund opening the sentence: the verb after it is the
    main clause's, not part of its position ("Stressing that…, which…, Doyle told reporters")."""
    return len(heads) == 1 and ctx.lexicon.is_gerund(heads[0].text.split()[0], sentence.lang) \
        and not text[sentence.body:heads[0].start].strip()


def _gerund_subject(ctx: Context, text: str, mentions: list[Phrase], head: Phrase, sentence: Sentence,
                    earlier: list[Clause]) -> tuple[list[str], str] | None:
    """A gerund has no subject of its own: opening the sentence, it is the next clause's (filled in
    by sentence_clauses: "Stressing that…, Doyle said…"); after a comma, the sentence's subject
    ("The ministry issued a statement, criticising…"), which is the reporter's when a report
    closes what was said ("Turkey is ready to…, Fidan said, adding…"); right after a noun, that
    noun's actor ("statements by Chilean leaders urging…"); after a document with no author named
    or "joined X in", the sentence's subject ("Chile, Peru and Bolivia issued a joint statement
    condemning…", "Chile joined Peru in condemning…": with X)."""
    before = text[sentence.body:head.start]
    if not before.strip():
        return [], "opening-gerund"
    last = (WORD.findall(before) or [""])[-1].lower()
    if last == "," or ctx.lexicon.is_word("coordination", sentence.lang, last):  # ", and expressing…"
        same = [c for c in earlier if c.sentence == sentence and c.actors and c.in_quote is None]
        closing = [c for c in same if c.act == "state" and "," in text[c.clause_start:c.verb.start]]
        if same:
            return list((closing[-1] if closing else same[0]).actors), "gerund"
        first = [m for m in mentions if sentence.body <= m.start < head.start and m.kind == "actor"
                 and not ctx.lexicon.is_possessive(text, m.end, sentence.lang) and not blocked(ctx, text, m, sentence.lang, sentence.body)]
        return ([first[0].value], "gerund") if first else None
    words = [w.lower() for w in PLAIN_WORD.findall(text, max(sentence.body, head.start - 80), head.start)]
    if words and (ctx.lexicon.is_word("document-noun", sentence.lang, words[-1])
                  or len(words) > 2 and ctx.lexicon.is_word("joining-verb", sentence.lang, words[-3])
                  and ctx.lexicon.is_word("preposition", sentence.lang, words[-1])):
        # "Chile, Peru and Bolivia issued a joint statement condemning…": the statement's issuers;
        # "Chile joined Peru in condemning…": both
        actors, found = subject(ctx, text, mentions, sentence.body, head.start, sentence.lang, None, Quotes([]))
        if found:
            return actors, "gerund"
    near = [m for m in mentions if m.end <= head.start and m.kind == "actor"
            and re.fullmatch(r"[\w\s’'.-]{0,60}", text[m.end:head.start])]
    return ([near[-1].value], "gerund") if near else None


def _clause_actors(ctx: Context, text: str, mentions: list[Phrase], head: Phrase, since: int, nxt: int,
                   sentence: Sentence, quote, quotes, earlier: list[Clause], act: str):
    lang = sentence.lang
    if head.kind == "reply-noun":
        return resolve(ctx, next(m for m in mentions if m.start >= head.end), False) or [], "reply-noun"
    if head.kind == "named-quotation":
        return resolve(ctx, [m for m in mentions if m.end <= head.start][-1], False) or [], "named-quotation"
    if head.kind == "according-relative":
        source = [m for m in mentions if m.end <= head.start][-1]
        return resolve(ctx, source, False) or [], "according-to-whom"
    if head.kind == "according":
        following = [m for m in mentions if m.start >= head.end]
        return resolve(ctx, following[0], False) or [], "according-to"
    if quote is not None and _is_first_person(ctx, text, head, lang):
        return None, "first-person-quote"
    agent = _passive_agent(ctx, text, mentions, head, lang)
    if agent:
        return agent, "passive-agent"  # "The decision was condemned by Moscow", "criticised by China"
    if _is_passive(ctx, text, head, lang):
        if act in ("consult", "agree") and ctx.participants:  # "It was agreed to…": both sides agreed
            return list(ctx.participants), "passive-consultation"
        # "It must be pointed out that…" in a text that names no one: the voice of the text so far;
        # with the partner the sentence opens with ("With Minister X it was confirmed…"), joint
        voice = list(ctx.principal or ctx.publisher or ctx.memory.last_actors)
        partner = _opening_partner(ctx, text, mentions, head, sentence)
        return voice + [p for p in partner if p not in voice], "agentless-passive"
    if _anonymous_subject(ctx, text, mentions, since, head, lang):
        return [], "anonymous-source"
    antecedent = _relative_antecedent(ctx, text, mentions, since, head, lang)
    if antecedent:
        return antecedent, "relative-clause"
    if ctx.lexicon.is_gerund(head.text.split()[0], lang):
        gerund = _gerund_subject(ctx, text, [m for m in mentions if quotes.around(m.start) is None], head, sentence,
                                 earlier)
        if gerund is not None:
            return gerund
    before = text[sentence.body:head.start].rstrip()
    aside = ctx.lexicon.compiled("aside-before-verb", lang, lambda: (
        rf",\s*(?:{ctx.lexicon.alternation('aside', lang)})\s*,$"), re.IGNORECASE).search(before)
    if aside is not None:  # "Doyle, for her part, stressed that…": the comma closes the aside
        before = before[:aside.start()]
    if before.endswith(",") and ctx.memory.last_actors and (set_off := INTERPOSED_REST.match(text, head.end, nxt)) \
            and not any(head.end <= m.start < set_off.end() for m in mentions):
        # "Pechino, ha aggiunto, adotterà misure…": a report between commas with no subject of
        # its own is the last speaker's, the name before it the subject of what they say
        return list(ctx.memory.last_actors), "interposed-report"
    if before.endswith((",", "”", '"', "»", "–", "—")):  # "«… – ha detto X – …»" too
        right = [m for m in mentions if m.start >= head.end]
        opening = right[0].start if right else head.end
        if len(right) > 1 and side_in_title(ctx, text, right[0], right[1], lang):
            right = right[1:]  # "…," said Dirco spokesperson Jane Doyle
        # what follows the name ends the clause: "…, said the Kremlin.", "Vladimir Putin, ha sottolineato Peskov, …"
        closes = bool(right) and re.match(r"\s*(?:[,.;:!?–—]|$)", text[right[0].end:nxt]) is not None
        # a person named right before the comma is the subject, unless the name after the verb closes a
        # parenthetical report ("His spokesman, Stéphane Dujarric, said the Secretary-General was…")
        subject_before = _names_someone_before(ctx, mentions, sentence, head)
        # "…," said a spokesperson for the Chilean foreign ministry: whose the spokesperson is
        spoken = bool(right) and closes and spoken_for(ctx, text, opening, lang, head.end)
        if right and (re.fullmatch(r"\s*(?:\w+\s+)?", text[head.end:opening]) or _titled(ctx, head, right[0], lang)
                      or spoken) \
                and right[0].start < nxt and (closes or not subject_before) \
                and (right[0].kind != "actor" and (closes and not subject_before
                                                   or right[0].kind not in ("group-reference", "organ-reference"))
                     or right[0].kind == "actor" and ctx.is_person(right[0].value) or spoken
                     or act in SAYING and _article_only(ctx, text[head.end:opening], lang)  # "…, ha dichiarato la Farnesina"
                     and closes and not subject_before
                     and not any(ctx.lexicon.is_word(cue, lang, head.words[-1]) for cue in ("preposition", "complement"))):
            resolved = resolve(ctx, right[0], False)
            if resolved:
                return resolved, "inverted-subject"
    window = _after_question(ctx, text, sentence, since, head)
    if earlier and earlier[-1].sentence == sentence:
        # a comma, an "and" that joins no names, a "that" ("told his counterpart that Chile opposed…")
        coordinators = ctx.lexicon.coordinators(lang)
        subordinators = ctx.lexicon.alternation("subordinator", lang)
        boundary = max((m.end() for m in re.finditer(rf"\b(?P<that>{subordinators})\b|,|\b(?:{coordinators})\b",
                                                       text[since:head.start])
                        if m.group("that") or not _joins_mentions(ctx, mentions, since + m.start(), since + m.end(), lang)),
                       default=0)
        window = since + boundary
        if earlier[-1].rule == "according-to" and not any(
                window <= m.start and m.end <= head.start and not blocked(ctx, text, m, lang, window) for m in mentions):
            # "Secondo fonti della Farnesina, il ministro X ha sentito Y e ha chiesto…": what the
            # source says begins after its comma, and its subject is the next verb's
            window = earlier[-1].position[0]
        elif earlier[-1].rule == "according-to":  # "According to the Kremlin, Putin and Macron discussed…": not the source
            window = max(window, earlier[-1].position[0])
    window = _own_pronoun_clause(ctx, text, mentions, window, head, sentence)
    quoted = _quoted(ctx, text, mentions, window, head, lang)
    if quoted:
        return quoted, "quoted"
    last_comma = text.rfind(",", window, head.start)
    after_comma = text[last_comma + 1:head.start].split() if last_comma >= 0 else []  # not the text before
    if after_comma and ctx.lexicon.is_word("coordination", lang, after_comma[0].lower()) \
            and (first_comma := text.rfind(",", window, last_comma)) >= 0 \
            and any(not text[m.end:comma].strip() for m in mentions for comma in (first_comma, last_comma) if m.end <= comma):
        # "A, B, and C said", "Jane Doyle, Foreign Minister, and Chile said", "The President of the AU,
        # Amara Keita, and Marco Rubio discussed": all speak; not "…violates
        # the resolutions of the UN, and Japan condemns it"
        last_comma = -1
    elif last_comma >= 0 and any(m.kind == "actor" and m.end <= last_comma and not text[m.end:last_comma].strip()
                                 for m in mentions) \
            and any(_joins_mentions(ctx, mentions, w.start(), w.end(), lang)
                    for w in PLAIN_WORD.finditer(text, last_comma + 1, head.start)
                    if ctx.lexicon.is_word("coordination", lang, w.group().lower())):
        # "Germany, France and Italy condemn": a list, all of it speaks; not "Secondo la Farnesina, il
        # ministro X ha sentito Y e ha chiesto…", whose "e" joins verbs
        last_comma = -1
    antecedent = [m for m in mentions if window <= m.start and m.end <= last_comma]
    if last_comma >= 0 and antecedent and antecedent[-1].kind == "actor" and not text[antecedent[-1].end:last_comma].strip() \
            and _possessive_relative(ctx, after_comma, lang):
        return [antecedent[-1].value], "subject"  # "…from Peru, whose foreign ministry called them…": Peru's office speaks
    if last_comma >= 0 and antecedent and any(ctx.lexicon.is_word("oblique-relative", lang, " ".join(
            after_comma[:n]).lower()) for n in (1, 2, 3)):
        # "…Zelensky, al quale ha ribadito", "…Berg, to whom she reaffirmed": whom the relative
        # names is whom it is said to; the sentence's subject before them says it
        actors, found = subject(ctx, text, mentions, window, antecedent[-1].start, lang, quote, quotes)
    else:
        actors, found = ([], False) if last_comma < 0 else \
            subject(ctx, text, mentions, last_comma + 1, head.start, lang, quote, quotes)
    if not found:
        actors, found = subject(ctx, text, mentions, window, head.start, lang, quote, quotes)
    if _joint_document_subject(ctx, text, sentence, head) and not any(
            m.kind == "actor" and sentence.body <= m.start < head.start for m in mentions):
        return resolve_group(ctx), "joint-document"  # "The joint statement issued after the talks called on…"
    if found:
        return actors, "subject"
    if quote is not None:
        if act == "consult" and ctx.participants:
            return list(ctx.participants), "consultation"
        return None, "first-person-quote"
    pronouns = [p.text.lower() for p in ctx.phrases(sentence) if p.kind == "speaker-reference" and window <= p.start < head.start]
    first_person = bool(pronouns) or ctx.lexicon.is_word("speaker-reference", lang, head.words[0])  # "we welcome" is one label
    if ctx.memory.speaker and (first_person or all(ctx.lexicon.is_word("interposed-adverb", lang, w.lower())
                                                   for w in WORD.findall(text, sentence.body, head.start))):
        return list(ctx.memory.speaker), "speaker-label"  # a briefer's own "we" under their label, and
        # a post's verb with no subject ("Discussed the conflict.", "Also exchanged views") its author's
    if first_person and ctx.publisher and not ctx.memory.persons_seen:
        return list(ctx.publisher), "publisher"  # an unnamed briefer's "we": the ministry whose site it is
    # "We welcome the statement of X expressing concern and urge…": a gerund is no main clause
    same_sentence = [c for c in earlier if c.sentence == sentence and (c.actors or c.rule == "anonymous-source")
                     and c.rule != "gerund"]
    if same_sentence:  # an anonymous source's next verb is still theirs ("officials, who asked…, said")
        last = same_sentence[-1]
        if _subject_of_its_own(ctx, text, last.verb.end, head.start, lang):
            return [], "subject-unresolved"  # "…, Doyle said, as European powers warned that…"
        return list(last.actors), ("coordinated" if last.actors else last.rule)
    right = post_posed(ctx, text, mentions, head.end, nxt, lang, verb_at_end=nxt < sentence.end)
    if right:
        return right, "post-posed-subject"
    if act == "consult" and ctx.participants:
        return list(ctx.participants), "consultation"
    if _unknown_named_subject(ctx, text, mentions, sentence, head):
        return [], "subject-unresolved"  # "The Conservatives criticised the deal": not the last speaker
    opening = next((m for m in mentions if m.start == sentence.body), None)
    if opening is not None and "," not in text[opening.end:head.start] \
            and _owns_the_subject(ctx, text, opening, [m for m in mentions if m.start < head.start], head, lang):
        return [], "subject-unresolved"  # "Israel's aggressive policies threaten peace": a thing of theirs, no one speaks
    meeting = ctx.meeting(sentence.start)
    if meeting is not None and meeting.start == sentence.start and set(meeting.participants) <= {
            m.value for m in mentions if m.kind == "actor" and sentence.body <= m.start < head.start}:
        # "X and Y held talks in Lima and agreed to…": the people who met, named as its subject
        return list(meeting.participants), "meeting-subject"
    last = list(ctx.memory.last_actors or ctx.principal)
    if len(last) > 1 and pronouns and ctx.lexicon.is_word("singular-speaker", lang, pronouns[-1]):
        # "We discussed trade. I welcomed…": one of them, the publisher's principal
        last = [a for a in last if a in ctx.principal] or last[:1]
    return last, "continuation"


def _own_pronoun_clause(ctx: Context, text: str, mentions: list[Phrase], window: int, head: Phrase,
                        sentence: Sentence) -> int:
    """Where a verb's subject is looked for: from a "we" or "I" right before it when names stand
    further back with a predicate of their own between ("China and the EU are partners and we
    stand ready…": the speaker's "we", not the two; "Chile and we agree" is one subject)."""
    pronoun = next((p for p in reversed(ctx.phrases(sentence)) if p.kind == "speaker-reference"
                    and window <= p.start < head.start), None)
    if pronoun is None or any(pronoun.end <= m.start < head.start for m in mentions):
        return window
    before = [m for m in mentions if window <= m.start and m.end <= pronoun.start]
    return pronoun.start if before and len(WORD.findall(text, before[-1].end, pronoun.start)) > PREDICATE_WORDS else window


PREDICATE_WORDS = 2  # words between names and a "we" that make a clause of their own, not "X and we"


def _joint_document_subject(ctx: Context, text: str, sentence: Sentence, head: Phrase) -> bool:
    """Whether the sentence opens with a joint document as its subject ("The joint statement
    issued after the talks", "Il comunicato congiunto diffuso al termine dell'incontro"), its
    adjective before or after the noun."""
    lang = sentence.lang
    written = [w.group().lower() for w in itertools.islice(PLAIN_WORD.finditer(text, sentence.body, head.start), 3)]
    while written and ctx.lexicon.is_word("article", lang, written[0]):
        written.pop(0)
    return len(written) >= 2 and any(ctx.lexicon.is_word("joint-word", lang, w) for w in written[:2]) \
        and any(ctx.lexicon.is_word("document-noun", lang, w) for w in written[:2])


def _after_question(ctx: Context, text: str, sentence: Sentence, since: int, head: Phrase) -> int:
    """Where a verb's subject may be: after the clause that opens the sentence with a question put
    to the speaker ("Asked whether Washington would…, the spokesperson said": not Washington), else `since`."""
    opening = WORD.match(text, sentence.body, head.start) if since == sentence.body else None
    comma = text.find(",", sentence.body, head.start) if opening else -1
    return comma + 1 if comma > 0 and ctx.lexicon.is_word("question-participle", sentence.lang, opening.group().lower()) \
        else since


def _unknown_named_subject(ctx: Context, text: str, mentions: list[Phrase], sentence: Sentence, head: Phrase) -> bool:
    """Whether the sentence opens with a plural subject of its own that the gazetteer does not
    know, an article and capitalised words right before the verb ("The Conservatives criticised…",
    "The Greens said"): a party or group speaks, whom the rules cannot name, not the last speaker
    (as "The Government", "The Council" may be)."""
    written = PLAIN_WORD.findall(text, sentence.body, head.start)
    return 2 <= len(written) <= UNKNOWN_SUBJECT_WORDS and ctx.lexicon.is_word("article", sentence.lang, written[0].lower()) \
        and all(w[:1].isupper() for w in written[1:]) and PLURAL.search(written[-1]) is not None \
        and not any(sentence.body <= m.start < head.start for m in mentions)


UNKNOWN_SUBJECT_WORDS = 4  # "The Liberal Democrats"
PLURAL = re.compile(r"[^s]s$")


def _clause_after(ctx: Context, text: str, start: int, end: int, lang: str) -> bool:
    """Whether what follows a closing report, after when it was said, is a comma and a clause of its
    own ("…, Doyle said on Thursday, as Peru warned…", "…, Doyle said, but warned…")."""
    comma = text.find(",", start, end)
    opener = WORD.search(text, comma + 1, end) if comma >= 0 else None
    return opener is not None and (not text[start:comma].strip() or _only_a_date(ctx, text[start:comma], lang)) \
        and any(ctx.lexicon.is_word(cue, lang, opener.group().lower()) for cue in ("as-opener", "contrast"))


def _subject_of_its_own(ctx: Context, text: str, start: int, verb: int, lang: str) -> bool:
    """Whether a verb's clause opens after a comma with "as", "while" or "but" and words of a subject
    no mention names ("…, as European powers warned"): not the subject of the verb before it."""
    after_comma = text.rfind(",", start, verb)
    words = WORD.findall(text, after_comma + 1, verb) if after_comma >= 0 else []
    return len(words) >= 2 and any(ctx.lexicon.is_word(cue, lang, words[0].lower()) for cue in ("as-opener", "contrast")) \
        and not any(ctx.lexicon.is_word(cue, lang, w.lower()) for w in words[1:] for cue in ("auxiliary", "speaker-reference"))


SAYING = ("state", "emphasize", "reaffirm")  # the acts whose verbs put an institution after them: "…, said the Kremlin"


def _names_someone_before(ctx: Context, mentions: list[Phrase], sentence: Sentence, head: Phrase) -> bool:
    """Whether a person is named right before the comma that precedes a verb ("The High
    Representative, Kaja Kallas, stated that the EU…"), perhaps with their title in apposition
    ("Jane Doyle, Chile's deputy foreign minister, said Santiago…"), however long a title that is a
    reference to a person ("Ambassador X, the Official Spokesperson of the Ministry of Foreign
    Affairs, stated…"): the subject stands before the verb."""
    text = ctx.document.text
    titles = [(m.start, complement_end(ctx, text, m.end, head.start, sentence.lang))  # with "… of Egypt"
              for m in mentions if m.kind == "person-reference" and m.end < head.start]
    return any(m.kind == "actor" and ctx.is_person(m.value) and (
        APPOSED_BEFORE_VERB.fullmatch(text, m.end, head.start)
        or any(COMMA.fullmatch(text, m.end, start) and COMMA.fullmatch(text, end, head.start) for start, end in titles))
               for m in mentions if sentence.body <= m.start < head.start)


def _article_only(ctx: Context, gap: str, lang: str) -> bool:
    """Whether the words between a verb and a name are an article at most: its subject, not the
    object of a preposition ("…, ha dichiarato la Farnesina", not "…, ha detto a Mosca")."""
    return all(ctx.lexicon.is_word("article", lang, w.lower()) for w in re.findall(r"[\w’']+", gap))


def _quoting_word(ctx: Context, text: str, since: int, head: Phrase, lang: str) -> re.Match | None:
    """ "quoted", "citing" before a verb ("She quoted Rubio as saying…"), if any."""
    quoting = ctx.lexicon.labels("quoting", lang)
    return next((w for w in PLAIN_WORD.finditer(text, since, head.start) if w.group().lower() in quoting), None)


def _quoted(ctx: Context, text: str, mentions: list[Phrase], since: int, head: Phrase, lang: str) -> list[str]:
    """ "She quoted Rubio as saying…", "citing the minister as saying…": who is quoted speaks."""
    word = _quoting_word(ctx, text, since, head, lang)
    if word is None:
        return []
    after = [m for m in mentions if word.end() <= m.start < head.start]
    return resolve(ctx, after[0], False) or [] if after else []


def _quoting(ctx: Context, clause: Clause, mentions: list[Phrase], quotes: Quotes) -> list[str]:
    """Who quotes the one a clause quotes ("She quoted X as saying"): they go on speaking."""
    text, since = ctx.document.text, clause.clause_start
    word = _quoting_word(ctx, text, since, clause.verb, clause.lang)
    if word is None:
        return []
    quoting, found = subject(ctx, text, mentions, since, word.start(), clause.lang, clause.in_quote, quotes)
    return quoting if found and quoting else []


def _cataphoric(ctx: Context, head: Phrase, sentence: Sentence) -> bool:
    """ "Lo ha detto il ministro", "Lo ha assicurato Kallas" (the pronoun a label's or before it):
    the position is the sentence before (filled in by quotations.settle_quotes)."""
    opening = [w.lower() for w in ctx.document.text[sentence.body:head.start].split()]
    if not head.words or head.start - sentence.body > 12:
        return False
    if not opening:  # "Lo ha detto X"; "A dirlo è X"; "È l'appello lanciato da X", a label that opens with them
        return ctx.lexicon.is_word("cataphora", sentence.lang, head.words[0]) \
            or head.kind == "verb" and ctx.lexicon.is_word("cleft-opener", sentence.lang, head.words[0]) \
            or ctx.lexicon.is_word("cataphora", sentence.lang, " ".join(ELIDED_WORD.findall(head.text.lower())[:2]))
    # "Lo ha poi assicurato", "È quanto ha dichiarato X": the pronoun, then auxiliaries and adverbs
    words = next((n for n in (3, 2, 1) if ctx.lexicon.is_word("cataphora", sentence.lang, " ".join(opening[:n]))), 0)
    return bool(words) and all(
        ctx.lexicon.is_word("perfect-auxiliary", sentence.lang, w) or ctx.lexicon.is_word("interposed-adverb", sentence.lang, w)
        for w in opening[words:])


def _position(ctx: Context, text: str, head: Phrase, rule: str, since: int, nxt: int, sentence: Sentence,
              lang: str) -> tuple[int, int]:
    """What is asserted: the verb's complement (up to the comma before the next clause's
    subject when the verb is a gerund opening the sentence); what precedes an inverted,
    post-posed or passive verb; what precedes a closing ", X said"."""
    coordinators = ctx.lexicon.clause_links(lang)  # "welcomed the release[ but] stressed…"
    opening = WORD.match(text, sentence.body, head.start)  # the first word only: sentences may be long
    if opening and ctx.lexicon.is_word("as-opener", lang, opening.group().lower()) \
            and text.find(",", sentence.body, head.start) < 0 and (comma := text.find(",", head.end, nxt)) >= 0:
        return trim(text, comma + 1, nxt, coordinators)  # "Come ha spiegato X, …": what follows the comma
    before = head.start - since
    if rule == "subject" and _report_set_between(ctx, text, head, since, nxt, lang):
        return trim(text, since, nxt, coordinators)  # "Peace, Doyle said, requires justice"
    tail = text[head.end:nxt].split(",", 1)
    if rule == "inverted-subject" and before > 0 and len(tail) == 2 and len(tail[1].split()) >= 4:
        # a parenthetical report: "«…», ha dichiarato la Farnesina, in «un clima…»", "Chile, said Doyle, was…"
        return trim(text, since, nxt, coordinators)
    if rule in ("inverted-subject", "post-posed-subject", "agentless-passive", "passive-consultation", "passive-agent") \
            and (before > 12 or rule == "passive-agent" and text[since:head.start].strip()) \
            and not _adjunct(ctx, text[since:head.start], lang) \
            and not (rule in ("agentless-passive", "passive-consultation") and _object_follows(ctx, text, head.end, nxt, lang)):
        start, end = trim(text, since, head.start, coordinators)
        words = list(WORD.finditer(text, start, end))
        while words and (ctx.lexicon.is_word("passive", lang, words[-1].group().lower())
                         or ctx.lexicon.is_word("auxiliary", lang, words[-1].group().lower())):
            end = words.pop().start()  # "The decision [was] condemned": the auxiliary is the verb's
        return trim(text, start, end, coordinators)
    start = _after_where_said(ctx, text, head.end, nxt, lang) if head.value in SAYING else head.end
    if start == head.end:
        # whom one agrees or talks with is skipped as a partner (_after_partner), not as a complement
        start = _after_addressee(ctx, text, _complement_start(ctx, text, head.end, nxt, lang,
                                                              with_whom=head.value not in PARTNERED), nxt, lang)
    start = _after_partner(ctx, text, head, _after_whom_informed(ctx, text, head, start, nxt, lang), nxt, lang)
    start = _after_speech_noun(ctx, text, start, nxt, sentence)
    start = _after_possessor(ctx, text, head, start, nxt, lang)
    start = _after_colon_of_quotation(ctx, text, start, nxt, lang)
    if rule == "opening-gerund" and text.rfind(",", start, nxt) > start:
        nxt = text.rfind(",", start, nxt)
    complement = text[start:nxt]
    comma = text.rfind(",", since, head.start)
    if rule == "subject" and comma - since > 12 and text[comma + 1:head.start].strip() and head.value == "state" \
            and not _only_a_date(ctx, text[comma + 1:head.start], lang) \
            and not ctx.lexicon.is_word("coordination", lang, (words_before(text, head.start, 1) or [""])[0].lower()) \
            and not _possessive_relative(ctx, text[comma + 1:head.start].split(), lang) \
            and not opens_own_clause(ctx, text[since:head.start], lang) \
            and (_only_a_date(ctx, text[head.end:nxt], lang) or _clause_after(ctx, text, head.end, nxt, lang)
                 or not complement.strip(" ,")  # "…, Wang said, adding that…": nothing after but the gerund
                 or len(complement.strip()) < 50 and not any(ctx.lexicon.is_word("complement", lang, word.lower()) for word in (
                     _opener(text[head.end:nxt], complement), *WORD.findall(text, head.end, nxt)[:1]))
                 and not _adjunct(ctx, text[since:comma], lang)
                 and not any(p.kind == "according" for p in ctx.phrases_between(sentence.body, comma))):
        return trim(text, since, comma, coordinators)
    end = _before_circumstances(ctx, text, start, _before_adverbs(ctx, text, start, nxt, lang), lang)
    if head.value in PARTNERED:
        end = _before_closing_partner(ctx, text, start, end, lang)
    span = trim(text, start, end, coordinators)
    if span[0] >= span[1] and rule == "subject":  # "…that Santiago remained open to dialogue": nothing
        # after a predicate that says it all, so what is asserted is the clause itself
        return _apposed_claim(ctx, text, since, head.start, lang) \
            or trim(text, _complement_start(ctx, text, since, head.start, lang), head.end, coordinators)
    return span


def _apposed_claim(ctx: Context, text: str, since: int, subject_end: int, lang: str) -> tuple[int, int] | None:
    """ "…accused Kenya of siding with the rebels, a charge Nairobi denies": the claim noun apposed
    before the subject is what its verb rejects (the accusation, answered as such), not the clause."""
    apposed = ctx.lexicon.compiled("apposed-claim", lang, lambda: (
        rf",\s+((?:{ctx.lexicon.alternation('article', lang)}|{ctx.lexicon.alternation('indefinite-article', lang)})"
        rf"(?:\s+|(?<=['’]))(?:{ctx.lexicon.alternation('claim-noun', lang)}))\s+[^,;]+$"), re.IGNORECASE)
    found = apposed.search(text, since, subject_end)
    return found.span(1) if found else None


def _before_circumstances(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Where a position ends before what closes it with where or whence it was said: the meeting,
    with whom ("…in Sudan during a call with Foreign Minister X", "…durante un colloquio telefonico
    con l'omologo X"), a source after a comma (", according to a readout of the ministry"), the
    outlet that reports it (", TASS reports"), and a
    clause of its own after a comma (", as U.S. envoy X prepared to visit the region")."""
    phrases = ctx.phrases_between(start, end)
    # "…, as U.S. envoy X prepared to visit the region": a clause of its own, with its own subject
    opener = ctx.lexicon.compiled("clause-after-comma", lang, lambda: (
        rf",\s+(?i:{ctx.lexicon.alternation('as-opener', lang)})\s+(?=[A-Z]|(?i:{ctx.lexicon.alternation('article', lang)})\s)"))
    for found in opener.finditer(text, start, end):
        if any(p.kind in MENTIONS and found.end() <= p.start < found.end() + 40 for p in phrases):
            end = found.start()
            break
    source = next((p for p in phrases if p.kind == "according" and COMMA_BEFORE.search(text, start, p.start)
                   and len(PLAIN_WORD.findall(text, p.end, end)) <= SOURCE_WORDS), None)
    if source is not None:
        end = text.rindex(",", start, source.start)
    # ", TASS reports", ", riporta la Tass": the outlet, no speaker of what comes before
    outlet = ctx.lexicon.compiled("media-closing", lang, lambda: (
        rf",\s+(?:(?:[A-Z][\w.’'-]*\s+){{1,3}}(?:{ctx.lexicon.alternation('media-report', lang)})"
        rf"|(?:{ctx.lexicon.alternation('media-report', lang)})\s+(?:(?:{ctx.lexicon.alternation('article', lang)})(?:\s+|(?<=['’])))?"
        rf"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})[\s.”»\"]*$")).search(text, start, end)
    if outlet is not None and not any(p.kind in MENTIONS and p.start >= outlet.start() for p in phrases):
        end = outlet.start()
    meeting = next((p for p in phrases if p.kind == "meeting" and p.end <= end), None)
    if meeting is None:
        return end
    named_end = _named_end(ctx, text, meeting.end, end, lang)
    words = list(PLAIN_WORD.finditer(text, max(start, meeting.start - 30), meeting.start))[-3:]
    opener = next((w for w in words if ctx.lexicon.is_word("preposition", lang, w.group().lower())), None)
    if named_end is not None:  # and whose they are ("Foreign Minister X of Peru"), and where ("… in Amman")
        named_end = ctx.lexicon.of_complement(lang).match(text, named_end, end).end()
        place = ctx.lexicon.compiled("place-after-partner", lang, lambda: (
            rf"\s+(?i:{ctx.lexicon.alternation('locative', lang)})\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")).match(
            text, named_end, end)
        named_end = place.end() if place else named_end
    if named_end is None or opener is None or not SENTENCE_TAIL.fullmatch(text, named_end, end) \
            or len(PLAIN_WORD.findall(text, start, opener.start())) < 2:
        return end
    return opener.start()


COMMA_BEFORE = re.compile(r",\s*$")
SOURCE_WORDS = 8  # words of a source closing a position: ", according to a State Department readout"


def _report_set_between(ctx: Context, text: str, head: Phrase, since: int, nxt: int, lang: str) -> bool:
    """ "Peace in the region, Doyle said, requires justice", "The talks, the minister told reporters,
    were useful": a report set off by commas between a subject and its predicate, which goes on
    with a word that opens no phrase or clause of its own (not "the talks", "and urged", "adding",
    "despite", "as Peru warned"), after no more than whom, where and when it was said."""
    opening, closing = text.rfind(",", since, head.start), text.find(",", head.end, nxt)
    if opening < 0 or closing < 0 or not text[since:opening].strip() or "," in text[since:opening] \
            or _adjunct(ctx, text[since:opening], lang):
        return False
    said = WORD.findall(text, head.end, closing)
    if len(said) > REPORT_TAIL or any(ctx.lexicon.is_word("clause-opener", lang, w.lower()) for w in head.words[-1:] + said[:1]):
        return False  # "said that the talks, which…", "ha affermato che…": the verb's own complement
    going_on = re.match(r"\s*([^\W\d_]+)", text[closing + 1:min(nxt, closing + 40)])
    return going_on is not None and going_on.group(1).islower() \
        and not ctx.lexicon.is_gerund(going_on.group(1), lang) \
        and not any(ctx.lexicon.is_word(cue, lang, going_on.group(1)) for cue in PHRASE_OPENERS)


REPORT_TAIL = 6  # words of whom, where and when after a report set between commas ("told the Senate on Tuesday")
PHRASE_OPENERS = ("article", "determiner", "preposition", "coordination", "contrast", "complement", "relative",
                  "subordinator", "as-opener")  # the cues of words that open a phrase or a clause


def _opener(after_verb: str, complement: str) -> str:
    """What opens a verb's complement: a mark right after the verb ("said, ASEAN…", "said:"), else
    the first word after where and when it was said ("said on Monday, according to…")."""
    words = after_verb.split()
    if words and not words[0][0].isalnum():
        return words[0]
    return (complement.split() or [""])[0]


def _before_adverbs(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Where a position ends without the adverbs of the verb after it ("…the South China Sea and
    [strongly] opposed…")."""
    while (word := re.search(r"([^\W\d_]+)\s*$", text[max(start, end - 30):end])) \
            and ctx.lexicon.is_word("verb-adverb", lang, word.group(1).lower()) and end - len(word.group()) > start:
        end -= len(word.group())
    return end


# ---------------------------------------------------------------- the document


def _courtesy_call(ctx: Context, text: str, verb: Phrase, sentence: Sentence) -> bool:
    """Whether a verb that is also a meeting phrase ("called on") asks nothing: no "to" or "for"
    after it in its clause, so it is a visit ("called on Prime Minister X and conveyed…")."""
    if not ctx.lexicon.is_word("meeting", sentence.lang, verb.text.lower()) or not any(
            p.kind == "meeting" and (p.start, p.end) == (verb.start, verb.end) for p in ctx.phrases(sentence)):
        return False
    following = next((p.start for p in ctx.structure(sentence) if p.kind == "verb" and p.start > verb.end), sentence.end)
    return not any(ctx.lexicon.is_word("appeal-complement", sentence.lang, w.lower())
                   for w in WORD.findall(text, verb.end, following))


def find_meetings(ctx: Context, sentences: list[Sentence]) -> None:
    """The meetings and calls the document reports, each from the first sentence that names it
    with two people (a readout of a day's calls names several: "the two ministers" are those of
    the last one named); a courtesy call is one ("EAM called on Prime Minister X")."""
    for sentence in sentences:
        found = ctx.structure(sentence)
        meeting = next((p for p in found if p.kind == "meeting"), None) or next(
            (p._replace(kind="meeting") for p in found if p.kind == "verb"
             and (_courtesy_call(ctx, ctx.document.text, p, sentence)
                  or ctx.lexicon.is_word("meeting-verb", sentence.lang, p.text.lower()))), None) or next(
            # one under another phrase ("the meeting of X and Y", where "the meeting" may be its people)
            (p for p in ctx.phrases(sentence) if p.kind == "meeting"), None)
        if meeting is None:
            continue
        clause = meeting_clause(found, meeting, sentence)
        people = tuple(meeting_people(ctx, found, meeting, clause[0]))
        author = ctx.turns.get((sentence.block, sentence.paragraph))
        if len(people) == 1 and author and ctx.is_person(author) and author not in people \
                and NOT_SPACE.search(ctx.document.text, sentence.body, meeting.start) is None:
            people = (author, *people)  # "Good to speak with FM X today": the post's author and X
        if len(people) < 2 or any(set(m.participants) == set(people) for m in ctx.meetings):
            continue
        partner = next((p.start for p in found if p.kind == "actor" and p.value in people and p.start >= meeting.end), meeting.end)
        kind = meeting_type(ctx, meeting, partner, ctx.document.text[slice(*clause)], sentence.lang)
        written = ctx.document.text[slice(*clause)]
        # dateparser is slow: only a clause that names a month or a day can date the meeting
        names_a_day = ctx.lexicon.any_word("calendar", sentence.lang).search(written) is not None
        when = date_after(written, sentence.lang, ctx.document.date) if names_a_day else None
        place = None if kind == "call" else meeting_place(ctx, found, meeting.end, clause[1], sentence.lang)
        ctx.meetings.append(Meeting(sentence.start, people, kind, when or ctx.document.date, place))


def meeting_type(ctx: Context, meeting: Phrase, partner: int, clause: str, lang: str) -> str:
    """A call when its phrase or the words from it to the partner say so ("spoke by phone with",
    "received a phone call on Tuesday from X"); else a summit or a visit when its clause says so
    ("on the sidelines of the summit", "during his visit to"); else a meeting."""
    if ctx.lexicon.any_word("call-word", lang).search(ctx.document.text, meeting.start, max(meeting.end, partner)):
        return "call"
    for kind in ("summit", "visit"):
        if ctx.lexicon.any_word(f"{kind}-word", lang).search(clause):
            return kind
    return "meeting"


def meeting_place(ctx: Context, found: list[Phrase], start: int, end: int, lang: str) -> str | None:
    """Where a meeting was held: a capitalised name after a place preposition in the rest of its
    clause ("… with Wang Yi in Geneva", "a Kuala Lumpur"), not a person and not a month."""
    text = ctx.document.text
    people = [(p.start, p.end) for p in found if p.kind == "actor" and ctx.is_person(p.value)]
    article = re.compile(r"\s+" + ctx.lexicon.any_word("article", lang).pattern, re.IGNORECASE)
    for preposition in ctx.lexicon.any_word("venue", lang).finditer(text, start, end):
        after = article.match(text, preposition.end(), end)  # "at the Farnesina"
        name = PLACE_NAME.match(text, after.end() if after else preposition.end(), end)
        if name and not any(a < name.end() and name.start(1) < b for a, b in people) \
                and not ctx.lexicon.is_word("calendar", lang, name.group(1).split()[0].lower()):
            return name.group(1)
    return None


PLACE_NAME = re.compile(r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


def meeting_clause(found: list[Phrase], meeting: Phrase, sentence: Sentence) -> tuple[int, int]:
    """Where the clause of a meeting phrase starts and ends: between the speech verbs around it
    ("On May 15, X met Y in Geneva" is all of it; "…, the spokeswoman said on May 16" is not)."""
    verbs = [p for p in found if p.kind == "verb"]
    return (max((p.end for p in verbs if p.end <= meeting.start), default=sentence.start),
            min((p.start for p in verbs if p.start >= meeting.end), default=sentence.end))


def meeting_people(ctx: Context, found: list[Phrase], meeting: Phrase, clause_start: int) -> list[str]:
    """The people a meeting phrase joins: those it names ("between X and Y", "with Y") up to the
    end of its phrase (the next verb, or a comma after the first of them), and when it names only
    one, the nearest person before it ("X met with Y", "X … his meeting with Y", a reference to
    one: "EAM held talks with Y"); when it names none, the people before it in its clause ("X and
    Y met"). Who reports the meeting ("…, the spokeswoman said") or is told of it is not at it,
    nor whom the verb that opens its clause visits ("X called on President Y and held talks with
    Z": X and Z)."""
    text = ctx.document.text
    people = [p for p in found if p.kind == "actor" and ctx.is_person(p.value)]
    named: list[str] = []
    last = meeting.end  # where the last person named ends
    for phrase in found:
        if phrase.start < meeting.end:
            continue
        if phrase.kind == "verb" or (named and re.search(r"[,;:]", text[last:phrase.start])):
            break
        if phrase in people and phrase.value not in named:
            named.append(phrase.value)
            last = phrase.end
    # not the object of the verb that opens the clause ("EAM called on President X and held talks with Y")
    verb_ends = {p.end for p in found if p.kind == "verb"}
    before = [p.value for p in people if clause_start <= p.start and p.end <= meeting.start and p.value not in named
              and not (clause_start in verb_ends and not text[clause_start:title_start(ctx, p)].strip())]
    if named and not before:  # "EAM held talks with X", "The Secretary met X": the reference's person,
        # the sentence's subject when another verb opened it ("EAM called on Y and held talks with X")
        opened = clause_start in verb_ends
        subject = next((p for p in found if (p.kind == "person-reference" or p in people and opened)
                        and (opened or clause_start <= p.start) and p.end <= meeting.start), None)
        before = [a for a in (resolve(ctx, subject, False) or [] if subject else []) if a not in named]
    if not named:  # "X and Y met", "X together with Y co-chaired": the people of its clause
        return list(dict.fromkeys(before))
    if len(named) == 1 and not before:  # "Nel colloquio con X, il titolare della Farnesina ha…": its subject
        subject = next((p for p in found if p.start > last and p.kind == "person-reference"
                        and not any(v.kind == "verb" and last <= v.start < p.start for v in found)), None)
        before = [a for a in (resolve(ctx, subject, False) or [] if subject else []) if a not in named]
    between = any(p.kind == "between" and meeting.end <= p.start < meeting.end + 20 for p in ctx.phrases_between(
        meeting.end, meeting.end + 20))  # "talks between X and Y": its people are named
    return _coordinated_run(ctx, found, before) + named if len(named) == 1 or not between else named


def _coordinated_run(ctx: Context, found: list[Phrase], before: list[str]) -> list[str]:
    """The last person named before a meeting phrase, with those coordinated before them ("A, Foreign
    Minister of X, and B, Minister for Defence, met C and D"): all of them met."""
    if not before:
        return []
    text, run = ctx.document.text, [before[-1]]
    spans = {p.value: p for p in found if p.kind == "actor" and p.value in before}
    for earlier in reversed(before[:-1]):
        if earlier not in spans or run[0] not in spans:
            break  # a reference's person ("EAM held talks with…"), not named here
        gap = text[spans[earlier].end:spans[run[0]].start]
        lang = ctx.lang_at(spans[earlier].end)
        if not any(ctx.lexicon.is_word("coordination", lang, w.lower()) for w in PLAIN_WORD.findall(gap)) \
                or any(p.kind == "verb" and spans[earlier].end <= p.start < spans[run[0]].start for p in found):
            break
        run.insert(0, earlier)
    return run


def document_clauses(ctx: Context, sentences: list[Sentence]) -> tuple[list[Clause], dict[tuple[int, int], Quotes]]:
    """Every reporting clause of a document in text order, with the quotations of each paragraph
    (by block and paragraph); first-person quotations still wait for their speakers."""
    text = ctx.document.text
    quotes_of: dict[tuple[int, int], Quotes] = {}
    result: list[Clause] = []
    listing: tuple[list[str], Phrase] | None = None  # "Key points of X's statements:": X speaks below
    speaker = tuple(_title_speaker(ctx) or _byline_speaker(ctx))  # "Remarks by Secretary X at…": whose "I" and "we" the text's are
    for sentence in sentences:
        ctx.at = sentence.start
        if sentence.block != ctx.block:
            ctx.block = sentence.block
            ctx.memory = Memory(speaker=speaker, last_actors=speaker)
            listing = None
        turn = ctx.turns.get((sentence.block, sentence.paragraph), False)
        if turn is None:
            continue  # a question in a transcript
        if turn is not False and (turn,) != ctx.memory.speaker:
            ctx.memory = replace(ctx.memory, speaker=(turn,), last_actors=(turn,))
        heading = _statements_heading(ctx, sentence)
        listing = heading or listing
        # an attribution line, not one after a comma ("Tajani, si legge in una nota, ha chiesto…", "…, si legge in una nota della X")
        # nor one that refers back ("È quanto si legge in una nota della X")
        if any(p.kind == "attribution-line" and not COMMA_BEFORE.search(text, sentence.body, p.start)
               and not _cataphoric(ctx, p, sentence) for p in ctx.phrases(sentence)) \
                or _headline(ctx, sentence) or _section_heading(ctx, sentence):
            continue
        key = (sentence.block, sentence.paragraph)
        if key not in quotes_of:
            paragraph = ctx.document.blocks[sentence.block].paragraphs[sentence.paragraph]
            quotes_of[key] = _dash_quotation(ctx, paragraph.start, paragraph.end) or _split_at_reports(ctx, _without_fragments(
                text, quotations(text, paragraph.start, paragraph.end, _left_open(ctx, quotes_of, key))))
        clauses, reporter = sentence_clauses(ctx, sentence, quotes_of[key])
        if listing is not None:
            clauses = _listed(ctx, sentence, clauses, *listing, result[-1] if result else None)
        attach_quotes(ctx, clauses, quotes_of[key], sentence)
        sides_from_positions(ctx, clauses)  # "Doyle stressed Spain's commitment…": "both sides" are Spain and…
        ctx.memory = remembered(ctx, ctx.memory, sentence, clauses, reporter)
        if not clauses and (subject_of_list := _list_subject(ctx, sentence)):
            # "The Ministers:" then "- welcomed…", "- condemned…": the heading is the items' subject
            ctx.memory = replace(ctx.memory, last_actors=tuple(subject_of_list), last_joint=tuple(subject_of_list)
                                 if len(subject_of_list) > 1 else ctx.memory.last_joint)
        if not clauses and (declarants := _declarants(ctx, sentence) or _spoken_for(ctx, sentence)):
            # "We, the Leaders of BRICS, met…", "I speak on behalf of A, B and C": whose "we" the text's is
            ctx.memory = replace(ctx.memory, speaker=tuple(declarants), last_actors=tuple(declarants))
        result.extend(clauses)
    return result, quotes_of


def _dash_quotation(ctx: Context, start: int, end: int) -> Quotes | None:
    """ "– We are shocked by the attack. Those responsible must answer for it, says Foreign Minister
    X.": a paragraph opened by a dash, without quotation marks, whose last comma is followed by a
    reporting verb, is a quotation from the dash to that comma (as Nordic press releases quote)."""
    text = ctx.document.text
    dash = DIALOGUE_DASH.match(text, start, end)
    if dash is None or QUOTE_MARK.search(text, start, end):
        return None
    comma = text.rfind(",", dash.end(), end)
    reporting = comma >= 0 and any(p.kind == "verb" and p.start > comma and not text[comma + 1:p.start].strip()
                                   for p in ctx.phrases_between(comma, end))
    return Quotes([(dash.end(1) - 1, comma)]) if reporting else None


DIALOGUE_DASH = re.compile(r"\s*([–—])\s")


def _without_fragments(text: str, quotes: Quotes) -> Quotes:
    """The quotations of a paragraph but the few words quoted inside the reporter's own clause
    ('said that Washington "strongly rejects" the plan'): a word before them and after them, so
    their verb is the clause's, not a quotation's."""
    kept = [(start, end) for start, end in quotes.spans
            if not (WORD_BEFORE_MARK.search(text, max(0, start - 2), start) and WORD_AFTER_MARK.match(text, end)
                    and not CLOSING_MARK.search(text, start, end) and len(PLAIN_WORD.findall(text, start, end)) <= FRAGMENT_WORDS)]
    return quotes if len(kept) == len(quotes.spans) else Quotes(kept)


def _split_at_reports(ctx: Context, quotes: Quotes) -> Quotes:
    """The quotations of a paragraph, each cut around a report set off by dashes inside it
    ("«L'Italia è pronta – ha detto il ministro X – ma serve…»"): the report is the reporter's
    words, not quoted, and says whose both parts are."""
    text, spans = ctx.document.text, []
    for start, end in quotes.spans:
        for aside in DASHED_ASIDE.finditer(text, start, end):
            if any(p.kind == "verb" for p in ctx.phrases_between(aside.start(), aside.end())):
                spans.append((start, aside.start()))
                start = aside.end()
        spans.append((start, end))
    return quotes if len(spans) == len(quotes.spans) else Quotes(spans)


DASHED_ASIDE = re.compile(r"\s[–—]\s[^–—«»“”\"]{3,120}?\s[–—]\s")  # " – ha detto il ministro X – "


WORD_BEFORE_MARK = re.compile(r"\w[ \t]$")  # on the same line
WORD_AFTER_MARK = re.compile(r"[ \t][a-zà-ÿ]")
CLOSING_MARK = re.compile(r"[,.;:!?]\W?$")  # "unfounded," closes a quotation of its own
FRAGMENT_WORDS = 4  # words of a quoted fragment inside a clause ("strongly rejects")


def remembered(ctx: Context, memory: Memory, sentence: Sentence, clauses: list[Clause], reporter: list[str]) -> Memory:
    """The discourse after a sentence: its last speakers (and last joint ones), unless another's
    statement was only reported, whose reporter goes on speaking; the people it names."""
    last, joint = memory.last_actors, memory.last_joint
    for clause in clauses:
        if clause.actors:
            last = tuple(clause.actors)
            if len(clause.actors) > 1:
                joint = tuple(clause.actors)
    structure = ctx.structure(sentence)
    named = [p.value for p in structure if p.kind == "actor" and ctx.is_person(p.value)]
    if not named and not any(c.actors for c in clauses):  # "The Secretary-General arrived in Nairobi. He called on…"
        named += [person for p in structure if p.kind == "person-reference" and title_words(p.text)
                  for person in resolve_person(ctx, p) if ctx.is_person(person)]
    if not any(c.actors for c in clauses) and (subject := _person_opening(ctx, sentence, structure)):
        last = (subject,)  # "Hungary's foreign minister X struck a different tone. He said…": X goes on
    return replace(memory, last_actors=tuple(reporter) or last, last_joint=joint,
                   persons_seen=tuple(dict.fromkeys(memory.persons_seen + tuple(named))))


def _person_opening(ctx: Context, sentence: Sentence, structure: list[Phrase]) -> str | None:
    """The person a sentence opens with as its subject (after their title only; not whose something
    is, "X's remarks"), before any verb."""
    first = next((p for p in structure if p.start >= sentence.body), None)
    if first is None or first.kind != "actor" or not ctx.is_person(first.value) \
            or ctx.lexicon.is_possessive(ctx.document.text, first.end, sentence.lang):
        return None
    opening = ctx.document.text[sentence.body:first.start]
    return first.value if len(opening) <= OPENING_TITLE and not any(mark in opening for mark in ",;:()\"“”«»") else None


OPENING_TITLE = 60  # characters of title before the name a sentence opens with ("Hungarian Foreign Minister ")


def _title_speaker(ctx: Context) -> list[str]:
    """Who speaks in a text whose title gives one person's words: "Remarks by Secretary of State
    Jane Doyle at…", "Intervento del ministro degli Esteri Paolo Rossi…" (the person after the
    noun and its "by" or "of"), "Secretary-General's remarks to the Council" (the role or name
    before it, with its possessive); no one when the title is no headline or names no one. The
    title is the first line, or the second after a line of place and date ("Strasbourg, 12 June 2025")."""
    for heading in ctx.ordered[:2]:
        if _headline(ctx, heading) and (speaker := _speaker_in_title(ctx, heading)):
            return speaker
    return []


BYLINE_LINES = 5  # the lines at a release's top where its signatory may stand


def _byline_speaker(ctx: Context) -> list[str]:
    """Who signs a release at its top, on a line of their name alone: with a word of address or
    letters after it ("The Hon Jane Doyle MP"), over a line that is their post ("Jane Doyle" /
    "Minister for Foreign Affairs"), or with their post after a comma ("Jane Doyle, Department
    Spokesperson"): the text's "I" and "we" are theirs, as a title's speaker's."""
    if not ctx.document.blocks:
        return []
    text, paragraphs = ctx.document.text, ctx.document.blocks[0].paragraphs[:BYLINE_LINES]
    lang = ctx.document.blocks[0].lang or ""
    for i, paragraph in enumerate(paragraphs):
        named = [p for p in ctx.phrases_between(paragraph.start, paragraph.end) if p.kind == "actor"]
        if len(named) != 1 or not ctx.is_person(named[0].value):
            continue
        rest = WORD.findall(text[paragraph.start:named[0].start] + " " + text[named[0].end:paragraph.end])
        honorifics = [w for w in rest if ctx.lexicon.is_word("honorific", lang, w.lower())]
        addressed = bool(honorifics) and all(  # "The Hon … MP": address, article, letters
            w in honorifics or w.isupper() or ctx.lexicon.is_word("article", lang, w.lower()) for w in rest)
        if addressed or (not rest and i + 1 < len(paragraphs) and post_line(ctx, paragraphs[i + 1])) \
                or _name_then_post(ctx, paragraph, named[0]):
            return [named[0].value]
    return []


def _name_then_post(ctx: Context, paragraph, name: Phrase) -> bool:
    """Whether a line is a name, a comma and their post alone, perhaps after capitalised words of it
    ("Tammy Bruce, Department Spokesperson")."""
    text = ctx.document.text
    if text[paragraph.start:name.start].strip() or not text.startswith(",", name.end):
        return False
    after = ctx.phrases_between(name.end + 1, paragraph.end)
    return bool(after) and after[0].kind == "role" \
        and all(w[:1].isupper() for w in WORD.findall(text, name.end + 1, after[0].start)) \
        and not any(p.kind == "verb" for p in after) and not LINE_STOP.search(text, name.end, paragraph.end)


def _speaker_in_title(ctx: Context, heading: Sentence) -> list[str]:
    text, lang = ctx.document.text, heading.lang
    for word in HYPHENATED_WORD.finditer(text, heading.start, heading.end):  # "Op-ed by X"
        if not ctx.lexicon.is_word("address-noun", lang, word.group().lower()):
            continue
        # "Statement by the High Representative on behalf of the EU": the EU's words
        cue = ctx.lexicon.any_word("on-behalf", lang).search(text, word.end(), heading.end)
        if cue and (spoken_for := _named_after(ctx, heading, cue.end(), listed_only=True)):
            return spoken_for
        owner = next((p for p in ctx.phrases(heading) if p.kind in ("role", "actor") and p.end <= word.start()
                      and ctx.lexicon.possessive_length(text, p.end, lang) and not text[p.end:word.start()].strip("'’s ")), None)
        owned = ([owner.value] if owner.kind == "actor" else resolve(ctx, Phrase(
            "person-reference", owner.text.lower(), owner.start, owner.end, owner.text), False) or []) if owner else []
        if owned:
            return owned
        # "Chairman's Statement of the ASEAN Foreign Ministers' Meeting": a holder the text does
        # not name; whose meeting it is, after the noun, speaks
        link = WORD.match(text, word.end() + 1)
        if link is None or not any(ctx.lexicon.is_word(cue, lang, link.group().lower()) for cue in ("agent", "title-complement")):
            continue
        # not what the title says it is about ("Comment by the Press Department on the EU sanctions")
        matter = ctx.lexicon.any_word("title-matter", lang).search(text, link.end(), heading.end)
        after = [p for p in ctx.structure(heading) if p.start > word.end() and p.kind in MENTIONS
                 and (matter is None or p.start < matter.start())]
        person = next((p for p in after[:2] if p.kind == "actor" and ctx.is_person(p.value)), None)
        return [person.value] if person else (resolve(ctx, after[0], False) or []) if after else []
    return []


def _list_subject(ctx: Context, sentence: Sentence) -> list[str]:
    """Who a line that is a subject and a colon alone names ("The Ministers:", "I ministri:", "The
    two leaders:", "The Ministers of Foreign Affairs of Chile and Peru:"): the subject of the items
    that follow it; none for any other line."""
    text = ctx.document.text
    structure = ctx.structure(sentence)
    mentions = [p for p in structure if p.kind in MENTIONS]
    if not mentions or any(p.kind == "verb" for p in structure) or not all(  # "The Security Council:" too
            ctx.lexicon.is_word("article", sentence.lang, w.lower()) for w in WORD.findall(text, sentence.body, mentions[0].start)) \
            or not LIST_HEADING_END.search(text, mentions[-1].end, sentence.end):
        return []
    if len(mentions) == 1:
        return resolve(ctx, mentions[0], False) or []
    colon = text.rindex(":", mentions[-1].end, sentence.end)
    actors, _ = subject(ctx, text, mentions, sentence.body, colon, sentence.lang, None, Quotes([]))
    return actors


LIST_HEADING_END = re.compile(r"[^.;!?]*:\s*$")  # what completes the subject, then the colon that ends the line


def _declarants(ctx: Context, sentence: Sentence) -> list[str]:
    """Who a sentence that opens with "We" and an apposition says the text's "we" are ("We, the
    Leaders of BRICS, met in…", "We, the Foreign Ministers of A, B and C, met…"); none for any other."""
    text = ctx.document.text
    mentions = [p for p in ctx.phrases(sentence) if p.kind in MENTIONS]
    if len(mentions) < 2 or mentions[0].kind != "speaker-reference" or mentions[0].start != sentence.body \
            or not COMMA.fullmatch(text, mentions[0].end, mentions[1].start):
        return []
    predicate = next((p.start for p in ctx.phrases(sentence) if p.kind in ("verb", "meeting") and p.start > mentions[1].end),
                     sentence.end)
    closing = text.rfind(",", mentions[1].end, predicate)  # the list it may hold ends before the predicate
    if closing < 0:
        return []
    actors, _ = subject(ctx, text, mentions[1:], mentions[1].start, closing, sentence.lang, None, Quotes([]))
    return actors


def _spoken_for(ctx: Context, sentence: Sentence) -> list[str]:
    """The countries and organisations a speaker in the first person says they speak for ("I have
    the honour to speak on behalf of Denmark, Norway and my own country, Sweden"): all the sentence
    names after the cue, none of them a person."""
    cue = ctx.lexicon.any_word("on-behalf", sentence.lang).search(ctx.document.text, sentence.body, sentence.end)
    if cue is None or not any(p.kind == "speaker-reference" and p.end <= cue.start() for p in ctx.phrases(sentence)):
        return []
    return _named_after(ctx, sentence, cue.end())


def _named_after(ctx: Context, sentence: Sentence, start: int, listed_only: bool = False) -> list[str]:
    """The countries and organisations a sentence names after a point (that of "on behalf of");
    with `listed_only`, only those listed right there ("on behalf of the EU and its member states
    on the elections in Georgia": not Georgia); none when it names a person there."""
    named = [p for p in ctx.structure(sentence) if p.kind == "actor" and p.start >= start]
    if listed_only:
        text, lang = ctx.document.text, sentence.lang
        listed, end = [], start
        for phrase in named:
            between = WORD.findall(text, end, phrase.start)
            if any(not (w == "," or ctx.lexicon.is_word("article", lang, w.lower())
                        or ctx.lexicon.is_word("coordination", lang, w.lower())) for w in between):
                break
            listed.append(phrase)
            end = phrase.end
        named = listed
    if not named or any(ctx.is_person(p.value) for p in named):
        return []
    return list(dict.fromkeys(p.value for p in named))


def _statements_heading(ctx: Context, sentence: Sentence) -> tuple[list[str], Phrase] | None:
    """ "Key takeaways from Sergey Ryabkov's statements to reporters:", "Punti chiave delle
    dichiarazioni del viceministro Sergey Ryabkov:": a line that introduces a person's statements,
    which follow as points of their own; (the person, the noun that says they are statements)."""
    text = ctx.document.text
    colon = text.find(":", sentence.body, sentence.end)
    if colon < 0:
        return None
    phrases = [p for p in ctx.phrases(sentence) if p.end <= colon]
    noun = next((p for p in phrases if p.kind == "statement-noun"), None)
    # the person named, or referred to by a role ("il diplomatico di Vladimir Putin")
    person = next((p for p in ctx.structure(sentence) if p.end <= colon and (
        p.kind == "actor" and ctx.is_person(p.value) or p.kind == "person-reference")), None)
    if noun is None or person is None:
        return None
    speaker = [person.value] if person.kind == "actor" else resolve_person(ctx, person)
    return (speaker, Phrase("verb", "state", noun.start, noun.end, noun.text)) if speaker else None


def _listed(ctx: Context, sentence: Sentence, clauses: list[Clause], speaker: list[str], noun: Phrase,
            previous: Clause | None) -> list[Clause]:
    """A point under a statements heading: what it says is the speaker's (what their own side
    does too: "Moscow is ready for this", which goes on with the point before it in its paragraph);
    a sentence with no reporting verb is a statement (state)."""
    for clause in clauses:
        if clause.actors and speaks_for_own_side(ctx, speaker, clause.actors):
            clause.actors, clause.rule = list(speaker), "statements-heading"
    going_on = [c for c in clauses if c.rule == "statements-heading"]
    if going_on and previous is not None and previous.rule == "statements-heading" and previous.verb == noun \
            and (previous.block, previous.sentence.paragraph) == (sentence.block, sentence.paragraph):
        previous.position = (previous.position[0], max(c.position[1] for c in going_on))
        return [c for c in clauses if c not in going_on]
    if clauses:
        return clauses
    text = ctx.document.text
    colon = text.find(":", sentence.body, sentence.end)
    start = colon + 1 if colon >= 0 and noun.start >= sentence.start else sentence.body
    coordinators = ctx.lexicon.coordinators(sentence.lang)
    position = trim(text, start, sentence.end, coordinators)
    if position[1] - position[0] < 12:
        return []  # the heading alone
    return [Clause("state", noun, sentence.lang, sentence, (sentence.start, sentence.end), list(speaker), position,
                   "statements-heading", sentence.block, sentence.body)]


SECTION_HEADING_WORDS = 3  # "Notes to editors", "Background", "Further information"


def _section_heading(ctx: Context, sentence: Sentence) -> bool:
    """A short line with no closing punctuation that is its whole paragraph ("Notes to editors",
    "Background") heads a section: not a statement, though a verb label may open it."""
    paragraph = ctx.document.blocks[sentence.block].paragraphs[sentence.paragraph]
    text = ctx.document.text
    return (sentence.start, sentence.end) == (paragraph.start, paragraph.end) \
        and not LINE_STOP.search(text, paragraph.start, paragraph.end) \
        and len(WORD.findall(text, paragraph.start, paragraph.end)) <= SECTION_HEADING_WORDS


def _headline(ctx: Context, sentence: Sentence) -> bool:
    """The document's first line (its translation's too), when it has no closing punctuation, is
    its headline: not a statement; one that ends with a colon introduces what follows ("X, Foreign
    Secretary, said:").
    So is the second after a line of place and date ("Strasbourg, 12 June 2025") or after a
    first line of its own ("Press Release No. 254", a headline before its deck), and any line of
    the head that only such lines precede ("Nota à imprensa", a date line, then the headline)."""
    block, text = ctx.document.blocks[sentence.block], ctx.document.text
    if sentence.paragraph >= HEAD_PARAGRAPHS or len(block.paragraphs) < sentence.paragraph + 2:
        return False  # any language block's: a translation opens with its own headline
    return not any(LINE_STOP.search(text, p.start, p.end) and (i == sentence.paragraph or not is_place_and_date_line(
        text, p.start, p.end)) for i, p in enumerate(block.paragraphs[:sentence.paragraph + 1]))


HEAD_PARAGRAPHS = 6  # the lines at a text's top where its headline may stand


HYPHENATED_WORD = re.compile(r"[\w’']+(?:-[\w’']+)*")
