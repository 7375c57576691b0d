"""Who a clause's actors are: subjects before or after the verb, references resolved to people."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable

from kg.extraction.context import ELIDED_WORD, INSTITUTION, NOT_SPACE, PLAIN_WORDS, WORD, Context, of_complement_only, words_before
from kg.extraction.lexicon import Phrase, title_words
from kg.extraction.sentences import QUOTE_MARK, Quotes

LOOK_BACK = 5000  # characters around a reference in which what it refers to is looked for (a readout's whole text)

TITLE_GAP = re.compile(r"^[\s\w’'.-]*$")
TITLE_LENGTH = 80  # characters between a side and the person whose title names it


def preceded_by(ctx: Context, text: str, phrase: Phrase, lang: str, floor: int, cue: str) -> bool:
    """Whether a mention follows one of a cue's words ("with X", "con la Russia", "in Ukraine"),
    across articles, titles, coordinated names and a place before a country ("in Tillabéri, Niger"),
    within the clause; a mention that opens with
    its article begins a phrase of its own ("ha scritto su X il ministro": X is what "su" governs)."""
    opens_with_article = ctx.lexicon.is_word("article", lang, phrase.text.split()[0].lower())
    words = WORD.findall(text, max(floor, phrase.start - 80), phrase.start)
    for i in range(len(words) - 1, -1, -1):
        word, lowered = words[i], words[i].lower()
        if ctx.lexicon.is_word(cue, lang, lowered):
            return True
        if cue == "locative" and word == "," and i == len(words) - 1 and i and words[i - 1][:1].isupper():
            continue  # "in Tillabéri, Niger": a place, then its country
        if word == "," or opens_with_article or not (word[:1].isupper() or ctx.lexicon.is_word("noun-phrase-word", lang, lowered)):
            return False
    return False


def blocked(ctx: Context, text: str, phrase: Phrase, lang: str, floor: int) -> bool:
    """Whether a mention is the object of a preposition, not a speaker. A person's own title is
    read from its start: in "spokesperson for the Foreign Ministry Jane Doyle" the "for" is the
    title's, in "talks with Foreign Minister Jane Doyle" the "with" governs her."""
    titles = [p for p in ctx.phrases_between(max(floor, phrase.start - 200), phrase.start)
              if p.kind == "title" and p.end == phrase.start]
    start = titles[0].start if titles else phrase.start
    before = [w.lower() for w in WORD.findall(text[max(floor, start - 30):start])]
    if any(ctx.lexicon.is_word("co-subject", lang, " ".join(before[-n:])) for n in (2, 3)):
        return False  # "Lavrov, along with Wang Yi, called for…": a speaker too
    if any(p.kind == "meeting" and all(ctx.lexicon.is_word("article", lang, w.lower()) for w in WORD.findall(text, p.end, start))
           for p in ctx.phrases_between(max(floor, start - 40), start)):
        return True  # "X met Foreign Minister Y and called for…": whom one meets is no speaker
    if before and ctx.lexicon.is_word("time-conjunction", lang, before[-1]) and any(
            p.kind == "verb" and NOT_SPACE.search(text, phrase.end, p.start) is None
            for p in ctx.phrases_between(phrase.end, phrase.end + 30)):
        return False  # "…after Tokyo announced new restrictions": the subject of its own clause
    return preceded_by(ctx, text, titles[0] if titles else phrase, lang, floor, "preposition") \
        and not spoken_for(ctx, text, start, lang, floor)


def spoken_for(ctx: Context, text: str, start: int, lang: str, floor: int) -> bool:
    """ "A spokesperson for the Chilean Foreign Ministry said", "un portavoce del ministero…",
    "officials from both countries said", "a statement by the Russian Foreign Ministry said", "a
    spokesman for Foreign Minister Jane Doyle said": an unnamed holder of a role, an official or a
    document, the whole subject, speaks for whose it is (`start`: where the mention, or its title, begins);
    so does each name coordinated after the first ("a joint statement by Chile and Peru")."""
    start = _list_start(ctx, text, start, lang, floor)
    words = [w.lower() for w in WORD.findall(text[max(floor, start - 80):start])
             if not ctx.lexicon.is_word("joint-word", lang, w.lower())]  # "a joint statement by X and Y"
    while words and ctx.lexicon.is_word("article", lang, words[-1]):
        words.pop()
    if len(words) == 2 and ctx.lexicon.is_word("issuing-participle", lang, words[0]) and ctx.lexicon.is_word(
            "document-noun", lang, noun := (ELIDED_WORD.findall(text[max(0, floor - 20):floor].lower()) or [""])[-1]):
        words = [noun, words[1]]  # "È l'appello[ lanciato dal ]ministro X": the noun that ends the verb's label
    if len(words) >= 3 and ctx.lexicon.is_word("issuing-participle", lang, words[-2]):
        # "a statement released by X", "The statement, signed by X,": the document's, as "a statement by X"
        words = [w for w in words[:-2] if w != ","] + words[-1:]
    _, role_ends = ctx.lexicon.role_words(lang)
    return 2 <= len(words) <= 3 and (words[-2] in role_ends or ctx.lexicon.is_word("anonymous-source", lang, words[-2])
                                     or ctx.lexicon.is_word("document-noun", lang, words[-2])) and (
        ctx.lexicon.is_word("preposition", lang, words[-1]) or ctx.lexicon.is_word("title-complement", lang, words[-1])
        or ctx.lexicon.is_word("determiner", lang, words[-1])) and (
        len(words) == 2 or ctx.lexicon.is_word("determiner", lang, words[0]))


def _list_start(ctx: Context, text: str, start: int, lang: str, floor: int) -> int:
    """Where the list of names that ends with the one at `start` begins ("Chile, Peru and Bolivia",
    "Foreign Minister Jane Doyle and Foreign Minister Tom Berg": at the first one's title)."""
    while True:
        before = [p for p in ctx.phrases_between(max(floor, start - 80), start) if p.kind == "actor" and p.end <= start]
        gap = text[before[-1].end:start].replace(",", " ").split() if before else None
        if not gap or len(gap) > 1 or not ctx.lexicon.is_word("coordination", lang, gap[0].lower()):
            return start
        start = title_start(ctx, before[-1])


