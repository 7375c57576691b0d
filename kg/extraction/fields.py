"""Stance, targets and topics of a clause, read from the phrases of its position."""

from __future__ import annotations

import bisect
import re

from kg.extraction.context import ELIDED_WORD, NOT_SPACE, WORD, Clause, Context, without_overlaps
from kg.extraction.subjects import LOOK_BACK, country_right_after, preceded_by, resolve, resolve_person
from kg.extraction.lexicon import Phrase


NOUN_PHRASE_GAP = re.compile(r"\s+(?:[^\W\d][\w’'-]*\s+)?")  # a space, or one word between
NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # a capitalised word right after a name continues it
FUNCTION_WORDS = ("preposition", "title-complement", "noun-phrase-word", "harmed")  # cues of words that end a noun phrase


def _in(phrases: list[Phrase], start: int, end: int, *kinds: str) -> list[Phrase]:
    return [p for p in phrases if p.kind in kinds and start <= p.start and p.end <= end]


# requests, agreements and praise (what is asked for is wanted), consultations ("discussed
# ways to deepen ties": what is discussed is not taken sides on, unless it is a need the speakers
# state: "discussed the need to support Ukraine") and rejections, criticism and warnings (what is
# rejected may be good words: "refused to recognise the referendum") take the act's own stance
ACT_DECIDES = ("appeal", "demand", "agree", "express-intent", "support", "consult", "reject", "criticize", "warn")
SIDING_ACTS = ("criticize", "reject", "support")  # acts whose noun is a side taken ("opposition", "support")


def stance(ctx: Context, clause: Clause, phrases: list[Phrase]) -> str:
    """The act's own stance where the act decides it (ACT_DECIDES); otherwise the cue inside the
    verb phrase itself, else the majority of the cues of opposition and support in the verb and
    position, and the act's default stance on a tie."""
    default = ctx.lexicon.default_stance.get(clause.act, "neutral")
    if clause.act in ACT_DECIDES and not (clause.act == "consult" and _discusses_a_need(ctx, clause)):
        return default
    start = min(clause.verb.start, clause.position[0])
    end = max(clause.verb.end, clause.position[1])
    text = ctx.document.text
    own = {c.kind for c in _in(phrases, clause.verb.start, clause.verb.end, "oppose", "support")}
    if len(own) == 1:  # the verb phrase's own noun decides: "expressed concern", "extends condolences"
        return own.pop()
    headed = _head_noun_stance(ctx, clause, phrases)
    if headed:  # "reaffirmed France's solidarity with India in the fight against terrorism"
        return headed
    # "the parties concerned" shows no concern: a phrase of no stance hides the cue it overlaps
    cues = [c for c in without_overlaps(_in(phrases, start, end, "oppose", "support", "no-stance")) if c.kind != "no-stance"]
    # what is wanted ended is no opposition of the speaker's: "an end to the violence", "the
    # attacks must stop", "la cessazione delle ostilità" are wanted (a cue of support)
    endings = ctx.lexicon.alternation("ending", clause.lang)
    after = ctx.lexicon.compiled("ending-after", clause.lang, lambda: (
        rf"(?:\s+[\w’']+){{0,2}}\s+(?:{endings})(?!\w)"), re.IGNORECASE)
    ended = [c for c in cues if c.kind == "oppose" and (_ended_before(ctx, c, start, clause.lang)
                                                          or after.match(text, c.end, end))]
    cues = [c if c not in ended else c._replace(kind="support") for c in cues]
    against, for_ = sum(c.kind == "oppose" for c in cues), 0
    for cue in (c for c in cues if c.kind == "support"):
        # a negation reaches a cue of support across its part of the sentence ("the lack of political
        # will to build a partnership", "non ha alcuna possibilità di successo"), up to a comma or a "but"
        segment_start = max(start, cue.start - 200)
        segment = re.split(r"[,;:]", text[segment_start:cue.start])[-1]
        contrasts = list(ctx.lexicon.any_word("contrast", clause.lang).finditer(segment))
        segment = segment[contrasts[-1].end():] if contrasts else segment
        segment_start = cue.start - len(segment)
        idioms = [p for p in phrases if p.kind == "no-stance" and segment_start <= p.start < cue.start]
        if any(ctx.lexicon.is_word("negation", clause.lang, w.group().lower())
               and not any(p.start <= segment_start + w.start() < p.end for p in idioms)  # "senza sosta"
               for w in WORD.finditer(segment)):
            against += 1  # "non vuole la pace"
        elif not any(c.kind == "oppose" and segment_start <= c.start < cue.start for c in cues):
            for_ += 1  # not what an opposition cue before it harms or condemns ("threatens peace")
    if against > for_ or (against and against == for_ and default == "neutral"):
        return "oppose"
    if for_ > against:
        return "support"
    return default


def _ended_before(ctx: Context, cue: Phrase, start: int, lang: str) -> bool:
    """Whether a word of ending stands before a cue, at most three words before it, after `start`
    ("an end to the violence", "stop the attacks", "fermare gli attacchi")."""
    before = ctx.lexicon.compiled("ending-before", lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('ending', lang)})(?:\s+[\w’']+){{0,3}}\s+$"), re.IGNORECASE)
    return before.search(ctx.document.text, max(start, cue.start - 40), cue.start) is not None


def _head_noun_stance(ctx: Context, clause: Clause, phrases: list[Phrase]) -> str | None:
    """The stance of a speech noun that heads the position, after its article or possessor ("the
    Kingdom's rejection of…", "its full support for…", "France's solidarity with…"): what the rest
    names is what it is about, not a stance of its own."""
    start = clause.position[0]
    nouns = [p for p in phrases if p.kind == "speech-noun" and start <= p.start < start + 60]
    if not nouns:
        return None
    noun = nouns[0]
    words = WORD.findall(ctx.document.text, start, noun.start)
    if len(words) > 4 or not all(ctx.lexicon.is_word("determiner", clause.lang, w.lower())  # "the", "its", "sua"
                                 or ctx.lexicon.is_word("article", clause.lang, w.lower())
                                 or ctx.lexicon.possessive_suffix(w, clause.lang)  # "the Kingdom's"
                                 or ctx.lexicon.is_word("intensifier", clause.lang, w.lower())  # "full", "piena"
                                 for w in words):
        return None
    kinds = {p.kind for p in phrases if p.kind in ("oppose", "support") and p.start == noun.start}
    if len(kinds) == 1:
        return kinds.pop()
    # else that of the noun's act, when it takes a side: "Chile's opposition to…", "la contrarietà
    # di Budapest a…" (not an intention, which what it intends judges: "L'intenzione di X è una follia")
    return ctx.lexicon.default_stance[noun.value] if not kinds and noun.value in SIDING_ACTS else None


def _discusses_a_need(ctx: Context, clause: Clause) -> bool:
    """ "discussed the need to support Ukraine", "ha discusso l'importanza di…": what is discussed
    is a need the speakers state, so the position has a stance of its own."""
    opening = WORD.findall(ctx.document.text[clause.position[0]:clause.position[0] + 40])[:3]
    words = [w.lower() for w in opening if not ctx.lexicon.is_word("article", clause.lang, w.lower())]
    return any(ctx.lexicon.is_word("necessity", clause.lang, w) for w in words[:2])  # "the ongoing need"


CONDEMNING = ("criticize", "reject")  # acts whose object is a deed condemned, whoever's side names it
PROPOSITION_ACTS = ("state", "express-intent", "reaffirm", "emphasize")  # acts whose position is a clause


def _own_side(ctx: Context, actors: list[str]) -> set[str]:
    """The speakers, what they represent, and the people and institutions who represent the same."""
    sides = set(actors) | {ctx.represents(a) for a in actors}
    return sides.union(*(ctx.lexicon.representatives.get(side, ()) for side in sides),
                       (key for key, country in ctx.institutions.items() if country in sides))


def _parties(ctx: Context, clause: Clause, phrases: list[Phrase]) -> list[str]:
    """The sides the speakers represent; for one whose side is unknown, the country the position
    opens with ("Foreign Minister X said Chile wants good relations with Peru": X's is Chile)."""
    parties = list(dict.fromkeys(ctx.represents(a) for a in clause.actors))
    if len(parties) == 1 and parties[0] not in ctx.lexicon.country_like:
        return [ctx.represents(p.value) for p in _in(phrases, *clause.position, "actor") if p.start == clause.position[0]
                and ctx.represents(p.value) in ctx.lexicon.country_like][:1] or parties
    return parties


def targets(ctx: Context, clause: Clause, phrases: list[Phrase]) -> list[str]:
    """Actors a position praises, criticises, asks or works with: named in it, not the speaker's
    side, not a mere place ("in Ukraine", unless "Ukraine's"; a person is never one), not part of a name ("Minsk
    Agreements") or of a conflict's ("the Ukraine conflict"), not in a relative clause of
    background; "his counterpart" is the other participant's country; none for a neutral
    statement."""
    if clause.stance == "neutral":
        return []
    text, lang = ctx.document.text, clause.lang
    # "X said Chile was ready for peace", X's side unknown: a proposition of support about the
    # country it opens with is X's own side's
    unknown = all(ctx.represents(a) == a for a in clause.actors)
    own = _own_side(ctx, clause.actors + (_parties(ctx, clause, phrases) if unknown and clause.stance == "support"
                                          and clause.act in PROPOSITION_ACTS else []))
    start, end = clause.position
    relative = ctx.lexicon.any_word("relative-clause", lang).search(text, start, end)
    found: list[str] = []
    if relative:
        if clause.stance == "oppose":  # "the campaign, which had been launched by X": X's deed is condemned
            found += [p.value for p in without_overlaps(_in(phrases, relative.end(), end, "actor"))
                      if p.value not in own and p.value not in found
                      and preceded_by(ctx, text, p, lang, relative.end(), "agent")]
        end = relative.start()
    conflict_words = {p.start for p in _in(phrases, start, end, "conflict-word", "matter-noun")}
    relation_words = {p.start for p in _in(phrases, start, end, "bilateral")}
    found += _pronoun_addressee(ctx, clause, own) + _meeting_opposed(ctx, clause, phrases, own) \
        + _addressed_reference(ctx, clause, phrases, own)
    # "China will take retaliatory measures against X": the deed is the speaker's side's own, X its target
    own_deed = clause.act not in CONDEMNING and (any(
        (p.kind == "actor" and p.value in own) or p.kind == "speaker-reference"
        for p in _in(phrases, start, end, "actor", "speaker-reference"))
        or ctx.lexicon.any_word("retaliation-noun", lang).search(text, start, end) is not None)  # "countermeasures against X"
    topics_named = [(p.start, p.end) for p in phrases if p.kind == "topic"]
    for phrase in without_overlaps(_in(phrases, start, end, "actor")):
        if phrase.value in own or phrase.value in found or part_of_name(ctx, phrase, clause.lang) \
                or _backer_of_named(text, phrase, phrases) \
                or any(a <= phrase.start and phrase.end <= b and b - a > phrase.end - phrase.start
                       for a, b in topics_named) \
                or names_a_conflict(text, phrase, conflict_words, relation_words) or _names_a_summit(ctx, phrase, lang):
            continue
        # whom a deed harms is no target ("welcomed the sanctions against Russia for its war against Ukraine")
        if not own_deed and _harmed(ctx, clause, phrase, phrases) \
                or clause.stance == "oppose" and _partner_of(ctx, clause, phrase, phrases) \
                or clause.stance == "oppose" and _victim_of_named_doer(ctx, clause, phrase, phrases, own) \
                or _subject_matter(ctx, clause, phrase, phrases):
            continue
        possessive = ctx.lexicon.is_possessive(text, phrase.end, lang)
        # a person, or a people ("the Iraqi people", "the Chinese side"), is never a mere place
        # ("vede in Albin Kurti un estremista", "our support for the Iraqi people"), nor what a
        # speech noun is for ("Ireland's support for Ukraine", "il sostegno della Grecia all'Ucraina")
        if not possessive and not ctx.is_person(phrase.value) and not _addressee(ctx, clause, phrase, phrases) \
                and not ctx.lexicon.any_word("side", lang).search(phrase.text) \
                and not _speech_noun_object(ctx, clause, phrase, phrases) \
                and preceded_by(ctx, text, phrase, lang, start, "locative"):
            continue
        found.append(phrase.value)
    addressed = _sides_addressed(ctx, phrases, start, end)  # by a third party: a speaker who is one of them addresses no one
    found += [side for side in addressed if side not in found and not any(s in own for s in addressed)]
    if clause.stance == "oppose":  # "the Iranian accusations", "le minacce militari cinesi"
        found += [d.value for d in _deed_doers(ctx, _in(phrases, start, end, "demonym", "oppose", "actor"), lang)
                  if d.value not in own and d.value not in found]
    found += [d.value for d in _object_owner(ctx, clause, phrases) if d.value not in own and d.value not in found]
    found += [p for p in _claimants(ctx, clause, phrases) if p not in own and p not in found]
    found += [p for p in _country_referred_to(ctx, clause, own) + _organs_referred_to(ctx, clause, own) if p not in found]
    if not found and clause.stance == "oppose":
        found = [side for side in _antecedent_doer(ctx, clause) if side not in own]
    found = list(dict.fromkeys(_sender(ctx, clause, phrases, actor) for actor in found))
    # "reminded his opposite number of X": whom it is addressed to; not whom one only informs
    informs = ctx.lexicon.is_word("informing-verb", lang, clause.verb.words[-1])
    if _in(phrases, start if informs else min(clause.verb.start, start), end, "counterpart"):
        found += [side for side in dict.fromkeys(ctx.represents(p) for p in ctx.participants)
                  if side not in own and side not in found]
    return found


def _sides_addressed(ctx: Context, phrases: list[Phrase], start: int, end: int) -> list[str]:
    """ "urged both sides to show restraint", "ha esortato le due parti al dialogo": the sides a
    position names, as the text named them together before (or a meeting's)."""
    return list(dict.fromkeys(side for p in _in(phrases, start, end, "sides-reference") for side in resolve(ctx, p, False)))


def _claimants(ctx: Context, clause: Clause, phrases: list[Phrase]) -> list[str]:
    """Whose words an opposing position judges, named by their post ("ha definito le parole del
    ministro «ipocrite»", "rejected the remarks of the minister"): the person the post refers to."""
    if clause.stance != "oppose":
        return []
    text, lang = ctx.document.text, clause.lang
    found = []
    for role in _in(phrases, *clause.position, "role"):
        post = next((p for p in phrases if p.kind == "person-reference" and p.start <= role.start and role.end == p.end), role)
        words = [w.lower() for w in WORD.findall(text, max(clause.position[0], post.start - CLAIM_REACH), post.start)]
        claim = next((i for i in range(len(words) - 1, -1, -1) if ctx.lexicon.is_word("claim-noun", lang, words[i])), None)
        between = words[claim + 1:] if claim is not None else []
        if claim is None or not all(any(ctx.lexicon.is_word(cue, lang, w) for cue in ("title-complement", "article", "agent"))
                                    or w in ("'", "’") or i + 1 < len(between) and ctx.lexicon.is_word("agent", lang, between[i + 1])
                                    for i, w in enumerate(between)):
            continue  # "the remarks of the minister", "the remarks made by the minister" (one word before the agent)
        reference = post if post is not role else Phrase("person-reference", role.text.lower(), role.start, role.end, role.text)
        person = [p for p in resolve_person(ctx, reference) if ctx.is_person(p)][:1]
        found += person or [p.value for p in _in(phrases, post.start, post.end, "demonym")][:1]  # "the Indian Defence Minister"
    return found


CLAIM_REACH = 40  # characters before a post in which the noun of the words judged stands ("the remarks made by the")


def answered_side(ctx: Context, clause: Clause, phrases: list[Phrase], said_before: list[Clause],
                  said_earlier: list[Clause] = ()) -> list[str]:
    """ "Lithuania's foreign minister dismissed the accusation as absurd", "ha respinto le accuse":
    an opposing position that names what was said only by a claim noun after its article
    (`cue:claim-noun`), and no one, answers the statements just before it, in a row of one
    speaker, when one of them was aimed at the speaker's side or named it; one that names what was
    done so ("firmly opposes the move", `cue:deed-noun`), or a supporting one that names a proposal
    so ("welcomed the initiative", `cue:proposal-noun`), answers the statement before it: that
    speaker's side. When those just before are the speaker's own side's ("The Kremlin denied any
    involvement. Peskov called the accusations hysteria"), the answer is to `said_earlier`, the
    statements in a row of whoever spoke before them."""
    if clause.stance == "neutral" or clause.targets or not said_before or not said_before[-1].actors:
        return []
    noun = _what_was_said(ctx, clause, phrases)
    if noun is None:
        return []
    own = _own_side(ctx, clause.actors)
    if said_earlier and said_earlier[-1].actors and {ctx.represents(a) for a in said_before[-1].actors} <= own:
        said_before = said_earlier
    before = said_before[-1]
    aimed = {side for said in said_before for side in said.targets} | {
        ctx.represents(p.value) for said in said_before for p in ctx.phrases_between(*said.position) if p.kind in ("actor", "demonym")}
    if noun == "claim-noun" and not own & aimed:  # aimed at the speaker's side, or about it
        return []
    return [side for side in dict.fromkeys(ctx.represents(a) for a in before.actors) if side not in own]


def _what_was_said(ctx: Context, clause: Clause, phrases: list[Phrase]) -> str | None:
    """The cue of the noun by which a position names only what another said, did or proposed,
    after an article or a determiner and with no one named ("the accusation", "such claims", "the
    move", "the initiative"); None for any other position."""
    start, end = clause.position
    if _in(phrases, start, end, "actor", "demonym"):
        return None
    words = [w.lower() for w in ELIDED_WORD.findall(ctx.document.text, start, end) if w[:1].isalpha()]  # "un'accusa"
    if len(words) < 2 or not any(ctx.lexicon.is_word(cue, clause.lang, words[0])
                                 for cue in ("article", "indefinite-article", "determiner")):
        return None
    # a deed only as the whole position ("opposes the move"; not "said the decision is unacceptable")
    nouns = ["claim-noun"] + (["deed-noun"] if len(words) == 2 else []) if clause.stance == "oppose" else ["proposal-noun"]
    return next((noun for noun in nouns if ctx.lexicon.is_word(noun, clause.lang, words[1])), None)


def asked_side(ctx: Context, clause: Clause, asked_countries: list[str]) -> list[str]:
    """ "Question: X has claimed credit for the ceasefire. Your response? — We reject any claims to
    the contrary": an answer opposing what was said, named only by its noun, answers the one
    country the question names besides the speaker's."""
    if not asked_countries or clause.stance != "oppose" or clause.targets \
            or _what_was_said(ctx, clause, ctx.phrases_between(*clause.evidence)) is None:
        return []  # (most texts ask nothing: their phrases are not read again)
    others = [c for c in asked_countries if c not in _own_side(ctx, clause.actors)]
    return others if len(others) == 1 else []


def _antecedent_doer(ctx: Context, clause: Clause) -> list[str]:
    """ "The US abuse of tariffs violates WTO rules. China firmly opposes it.": a position that is
    only a pronoun (`cue:anaphoric-object`) opposes what the sentence before opened with, and so
    whose it is, the first country or organisation that sentence names."""
    words = [w for w in WORD.findall(ctx.document.text, *clause.position) if w[:1].isalpha()]
    if not words or not all(ctx.lexicon.is_word("anaphoric-object", clause.lang, w.lower()) for w in words):
        return []
    i = bisect.bisect_right(ctx.sentence_ends, clause.sentence.start) - 1
    previous = ctx.ordered[i] if i >= 0 else None
    if previous is None or previous.block != clause.sentence.block or previous.paragraph != clause.sentence.paragraph:
        return []
    named = [p for p in ctx.phrases(previous) if p.kind in ("actor", "demonym") and p.start >= previous.body]
    first = min(named, key=lambda p: p.start, default=None)
    return [ctx.represents(first.value)] if first is not None and not ctx.is_person(first.value) else []


def _after_cue(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase], kinds: tuple[str, ...],
               joining: str | None = None, words_between: int = 0) -> bool:
    """Whether a mention follows a phrase of one of `kinds` closely: across at most
    `words_between` words, then the words of the `joining` cue (when given), then an article,
    definite or not ("the attack on a UNICEF convoy"), or a part of the country ("airstrikes on
    southern Lebanon", `cue:region-adjective`)."""
    pattern = ctx.lexicon.compiled(f"after {joining} {words_between}", clause.lang, lambda: (
        rf"\s*(?:[^\W\d][\w’'-]*\s+){{0,{words_between}}}"
        + (rf"(?:{ctx.lexicon.alternation(joining, clause.lang)})(?:\s+|(?<=['’]))" if joining else "")
        + rf"(?:(?:{ctx.lexicon.alternation('article', clause.lang)}|{ctx.lexicon.alternation('indefinite-article', clause.lang)})"
        rf"(?:\s+|(?<=['’])))?(?:(?:{ctx.lexicon.alternation('region-adjective', clause.lang)})\s+)?"), re.IGNORECASE)
    text = ctx.document.text
    # no verb between: "condemns the war and calls on Russia" is no war on Russia
    return any(pattern.fullmatch(text, cue.end, phrase.start) and not any(
        v.kind == "verb" for v in ctx.phrases_between(cue.end, phrase.start)) for cue in phrases
               if cue.kind in kinds and phrase.start - 30 < cue.end <= phrase.start)


def _speech_noun_object(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a mention is what a speech noun is for: right after its preposition, perhaps across
    whose it is ("support for Ukraine", "the support of Ireland for Ukraine"; not "support for peace
    in Iraq", where the place is another preposition's)."""
    text, lang = ctx.document.text, clause.lang
    for noun in (p for p in phrases if p.kind == "speech-noun" and phrase.start - 40 < p.end <= phrase.start):
        words = ELIDED_WORD.findall(text, noun.end, phrase.start)  # "dell'Italia all'": "dell'", "Italia", "all'"
        if 1 <= len(words) <= 3 and all(w[:1].isupper() or ctx.lexicon.is_word("title-complement", lang, w.lower())
                                        for w in words[:-1]):
            return True
    return False


def _harmed(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a mention is whom a deed is done against ("its war against X"; in an opposing
    position "the accusations against X", "le minacce militari cinesi contro X" too, while a
    supporting one may want the pressure on X): after a word of war (or of opposition), at most
    two words, and the `harmed` word (in a supporting one, after a deed wanted ended: "to stop the
    attacks on X"); in an opposing position also who suffers a deed noun ("the
    invasion of X", "l'annessione della X") or a verb of harm ("attempts to displace X")."""
    if clause.stance != "oppose":  # and whom a deed wanted ended harms ("to stop the attacks on X")
        ended = [c for c in phrases if c.kind in ("oppose", "harming-deed") and phrase.start - 60 < c.end <= phrase.start
                 and _ended_before(ctx, c, clause.position[0], clause.lang)]
        return _after_cue(ctx, clause, phrase, phrases, ("conflict-word",), "harmed", 2) \
            or _after_cue(ctx, clause, phrase, ended, ("oppose", "harming-deed"), "harmed", 2)
    # not the speaker's own protest, which the verb holds ("lodged a strong protest against X")
    deeds = [p for p in phrases if not (clause.verb.start <= p.start and p.end <= clause.verb.end)]
    # whose sovereignty a refusal to recognise names is whose claim is refused, not whom a deed
    # harms ("will never recognise Kosovo's independence", "l'indipendenza del Kosovo")
    refused = any(ctx.lexicon.is_word("recognition-verb", clause.lang, w.lower()) for w in clause.verb.words)
    goods = ("harming-deed",) if refused else ("harming-deed", "sovereign-good")
    return _after_cue(ctx, clause, phrase, deeds, ("oppose", "conflict-word", "harming-deed"), "harmed", 2) \
        or _after_cue(ctx, clause, phrase, phrases, goods, "patient-of") \
        or _after_cue(ctx, clause, phrase, phrases, ("harming-verb",)) \
        or not refused and _owns_sovereign_good(ctx, clause, phrase, phrases)


def _owns_sovereign_good(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a mention is whose sovereignty or internal affairs it names right after it ("China's
    internal affairs", "Ukraine's sovereignty")."""
    text = ctx.document.text
    length = ctx.lexicon.possessive_length(text, phrase.end, clause.lang)
    if not length:
        return False
    after = NOT_SPACE.search(text, phrase.end + length, phrase.end + length + 20)
    return after is not None and any(p.kind == "sovereign-good" and p.start == after.start() for p in phrases)


def _victim_of_named_doer(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase], own: set[str]) -> bool:
    """Whether a mention is whom a deed is against when the position names whose deed it is before
    it ("the American sanctions against Iran", "the campaign by Bolivian officials against Chile",
    "Peru's pressure on Chile"): the doer is criticised, not the one the deed is done to; with no
    doer named ("warned against Bolivia's plan") the mention stays a target."""
    against = ctx.lexicon.compiled("harmed-before", clause.lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('harmed', clause.lang)})(?:\s+|(?<=['’]))"
        rf"(?:(?:{ctx.lexicon.alternation('article', clause.lang)})(?:\s+|(?<=['’])))?$"), re.IGNORECASE)
    if not against.search(ctx.document.text, max(clause.position[0], phrase.start - 30), phrase.start):
        return False
    return any(p.kind in ("demonym", "actor") and p.value not in own and ctx.represents(p.value) not in own
               for p in _in(phrases, clause.position[0], phrase.start, "demonym", "actor"))


def _partner_of(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a mention is the partner in relations the position names ("pressure on its ties with
    Russia", "i suoi legami con la Russia"): what an opposition defends, not what it opposes."""
    return _after_cue(ctx, clause, phrase, phrases, ("bilateral",), "partner")


def _subject_matter(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a mention is what the position is about as a matter ("issues relating to Taiwan",
    "la questione di Taiwan") or what one belongs to ("membro dell'Unione europea"): right after a
    `subject-matter` or `membership` cue, across articles only."""
    return _after_cue(ctx, clause, phrase, phrases, ("subject-matter", "membership"))


def _deed_doers(ctx: Context, phrases: list[Phrase], lang: str) -> list[Phrase]:
    """The demonyms that tell whose a condemned deed is: beside a cue of opposition in one noun
    phrase, with at most one word between that is no preposition ("Russian aggression", "le
    minacce militari cinesi"; not "the detention of Yemeni staff"), and not part of a name
    ("against Saudi Arabia"); on the side of the noun where the language puts its adjectives
    (`cue:adjective-position`: "killed Ukrainian civilians" names the victims, not the killers)."""
    text = ctx.document.text
    order = ctx.lexicon.words.get("adjective-position", {}).get(lang, {"before", "after"})
    names = [p for p in phrases if p.kind == "actor"]
    cues = sorted((p for p in phrases if p.kind == "oppose" or (p.kind == "demonym" and not any(
        n.start <= p.start and p.end <= n.end for n in names))), key=lambda p: p.start)
    doers = []
    for a, b in zip(cues, cues[1:]):
        gap = NOUN_PHRASE_GAP.fullmatch(text, a.end, b.start)
        if {a.kind, b.kind} == {"demonym", "oppose"} and gap and not any(
                ctx.lexicon.is_word(cue, lang, gap.group().strip()) for cue in FUNCTION_WORDS) \
                and ("before" if a.kind == "demonym" else "after") in order:
            doers.append(a if a.kind == "demonym" else b)
    return doers + [c for c in cues if c.kind == "demonym" and c not in doers and any(
        ctx.lexicon.is_word("weapon-noun", lang, noun.lower()) for noun in _nouns_beside(text, c, order))]


NOUN_AFTER = re.compile(r"\s+([^\W\d_]+)")
NOUN_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _nouns_beside(text: str, adjective: Phrase, order: set[str]) -> list[str]:
    """The word an adjective qualifies, on the side the language puts its adjectives ("US arms",
    "armi statunitensi")."""
    after = NOUN_AFTER.match(text, adjective.end) if "before" in order else None
    before = NOUN_BEFORE.search(text, max(0, adjective.start - 30), adjective.start) if "after" in order else None
    return [m.group(1) for m in (after, before) if m is not None]


def _sender(ctx: Context, clause: Clause, phrases: list[Phrase], actor: str) -> str:
    """An envoy summoned stands for the country that sent them ("summoned the Israeli ambassador,
    Daniel Zonshine", "ha convocato l'ambasciatore russo Ivan Petrov"): that country, when the
    text gives the envoy one; any other target is itself."""
    if not ctx.is_person(actor) or ctx.represents(actor) == actor:
        return actor
    text = ctx.document.text
    summons = ctx.lexicon.any_word("summoning-verb", clause.lang)
    mention = next((p for p in phrases if p.kind == "actor" and p.value == actor), None)
    verb = summons.search(text, max(clause.evidence[0], mention.start - 80), mention.start) if mention else None
    return ctx.represents(actor) if verb and not re.search(r"[.;:]", text[verb.end():mention.start]) else actor


def _country_referred_to(ctx: Context, clause: Clause, own: set[str]) -> list[str]:
    """ "respect for the sovereignty of the country", "gli sforzi del Paese", "the country's efforts":
    whose a position names by `cue:country-noun` is the last country named before it, in the
    position, else before the clause (as the country's minister is), unless it is the speaker's;
    not one the noun heads ("of the Republic of Korea")."""
    text, lang = ctx.document.text, clause.lang
    reference = ctx.lexicon.compiled("country-referred-to", lang, lambda: (
        rf"(?<!\w)(?:(?:{ctx.lexicon.alternation('side-complement', lang)})(?:\s+|(?<=['’]))"
        rf"(?:(?:{ctx.lexicon.alternation('article', lang)})(?:\s+|(?<=['’])))?"
        rf"(?:{ctx.lexicon.alternation('country-noun', lang)})(?![\w’'-])"
        rf"|(?:{ctx.lexicon.alternation('article', lang)})\s+(?:{ctx.lexicon.alternation('country-noun', lang)})"
        rf"(?=(?:{ctx.lexicon.alternation('possessive', lang)})(?!\w)))"
        rf"(?!\s+(?:{ctx.lexicon.alternation('side-complement', lang)})(?:\s|(?<=['’])))"), re.IGNORECASE)
    found = reference.search(text, *clause.position)
    return [] if found is None else _country_before(ctx, clause, found.start(), own)


def _country_before(ctx: Context, clause: Clause, offset: int, own: set[str]) -> list[str]:
    """The country a reference at `offset` means: the last named in the position before it, else
    before the clause; none when it is the speaker's."""
    countries = [p for p in ctx.phrases_between(max(0, offset - LOOK_BACK), offset)
                 if p.kind in ("actor", "demonym") and p.end <= offset
                 and ctx.lexicon.actor_kind.get(ctx.represents(p.value)) == "country"]
    named = [p for p in countries if p.start >= clause.position[0]] \
        or [p for p in countries if p.end <= min(clause.clause_start, clause.verb.start)]
    return [side for side in (ctx.represents(p.value) for p in named[-1:]) if side not in own]


def _organs_referred_to(ctx: Context, clause: Clause, own: set[str]) -> list[str]:
    """ "called on the army to end the state of emergency", "the military coup in Myanmar", "urged
    the federal government to negotiate", "le autorità di transizione": armed forces or a government
    named without their side are those of the country the position names (else the one named
    before it), not the speaker's: for forces, its armed forces the gazetteer lists, else it."""
    text, lang = ctx.document.text, clause.lang
    reference = ctx.lexicon.compiled("organs-referred-to", lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('article', lang)})(?:\s+|(?<=['’]))(?:"
        rf"(?P<forces>{ctx.lexicon.alternation('military-seizure', lang)}|(?:{ctx.lexicon.alternation('armed-force', lang)})"
        rf"(?!\s+(?!(?:{ctx.lexicon.alternation('preposition', lang)}|{ctx.lexicon.coordinators(lang)})\s)[a-zà-ÿ]))"
        rf"|(?:{ctx.lexicon.alternation('government-reference', lang)})(?!\s+(?:{ctx.lexicon.alternation('side-complement', lang)})\s))"
        rf"(?![\w’'-])"), re.IGNORECASE)  # the forces as a noun, not "the military operation"; not "the government of X"
    found = reference.search(text, *clause.position)
    if found is None:
        return []
    # "the authorities in Kiev", "the military coup in Myanmar": the place right after it first
    after = country_right_after(ctx, found.end(), lang, PLACE_REACH)
    countries = [side for side in [after.value] if side not in own] if after is not None \
        else _country_before(ctx, clause, found.start(), own)
    if not found.group("forces"):
        return countries
    return [next((a for a in sorted(ctx.lexicon.representatives.get(country, ()))
                  if ctx.lexicon.actor_kind.get(a) == "organization" and any(
                      ctx.lexicon.any_word("armed-force", other).search(ctx.name_of(a)) for other in ctx.lexicon.languages)),
                 country) for country in countries]


PLACE_REACH = 30  # characters after a reference to an organ in which its place is named ("the authorities in Kiev")


def _object_owner(ctx: Context, clause: Clause, phrases: list[Phrase]) -> list[Phrase]:
    """The demonym that opens what a position judges: whose deed or proposal it is ("criticised
    the Israeli operation", "welcomed the Ukrainian proposal", "l'operazione militare israeliana",
    "the actions by Chinese vessels"). Within the first two words of the noun phrase, or right
    after its agent word; not after a preposition, a gerund or a relative ("the killing of
    Ukrainian civilians", "the strike that killed Ukrainian civilians": whom),
    nor the first half of a compound ("Iranian-backed"), nor before a noun of a matter or of war
    ("the Ukrainian crisis"), nor part of a name, a person's title or a reference to a person."""
    text, lang = ctx.document.text, clause.lang
    start = clause.position[0]
    names = [p for p in phrases if p.kind in ("actor", "person-reference", "title")]  # "the Iranian Supreme Leader"
    demonyms = sorted(_in(phrases, start, clause.position[1], "demonym"), key=lambda p: p.start)
    first = next((p for p in demonyms if not any(n.start <= p.start and p.end <= n.end for n in names)), None)
    if first is None or text.startswith("-", first.end) or any(
            p.kind in ("matter-noun", "conflict-word") and p.start == first.end + 1 for p in phrases):
        return []  # "the Ukrainian crisis", "the Syrian conflict": a matter, no one's deed
    words = [w.lower() for w in WORD.findall(text, start, first.start)]
    if words and ctx.lexicon.is_word("agent", lang, words[-1]):
        words.pop()  # "the actions by Chinese vessels"
    words = [w for w in words if not ctx.lexicon.is_word("article", lang, w)]
    if len(words) > 2 or any(not w[0].isalpha() or ctx.lexicon.is_gerund(w, lang)  # "the strike killing"
                             or any(ctx.lexicon.is_word(cue, lang, w) for cue in FUNCTION_WORDS + ("subject-relative",))
                             for w in words):
        return []
    return [first]


def _meeting_opposed(ctx: Context, clause: Clause, phrases: list[Phrase], own: set[str]) -> list[str]:
    """Whose meeting an outsider opposes ("North Korea denounced the meeting as collusion",
    "condemned the talks"): the sides of its participants."""
    met = ctx.participants or list(ctx.memory.last_joint)
    if clause.stance != "oppose" or not met or any(ctx.represents(p) in own for p in met):
        return []
    if not any(p.kind == "group-reference" and clause.position[0] <= p.start < clause.position[1]
               and ctx.lexicon.is_word("meeting-noun", clause.lang, p.text.lower()) for p in phrases):
        return []
    return list(dict.fromkeys(ctx.represents(p) for p in met))


def _pronoun_addressee(ctx: Context, clause: Clause, own: set[str]) -> list[str]:
    """Whom "him", "her" or "them" right after the verb stands for in a readout of a meeting ("The
    President thanked him for…", "congratulated her on…"): the other participants."""
    text = ctx.document.text
    first = WORD.match(text, clause.verb.end + 1)
    if first is None or not ctx.lexicon.is_word("object-pronoun", clause.lang, first.group().lower()):
        return []
    after = WORD.match(text, first.end() + 1)  # "thanked him for", not "welcomed her country's decision"
    if after is None or not ctx.lexicon.is_word("preposition", clause.lang, after.group().lower()):
        return []
    return [p for p in ctx.participants if p not in own]


def _addressed_reference(ctx: Context, clause: Clause, phrases: list[Phrase], own: set[str]) -> list[str]:
    """Whom a role right after a verb of support or appeal refers to ("thanked the Peruvian leader
    for…", "urged the Bolivian minister to…"): the side of the person it refers to, as "his
    counterpart" gives the counterpart's country."""
    if clause.act not in ("support", "appeal"):
        return []
    text = ctx.document.text
    reference = next((p for p in phrases if p.kind == "person-reference" and p.value != "person-reference"
                      and p.start >= clause.verb.end and all(ctx.lexicon.is_word("addressee", clause.lang, w.lower())
                                                             for w in WORD.findall(text, clause.verb.end, p.start))), None)
    if reference is None:
        return []
    return [side for side in dict.fromkeys(ctx.represents(p) for p in resolve_person(ctx, reference) if ctx.is_person(p))
            if side not in own and not ctx.is_person(side)]


def _addressee(ctx: Context, clause: Clause, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a mention is whom an appeal is made to or support given to ("ha chiesto all'Ua di
    intervenire", "appealed to Chile to", "ha espresso sostegno all'Ucraina"), or a protest
    lodged with ("ha presentato una protesta formale a Washington"): right after the verb, across
    prepositions and articles only (and the one adjective of a protest's noun)."""
    words = WORD.findall(ctx.document.text[clause.verb.end:phrase.start])
    protest = clause.act == "criticize" and any(p.kind == "speech-noun" and p.end == clause.verb.end for p in phrases)
    if protest:
        words = words[1:] if words and not ctx.lexicon.is_word("addressee", clause.lang, words[0].lower()) else words
    return (clause.act in ("appeal", "support") or protest) and all(
        ctx.lexicon.is_word("addressee", clause.lang, w.lower()) or ctx.lexicon.is_word("article", clause.lang, w.lower())
        for w in words)  # "ha invitato l'Unione europea a…": the object it is made to


Opposition = tuple[set[str], list[str]]  # a side that opposes, and whom


def carried_targets(ctx: Context, clause: Clause, run: Opposition | None) -> tuple[list[str], Opposition | None]:
    """An opposing statement that names no target keeps those of the opposing statement just
    before it from the same side ("… the sanctions the U.S. placed." — "We deplore the move"),
    across the same side's statements of other stances ("She welcomed the talks. She said the
    move is unacceptable"); another side ends the run. The clause's targets, and the run after it."""
    side = _own_side(ctx, clause.actors)
    same = run is not None and run[0] == side
    if clause.stance != "oppose":
        return clause.targets, (run if same else None)
    found = clause.targets or (run[1] if same else [])
    return found, (side, found)


def conflict_mentions(ctx: Context, phrases: list[Phrase]) -> list[tuple[int, str]]:
    """(offset, topic) of every mention of a conflict or region topic, in text order."""
    found = []
    for phrase in phrases:
        ids = [phrase.value] if phrase.kind == "topic" else ctx.lexicon.evoked_topics.get(phrase.value, [])
        found += [(phrase.start, t) for t in ids if t in ctx.lexicon.conflict_topics]
    return sorted(found)


def current_conflict(mentions: list[tuple[int, str]], offset: int) -> str | None:
    """The conflict last named before an offset (else the first named after it)."""
    before = bisect.bisect_left(mentions, (offset,))
    return mentions[before - 1][1] if before else (mentions[0][1] if mentions else None)


def _in_title(ctx: Context, before: str, keyword: Phrase, lang: str) -> bool:
    """Whether a capitalised keyword before the position completes the title of a post or an
    institution ("the Minister of Trade", "the Ministry of Foreign Affairs and Foreign Trade"):
    after a capitalised word or a role's ("il ministro dell'Energia"), a complement or "and", and
    perhaps more of the title's capitalised words; it names no matter ("Su Gaza," still does)."""
    words = re.findall(r"[\w’']+", before)[-6:]
    while words and words[-1][:1].isupper():  # the title's words before the keyword ("and Foreign Trade")
        words.pop()
    return keyword.text[:1].isupper() and len(words) >= 2 \
        and (words[-2][:1].isupper() or words[-2].lower() in ctx.lexicon.role_words(lang)[0]) \
        and any(ctx.lexicon.is_word(cue, lang, words[-1].lower()) for cue in ("title-complement", "coordination"))


def _names_its_own(ctx: Context, phrase: Phrase, names: list[Phrase], lang: str) -> bool:
    """Whether a keyword or name mentions what it names: not a keyword inside a longer name
    ("African" in "the African Union"), nor a country's name inside another's (the "Republic of
    China" in the "People's Republic of China"), nor a name inside a longer proper name
    (`part_of_name`); the place in an organisation's name is ("the UN mission in Libya"). Asked
    of every phrase near every clause, so found once per phrase (`names`: those around it)."""
    found = ctx.own_mentions.get(phrase)
    if found is None:
        kind_of = ctx.lexicon.actor_kind.get
        found = ctx.own_mentions[phrase] = not part_of_name(ctx, phrase, lang) and not any(
            n.start <= phrase.start and phrase.end <= n.end and n.end - n.start > phrase.end - phrase.start
            and (phrase.kind == "topic" or kind_of(phrase.value) == kind_of(n.value))
            # the noun that ends a country's side still says what it is ("the U.S. embassy")
            and not (phrase.kind == "topic" and (phrase.end == n.end and kind_of(n.value) == "country"
                                                 or n.value in ctx.institutions)  # "the U.S. embassy in Sanaa"
                     and not any((m.start, m.end) == (phrase.start, phrase.end) for m in names))  # "Russian Security Council"
            for n in names)
    return found


def part_of_name(ctx: Context, phrase: Phrase, lang: str) -> bool:
    """A country name inside a longer proper name ("Minsk Agreements"; not one that names its side,
    "the Ruritania Defence Force", `cue:side`), or naming a process after
    the place it began, perhaps with another ("the Astana format", "the Luanda and Nairobi
    processes", a city's "gli accordi di Minsk", `cue:named-process`), does not mention the country."""
    text = ctx.document.text
    if phrase.kind != "actor":
        return False
    other_place = rf"[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?"
    process = ctx.lexicon.compiled("named-process-after", lang, lambda: (
        rf"\s+(?:(?:{ctx.lexicon.coordinators(lang)})\s+{other_place}\s+)?"
        rf"(?:{ctx.lexicon.alternation('named-process', lang)})(?!\w)"), re.IGNORECASE)
    named_before = ctx.lexicon.compiled("named-process-before", lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('named-process', lang)})\s+(?:{ctx.lexicon.alternation('process-of', lang)})"
        rf"\s+(?:{other_place}\s+(?:{ctx.lexicon.coordinators(lang)})\s+)?$"), re.IGNORECASE)
    side = ctx.lexicon.compiled("side-named-after", lang, lambda: (
        rf" (?:{ctx.lexicon.alternation('side', lang)})(?![\w’'-])"), re.IGNORECASE).match(text, phrase.end)
    return NAME_GOES_ON.match(text, phrase.end) is not None and (side is None or NAME_GOES_ON.match(text, side.end())) \
        or process.match(text, phrase.end) is not None \
        or phrase.text.lower() in ctx.lexicon.metonyms \
        and named_before.search(text, max(0, phrase.start - 60), phrase.start) is not None  # not "la dichiarazione di Israele"


def _names_a_summit(ctx: Context, phrase: Phrase, lang: str) -> bool:
    """Whether a mention only says whose a summit is when the summit is the statement's occasion
    ("ahead of the NATO summit", "a margine del vertice del G7", `cue:summit-word` after a
    `cue:occasion`): where or when it was said, its host no target (unlike "the decisions adopted
    at the NATO summit", whose host is criticised)."""
    text = ctx.document.text
    article = rf"(?:(?:{ctx.lexicon.alternation('article', lang)})(?:\s+|(?<=['’])))?"
    occasion = ctx.lexicon.compiled("occasion-before", lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('occasion', lang)})(?:\s+|(?<=['’])){article}$"), re.IGNORECASE)
    after = ctx.lexicon.compiled("summit-after", lang, lambda: (
        rf"\s+(?:{ctx.lexicon.alternation('summit-word', lang)})(?!\w)"), re.IGNORECASE)
    before = ctx.lexicon.compiled("summit-before", lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('summit-word', lang)})"
        rf"(?:\s+(?:{ctx.lexicon.alternation('title-complement', lang)})(?:\s+|(?<=['’])))?{article}\s*$"), re.IGNORECASE)
    summit = phrase.start if after.match(text, phrase.end) else \
        next((m.start() for m in [before.search(text, max(0, phrase.start - 30), phrase.start)] if m), None)
    return summit is not None and occasion.search(text, max(0, summit - 40), summit) is not None


def _backer_of_named(text: str, phrase: Phrase, phrases: list[Phrase]) -> bool:
    """A country in a compound adjective before the actor it qualifies ("the Iran-aligned Houthis",
    "the Russia-backed separatists of X"): who backs the one judged, not judged itself."""
    compound = BACKER_COMPOUND.match(text, phrase.end)
    return compound is not None and any(p.kind == "actor" and p.start == compound.end() for p in phrases)


BACKER_COMPOUND = re.compile(r"-[a-z]+\s+")  # "Iran[-aligned ]Houthis"


def names_a_conflict(text: str, phrase: Phrase, conflict_words: set[int], relation_words: set[int] = frozenset()) -> bool:
    """A country just before a word of war and peace or of subject matter (whose starts are
    `conflict_words`: "the Ukraine conflict", "the Russia-Ukraine war", "the Gaza ceasefire",
    "the Taiwan question"), or in a pair before a
    word of relations (`relation_words`: "China-US relations"), names what the position is
    about, not an actor it addresses."""
    compound = re.match(r"(?:[-–][\w’']+)*\s", text[phrase.end:phrase.end + 60])
    if compound is None:
        return False
    paired = compound.group().strip() != "" or text[max(0, phrase.start - 1)] in "-–"
    return phrase.end + compound.end() in conflict_words or (paired and phrase.end + compound.end() in relation_words)


def _between(ctx: Context, phrases: list[Phrase], start: int, end: int, lang: str) -> list[tuple[Phrase, Phrase]]:
    """The mentions of the parties named as "between A and B" / "tra A e B"."""
    text, joined = ctx.document.text, ctx.lexicon.coordinated_pair(lang)
    sides = without_overlaps(_in(phrases, start, end, "actor", "demonym"))  # not "europea" of "l'Unione europea"
    pairs = []
    for cue in _in(phrases, start, end, "between"):
        after = [p for p in sides if 0 <= p.start - cue.end < 40]
        pairs += [(a, b) for a, b in zip(after, after[1:]) if joined.fullmatch(text, a.end, b.start)][:1]
    return pairs


def between_pairs(ctx: Context, phrases: list[Phrase], start: int, end: int, lang: str) -> list[tuple[str, str]]:
    """The parties named as "between A and B" / "tra A e B"."""
    return [(ctx.represents(a.value), ctx.represents(b.value)) for a, b in _between(ctx, phrases, start, end, lang)]


NEARBY = 300  # characters around a clause that its topic rules may look at
# the kinds of phrase the topic rules read (the others are left out before they look)
TOPIC_RULE_KINDS = frozenset(("topic", "actor", "conflict-word", "demonym", "bilateral", "meeting", "between", "membership",
                              "sides-reference", "counterpart"))


def topics(ctx: Context, clause: Clause, phrases: list[Phrase], conflicts: list[tuple[int, str]],
           previous: Clause | None) -> list[str]:
    """What a statement is about, most specific first.

    Topics named by keyword or evoked by a country in the position (a generic word of war and
    peace stands for the conflict last named); then the relations of the speaker with each
    other party the position is about (a bilateral cue, a partner "with" the speaker, a single
    country it is aimed at), unless that party already stands for a topic found (Ukraine for the
    conflict in Ukraine); with no relation found and no target, the relation of the speaker's
    statement just before; with nothing found, the topics of the statement before, else the relations of the
    meeting's parties, else none (`stages.fields` then gives a lead statement the topics of the one after it).
    """
    first = clause.clause_start == clause.sentence.body
    start, end = (min(clause.clause_start, clause.position[0]) if first else clause.position[0]), clause.position[1]
    text = ctx.document.text
    # what the rules below look at lies within the clause and a little around it: a sentence
    # with hundreds of clauses is not read whole for each
    low, high = min(start, clause.position[0]) - NEARBY, max(end, clause.position[1]) + NEARBY
    phrases = [p for p in phrases if p.kind in TOPIC_RULE_KINDS and p.end > low and p.start < high]
    names = [p for p in phrases if p.kind == "actor"]
    # a pair that begins a name still names the pair's relations ("the UK-India Comprehensive
    # Strategic Partnership"), though its second half goes on into the name
    paired = {(p.start, p.end) for pair in _hyphenated(text, phrases, low, high) for p in pair}
    phrases = [p for p in phrases if p.kind not in ("topic", "actor") or (p.start, p.end) in paired
               or _names_its_own(ctx, p, names, clause.lang)]
    phrases = [p for p in phrases if not (p.kind == "topic" and p.start < clause.position[0] and _in_title(
        ctx, text[max(clause.sentence.body, p.start - NEARBY):p.start], p, clause.lang))]
    found: list[str] = []
    speaker_named = [(p.start, p.end) for p in names if p.value in clause.actors and p.end <= clause.verb.start]
    for phrase in sorted(_in(phrases, start, end, "topic", "actor", "conflict-word"), key=lambda p: p.start):
        if phrase.kind == "conflict-word":  # the conflict named last before it, unless it names its own ("the conflict in
            # Syria") or is a word of another matter's name ("a trade war")
            conflict = current_conflict(conflicts, phrase.start)
            ids = [conflict] if conflict and not _names_its_conflict(ctx, phrase, phrases) and not any(
                t.kind == "topic" and t.start <= phrase.start and phrase.end <= t.end and t.end - t.start > phrase.end - phrase.start
                for t in phrases) else []
        elif (phrase.start, phrase.end) in speaker_named:
            ids = []  # the speaker named as the subject ("The members of the Security Council condemned…"),
            # not a place its name holds ("La missione Onu in Libia ha parlato…")
        elif phrase.kind == "topic":  # not a word of the speaker's own name ("The Chilean Embassy said")
            ids = [] if any(a <= phrase.start and phrase.end <= b for a, b in speaker_named) else [phrase.value]
        else:
            ids = ctx.lexicon.evoked_topics.get(phrase.value, [])
        for topic_id in ids:
            if topic_id not in found:
                found.append(topic_id)

    # a broad topic with an actor that narrows it is the narrower one ("Iran must never acquire a
    # nuclear weapon": Iran's nuclear programme, not arms control in general)
    # the speaker's side narrows it too ("Iran's spokesman said the nuclear programme is peaceful")
    # ("gli impianti nucleari iraniani": a demonym too)
    sides = {ctx.represents(p.value) for p in _in(phrases, start, end, "actor", "demonym")} \
        | {ctx.represents(a) for a in clause.actors}
    found = list(dict.fromkeys(narrow for t in found for narrow in [t] + [
        n for n, actors in ctx.lexicon.narrowings.get(t, ()) if actors & sides]))
    found = [t for t in found if not any(t in ctx.lexicon.absorbed.get(other, ()) for other in found)]

    def side(actor: str) -> str:
        return ctx.represents(actor)

    def stands_for_found(party: str) -> bool:
        return any(t in found for t in ctx.lexicon.evoked_topics.get(party, []))

    parties = _parties(ctx, clause, phrases)
    counterparts = [side(p) for p in ctx.participants if side(p) not in parties]
    cue = bool(_in(phrases, *clause.position, "bilateral"))
    relations_met: list[str | None] = []
    partner = ctx.lexicon.compiled("partner-before", clause.lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('partner', clause.lang)})\s+"
        rf"(?:(?:{ctx.lexicon.alternation('article', clause.lang)})\s+)?$"), re.IGNORECASE)
    others = []
    hyphenated = _hyphenated(text, phrases, *clause.position)
    in_pairs = {(p.start, p.end) for pair in hyphenated for p in pair}
    named_in_position = _in(phrases, *clause.position, "actor", "demonym")
    # "urged India to work with Pakistan": the partner is the addressee's, not the speaker's
    addressee = next((p for p in named_in_position if _addressee(ctx, clause, p, phrases)), None) \
        if clause.act == "appeal" else None
    partnered: list[tuple[str, str]] = []
    for phrase in named_in_position:
        if addressee is not None and phrase.start > addressee.end and partner.search(text, max(0, phrase.start - 12), phrase.start):
            partnered.append((side(addressee.value), side(phrase.value)))
            others.append(side(addressee.value))
        elif partner.search(text, max(0, phrase.start - 12), phrase.start) \
                or cue and (phrase.start, phrase.end) not in in_pairs:  # "Sino-US relations": theirs, not the speaker's with each
            others.append(side(phrase.value))
    aimed = [a for a in (side(t) if ctx.is_person(t) else t for t in clause.targets)  # a person: their country
             if a in ctx.lexicon.country_like]
    named_sides = {side(p.value) for p in _in(phrases, start, end, "actor", "demonym")}
    # a country the position refers to without naming it ("the sovereignty of the country") evokes
    # its topic as its name would
    found += [t for a in aimed if a not in named_sides for t in ctx.lexicon.evoked_topics.get(a, []) if t not in found]
    if len({side(t) for t in clause.targets}) == 1:  # one party: a person and their country are one
        others += aimed
    if cue and len(set(parties + others)) < 2:
        others += counterparts
    if "diplomatic-contacts" in found:  # and the counterpart of a side the position names ("no plans to meet his U.S. counterpart")
        named_counterparts = {p.start for p in _in(phrases, *clause.position, "counterpart")}
        others += counterparts + [side(p.value) for p in _in(phrases, *clause.position, "demonym")
                                  if p.end + 1 in named_counterparts]
    named = {p.value for p in _in(phrases, *clause.position, "actor")}
    for meeting_phrase in _in(phrases, *clause.position, "meeting"):  # "a priority at the meeting of A and B"
        meeting = ctx.meeting(meeting_phrase.start)
        if meeting is not None and set(meeting.participants) <= named:  # the meeting the position names
            pairs_met = list(dict.fromkeys(side(p) for p in meeting.participants))
            if len(pairs_met) == 2:
                relations_met.append(_relation(ctx, pairs_met))
    others = [o for o in dict.fromkeys(others) if o not in parties and not stands_for_found(o)]
    pairs = between_pairs(ctx, phrases, *clause.position, clause.lang) + _memberships(ctx, clause, phrases) \
        + [pair for pair in partnered if not any(map(stands_for_found, pair))] \
        + [pair for pair in ((side(a.value), side(b.value)) for a, b in hyphenated) if not any(map(stands_for_found, pair))] \
        + [tuple(addressed) for addressed in [_sides_addressed(ctx, phrases, *clause.position)]
           if len(addressed) == 2 and not set(addressed) & set(parties)]  # "urged both sides to show restraint":
    # a third party's, the two sides' relations (not when a speaker is one of them: "agreed to keep working
    # with both sides", a call's participant saying "both sides must make compromises")
    if len(parties) == 1:
        relations = [_relation(ctx, parties + [other]) for other in others] + \
                    [_relation(ctx, list(pair)) for pair in pairs]
    else:  # a joint statement is about the speakers' own relations only when it says so, and
        # about those of a pair it names ("de-escalation between India and Pakistan")
        relations = ([_relation(ctx, parties)] if cue or "diplomatic-contacts" in found else []) + \
                    [_relation(ctx, list(pair)) for pair in pairs]
    found += [r for r in dict.fromkeys(relations + relations_met) if r and r not in found]
    relation_parties = ctx.lexicon.relation_parties
    if found and previous and previous.actors == clause.actors and len(parties) == 1 and not clause.targets \
            and not any(t in relation_parties for t in found):
        # the relation the speaker's statement before was about goes on into one aimed at no one
        # ("…criticised Japan. He stressed that Taiwan…")
        found += [t for t in previous.topics if parties[0] in relation_parties.get(t, ())][:1]
    if found and previous and (_refers_back(ctx, clause) or _what_was_said(ctx, clause, phrases) is not None):
        # "…condemns the storming of Al-Aqsa. … rejection of these continued violations of
        # international law", "… firmly opposes the move": the matter before goes on
        found += [t for t in previous.topics if t not in found and t not in relation_parties]
    if found:
        return found
    if previous and (previous.actors == clause.actors or not clause.targets
                     or set(clause.targets) <= {side(a) for a in previous.actors + list(ctx.memory.last_joint)}):
        # not to another speaker's statement aimed at a party of its own ("Chile condemns the Houthi
        # attacks…"), but to one aimed at the speakers before it (a reply: "Pyongyang denounced the meeting")
        return list(previous.topics)
    relation = _relation(ctx, parties + counterparts)
    return [relation] if relation else []


def _refers_back(ctx: Context, clause: Clause) -> bool:
    """Whether a position names a thing by a demonstrative ("these violations", "such acts",
    "questi attacchi"): the thing the text named before."""
    lang = clause.lang
    demonstrative = ctx.lexicon.compiled("demonstrative", lang, lambda: r"(?<!\w)(?:{})\s+\w".format("|".join(
        re.escape(w) for w in sorted(ctx.lexicon.labels("anaphoric-object", lang) & ctx.lexicon.labels("determiner", lang))
        or ["(?!)"])), re.IGNORECASE)
    return demonstrative.search(ctx.document.text, *clause.position) is not None


def _hyphenated(text: str, phrases: list[Phrase], start: int, end: int) -> list[tuple[Phrase, Phrase]]:
    """Two parties joined by a hyphen or a slash ("the draft Russian-US treaty", "U.S.-EU cooperation"):
    a position that names them is about their relations."""
    sides = sorted(_in(phrases, start, end, "actor", "demonym"), key=lambda p: p.start)
    return [(a, b) for a, b in zip(sides, sides[1:]) if text[a.end:b.start] in ("-", "–", "/") and a.value != b.value]


def _memberships(ctx: Context, clause: Clause, phrases: list[Phrase]) -> list[tuple[str, str]]:
    """(country, organisation) of each membership the position names ("Kosovo's bid for
    membership of the EU", "l'adesione del Kosovo all'Ue"): the country is the one the position
    aims at, else another it names, else the speaker's."""
    inside = _in(phrases, *clause.position, "actor")
    text = ctx.document.text
    joined = [p for p in inside if ctx.lexicon.actor_kind.get(p.value) == "organization" and any(
        c.kind == "membership" and p.start - 40 < c.end <= p.start and not re.search(r"[,;:.]", text[c.end:p.start])
        for c in phrases)]  # "l'adesione del Kosovo all'Ue"
    found = []
    for organisation in joined:
        candidates = [ctx.represents(t) for t in clause.targets] + [ctx.represents(p.value) for p in inside] \
            + [ctx.represents(a) for a in clause.actors]
        country = next((c for c in candidates if c != organisation.value and c in ctx.lexicon.country_like), None)
        if country:
            found.append((country, organisation.value))
    return found


def _names_its_conflict(ctx: Context, word: Phrase, phrases: list[Phrase]) -> bool:
    """Whether a word of war and peace names its own conflict beside it ("the internal conflict in
    Syria", "the Gaza ceasefire", "una pace giusta e duratura in Ucraina"): then it stands for that one, not for the conflict last named."""
    text = ctx.document.text
    conflict_topics = ctx.lexicon.conflict_topics
    for p in phrases:
        ids = [p.value] if p.kind == "topic" else ctx.lexicon.evoked_topics.get(p.value, []) if p.kind == "actor" else []
        if not any(t in conflict_topics for t in ids):
            continue
        low, high = (p.end, word.start) if p.end <= word.start else (word.end, p.start)
        if 0 <= high - low <= 40 and not re.search(r"[,;:.]", text[low:high]):
            return True
    return False


def _relation(ctx: Context, sides: list[str]) -> str | None:
    """The A-B-relations topic of exactly two parties, when the vocabulary has one."""
    distinct = frozenset(sides)
    return ctx.lexicon.relation_of.get(distinct) if len(distinct) == 2 else None