def without_asides(ctx: Context, text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The window without ", reacting to …," style participial asides, nor a relative one after a
    name (", who spoke to reporters before a meeting of his EU counterparts,", ", whose country
    borders Peru,", ", il cui paese…,")."""
    spans, cursor = [], start
    for match in re.finditer(r",\s+(\w+)(\s+\w+)?[^,]*,", text[start:end]):
        first = match.group(1).lower()
        if ctx.lexicon.is_gerund(first, lang) or ctx.lexicon.is_word("relative", lang, first) \
                or ctx.lexicon.is_word("possessive-relative", lang, first) \
                or ctx.lexicon.is_word("possessive-relative", lang, first + (match.group(2) or "").lower()):
            spans.append((cursor, start + match.start()))
            cursor = start + match.end()
    spans.append((cursor, end))
    return spans


GENDERS = ("feminine", "masculine")
GENDER_REACH = 6  # words after a name in which "her" or "his" is theirs ("Jane Doyle met her counterpart")


def gender_of(ctx: Context, actor: str) -> str | None:
    """Whether the text shows a person to be a woman or a man; None when it does not, or says both."""
    if ctx.genders is None:
        ctx.genders = _genders(ctx)
    return ctx.genders.get(actor)


def _word_gender(ctx: Context, word: str, lang: str) -> str | None:
    return next((g for g in GENDERS if ctx.lexicon.is_word(g, lang, word.lower())), None)


def _genders(ctx: Context) -> dict[str, str]:
    """What the text shows of each person's gender: the form of address or role of their title
    ("Ms", "spokeswoman", "la ministra"), and a possessive right after their name that is theirs,
    before a noun ("Jane Doyle met her counterpart", not "thanked her for")."""
    text, shown = ctx.document.text, {}
    for sentence in ctx.ordered:
        lang = sentence.lang
        if not any(ctx.lexicon.any_word(g, lang).search(text, sentence.start, sentence.end) for g in GENDERS):
            continue  # most sentences say nothing of anyone's gender
        phrases = ctx.phrases(sentence)
        titles = {p.end: p.start for p in phrases if p.kind == "title" and "," not in p.text}
        persons = [p for p in phrases if p.kind == "actor" and ctx.is_person(p.value)]
        for person, following in zip(persons, [p.start for p in persons[1:]] + [sentence.end]):
            start = titles.get(person.start, person.start)
            before = words_before(text, start, 2)  # "Ms", or "Ms" and its stop
            address = [w for w in {"".join(before), *before[-1:]} if ctx.lexicon.is_word("honorific", lang, w.lower())]
            genders = {g for w in address + WORD.findall(text, start, person.start) if (g := _word_gender(ctx, w, lang))}
            after = WORD.findall(text, person.end, following)[:GENDER_REACH + 1]
            for word, noun in zip(after, after[1:]):
                gender = _word_gender(ctx, word, lang)
                if gender is None:
                    continue
                if ctx.lexicon.is_word("possessive-determiner", lang, word.lower()) and noun[:1].isalpha() and not any(
                        ctx.lexicon.is_word(cue, lang, noun.lower()) for cue in ("preposition", "article", "complement")):
                    genders.add(gender)
                break  # "told him": another's
            shown.setdefault(person.value, set()).update(genders)
    return {person: genders.pop() for person, genders in shown.items() if len(genders) == 1}


def resolve_person(ctx: Context, phrase: Phrase) -> list[str]:
    """A reference to one person: the one named in the text whose post shares its head noun,
    else the one who held that role on the document's date, else the last speaker."""
    words = title_words(phrase.text)
    lang = ctx.lang_at(phrase.start)
    meant = ctx.lexicon.titles_meant(phrase.text, lang)  # "il capo della diplomazia": a foreign minister
    # the meeting's people and those named so far, the last first; a reference with its article
    # or a pronoun refers back, to those its own sentence names before it too ("A spokesman for Minister X said
    # the minister…"); a bare title is a name's ("endorsed by Special Rapporteur on … Y")
    in_sentence = tuple(p.value for p in ctx.phrases_between(ctx.sentence_start(phrase.start), phrase.start)
                        if p.kind == "actor" and ctx.is_person(p.value)) \
        if ctx.lexicon.is_word("article", lang, phrase.text.split()[0].lower()) or not words else ()  # "Doyle said she and…": a pronoun too
    candidates = list(dict.fromkeys(reversed(
        tuple(ctx.participants) + ctx.memory.last_actors + ctx.memory.persons_seen + in_sentence)))
    # "He thanked…" after "Jane Doyle met her counterpart Tom Berg": not a person the text shows otherwise
    gender = next((g for w in WORD.findall(phrase.text) if (g := _word_gender(ctx, w, lang))), None)
    persons = [c for c in candidates if ctx.is_person(c) and (gender is None or gender_of(ctx, c) in (None, gender))
               and (words or c not in ctx.memory.speaker)]  # a briefer calls themselves "I", not "he"
    if any(ctx.lexicon.is_word("rank-address", lang, w) for w in phrase.text.lower().split()):
        # "His Highness affirmed…": the text's principal, whom its publisher addresses so
        return [p for p in ctx.principal if ctx.is_person(p)] or persons[:1]
    # a role in a place it names ("the President of the AU", "the Chinese foreign minister"):
    # who of them held it then; no one who speaks for another side
    where = places_named(ctx, phrase) or _places_named_before(ctx, phrase, words)
    # a person the text itself gives the role, of that side, before the gazetteer's holder ("The
    # Chairperson of the AU Commission, H.E. Mr. X, … The Chairperson condemns…": the text is newer)
    titled = [p for p in persons if p in ctx.people and words & ctx.people[p].post_words
              and where and ctx.represents(p) in {ctx.represents(w) for w in where}]
    if titled:
        return titled[:1]
    holders = [h for title in meant or (words,)
               for h in ctx.lexicon.holders(ctx.document.date, title, _sides_of(ctx, where), persons)] \
        if where and persons else []
    if holders:
        return holders[:1]
    sides = {ctx.represents(place) for place in where}  # the Farnesina's head speaks for Italy
    # who spoke last for an organisation, of whatever country ("the UN envoy X said… The Norwegian diplomat said")
    international = [a for a in ctx.memory.last_actors if a in persons and ctx.is_person(a)
                     and ctx.lexicon.actor_kind.get(ctx.represents(a)) == "organization"]
    if where:
        persons = [p for p in persons if ctx.represents(p) in sides]
    # what the post is must match ("the Secretary-General" is not the Secretary-General's
    # spokesman); then the most words of the titles in common, the most recent on a tie
    # (a periphrasis by what it means: "EAM" is India's External Affairs Minister, not the other minister)
    shared = [max((len(w & heads), len(w & titles)) for w in meant or (words,))
              for heads, titles in map(ctx.post_words, persons)]
    if any(head for head, _ in shared):
        # the best match; on a tie, the text's principal ("Rossi met Doyle. The Minister expressed…")
        tied = [p for p, score in zip(persons, shared) if score == max(shared)]
        if len(tied) > 1 and _takes_turn(ctx, phrase):  # "For his part, the Foreign Minister…": the other one
            tied = [p for p in tied if p not in ctx.memory.last_actors] or tied
        return next(([p] for p in ctx.principal if p in tied), tied[:1])
    if words and not where and _unnamed_holder_spoke(ctx, phrase, words):
        return list(ctx.memory.last_actors)
    if words or meant:  # a role: "the Secretary-General" of a UN note
        holder = incumbent(ctx, phrase)
        if holder:
            return holder
    # "Doyle later said she supported…": the person her own sentence names, not the last speaker
    # (not one named inside a quotation: "“we will see what he [Trump] says,” she added")
    nearest = [p for p in persons if p in in_sentence]
    if not words and nearest and QUOTE_MARK.search(ctx.document.text, ctx.sentence_start(phrase.start), phrase.start) is None:
        return nearest[:1]
    last = [a for a in ctx.memory.last_actors if a in persons and (not where or ctx.represents(a) in sides)]
    if len(last) == 1:
        return last
    if where and not persons:  # the text's principal if they speak for it, else the one person the
        # text names later with that post ("Peru's foreign minister on Tuesday accused Chile… Foreign
        # Minister Elena Castro told reporters"), else the country: "the Ugandan foreign minister",
        # whom the text does not name, is Uganda
        principal = [p for p in ctx.principal if ctx.represents(p) in sides]
        later = [p for p, person in ctx.people.items() if p not in candidates and words & ctx.post_words(p)[0]
                 and (person.represents is None or ctx.represents(p) in sides)]
        if not principal and len(later) == 1:  # and the place says whose minister they are
            ctx.people[later[0]] = dataclasses.replace(ctx.people[later[0]], represents=ctx.represents(where[0]))
            return later
        if not principal and len(international) == 1 and ctx.lexicon.is_word("anonymous-source", lang, phrase.value):
            return international  # a national of the country, not a post of it: "the Norwegian diplomat" after the UN's envoy
        return principal or _institution_of_reference(ctx, phrase) or [_side_of_place(ctx, where[0])]
    if not persons and not ctx.principal and phrase.value == "person-reference":
        return list(ctx.memory.last_actors)  # "a spokesman for the Foreign Office said … he added"
    if phrase.value == "person-reference" and ctx.participants \
            and not any(a in ctx.participants for a in ctx.memory.last_actors):
        # "X spoke with his counterpart Y. He called for…": before anyone at it spoke (a briefer's
        # turn aside), the meeting's subject
        return ctx.principal
    if phrase.value != "person-reference" and ctx.memory.last_actors \
            and not any(ctx.is_person(a) for a in ctx.memory.last_actors):
        # "A spokesperson for the Chilean foreign ministry rejected it. …, the spokesperson said": the
        # side an unnamed holder of the role spoke for last, not a person of another post; unless the
        # reference names its institution ("il portavoce della sede diplomatica")
        return _institution_of_reference(ctx, phrase) or list(ctx.memory.last_actors)
    joint = [p for p in ctx.principal if p in ctx.memory.last_actors] if len(ctx.memory.last_actors) > 1 else []
    if joint and not words:
        return joint[:1]  # "X met Y. They discussed… He affirmed…": the text's principal
    return persons[:1] or ctx.principal or _institution_of_reference(ctx, phrase)


def _institution_of_reference(ctx: Context, phrase: Phrase) -> list[str]:
    """ "the Spokesperson of the Ministry of Foreign Affairs of Türkiye", whom the text does not
    name: the institution its complement names, for which they speak."""
    inside = [p for p in ctx.phrases_between(phrase.start, phrase.end + INSTITUTION_REACH) if phrase.start < p.start < phrase.end
              and (p.kind == "institution-reference" or p.kind == "actor" and p.value in ctx.institutions)]
    if not inside:
        return []
    longest = max(inside, key=lambda p: p.end - p.start)  # "the Ministry of Foreign Affairs", not "the Ministry"
    return [longest.value] if longest.kind == "actor" else resolve_institution(ctx, longest)


INSTITUTION_REACH = 60  # characters past a reference's end that the name of an institution inside it may run on


def _unnamed_holder_spoke(ctx: Context, phrase: Phrase, words: set[str]) -> bool:
    """ "A spokesperson for the ministry said… “…,” the spokesperson said": the role was named
    before with no name, and the last to speak was no person (the side that unnamed holder spoke
    for), so the reference is theirs, not the gazetteer's holder of such a post elsewhere."""
    last = ctx.memory.last_actors
    if not last or any(ctx.is_person(a) for a in last):
        return False
    start = max(0, phrase.start - LOOK_BACK)
    return any(p.kind == "role" and p.end <= ctx.sentence_start(phrase.start) and words & title_words(p.text)
               and not any(q.kind == "actor" and ctx.is_person(q.value) and 0 <= q.start - p.end < NAME_AFTER_ROLE
                           for q in ctx.phrases_between(p.end, p.end + NAME_AFTER_ROLE))
               for p in ctx.phrases_between(start, phrase.start))


NAME_AFTER_ROLE = 40  # characters after a role in which the name of its holder would be


def _takes_turn(ctx: Context, phrase: Phrase) -> bool:
    """Whether the reference's sentence opens with the other party's turn ("For his part, the…",
    "Dal canto suo, il ministro…")."""
    lang = ctx.lang_at(phrase.start)
    turn = ctx.lexicon.compiled("turn-opening", lang, lambda: (
        rf"\W*(?:{ctx.lexicon.alternation('turn', lang)})\s*,"), re.IGNORECASE)
    return turn.match(ctx.document.text, ctx.sentence_start(phrase.start), phrase.start) is not None


def incumbent(ctx: Context, phrase: Phrase) -> list[str]:
    """Who held the role on the document's date in the organisation or country that the
    reference names ("the President of the AU"); when it names none, that the document's first
    line names (a UN note's "The Secretary-General"), else whose web site published it, else
    that the speaker of a transcript's turn speaks for, else that the text around it (LOOK_BACK
    characters either side: a readout's whole text) names or its people speak for (the note
    signed by the Secretary-General's spokesman), of the side of its dateline when it has one,
    else the place its periphrasis means ("the Holy Father": the Holy See's; "the
    Secretary-General": the UN's); no one when that is not one person."""
    meant = ctx.lexicon.titles_meant(phrase.text, ctx.lang_at(phrase.start))
    # a lexicon's reference ("The Secretary") has its role for its value, the reference found
    # otherwise none: its words are the role
    titles = meant or (title_words(phrase.text) if phrase.value == "person-reference" else
                       title_words(phrase.value) | _qualifiers(ctx, phrase),)
    home = ctx.lexicon.meant_homes.get(meant)
    in_reference = set(places_named(ctx, phrase))

    def around() -> set[str]:
        return {side for p in ctx.phrases_between(max(0, phrase.start - LOOK_BACK), phrase.start + LOOK_BACK)
                if p.kind == "actor" for side in (p.value, ctx.represents(p.value))}

    places = (lambda: in_reference,) if in_reference else (
        lambda: {p.value for p in ctx.heading_phrases() if p.kind == "actor"},
        lambda: set(ctx.publisher),
        lambda: {ctx.represents(a) for a in ctx.memory.speaker},  # a briefer's "the President"
        around,
        lambda: {home} if home else set())  # last, the place its periphrasis means: "the Holy Father"
    for named in places:  # looked at one after the other, the text around it last
        where = _sides_of(ctx, named())
        holders = list(dict.fromkeys(
            h for words in titles for h in ctx.lexicon.holders(ctx.document.date, words, where))) if where else []
        if holders and named is around and (dateline := ctx.dateline_country):
            # not another side's than where the text comes from ("Islamabad, …: The Spokesperson
            # stated…" when the gazetteer lists only India's)
            holders = [h for h in holders if ctx.represents(h) in _sides_of(ctx, set(dateline))]
        if holders:
            return holders if len(holders) == 1 else _of_the_most_named(ctx, phrase, holders, home)
    return []


def _qualifiers(ctx: Context, phrase: Phrase) -> set[str]:
    """The capitalised words right before a reference's role that tell its post from others ("the
    Indian Defence Minister": defence; not a foreign minister), not its place's."""
    lang = ctx.lang_at(phrase.start)
    role = phrase.text.lower().rfind(phrase.value)
    places = [(p.start, p.end) for p in ctx.lexicon.phrases(phrase.text, lang) if p.kind in ("demonym", "actor")]
    found: set[str] = set()
    for word in reversed(list(WORD.finditer(phrase.text, 0, max(role, 0)))):
        if not word.group()[:1].isupper() or ctx.lexicon.is_word("article", lang, word.group().lower()) \
                or any(a <= word.start() < b for a, b in places):
            break
        found |= title_words(word.group())
    return found


def _of_the_most_named(ctx: Context, phrase: Phrase, holders: list[str], home: str | None) -> list[str]:
    """Of several holders of a role, the one whose side the text around the reference names most,
    its people included (a UN note that mentions "ASEAN's efforts" once, signed by the UN's
    spokesman); on a tie, the one of the place the periphrasis means ("the Secretary-General":
    the UN's); then the one whose post shares most words with those of the people named around it
    or speaking in the transcript (the State Department spokesperson's "the Secretary" is the
    Secretary of State); no one when that leaves more than one."""
    around = [p.value for p in ctx.phrases_between(max(0, phrase.start - LOOK_BACK), phrase.start + LOOK_BACK)
              if p.kind == "actor"]
    named = Counter(ctx.represents(actor) for actor in around)
    sides = {holder: ctx.represents(holder) for holder in holders}
    most = max(named[side] for side in sides.values())
    chosen = [holder for holder in holders if named[sides[holder]] == most]
    if len(chosen) > 1 and home:
        chosen = [holder for holder in chosen if sides[holder] == home]
    if len(chosen) > 1:  # a State Department briefer's "the Secretary": of their own department
        colleagues = {a for a in [*around, *ctx.turns.values()] if a and ctx.is_person(a) and a not in holders}
        shared = {h: max((len(ctx.post_words(h)[1] & ctx.post_words(c)[1]) for c in colleagues), default=0)
                  for h in chosen}
        chosen = [h for h in chosen if shared[h] == max(shared.values())]
    return chosen if len(chosen) == 1 else []


def _sides_of(ctx: Context, places: Iterable[str]) -> set[str]:
    """The places with the countries they speak for: a post of the Farnesina's head is Italy's;
    not a party's or an armed group's ("the Hamas chief" is no president of Palestine)."""
    return {side for place in places for side in (place, ctx.represents(place))
            if side == place or ctx.lexicon.actor_kind.get(place) != "organization" or place in ctx.lexicon.state_institutions}


def _side_of_place(ctx: Context, place: str) -> str:
    """Whom an unnamed holder of a post of a place speaks for: a country's institution's, its country
    ("the Ugandan foreign minister", "il capo della Farnesina"); a party's or armed group's, itself."""
    return ctx.represents(place) if len(_sides_of(ctx, [place])) > 1 else place


def _places_named_before(ctx: Context, phrase: Phrase, words: set[str]) -> list[str]:
    """The places an earlier reference to the same role named ("the new Ambassador of Japan … The
    Ambassador conveyed…"): the later one is of the same side."""
    if not words:
        return []
    earlier = [p for p in ctx.phrases_between(max(0, phrase.start - LOOK_BACK), phrase.start)
               if p.kind == "person-reference" and p.start < phrase.start and words <= title_words(p.text)]
    for reference in sorted(earlier, key=lambda p: p.start, reverse=True):
        places = places_named(ctx, reference)
        if places:
            return places
    return []


def places_named(ctx: Context, phrase: Phrase) -> list[str]:
    """The countries and organisations a reference names, by name or by demonym, in order ("the
    President of the AU", "the Chinese foreign minister", "il ministro degli Esteri turco"), or
    the country it refers back to ("Iran will not talk with the US, the country's foreign minister
    said"): its sentence's first, else the last named before it."""
    lang = ctx.lang_at(phrase.start)
    named = list(dict.fromkeys(p.value for p in ctx.lexicon.phrases(phrase.text, lang)
                               if p.kind == "demonym" or (p.kind == "actor" and not ctx.is_person(p.value))))
    if named or not any(ctx.lexicon.is_word("country-noun", lang, w.rstrip("'’s").lower()) for w in phrase.text.split()):
        return named
    countries = [p for p in ctx.phrases_between(max(0, phrase.start - LOOK_BACK), phrase.start)
                 if p.kind == "actor" and ctx.lexicon.actor_kind.get(p.value) == "country"]
    sentence_start = ctx.sentence_start(phrase.start)
    return [next((p for p in countries if p.start >= sentence_start), countries[-1]).value] if countries else []


def actors_named(ctx: Context, text: str, lang: str | None = None) -> list[str]:
    """The actors a piece of text names, in order ("the President of the AU" → the African Union)."""
    return [p.value for p in ctx.lexicon.phrases(text, lang or ctx.document.blocks[0].lang) if p.kind == "actor"]


def resolve_group(ctx: Context) -> list[str]:
    return list(ctx.participants or ctx.memory.last_joint or ctx.memory.last_actors)


def _last_pair(ctx: Context, phrase: Phrase) -> list[str]:
    """ "The two ministers also signed…" after a news conference, no meeting reported: the last
    two people named before it, in the order named."""
    lang = ctx.lang_at(phrase.start)
    if not any(ctx.lexicon.is_word("pair-word", lang, w.lower()) for w in WORD.findall(phrase.text)):
        return []
    pair = _people_named_before(ctx, phrase, LOOK_BACK)[:2]
    return pair[::-1] if len(pair) == 2 else []


def _people_named_before(ctx: Context, phrase: Phrase, reach: int) -> list[str]:
    """The people named in the `reach` characters before a reference, the last first, each once."""
    named = [p.value for p in ctx.phrases_between(max(0, phrase.start - reach), phrase.start)
             if p.kind == "actor" and ctx.is_person(p.value)]
    return list(dict.fromkeys(reversed(named)))


def _organisation_before(ctx: Context, offset: int) -> list[str]:
    """The organisation of states last named before `offset` (not a ministry, which speaks
    for its country): whose members "the ministers" are."""
    named = [p.value for p in ctx.phrases_between(0, offset) if p.kind == "actor"
             and ctx.lexicon.actor_kind.get(p.value) == "organization" and ctx.represents(p.value) == p.value]
    return named[-1:]


def _organisation_of(ctx: Context, phrase: Phrase) -> list[str]:
    """The organisation of states a reference's own complement names ("the foreign ministers of
    the Quad", "i ministri degli Esteri del G7"): whose members they are."""
    lang = ctx.lang_at(phrase.start)
    complement = ctx.lexicon.of_complement(lang).match(ctx.document.text, phrase.end)
    named = actors_named(ctx, complement.group(), lang) if complement and complement.group() else []
    return [a for a in named if ctx.lexicon.actor_kind.get(a) == "organization" and ctx.represents(a) == a][:1]


def _organ_before(ctx: Context, phrase: Phrase) -> list[str]:
    """The organisation whose organ "the Council" or "the Commission" is: the last one the text
    names with it before it ("the Security Council", "Council conclusions", "the ECOWAS Commission"),
    its heading counted; else the actor the reference's words alone name (the European Commission)."""
    text = ctx.document.text
    organ = WORD.findall(phrase.text)[-1].lower()  # the reference's own word: "council", "commissione"
    named = [p.value for p in ctx.heading_phrases() + ctx.phrases_between(max(0, phrase.start - LOOK_BACK), phrase.start)
             if p.kind == "actor" and (organ in p.text.lower()
                                       or (after := NEXT_WORD.match(text, p.end)) is not None and after.group(1).lower() == organ
                                       # "GCC Secretary-General X said the Council…": the Gulf Cooperation Council
                                       or not ctx.is_person(p.value) and organ in ctx.name_of(p.value).lower().split())]
    return named[-1:] or actors_named(ctx, phrase.text, ctx.lang_at(phrase.start))[:1]


NEXT_WORD = re.compile(r" ([\w’']+)")  # the word right after a name ("ECOWAS[ Commission]")


def _named_sides(ctx: Context) -> list[str]:
    """The two countries a text calls sides ("the Vietnamese side", "the Chilean side"), in the
    order named: whom "both sides" are when no meeting is reported; none unless two."""
    if ctx.sides is None:
        named = list(dict.fromkeys(p.value for sentence in ctx.ordered for p in ctx.phrases(sentence)
                                   if p.kind == "actor" and ctx.lexicon.any_word("side", sentence.lang).search(p.text)))
        ctx.sides = named if len(named) == 2 else []
    return ctx.sides


PAIR_LOOK_BACK = 400  # characters before "both sides" in which the pair of countries they are is named


def _pair_of_countries_before(ctx: Context, phrase: Phrase) -> list[str]:
    """The last two countries named together before a reference to the sides ("Chile and Peru held
    consultations in Lima. Both sides reaffirmed…"), when no meeting of people is reported."""
    text, joined = ctx.document.text, ctx.lexicon.coordinated_pair(ctx.lang_at(phrase.start))
    countries = [p for p in ctx.phrases_between(max(0, phrase.start - PAIR_LOOK_BACK), phrase.start)
                 if p.kind == "actor" and ctx.lexicon.actor_kind.get(p.value) == "country"]
    pairs = [[a.value, b.value] for a, b in zip(countries, countries[1:])
             if a.value != b.value and joined.fullmatch(text, a.end, b.start)]
    return pairs[-1] if pairs else []


def _signatories(ctx: Context) -> list[str]:
    """The countries a joint statement's title names ("Joint Statement of the Foreign Ministers of
    Japan and Australia"): whom "the foreign ministers" of its text speak for; two or more, and
    the first line a document's title (a word of a document or of a joint one, no verb of saying),
    not the statement's first sentence nor a headline ("Tajani: «Israele fermi gli attacchi in
    Libano»")."""
    heading = ctx.heading_phrases()
    named = list(dict.fromkeys(p.value for p in heading
                               if p.kind == "actor" and ctx.lexicon.actor_kind.get(p.value) == "country"))
    if len(named) < 2 or any(p.kind == "verb" for p in heading):
        return []
    first = ctx.ordered[0]
    words = [w.lower() for w in WORD.findall(ctx.document.text, first.start, first.end)]
    return named if any(ctx.lexicon.is_word(cue, first.lang, w) for w in words
                        for cue in ("document-noun", "address-noun", "joint-word")) else []


def resolve_institution(ctx: Context, phrase: Phrase) -> list[str]:
    """ "The Ministry of Foreign Affairs", "il ministero": that institution of the country its
    complement names ("of Japan"), else the one an earlier mention of an institution named ("The Ministry of Foreign
    Affairs of Ghana has summoned… The Ministry expressed…") or a ministry named before it by
    another name ("La Farnesina…"), else the institution whose site published the text, else the
    country of the text's dateline ("RIYADH, March 3 (SPA) --"); no one when none is known."""
    named = _complement_institution(ctx, phrase)
    if named:
        return named
    heads = {label.split()[-1] for label in ctx.lexicon.labels("institution-reference", ctx.lang_at(phrase.start))}
    nouns = _institution_words(ctx)
    for earlier in reversed(ctx.phrases_between(max(0, phrase.start - LOOK_BACK), phrase.start)):
        if earlier.kind == "institution-reference" and (named := _complement_institution(ctx, earlier)
                                                          or _where_published(ctx, earlier)) \
                and _same_kind(ctx, phrase, ctx.name_of(named[0])) and ctx.represents(named[0]) != named[0]:
            return named  # "RIYADH … The Ministry of Foreign Affairs expressed… The Ministry reiterated…"
        if earlier.kind != "actor" or not _same_kind(ctx, phrase, ctx.name_of(earlier.value)):
            continue  # "The Embassy" is no ministry named before, "The Ministry" no embassy
        if " " in earlier.text and earlier.text.split()[-1].lower() in heads:
            return [earlier.value]  # "Ghana's foreign ministry"
        if ctx.represents(earlier.value) != earlier.value \
                and nouns & set(ctx.name_of(earlier.value).lower().split()):
            return [earlier.value]  # "La Farnesina segue… Il Ministero invita…", "China's Ministry of
            # Commerce announced… A spokesperson for the ministry said…": the ministry named before
    return _where_published(ctx, phrase)


def _where_published(ctx: Context, phrase: Phrase) -> list[str]:
    """The institution whose site published the text, else the institution of the dateline's
    country the reference names ("RIYADH … The Ministry of Foreign Affairs"), else that country."""
    return ctx.publisher or [institution_of(ctx, country, without_article(ctx, phrase), phrase.end, ctx.lang_at(phrase.start))[0]
                             for country in ctx.dateline_country]


def _same_kind(ctx: Context, reference: Phrase, name: str) -> bool:
    """Whether a reference to an institution and an institution's name are both of one seated
    abroad ("the Embassy", "Chinese Embassy in Italy") or both not ("the Ministry")."""
    names, labels = ctx.lexicon.seated_abroad
    words = f" {' '.join(PLAIN_WORDS.findall(reference.text.lower()))} "
    meant = any(f" {label} " in words for label in labels.get(ctx.lang_at(reference.start), ()))
    return meant == any(word in names for word in name.lower().split())


def _complement_institution(ctx: Context, phrase: Phrase) -> list[str]:
    """ "The Ministry of Foreign Affairs of Ghana": the ministry, as "Ghana's foreign ministry" is;
    "the Embassy of China in Italy", its host after the complement; what the complement names when
    the reference names no institution of it ("the department of X")."""
    lang = ctx.lang_at(phrase.start)
    complement = ctx.lexicon.of_complement(ctx.document.blocks[0].lang).match(ctx.document.text, phrase.end)
    end = complement.end() if complement else phrase.end
    return [institution_of(ctx, named, without_article(ctx, phrase), end, lang)[0] for named in _complement_names(ctx, phrase)]


def without_article(ctx: Context, phrase: Phrase) -> str:
    """A reference's words without the article before them ("Ministry of Foreign Affairs",
    "Ambasciata" of "L'Ambasciata")."""
    lang = ctx.lang_at(phrase.start)
    article = ctx.lexicon.compiled("leading-article", lang, lambda: (
        rf"(?:{ctx.lexicon.alternation('article', lang)})(?:\s+|(?<=['’]))"), re.IGNORECASE).match(phrase.text)
    return phrase.text[article.end():] if article and article.end() < len(phrase.text) else phrase.text


def _institution_words(ctx: Context) -> set[str]:
    """The nouns of the references to an institution in every language ("ministry", "office",
    "ministero"), without their articles and complements."""
    return {word for lang in ctx.lexicon.languages for label in ctx.lexicon.labels("institution-reference", lang)
            for word in label.split() if not any(ctx.lexicon.is_word(cue, lang, word) for cue in ("article", "title-complement"))}


def _complement_names(ctx: Context, phrase: Phrase) -> list[str]:
    """The country (or organisation) the complement of an institution's name names ("of Japan")."""
    lang = ctx.document.blocks[0].lang
    complement = ctx.lexicon.of_complement(lang).match(ctx.document.text, phrase.end)
    named = actors_named(ctx, complement.group(), lang) if complement else []
    return [ctx.represents(named[0])] if named else []


def resolve(ctx: Context, phrase: Phrase, in_quote: bool) -> list[str] | None:
    """The actors a mention stands for; None for a first-person mention to resolve later."""
    if phrase.kind == "actor":
        return [phrase.value]
    if phrase.kind == "person-reference":
        return resolve_person(ctx, phrase)
    if phrase.kind == "group-reference":  # with no group before it, what it names ("the G7 foreign ministers"),
        # else a joint statement's signatories ("The Parties reaffirmed…")
        return list(ctx.participants or ctx.memory.last_joint or actors_named(ctx, phrase.text)[:1]
                    or _signatories(ctx) or _last_pair(ctx, phrase) or ctx.memory.last_actors)
    if phrase.kind == "institution-reference":
        return resolve_institution(ctx, phrase)
    if phrase.kind == "organ-reference":
        return _organ_before(ctx, phrase)
    if phrase.kind == "own-country-reference":  # "Doyle told the council that her country was ready to help"
        speaker = ([p.value for p in ctx.phrases_between(ctx.sentence_start(phrase.start), phrase.start)
                    if p.kind == "actor" and ctx.is_person(p.value)] or list(ctx.memory.last_actors))[-1:]
        return [ctx.represents(a) for a in speaker]
    if phrase.kind == "members-reference":
        return list(ctx.participants) or _organisation_of(ctx, phrase) or _signatories(ctx) \
            or _organisation_before(ctx, phrase.start) or resolve_group(ctx)
    if phrase.kind == "sides-reference":  # "both sides": the countries the participants speak for,
        # else those a joint statement's title names ("Joint Press Statement … between Viet Nam and Chile")
        return list(dict.fromkeys(ctx.represents(a) for a in ctx.participants or _signatories(ctx) or _named_sides(ctx)
                                  or _pair_of_countries_before(ctx, phrase) or resolve_group(ctx)))
    if phrase.kind == "speaker-reference":
        return None if in_quote else list(ctx.memory.speaker or ctx.memory.last_joint or ctx.memory.last_actors)
    if phrase.kind in ("latter-reference", "former-reference"):
        return _in_order(ctx, phrase)
    return []


MENTIONS = ("actor", "person-reference", "group-reference", "members-reference", "sides-reference",
            "speaker-reference", "institution-reference", "organ-reference", "own-country-reference", "latter-reference", "former-reference")
ORDER_LOOK_BACK = 400  # characters before "the latter" in which the two people it chooses from are named


def _in_order(ctx: Context, phrase: Phrase) -> list[str]:
    """ "X met Y. The latter stressed…, while the former called…": the last of the people named
    before it, or the one before; none before a name or a role ("the former Soviet Union", "the
    former minister"), nor when fewer are named."""
    text, lang = ctx.document.text, ctx.lang_at(phrase.start)
    following = WORD.search(text, phrase.end, phrase.end + 40)
    if following is not None and (following.group()[0].isupper() or following.group().lower() in ctx.lexicon.role_words(lang)[0]):
        return []
    last_first = _people_named_before(ctx, phrase, ORDER_LOOK_BACK)
    index = 0 if phrase.kind == "latter-reference" else 1
    return last_first[index:index + 1] if len(last_first) >= 2 else []


def side_in_title(ctx: Context, text: str, side: Phrase, person: Phrase, lang: str) -> bool:
    """Whether a country or organisation is named in the title of the person after it ("US
    Secretary of State Marco Rubio", "US Department of State Spokesperson Jane Doyle", whatever
    other organisation the title names, "NATO Deputy Secretary General and former Foreign Minister
    of Norway, Ola Brekke", the roles of its title joined): it does not speak."""
    if side.kind != "actor" or person.kind != "actor" or ctx.is_person(side.value) or not ctx.is_person(person.value):
        return False
    if any(p.kind == "title" and p.end == person.start and not text[side.end:p.start].strip()
           for p in ctx.phrases_between(side.end, person.start)):
        return True
    gap = text[side.end:person.start]
    if _apposed_title(ctx, text, side, person):
        gap = gap[:gap.rindex(",")]  # the comma that sets the name off is no coordination
    return len(gap) <= TITLE_LENGTH and bool(TITLE_GAP.match(gap)) \
        and not any(ctx.lexicon.is_word("coordination", lang, w) for w in WORD.findall(gap.lower()))


def _apposed_title(ctx: Context, text: str, side: Phrase, person: Phrase) -> bool:
    """ "The Kremlin spokesman, Dmitry Peskov,": a title that ends in a role, set off from the name
    by a comma, which may have a title of its own ("The OSCE Chairperson-in-Office, Foreign
    Minister Jane Doyle,")."""
    before_comma, comma, after = text[side.end:title_start(ctx, person)].rpartition(",")
    return bool(comma) and not after.strip() and bool(TITLE_GAP.match(before_comma)) and any(
        p.kind == "role" and re.fullmatch(r"\s*", text[p.end:side.end + len(before_comma)])
        for p in ctx.phrases_between(side.end, side.end + len(before_comma)))


def title_start(ctx: Context, person: Phrase) -> int:
    """Where the title right before a person's name begins ("Foreign Minister Jane Doyle"), else
    where the name does; a title set off by a comma ("Secretary General, Jane Doyle") is apposed,
    not the name's own."""
    return min((p.start for p in ctx.phrases_between(person.start - TITLE_LENGTH, person.start)
                if p.kind == "title" and p.end == person.start and "," not in p.text), default=person.start)


def _affiliation(ctx: Context, text: str, person: Phrase, side: Phrase, lang: str) -> bool:
    """Whether a country or organisation right after a person's name, joined by a complement of
    title ("Foreign Minister Jane Doyle of Chile", "il ministro Paolo Rossi del Cile") or in
    parentheses ("Jane Doyle (Chile)"), is the one the person is of: it does not speak beside them."""
    return person.kind == side.kind == "actor" and ctx.is_person(person.value) and not ctx.is_person(side.value) \
        and (of_complement_only(ctx, text[person.end:side.start], lang)
             or PARENTHESIS_OPENING.fullmatch(text, person.end, side.start) is not None
             and PARENTHESIS_CLOSING.match(text, side.end) is not None)  # "Elena Castro (Peru)"


PARENTHESIS_OPENING = re.compile(r"\s*\(\s*")
PARENTHESIS_CLOSING = re.compile(r"\s*\)")


def _in_apposition(ctx: Context, text: str, person: Phrase, side: Phrase, lang: str) -> bool:
    """Whether an organisation or country names the post in the apposition after a person's name
    ("Jane Doyle, GCC Secretary-General,", "Jane Doyle, the EU Special Representative,"): a
    role follows it, and only an article stands between the comma and it; or it completes a role
    after the comma ("Jane Doyle, Minister of Foreign Affairs of Chile,"). A reference to a role
    right after the comma is the person's title too ("Jane Doyle, the Chinese ambassador,")."""
    if person.kind != "actor" or not ctx.is_person(person.value):
        return False
    if side.kind == "person-reference":
        return re.fullmatch(r"\s*,\s*", text[person.end:side.start]) is not None
    if side.kind != "actor" or ctx.is_person(side.value):
        return False
    between = WORD.findall(text[person.end:side.start])
    if not between or between[0] != ",":
        return False
    if all(ctx.lexicon.is_word("article", lang, w) for w in between[1:]) \
            and any(p.kind == "role" and side.end <= p.start and TITLE_GAP.match(text[side.end:p.start])
                    for p in ctx.phrases_between(side.end, side.end + TITLE_LENGTH)):
        return True
    # "Jane Doyle, Minister of Foreign Affairs of Chile, said": the side completes the role apposed
    roles = [p for p in ctx.phrases_between(person.end, side.start) if p.kind == "role"]
    if not roles:
        return False
    role_end = max(p.end for p in roles if p.start == roles[0].start)  # "Secretary General", not "Secretary"
    return all(ctx.lexicon.is_word("article", lang, w) for w in WORD.findall(text[person.end:roles[0].start])[1:]) \
        and side.end <= complement_end(ctx, text, role_end, side.end, lang)


def _completes_apposed_reference(ctx: Context, text: str, person: Phrase, reference: Phrase, side: Phrase,
                                 lang: str) -> bool:
    """Whether a country or organisation completes a reference to a role apposed to a person's name
    ("Jane Doyle, the spokesperson of the Ministry of Foreign Affairs of Chile, said"): it is part
    of her title and does not speak beside her."""
    return reference.kind == "person-reference" and side.kind == "actor" and not ctx.is_person(side.value) \
        and _in_apposition(ctx, text, person, reference, lang) \
        and side.end <= complement_end(ctx, text, reference.end, side.end, lang)


def complement_end(ctx: Context, text: str, start: int, end: int, lang: str) -> int:
    """Where the complements of a role that ends at `start` end, up to `end` ("of Foreign Affairs of
    the Republic of Djibouti"): the complement pattern takes two at a time."""
    while start < end and (step := ctx.lexicon.of_complement(lang).match(text, start, end).end()) > start:
        start = step
    return start


def _speaks_through(ctx: Context, text: str, side: Phrase, person: Phrase, lang: str) -> bool:
    """Whether a person is named as whom a side speaks through ("The Kremlin, through its
    spokesman Dmitry Peskov,", "Il Cremlino, tramite il portavoce Dmitry Peskov,")."""
    through = ctx.lexicon.compiled("speaks-through", lang, lambda: (
        rf"\s*,?\s*(?:{ctx.lexicon.alternation('intermediary', lang)})\s"), re.IGNORECASE)
    return person.kind == "actor" and ctx.is_person(person.value) and side.kind == "actor" \
        and through.match(text, side.end, person.start) is not None


def _address(ctx: Context, text: str, reference: Phrase, lang: str) -> bool:
    """Whether a pronoun written in capitals is an abbreviated form of address before a title or
    a name ("HE the Prime Minister stressed…", "HE Minister X"), not "he"."""
    if reference.kind != "person-reference" or not reference.text.isupper():
        return False
    following = WORD.findall(text, reference.end, reference.end + 40)[:2]
    if following and ctx.lexicon.is_word("article", lang, following[0].lower()):
        following = following[1:]
    return bool(following) and following[0][:1].isupper() and not following[0].isupper()


def _joined_role(ctx: Context, text: str, reference: Phrase, role: Phrase, lang: str) -> bool:
    """Whether a role joined to a reference by "and" alone, with no article of its own, is the same
    person's ("the Prime Minister and Minister of Foreign Affairs"; "the Secretary and the
    Minister" are two)."""
    joined = ctx.lexicon.compiled("joined-reference", lang, lambda: rf"\s+(?:{ctx.lexicon.coordinators(lang)})\s+",
                                  re.IGNORECASE)
    return reference.kind == role.kind == "person-reference" and joined.fullmatch(text, reference.end, role.start) \
        is not None and not ctx.lexicon.is_word("article", lang, role.text.split()[0].lower())


ORGAN_NAME = re.compile(r"\s+[A-Z][\w’'-]*(?:\s+(?:[a-z]{2,3}\s+)?[A-Z][\w’'-]*){1,4}\s*(?:,|(?:[a-z]{1,7}\s*)?$)")


def _speaks_by_office(ctx: Context, text: str, owner: Phrase, lang: str, verb: int) -> bool:
    """Whether a possessor is followed by its office, all the subject before the verb at `verb`
    ("Netanyahu's office said", "…'s office also said", "…'s press service, in a statement,
    said"): it speaks."""
    office = ctx.lexicon.compiled("office-after-possessive", lang, lambda: (
        rf"\s+(?:{ctx.lexicon.alternation('office-noun', lang)})\s*(?:,|(?:[a-zà-ÿ]{{1,7}}\s*)?$)"), re.IGNORECASE)
    after = owner.end + ctx.lexicon.possessive_length(text, owner.end, lang)
    if office.match(text, after, verb) is not None:
        return True
    # "South Korea's Joint Chiefs of Staff said": an organ's own name that the lexicon does not know
    organ = ORGAN_NAME.match(text, after, verb)
    return organ is not None and not any(p.kind in MENTIONS or p.kind in ("role", "title")
                                         for p in ctx.phrases_between(after, organ.end()) if after <= p.start < organ.end())


def subject(ctx: Context, text: str, phrases: list[Phrase], start: int, end: int, lang: str,
            quote: tuple[int, int] | None, quotes: Quotes) -> tuple[list[str] | None, bool]:
    """The subject of a verb from the mentions in [start, end): (actors, found).

    Explicit actors are all taken (coordinated speakers are joint); a reference in apposition to
    a name gives way to it (what stands in a person's title, "The President of the African Union,
    Alpha Condé", is not among the mentions: sentence_clauses leaves it out).
    """
    windows = without_asides(ctx, text, start, end, lang)
    mentions = [p for p in phrases if p.kind in MENTIONS and any(a <= p.start and p.end <= b for a, b in windows)
                and (quote is None or (quote[0] <= p.start < quote[1]))
                and (quote is not None or quotes.around(p.start) is None)
                and not blocked(ctx, text, p, lang, start) and not _address(ctx, text, p, lang)
                and (not ctx.lexicon.is_possessive(text, p.end, lang) or _speaks_by_office(ctx, text, p, lang, end))]
    kept: list[Phrase] = []
    for i, mention in enumerate(mentions):
        if kept and "," not in text[kept[-1].end:mention.start] and any(
                ctx.lexicon.is_participle(w, lang) and w.islower() and not ctx.lexicon.is_word("joining-verb", lang, w)
                for w in WORD.findall(text, kept[-1].end, mention.start)):
            break  # "Chile summoned Peru's ambassador to express…": the object of a verb in the past, no subject
            # (not an aside's: "Chile, which hosted the talks, and Peru condemned…"; "Chile joined Peru in…" is joint)
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        if following is not None and following.kind == "actor":
            gap = text[mention.end:title_start(ctx, following)]
            if mention.kind == "person-reference" and re.fullmatch(r"[\s,]*", gap):
                continue  # "il capo della diplomazia di Bruxelles, Kaja Kallas", "The OSCE Chair, Minister X"
            person = next((m for m in mentions[i + 1:] if m.kind == "actor" and ctx.is_person(m.value)), None)
            if person is not None and side_in_title(ctx, text, mention, person, lang):
                continue  # "US Secretary of State Marco Rubio"
        if i and (_in_apposition(ctx, text, mentions[i - 1], mention, lang)
                  or _affiliation(ctx, text, mentions[i - 1], mention, lang)
                  or i > 1 and _completes_apposed_reference(ctx, text, *mentions[i - 2:i + 1], lang)):
            continue  # "Jane Doyle, GCC Secretary-General, said", "Jane Doyle of Chile said"
        if kept and kept[-1] is mentions[i - 1] and _speaks_through(ctx, text, kept[-1], mention, lang):
            kept.pop()  # "The Kremlin, through its spokesman Dmitry Peskov, said": the spokesman speaks
        if kept and kept[-1] is mentions[i - 1] and _joined_role(ctx, text, kept[-1], mention, lang):
            # "the Prime Minister and Minister of Foreign Affairs": one person's roles, found together
            kept[-1] = mentions[i] = Phrase(mention.kind, kept[-1].value, kept[-1].start, mention.end,
                                            text[kept[-1].start:mention.end])
            continue
        kept.append(mention)
    if not kept:
        return [], False
    if any(m.kind == "speaker-reference" for m in kept) and not any(m.kind == "actor" for m in kept) and quote:
        return None, True
    members = sum(m.kind == "actor" and not ctx.is_person(m.value) for m in kept) >= 2
    named = any(m.kind == "actor" for m in kept)
    actors: list[str] = []
    for mention in kept:
        if named and mention.kind in ("group-reference", "members-reference") \
                and not (ctx.participants or ctx.memory.last_joint):
            continue  # "We, the foreign ministers of the G7 – Germany, France…": the members named speak
        resolved = resolve(ctx, mention, quote is not None)
        if members and mention.kind == "person-reference" and mention.value != "person-reference":
            # "Germany, France … and the High Representative of the EU": in a list of members, the EU
            resolved = actors_named(ctx, mention.text, lang)[:1] or resolved
        for actor in resolved or []:
            if actor not in actors:
                actors.append(actor)
    return actors, bool(actors)


def post_posed(ctx: Context, text: str, phrases: list[Phrase], start: int, end: int, lang: str,
               verb_at_end: bool = False) -> list[str]:
    """A subject after its verb ("ha detto il ministro, Serghei Lavrov"): a named person first;
    not the subject of the next verb (`verb_at_end`: "…, and remain steadfast in X, Jane Doyle said")."""
    if any(ctx.lexicon.is_word("subordinator", lang, w.lower())
           for w in words_before(text, start, 1) + WORD.findall(text, start, end)[:1]):
        return []  # "said that Foreign Minister X will travel", "stated that X": X is the subject of what is said
    after = [p for p in phrases if p.kind in MENTIONS and start <= p.start < end
             and not blocked(ctx, text, p, lang, start) and not (verb_at_end and not text[p.end:end].strip())]
    for phrase in after:
        if phrase.kind == "actor" and ctx.is_person(phrase.value) and phrase.start - start < 100:
            return [phrase.value]
    for phrase in after:
        # a reference that closes the clause ("…, said the spokesperson."), not the subject of what
        # is said ("said the talks were useful")
        if phrase.kind != "actor" and phrase.start - start < 40 and re.match(r"\s*(?:[,.;:!?)]|$)", text[phrase.end:end]):
            return resolve(ctx, phrase, False) or []
    return []


def institution_of(ctx: Context, country: str, noun: str, end: int, lang: str) -> tuple[str, int]:
    """What a country's side noun names, and where its name ends: for a noun of
    `kg:InstitutionScheme`, the country's listed institution whose English name has one of its
    labels ("Japanese Ministry of Foreign Affairs"), else one of the text named by the annotation
    guide's pattern ("Chinese Ministry of Commerce", "Chinese Embassy in Italy" with the host after
    `end`); for any other noun, or an embassy whose host the text does not name, the country."""
    found = ctx.lexicon.institutions.get((lang, " ".join(noun.split()).lower()))
    if found is None or ctx.lexicon.actor_kind.get(country) != "country":
        return country, end
    name, abroad = found
    labels = ctx.lexicon.institution_labels[name]
    listed = [a for a in ctx.lexicon.representatives.get(country, ())
              if ctx.lexicon.actor_kind.get(a) == "organization"
              and any(label in ctx.lexicon.names.get(a, "").lower() for label in (name.lower(), *labels))]
    if len(listed) == 1:
        return listed[0], end
    if abroad:
        host = country_right_after(ctx, end, lang, HOST_REACH)
        if host is None or host.value == country:  # "the Peruvian embassy in Lima": no embassy abroad
            return country, end
        name, end = f"{name} in {ctx.lexicon.host_name[host.value]}", host.end
    key = f"{INSTITUTION}{ctx.lexicon.demonym[country]} {name}"
    ctx.institutions[key] = country
    return key, end


HOST_REACH = 40  # characters after an embassy in which its host is named


def country_right_after(ctx: Context, end: int, lang: str, reach: int) -> Phrase | None:
    """The country named right after `end`, within `reach` characters, where something is: an
    embassy's host ("in Rome", "in Italia", "a Roma", "in the Philippines"), an organ's country
    ("the authorities in Lima")."""
    before = ctx.lexicon.compiled("host-before", lang, lambda: (
        rf"\s+(?:{ctx.lexicon.alternation('locative', lang)})\s+(?:(?:{ctx.lexicon.alternation('article', lang)})\s+)?"),
        re.IGNORECASE)
    return next((p for p in ctx.phrases_between(end, end + reach) if p.kind == "actor" and p.start > end
                 and ctx.lexicon.actor_kind.get(p.value) == "country"
                 and before.fullmatch(ctx.document.text, end, p.start)), None)
