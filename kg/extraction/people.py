"""People the gazetteer lacks, recognised from their cues, and the speakers of transcripts.

A run of capitalised words is a person's name when a cue says so: a role or title before it
("Foreign Ministry Spokesperson Anil Verma", "il ministro degli Esteri turco Hakan Fidan"), an
honorific ("Ms Doyle"), a role in apposition ("Anil Verma, the ministry's spokesperson,") or a
reporting verb beside it ("Jane Doyle said", "ha detto Jane Doyle"). Words of the vocabulary's
own labels ("Foreign", "Ministry", "Kremlin") and of the calendar are never part of such a name.
Later mentions by surname are the same person, and the words of the role let "the
spokesperson" find them. A transcript's speaker label ("MS CARTER:", "Q:") says who speaks
until the next label; questions are not statements.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.documents import Paragraph
from kg.extraction.context import INSTITUTION, NOT_SPACE, PLAIN_WORDS, WORD, Clause, Context, of_complement_only, words_before
from kg.extraction.lexicon import Phrase, title_words
from kg.extraction.sentences import ACCENTED_CAPITALS, OPENING_QUOTE_AFTER_COLON, Sentence
from kg.extraction.subjects import incumbent, institution_of, places_named, without_article
from kg.vocabulary import close_matches, normalize_name

TOKEN = re.compile(r"[^\W\d_]\.|[^\W\d_][\w’'-]*")  # an initial with its stop, or a word
_CAPITAL = "[A-Z" + ACCENTED_CAPITALS + "]"
# two or more capitalised words side by side, perhaps with one or two lower-case words or a
# prefix between them ("Lula da Silva", "Juan de la Cruz", "Salah al-Semoui"): where names can
# be, found in one pass
TITLE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}$")  # "the [External Affairs ]Minister"
CAPITALISED_RUN = re.compile(rf"{_CAPITAL}[\w’'.-]*(?: (?:(?:[\w’']+ ){{1,2}}|[\w’']+-)?{_CAPITAL}[\w’'.-]*)+")
NEW = "person:"  # the key of a person found in the text: this prefix and the name
# "ministro[ degli Esteri turco ]Hakan Fidan", "presidente[ della commissione dell’Unione africana (Ua), ]Moussa Faki"
ROLE_GAP = re.compile(r"(?:\s+[\w’'-]+){0,6}?(?:\s+\([\w’'. -]{1,12}\))?\s*,?\s+")
# a mandate's title is longer: "Special Rapporteur[ on the situation of human rights in Myanmar ]Jane Doyle"
MANDATE_GAP = re.compile(r"(?:\s+[\w’'-]+){0,12}?\s*,?\s+")
WORD_BEFORE = re.compile(r"([^\W\d_][\w’'.-]*)\s*$")
# "Jane Doyle[, who arrived in Lima on Sunday, ]said": an aside between a name and its verb
ASIDE_BEFORE_VERB = re.compile(r",[^,;.:\"“”«»()]{1,80},\s+(?:[a-zà-ÿ]{1,7}\s+)?")
PARENTHESIS = re.compile(r"(?:\s*\([^()\n]{1,30}\))?")  # what completes a title: "Secretary (East)"
NAME = rf"{_CAPITAL}[\w’'-]*(?:\s+{_CAPITAL}[\w’'-]*){{0,3}}"  # up to four capitalised words
NAME_RUN = re.compile(NAME)
AGE_THEN_TITLE = re.compile(r",\s+(?:\d{1,3},\s+)?[^,.;:()]{0,40}?")  # "Jane Doyle,[ 54,][ a former ]ambassador"
VERB_GAP = re.compile(r"\s+(?:[a-zà-ÿ]{1,7}\s+)?")  # "Verma[ also ]said", "Fidan[ ha ]detto"
POST_LINE_WORDS = 8  # "Minister for Foreign Affairs and Minister for Trade"
LINE_STOP = re.compile(r"[.!?…:][”\"»’)]*\s*$")  # a line that ends so is a sentence
# a speaker label: what follows it is their turn, not a quotation ("Jane Doyle: «…»" is an agency's)
# ("Official Spokesperson, Shri Randhir Jaiswal:" sets off the role with a comma)
HANDLE_AFTER = re.compile(r"[ \t]+\(?@\w+")  # "Jane Doyle @JaneDoyleFM", "Jane Doyle (@JaneDoyleFM)": a post's author
POST_HEADER = re.compile(r"[ \t]*(?:[^\W\d_][\w’'.-]*[ \t]+){1,4}\(?@\w+\)?(?:[ \t]*[·•|–-][^\n]*)?[ \t]*$")
LABEL = re.compile(r"[ \t]*((?:[^\W\d_][\w’'.-]*,?[ \t]+){0,4}[^\W\d_][\w’'.-]*)[ \t]*:[ \t]+(?=[^\W\d_])")


@dataclass(frozen=True)
class Person:
    """A person named in the text but not in the gazetteer."""

    name: str
    represents: str | None
    post_words: frozenset[str]


def find_people(ctx: Context, sentences: list[Sentence]) -> None:
    """Register the document's new people in the context, and add a phrase for each mention of
    them (full name or surname) to the phrases of its sentence; and the organisations it names with
    their acronym."""
    _metonyms_of_another(ctx, sentences)
    _references_after_sources(ctx, sentences)
    _organisations_with_acronyms(ctx, sentences)
    for sentence in sentences:
        for start, end, cues in _names_with_cues(ctx, sentence):
            name = _normalised(ctx.document.text[start:end])
            key = NEW + name
            if key not in ctx.people:
                # the words of the role with what completes it ("Secretary (East)")
                ctx.people[key] = Person(name, _represented(ctx, sentence, cues, start, end), frozenset(
                    w for c in cues if c.kind == "role"
                    for w in title_words(c.text + PARENTHESIS.match(ctx.document.text, c.end).group())))
    # the listed people the text names in full (new people's mentions are added below, by _add_mentions)
    listed = {p.value for sentence in sentences for p in ctx.phrases(sentence)
              if p.kind == "actor" and ctx.is_person(p.value) and not p.value.startswith(NEW) and " " in p.text}
    named_in_full = [person.name for person in ctx.people.values()] + [ctx.name_of(key) for key in listed]
    surnames = {word for name in named_in_full if " " in name for word in (name.split()[0], name.split()[-1])}
    for key in [k for k, person in ctx.people.items() if person.name in surnames]:
        # "Mr Kristersson" after "Ulf Kristersson", "Minister Park" after "Park Sung-ho", "Minister Wong"
        # after the gazetteer's "Penny Wong": the same person
        del ctx.people[key]
    for key, person in list(ctx.people.items()):
        holder = _holder_by_surname(ctx, person)
        if holder is not None:  # "Minister Wong" never named in full: the minister of that name on the date
            del ctx.people[key]
            listed.add(holder)
    _add_mentions(ctx, sentences, listed)
    _add_administrations(ctx, sentences)
    for sentence in sentences:
        kinds = {p.kind for p in ctx.phrases(sentence)}
        if not kinds & {"role", "demonym", "members-reference", "institution-reference"} and not any(
                p.kind == "actor" and ctx.lexicon.is_possessive(ctx.document.text, p.end, sentence.lang)
                for p in ctx.phrases(sentence)):
            continue  # no title, no role, no side ("Chile's foreign ministry"), no institution
        added = _references(ctx, sentence) + _titles(ctx, sentence)
        for title in (p for p in added if p.kind == "title"):
            ctx.titled.setdefault(title.value, set()).update(title_words(title.text))
        if added:  # a role reference replaces the plain reference of the same words ("the secretary-general")
            ctx.add_phrases(sentence, added, {(p.start, p.end) for p in added if p.kind == "person-reference"})


def _metonyms_of_another(ctx: Context, sentences: list[Sentence]) -> None:
    """ "the Philippine National Security Council", "Iran's Supreme National Security Council": a
    name that stands for one country (a kg:metonym, the United States' "National Security Council")
    after another country's demonym or possessive, perhaps with words that extend the name, is
    that other country's."""
    text = ctx.document.text
    for sentence in sentences:
        phrases = ctx.phrases(sentence)
        added, replaced = [], set()
        for metonym in (p for p in phrases if p.kind == "actor" and p.text.lower() in ctx.lexicon.metonyms):
            owner = next((p for p in phrases if p.end <= metonym.start and (
                p.kind == "demonym" and OWNER_GAP.fullmatch(text, p.end, metonym.start)
                or p.kind == "actor" and ctx.lexicon.is_possessive(text, p.end, sentence.lang)
                and OWNER_GAP.fullmatch(text, p.end + ctx.lexicon.possessive_length(text, p.end, sentence.lang), metonym.start))), None)
            if owner is not None and ctx.represents(owner.value) != ctx.represents(metonym.value) \
                    and ctx.lexicon.actor_kind.get(ctx.represents(owner.value)) == "country":
                added.append(Phrase("actor", ctx.represents(owner.value), owner.start, metonym.end, text[owner.start:metonym.end]))
                replaced.add((metonym.start, metonym.end))
        if added:
            ctx.add_phrases(sentence, added, replaced, kind="actor")


OWNER_GAP = re.compile(r"\s+(?:[A-Z][\w’'-]*\s+){0,2}")  # "Iran's[ Supreme ]National Security Council"


def _references_after_sources(ctx: Context, sentences: list[Sentence]) -> None:
    """ "si legge in una nota del ministero degli Esteri": the articulated preposition that ends
    the source's words ("una nota del") and opens the institution's ("del ministero") is the
    source's, so that both are found."""
    text = ctx.document.text
    for sentence in sentences:
        phrases = ctx.phrases(sentence)
        sources = [p for p in phrases if p.kind == "according"]
        if not sources:
            continue
        moved: dict[tuple[int, int], Phrase] = {}
        for reference in (p for p in phrases if p.kind == "institution-reference"):
            source = next((s for s in sources if s.start <= reference.start < s.end < reference.end), None)
            if source is not None:  # the reference from its first word after the source
                begin = NOT_SPACE.search(text, source.end).start()
                moved[(reference.start, reference.end)] = reference._replace(start=begin, text=text[begin:reference.end])
        if moved:
            ctx.add_phrases(sentence, list(moved.values()), set(moved), kind="institution-reference")


def _organisations_with_acronyms(ctx: Context, sentences: list[Sentence]) -> None:
    """ "the National Oil Corporation (NOC)": an organisation the gazetteer lacks, named in full with
    its acronym after it (the initials of its capitalised words begin the acronym); it and each later
    mention of the acronym are an actor of its own (its key INSTITUTION and its name), of no country.
    A reference to an institution with its acronym ("the Secretariat of Foreign Affairs (SRE)") is
    referred to again by the acronym ("The SRE also expressed…"): the same reference."""
    text = ctx.document.text
    found: dict[str, str] = {}  # acronym → key
    references: dict[str, Phrase] = {}  # acronym → the reference it stands for
    for sentence in sentences:
        if text.find("(", sentence.body, sentence.end) < 0:
            continue  # most sentences: no parenthesis, no acronym
        phrases = ctx.phrases(sentence)
        for match in ACRONYMED.finditer(text, sentence.body, sentence.end):
            words = match.group(1).split()
            while words and ctx.lexicon.is_word("article", sentence.lang, words[0].lower()):
                words = words[1:]
            capitals = [w for w in words if w[:1].isupper()]
            acronym = match.group(2)
            start = match.start(1) + match.group(1).index(words[0]) if words else match.end(1)
            reference = next((p for p in phrases if p.kind == "institution-reference" and p.end == match.end(1)), None)
            if reference is not None and acronym.isupper():
                references.setdefault(acronym, reference)  # its initials may be of its own language's name
            elif len(capitals) >= 2 and acronym.upper().startswith("".join(w[0] for w in capitals[:2])) \
                    and len(acronym) <= len(words) + 2 and not any(
                        p.kind == "actor" and p.start <= start and match.end(1) <= p.end
                        or p.kind == "actor" and (p.start, p.end) == (match.start(2), match.end(2))
                        or p.kind in ("role", "institution-reference", "person-reference")
                        and start < p.end and p.start < match.end(1) for p in phrases):
                # two name words or more, the acronym's, not a name the lexicon knows, nor a post
                found.setdefault(acronym, f"{INSTITUTION}{' '.join(words)}")
    for key in found.values():
        ctx.institutions[key] = key
    full = {key[len(INSTITUTION):]: key for key in found.values()}
    mention = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(a) for a in (*found, *references))})(?!\w)")
    names = re.compile("|".join(re.escape(name) for name in full)) if full else None
    for sentence in sentences if found or references else ():
        added = [Phrase("actor", found[m.group()], m.start(), m.end(), m.group()) if m.group() in found
                 else references[m.group()]._replace(start=m.start(), end=m.end())
                 for m in mention.finditer(text, sentence.body, sentence.end)
                 if m.group() in found or text[m.start() - 1:m.start()] != "("]
        added += [Phrase("actor", full[m.group()], m.start(), m.end(), m.group())
                  for m in names.finditer(text, sentence.body, sentence.end)] if names else []
        if added:
            ctx.add_phrases(sentence, added)


ACRONYMED = re.compile(r"((?:[A-Z][\w’'-]*\s+)(?:(?:[A-Z][\w’'-]*|[a-z]{1,5})\s+){0,6}[A-Z][\w’'-]*)\s+\(([A-Z][A-Za-z]{1,7})\)")


def _holder_by_surname(ctx: Context, person: Person) -> str | None:
    """The one listed person whose name begins or ends with a titled one-word name ("Minister
    Wong") and who held a post with the title's words (of the side the text gives them, if any)
    on the document's date."""
    if " " in person.name or not person.post_words:
        return None
    holders = [holder for holder in ctx.lexicon.holders(ctx.document.date, person.post_words)
               if person.name in (ctx.name_of(holder).split()[0], ctx.name_of(holder).split()[-1])
               and (person.represents is None or ctx.represents(holder) == ctx.represents(person.represents))]
    return holders[0] if len(holders) == 1 else None


def _titles(ctx: Context, sentence: Sentence) -> list[Phrase]:
    """The titles before people's names ("The President of the African Union, Alpha Condé"), from
    the role (with its article) to the name: what they mention speaks through the person."""
    text, phrases = ctx.document.text, ctx.phrases(sentence)
    found = []
    for person in (p for p in phrases if p.kind == "actor" and ctx.is_person(p.value)):
        roles = sorted((p for p in phrases if p.kind == "role" and p.end < person.start), key=lambda p: (p.end, -p.start))
        for role in reversed(roles):  # the nearest, and the longest of those ("Foreign Secretary")
            if _title_gap(ctx, text, role.end, person.start, sentence.lang) \
                    and not _whose_role(ctx, text, role.end, person.start, sentence.lang) \
                    and not _coordinates_between(ctx, text, role.end, person.start, sentence.lang) and not any(
                    role.end <= p.start < person.start and (p.kind == "verb" or ctx.is_person(p.value)) for p in phrases):
                start = _joined_roles_start(ctx, roles, role, person, sentence)
                found.append(Phrase("title", person.value, start, person.start, text[start:person.start]))
                break
    for members in sorted((p for p in phrases if p.kind == "members-reference"), key=lambda p: p.start - p.end):
        first = next((p for p in phrases if p.kind == "actor" and ctx.is_person(p.value) and p.start > members.end), None)
        if first is not None and not any(t.start == members.start for t in found) \
                and _apposed_names(ctx, text, members, first.start, sentence.lang) is not None:
            # "The foreign ministers of Chile and Peru, " before the names: its countries do not speak
            found.append(Phrase("title", first.value, members.start, first.start, text[members.start:first.start]))
    return found


def _mandate(ctx: Context, text: str, role_end: int, lang: str) -> bool:
    """Whether the role that ends at `role_end` is a mandate's, whose title goes on with the mandate."""
    return ctx.lexicon.compiled("mandate-title-end", lang, lambda: (
        rf"(?<!\w)(?:{ctx.lexicon.alternation('mandate-title', lang)})$"), re.IGNORECASE).search(
        text, max(0, role_end - 40), role_end) is not None


def _coordinates_between(ctx: Context, text: str, start: int, end: int, lang: str) -> bool:
    """Whether a coordinator joins something between a role and a name ("Minister Doyle and
    Berg"), not the capitalised words of a ministry's name ("Cabinet Secretary for Foreign and
    Diaspora Affairs X", "Minister for Europe and Foreign Affairs") nor the words of a mandate
    ("Special Rapporteur on freedom of peaceful assembly and of association X")."""
    if _mandate(ctx, text, start, lang):
        return False
    tokens = TOKEN.findall(text, start, end)
    return any(ctx.lexicon.is_word("coordination", lang, word.lower())
               and not (0 < i < len(tokens) - 1 and tokens[i - 1][:1].isupper() and tokens[i + 1][:1].isupper())
               for i, word in enumerate(tokens))


def _joined_roles_start(ctx: Context, roles: list[Phrase], role: Phrase, person: Phrase, sentence: Sentence) -> int:
    """Where the title of `person` that ends with a role begins: at its article, or at the roles
    before it, side by side or joined by "and", perhaps after their complements, which are the same
    person's ("Deputy Prime Minister and Foreign Minister Senator X", "Deputy Secretary General and
    former Foreign Minister", "Minister of State Sheikh X"); a role joined so that has an article of its own is another
    person's ("The Secretary and Foreign Minister X" are two) unless the gazetteer gives the person
    that post too ("il vicepremier e ministro degli Esteri Antonio Tajani")."""
    text, lang = ctx.document.text, sentence.lang
    joined = ctx.lexicon.compiled("joined-roles", lang, lambda: (
        rf"\s+(?:(?:{ctx.lexicon.coordinators(lang)})\s+)?(?:(?:{ctx.lexicon.alternation('role-modifier', lang)})\s+)?"),
        re.IGNORECASE)
    while True:
        article = _article_start(ctx, sentence, role)
        if article is not None:
            return article
        before = [r for r in roles if r.end < role.start and joined.fullmatch(
            text, ctx.lexicon.of_complement(lang).match(text, r.end, role.start).end(), role.start)]
        if not before:
            return _capitalised_words_start(ctx, sentence, role)
        earlier = min(before, key=lambda r: r.start)  # the longest: "Deputy Prime Minister", not "Minister"
        if _article_start(ctx, sentence, earlier) is not None \
                and not title_words(earlier.text) <= ctx.lexicon.post_words.get(person.value, set()):
            return role.start
        role = earlier


def _capitalised_words_start(ctx: Context, sentence: Sentence, role: Phrase) -> int:
    """Where a capitalised role's title begins when capitalised words of no name open the sentence
    before it ("External Affairs Minister X", "Home Affairs Minister X"): those words are the title's."""
    if not role.text[:1].isupper():
        return role.start
    words = TITLE_WORDS_BEFORE.search(ctx.document.text, sentence.body, role.start)
    if words is None or words.start() != sentence.body or any(
            p.start < role.start and words.start() < p.end and p.kind != "role" for p in ctx.phrases(sentence)):
        return role.start
    return words.start()


def _whose_role(ctx: Context, text: str, role_end: int, name_start: int, lang: str) -> bool:
    """Whether only "of" stands between a role and a person ("il diplomatico di Vladimir Putin",
    "the envoy of President X"): the person is whose the role is, not its holder."""
    words = WORD.findall(text, role_end, name_start)
    return bool(words) and all(ctx.lexicon.is_word("side-complement", lang, w.lower()) for w in words)


def _title_gap(ctx: Context, text: str, role_end: int, name_start: int, lang: str) -> bool:
    """Whether what stands between a role and a name is the rest of a title: a few words
    ("ministro[ degli Esteri turco ]Hakan Fidan"), perhaps after the role's complements ("The
    spokesperson[ for the Ministry of Foreign Affairs][ of Peru, ]Ana Lopez"), an honorific last
    ("Foreign Minister of Portugal[ Mr. ]Miguel Ramos"); not a subject matter ("the minister[
    regarding ]Azad Kashmir")."""
    if ctx.lexicon.any_word("subject-matter", lang).search(text, role_end, name_start):
        return False
    if ROLE_GAP.fullmatch(text, role_end, name_start):
        return True
    if MANDATE_GAP.fullmatch(text, role_end, name_start) and _mandate(ctx, text, role_end, lang) \
            and not any(p.kind == "verb" for p in ctx.phrases_between(role_end, name_start)):
        return True  # "Special Rapporteur[ on freedom of peaceful assembly and of association, ]Jane Doyle"
    honorific = _word_before(text, name_start, role_end)
    if honorific and ctx.lexicon.is_word("honorific", lang, honorific.lower()):
        name_start = text.rindex(honorific, role_end, name_start)
        if ROLE_GAP.fullmatch(text, role_end, name_start):
            return True
    complement = ctx.lexicon.of_complement(lang).match(text, role_end, name_start).end()
    return complement > role_end and ROLE_GAP.fullmatch(text, complement, name_start) is not None


def _article_start(ctx: Context, sentence: Sentence, role: Phrase) -> int | None:
    """Where the definite article before a role starts ("the", "il", "l’"), if there is one,
    right before it, before the demonym or name of its country or organisation ("the Chinese
    foreign minister", "the NATO chief") or before
    the capitalised words of its title ("the External Affairs Minister"); or where the country
    whose role it is begins, as a possessive in the article's place ("Ghana's foreign minister"),
    or before the noun that refers back to it ("the country's foreign minister")."""
    text = ctx.document.text
    before = role.start
    owner = next((p for p in ctx.phrases(sentence) if p.end < role.start
                  and (end := _side_possessive_end(ctx, text, p, sentence.lang)) is not None
                  and not text[end:role.start].strip()), None)
    if owner is not None:
        return owner.start
    country = re.search(r"([\w’']+)['’]s\s+$", text[max(sentence.start, before - 30):before])
    if country and ctx.lexicon.is_word("country-noun", sentence.lang, country.group(1).lower()):
        before -= len(country.group())  # "the country's foreign minister": the country named last
    demonym = next((p for p in ctx.phrases(sentence) if p.end < role.start and not text[p.end:role.start].strip()
                    and (p.kind == "demonym" or p.kind == "actor" and not ctx.is_person(p.value))), None)
    if demonym is not None:
        if ctx.lexicon.is_word("article", sentence.lang, demonym.text.split()[0].lower()):
            return demonym.start  # a name with its article: "the Kremlin chief"
        before = demonym.start
    elif role.text[:1].isupper():
        title = TITLE_WORDS_BEFORE.search(text, max(sentence.start, before - 40), before)
        if title is not None:
            articles = [w.start() for w in TOKEN.finditer(text, title.start(), title.end())
                        if ctx.lexicon.is_word("article", sentence.lang, w.group().lower())]
            if articles:  # "The Secretary-General": the capitalised article itself
                return articles[-1]
            before = title.start()
    base = max(sentence.start, before - 6)
    article = re.search(r"([\w’']+)\s*$", text[base:before])
    if article is None or not ctx.lexicon.is_word("article", sentence.lang, article.group(1).lower()):
        return None
    return base + article.start(1)


def _bare_title(ctx: Context, text: str, role: Phrase, sentence: Sentence) -> bool:
    """Whether a capitalised role without an article stands for its holder, as readouts write it
    ("Prime Minister conveyed his wishes…", "thanked Prime Minister for…", "Secretary (East) also
    paid a call"): no name, nor capitalised word of a longer title, before or after it."""
    if not all(word[:1].isupper() for word in role.text.split()):
        return False
    before = WORD_BEFORE.search(text, max(sentence.body, role.start - 30), role.start)
    if before is not None and before.group(1)[:1].isupper():
        return False  # "Foreign Ministry Spokesperson", "President Prime Minister"
    comma = text.rfind(",", sentence.body, role.start)
    if comma >= 0 and not text[comma + 1:role.start].strip() and any(
            p.end <= comma and not text[p.end:comma].strip() and p.kind == "actor" and ctx.is_person(p.value)
            for p in ctx.phrases(sentence)):
        return False  # in apposition: "Ahmed Ali, Minister of Foreign Affairs of…, said"
    after = _role_end(ctx, text, role, sentence)
    return re.match(r"\s+[a-zà-ÿ]", text[after:after + 3]) is not None


def _role_end(ctx: Context, text: str, role: Phrase, sentence: Sentence) -> int:
    """Where a role ends with what completes it: a parenthesis and its complements ("Secretary
    (East)", "Minister of Foreign Affairs of Chile"), never inside a name ("dell'Unione europea")."""
    end = _complements_end(ctx, text, role, sentence.end, sentence.lang)
    # "summoned the ambassador[ to express] its protest": a verb after "to" is none of the role's
    verb = min((p.start for p in ctx.phrases(sentence) if p.kind == "verb" and role.end <= p.start < end), default=None)
    if verb is not None:
        end = PARENTHESIS.match(text, role.end, verb).end()
    return max([end] + [p.end for p in ctx.phrases(sentence) if p.kind in ("actor", "demonym") and p.start < end < p.end])


def _complements_end(ctx: Context, text: str, role: Phrase, limit: int, lang: str) -> int:
    """Where a role's parenthesis and complements end, before `limit`."""
    end = PARENTHESIS.match(text, role.end, limit).end()
    return end + len(ctx.lexicon.of_complement(lang).match(text, end, limit).group())


def _side_possessive_end(ctx: Context, text: str, phrase: Phrase, lang: str) -> int | None:
    """Where the possessive after a country's or organisation's name ends ("Ghana's", "Chile's
    foreign ministry"), if the phrase is one with a possessive."""
    if phrase.kind != "actor" or ctx.is_person(phrase.value):
        return None
    length = ctx.lexicon.possessive_length(text, phrase.end, lang)
    return phrase.end + length if length else None


def _references(ctx: Context, sentence: Sentence) -> list[Phrase]:
    """Roles with an article that name no one after them ("the spokesperson", "il presidente
    della commissione dell'Ua", "the Chinese foreign minister", "il ministro degli Esteri turco"):
    references to the person who holds the role, their value the role; and "the Chinese side",
    "la parte cinese": the country."""
    text, lang = ctx.document.text, sentence.lang
    phrases = ctx.phrases(sentence)
    found = []
    for role in (p for p in phrases if p.kind == "role"):
        start = _article_start(ctx, sentence, role)
        if start is None and _bare_title(ctx, text, role, sentence):
            start = role.start
        if start is None:
            continue
        after = min((p.start for p in phrases if p.kind == "actor" and ctx.is_person(p.value) and p.start >= role.end),
                    default=None)
        if after is not None and _whose_role(ctx, text, role.end, after, lang):
            after = None  # "il diplomatico di Vladimir Putin": whose, no title
        if after is not None and any(p.kind == "actor" and ctx.is_person(p.value) and p.start >= role.end
               and _title_gap(ctx, text, role.end, p.start, lang)
               and not any(q.kind == "verb" and role.end <= q.start < p.start for q in phrases) for p in phrases) or any(
                p.start == role.start and p.end > role.end for p in phrases if p.kind == "role"):
            continue  # a title ("the Secretary, Antony Blinken"; no verb between) or part of a longer role
        if any(p.kind == "actor" and ctx.is_person(p.value) and start <= p.start and p.end <= role.start for p in phrases):
            continue  # a letter after a name ("the Hon Richard Marles MP"): a title of the name, no reference
        end = _role_end(ctx, text, role, sentence)
        # the demonym of its country after it ("il ministro degli Esteri turco") is the reference's
        end = next((p.end for p in phrases if p.kind == "demonym" and p.start >= end and not text[end:p.start].strip()), end)
        found.append(Phrase("person-reference", role.text.lower(), start, end, text[start:end]))
    sides = ctx.lexicon.alternation("side", lang)
    after = ctx.lexicon.compiled("side-after", lang, lambda: rf"\s+(?:{sides})(?!\w)", re.IGNORECASE)
    before = ctx.lexicon.compiled("side-before", lang, lambda: rf"(?<!\w)(?:{sides})\s+$", re.IGNORECASE)
    for name in phrases:
        # "the Chinese side", "Chile's foreign ministry": the country; "la parte cinese" too
        if name.kind != "demonym" and _side_possessive_end(ctx, text, name, lang) is None:
            continue
        end = name.end + ctx.lexicon.possessive_length(text, name.end, lang)
        side = after.match(text, end, min(sentence.end, end + 40))
        if side:  # "Japan's foreign ministry": its listed foreign ministry; "the Chinese embassy in Rome"
            value, last = institution_of(ctx, name.value, side.group(), side.end(), lang)
            found.append(Phrase("actor", value, name.start, last, text[name.start:last]))
        side = before.search(text, max(sentence.start, name.start - 40), name.start) if name.kind == "demonym" else None
        if side:  # "la parte cinese", "il ministero della Difesa russo", "l'ambasciata russa in Italia"
            value, last = institution_of(ctx, name.value, side.group(), name.end, lang)
            found.append(Phrase("actor", value, side.start(), last, text[side.start():last]))
    return found + _institutions_of_complement(ctx, sentence, phrases)


def _institutions_of_complement(ctx: Context, sentence: Sentence, phrases: list[Phrase]) -> list[Phrase]:
    """ "The Ministry of Foreign Affairs of Peru", "the Embassy of Chile in Peru", "l'Ambasciata
    d'Italia a Kiev": one actor, the institution, over the reference and the country of its
    complement (which names no speaker of its own)."""
    text, lang = ctx.document.text, sentence.lang
    found = []
    for reference in (p for p in phrases if p.kind == "institution-reference"):
        complement = ctx.lexicon.of_complement(lang).match(text, reference.end)
        country = next((p for p in phrases if complement and p.kind == "actor" and reference.end < p.start
                        and p.end == complement.end() and ctx.lexicon.actor_kind.get(p.value) == "country"), None)
        if country is None:
            continue
        value, last = institution_of(ctx, country.value, without_article(ctx, reference), country.end, lang)
        if value != country.value:
            found.append(Phrase("actor", value, reference.start, last, text[reference.start:last]))
    return found


def _names_with_cues(ctx: Context, sentence: Sentence) -> list[tuple[int, int, list[Phrase]]]:
    """(start, end, cues) of each name in a sentence that a cue marks as a person's."""
    text, lang = ctx.document.text, sentence.lang
    phrases = ctx.phrases(sentence)
    people = [p for p in phrases if p.kind == "actor" and ctx.is_person(p.value)]
    found = []
    for start, end in _candidates(ctx, text, sentence.body, sentence.end, lang):
        if any(p.start < end and start < p.end and _listed_as(ctx, text, p, start, end, lang) for p in people):
            continue  # the gazetteer knows them
        cues = _cues(ctx, text, phrases, start, end, lang)
        if cues and cues[0].kind == "role" and ctx.lexicon.is_word("office-noun", lang, " ".join(
                WORD.findall(text[cues[0].start:end].lower()))):
            continue  # "Ukraine's General Staff": an office, not General Staff
        if cues is None and OPENING_QUOTE_AFTER_COLON.match(text, end) and NOT_SPACE.search(text, sentence.body, start) is None:
            cues = []  # "Jane Doyle: «…»": whose the quotation is, as agencies write it
        if cues is None and HANDLE_AFTER.match(text, end):
            cues = []  # "Jane Doyle @JaneDoyleFM · Jun 10": a post's author, as social media show them
        if cues is None and (post := _post_below(ctx, sentence, start, end)):
            cues = [post]  # "Jane Doyle" over "Minister for Foreign Affairs": a release's signatory
        if cues is not None:
            found.append((start, end, cues))
    return found


def _post_below(ctx: Context, sentence: Sentence, start: int, end: int) -> Phrase | None:
    """The role of the line below a line that is the name alone (a signature, a byline)."""
    paragraphs = ctx.document.blocks[sentence.block].paragraphs
    line = paragraphs[sentence.paragraph]
    if sentence.paragraph + 1 >= len(paragraphs) or ctx.document.text[line.start:line.end].strip() != ctx.document.text[start:end]:
        return None
    below = paragraphs[sentence.paragraph + 1]
    return ctx.phrases_between(below.start, below.end)[0] if post_line(ctx, below) else None


def post_line(ctx: Context, paragraph: Paragraph) -> bool:
    """A line that is a post alone ("Minister for Foreign Affairs"): a role first, no verb, no stop."""
    text = ctx.document.text
    phrases = ctx.phrases_between(paragraph.start, paragraph.end)
    return bool(phrases) and phrases[0].kind == "role" and not text[paragraph.start:phrases[0].start].strip() \
        and not any(p.kind == "verb" for p in phrases) and not LINE_STOP.search(text, paragraph.start, paragraph.end) \
        and len(text[paragraph.start:paragraph.end].split()) <= POST_LINE_WORDS


def _listed_as(ctx: Context, text: str, listed: Phrase, start: int, end: int, lang: str) -> bool:
    """Whether the name at [start, end) is the listed person a phrase inside it names: the whole
    name is the phrase, or it ends with their whole name after a first name the gazetteer lacks
    ("Mohammad Ishaq Dar") or begins with it before a second surname ("José Manuel Albares
    Bueno"), or, after the words of a title, it begins with a word of theirs (an initial
    for one, or a misspelling: "Avidgor") and ends with one ("Antony J. Blinken", "S. Jaishankar",
    "Vice-President Mogherini"); "Lin Wei" is not the "Lin" of another spokesperson's short
    name, nor "Miguel Ramos Costa" the "Costa" of António Costa."""
    if listed.start <= start and end <= listed.end:
        return True
    whole = " " in listed.text and normalize_name(listed.text) == normalize_name(ctx.name_of(listed.value))
    if listed.end == end and whole:
        return True  # their whole name after a first name the gazetteer lacks ("Mohammad Ishaq Dar")
    if listed.start == start and whole and len(text[listed.end:end].split()) == 1:
        return True  # and a second surname the gazetteer lacks after it ("José Manuel Albares Bueno")
    if text[start:end].split()[-1].lower() not in ctx.name_of(listed.value).lower().split():
        return False  # it does not end with a word of theirs (as written: most names are)
    titles, _ = ctx.lexicon.role_words(lang)
    words = [w for w in normalize_name(text[start:end]).split() if w not in titles] or [""]
    known = normalize_name(ctx.name_of(listed.value)).split()
    return words[-1] in known and (len(words[0]) == 1 or bool(close_matches(words[0], known, 1, 0.75)))


def _candidates(ctx: Context, text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Spans of two or more name words in a row (particles allowed inside: "Lula da Silva"),
    and single name words right after an honorific ("Ms Doyle")."""
    if ctx.lexicon.any_word("honorific", lang).search(text, start, end):
        return _candidates_in(ctx, text, start, end, lang)
    spans = []  # most sentences: only where capitalised words stand side by side, with the word
    # before them, which may be the role that makes a first word a name's ("il portavoce He Yadong")
    for run in CAPITALISED_RUN.finditer(text, start, end):
        before = WORD_BEFORE.search(text, max(start, run.start() - 40), run.start())
        spans += _candidates_in(ctx, text, before.start() if before else run.start(), run.end(), lang)
    return spans


def _candidates_in(ctx: Context, text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    spans, run, honored = [], [], False
    tokens = [*TOKEN.finditer(text, start, end), None]
    is_name_word, particles = ctx.lexicon.is_name_word, ctx.lexicon.labels("name-particle", lang)
    for i, token in enumerate(tokens):
        word = token.group() if token else ""
        joined = bool(run) and token is not None and (text[run[-1].end():token.start()] == " " or (
            text[run[-1].end():token.start()] == ". " and ctx.lexicon.is_word("name-abbreviation", lang, run[-1].group().lower())))
        if token is not None and (is_name_word(word, lang) or text.startswith(". ", token.end())
                                  and ctx.lexicon.is_word("name-abbreviation", lang, word.lower()) or (joined and (
                word.lower() in particles or _ends_name(ctx, word)
                or len(run) >= 2 and word.lower() in ctx.lexicon.continuing_words))
                or not run and _begins_name_after_role(ctx, text, tokens[i - 1] if i else None, token, tokens[i + 1], lang)
                or not run and _ends_name(ctx, word)  # "Ms Hope", "Mr Power": after an honorific
                and ctx.lexicon.is_word("honorific", lang, _word_before(text, token.start(), start).lower())) \
                and not (not run and _object_of_role_complement(ctx, text, token, lang)):
            if not joined and run:
                spans += _names(ctx, run, honored, lang)
                run = []
            if not run:
                honored = ctx.lexicon.is_word("honorific", lang, _word_before(text, token.start(), start).lower())
            run.append(token)
            if ctx.lexicon.possessive_suffix(word, lang):  # "Lin Wei's Regular Press Conference"
                spans += _names(ctx, run, honored, lang)
                run = []
            continue
        if run:
            spans += _names(ctx, run, honored, lang)
        run = []
    return spans


def _object_of_role_complement(ctx: Context, text: str, token: re.Match, lang: str) -> bool:
    """Whether a capitalised word followed by two more is what a role's complement governs, not the
    first word of a name ("la segretaria del Pd Elly Schlein", "the leader of Likud Tom Berg",
    "Commissioner for Crisis Management Hadja Lahbib", across the complement's other words)."""
    start = max(0, token.start() - 60)
    named = [(p.start, p.end) for p in ctx.phrases_between(start, token.start()) if p.kind == "actor"]
    found = list(WORD.finditer(text, start, token.start()))[-5:]
    while found and (ctx.lexicon.is_word("article", lang, found[-1].group().lower())
                     or found[-1].group()[:1].isupper() and not ctx.lexicon.is_name_word(found[-1].group(), lang)
                     and not any(a <= found[-1].start() < b for a, b in named)):  # "Crisis", not "Chile"
        found.pop()
    words = [w.group() for w in found]
    if len(words) < 2 or not ctx.lexicon.is_word("title-complement", lang, words[-1].lower()) \
            or words[-2].lower() not in ctx.lexicon.role_words(lang)[1]:
        return False
    following = list(itertools.islice(TOKEN.finditer(text, token.end(), token.end() + 80), 2))
    return len(following) == 2 and all(ctx.lexicon.is_name_word(w.group(), lang) for w in following) \
        and re.search(r"[,.;:]", text[token.end():following[1].start()]) is None


def _names(ctx: Context, run: list[re.Match], honored: bool, lang: str) -> list[tuple[int, int]]:
    while run and _particle(ctx, run[-1].group(), lang):
        run = run[:-1]
    words = [t for t in run if not _particle(ctx, t.group(), lang)]
    if len(words) >= 2 or (honored and words) or (len(words) == 1 and _surname_after_role(ctx, words[0], lang)):
        # "Jane Doyle's statements": the name is Jane Doyle
        return [(run[0].start(), run[-1].end() - ctx.lexicon.possessive_suffix(run[-1].group(), lang))]
    return []


def _surname_after_role(ctx: Context, token: re.Match, lang: str) -> bool:
    """ "Foreign Minister Ruiz of Peru", "Secretary Ruiz, who…", "Minister Sugiono emphasized…": one
    name word right after a role, then its side's "of", a stop or a reporting verb, is a surname or
    a person's one name ("Ambassador Extraordinary and…" is not)."""
    text = token.string
    if _word_before(text, token.start()).lower() not in ctx.lexicon.role_words(lang)[1]:
        return False
    after = ctx.lexicon.compiled("after-surname", lang, lambda: (
        rf"\s*[,.;]|\s+(?:{ctx.lexicon.alternation('title-complement', lang)})\s"), re.IGNORECASE)
    if after.match(text, token.end()) is not None:
        return True
    verb_at = token.end() + 1
    return text[token.end():verb_at] == " " and any(
        p.kind in ("verb", "meeting") and p.start == verb_at for p in ctx.phrases_between(verb_at, verb_at + 60))


def _begins_name_after_role(ctx: Context, text: str, before: re.Match | None, token: re.Match,
                            after: re.Match | None, lang: str) -> bool:
    """ "Vice Premier He Lifeng", "la premier danese Mette Frederiksen": right after a role (and
    the demonym a language puts after it), a capitalised word of the vocabulary ("He", "Mette")
    begins a name when a name word follows it; an honorific does not ("Prime Minister Shri X")."""
    if before is None or after is None:
        return False
    word = token.group()
    role_words, role_ends = ctx.lexicon.role_words(lang)
    role_before = before.group().lower() in role_ends or any(
        p.kind == "demonym" and (p.start, p.end) == before.span() for p in ctx.phrases_between(*before.span())) \
        and (previous := WORD_BEFORE.search(text, max(0, before.start() - 40), before.start())) is not None \
        and previous.group(1).lower() in role_ends
    return role_before and word[:1].isupper() and not word.isupper() \
        and text[before.end():token.start()] == " " and text[token.end():after.start()] == " " \
        and ctx.lexicon.is_name_word(after.group(), lang) and word.lower() not in role_words \
        and not ctx.lexicon.is_word("honorific", lang, word)


def _ends_name(ctx: Context, word: str) -> bool:
    """A capitalised word that only the vocabulary's lowercase keywords have ("Power", "Price"),
    or a listed person's last name that other labels have too ("Costa", of "Costa Rica"): a name
    word after another ("Jane Power", "Miguel Ramos Costa"), never the first of a name ("Human
    Rights Watch")."""
    lowered = word.lower()
    return word[:1].isupper() and not word.isupper() and (lowered in ctx.lexicon.lowercase_words
                                                          or lowered in ctx.lexicon.surnames)


def _word_before(text: str, position: int, floor: int = 0) -> str:
    """The whole word (or initial) that ends right before `position`, across spaces: "Archbishop"
    before "Paul", "Mr." before "Albares"."""
    match = WORD_BEFORE.search(text, max(floor, position - 30), position)
    return match.group(1) if match else ""


def _particle(ctx: Context, word: str, lang: str) -> bool:
    return ctx.lexicon.is_word("name-particle", lang, word)


def _cues(ctx: Context, text: str, phrases: list[Phrase], start: int, end: int, lang: str) -> list[Phrase] | None:
    """The phrases that mark [start, end) as a person's name (roles first), or None."""
    # "her Rwandan counterpart, Tomas Berg", "Foreign ministers Jane Doyle of Chile and…"
    roles = [p for p in phrases if p.kind in ("role", "counterpart", "plural-role")]
    between = [p for p in phrases if p.start < start and (
        p.kind == "verb" or (p.kind == "actor" and ctx.is_person(p.value)))]  # "Minister Rubio told Fox"
    before = [r for r in roles if r.end <= start and not any(p.start >= r.end for p in between)
              and not _names_another_first(ctx, text, r.end, start, lang) and (
        _title_gap(ctx, text, r.end, start, lang) and "," not in text[r.end:start].rstrip(", ")
        or _apposed_title(ctx, text, r, start, lang))]
    after = [r for r in roles if r.start >= end and AGE_THEN_TITLE.fullmatch(text, end, r.start)]
    if before or after:
        return before[-1:] or after[:1]
    plural = [p for p in phrases if p.kind == "members-reference" and p.end <= start
              and _apposed_names(ctx, text, p, start, lang) is not None]
    if plural:
        return plural[-1:]  # "The foreign ministers of Chile and Peru, Jane Doyle and Tom Berg,"
    if ctx.lexicon.is_word("honorific", lang, _word_before(text, start).lower()):
        return []
    for verb in (p for p in phrases if p.kind in ("verb", "according")):
        if verb.start >= end and (VERB_GAP.fullmatch(text, end, verb.start)
                                  or _side_before_verb(ctx, text, phrases, start, end, verb.start, lang)
                                  or _coordinated_before_verb(ctx, lang).fullmatch(text, end, verb.start)
                                  or ASIDE_BEFORE_VERB.fullmatch(text, end, verb.start)):
            return []
        if verb.end <= start and re.fullmatch(r"\s*,?\s*", text[verb.end:start]) \
                and (verb.kind == "according" or text[max(0, verb.start - 200):verb.start].rstrip().endswith((",", "”", '"', "»"))):
            return []  # "…, said Jane Doyle", "according to Jane Doyle": not "told Jane Doyle", the addressee
    for meeting in (p for p in phrases if p.kind == "meeting"):
        # "Jane Doyle met Tom Berg", "held talks with Tom Berg", "ha incontrato Tom Berg": who met
        if meeting.start >= end and (VERB_GAP.fullmatch(text, end, meeting.start)
                                     or _coordinated_before_verb(ctx, lang).fullmatch(text, end, meeting.start)) \
                or meeting.end <= start and not text[meeting.end:start].strip():
            return []
    return None


def _names_another_first(ctx: Context, text: str, role_end: int, name_start: int, lang: str) -> bool:
    """Whether a name follows the role right away, before the capitalised words at `name_start`
    ("President Gabriel Boric at the Planalto Palace": the palace is no one the role names)."""
    first = NAME_WORD_AFTER.match(text, role_end, name_start)
    return first is not None and ctx.lexicon.is_name_word(first.group(1), lang)


NAME_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w’'-]*)")


def _apposed_title(ctx: Context, text: str, role: Phrase, name_start: int, lang: str) -> bool:
    """Whether a role with its complements stands before a name as its apposition, honorifics
    between ("The Chairperson of the African Union Commission, H.E. Mr. Kofi Asante,")."""
    end = _complements_end(ctx, text, role, name_start, lang)
    apposed = ctx.lexicon.compiled("apposed-title", lang, lambda: (
        rf"\s*,\s*(?:(?:{ctx.lexicon.alternation('honorific', lang)})\s*)*"), re.IGNORECASE)
    return apposed.fullmatch(text, end, name_start) is not None


def _listed_side(ctx: Context, sentence: Sentence, members: Phrase, start: int) -> str | None:
    """The side of a name apposed to a plural role: the country or demonym in the same place of the
    role's own list ("The foreign ministers of Chile and Peru, Jane Doyle and Tom Berg": Berg's is
    Peru), when the lists are as long."""
    names = _apposed_names(ctx, ctx.document.text, members, start, sentence.lang) or []
    places = [p for p in ctx.phrases(sentence) if (p.kind == "demonym" or p.kind == "actor" and not ctx.is_person(p.value))
              and max(sentence.body, members.start - APPOSED_COMPLEMENT) <= p.start and names and p.end <= names[0].start()]
    places = list({(p.start, p.end): p for p in places}.values())  # "New Zealand" is its own demonym: one place
    index = next((i for i, name in enumerate(names) if name.start() <= start < name.end()), None)
    return places[index].value if index is not None and len(places) == len(names) else None


def _coordinated_before_verb(ctx: Context, lang: str) -> re.Pattern:
    """Other capitalised names coordinated after a name, then its verb ("Jane Doyle and Tom Berg
    agreed", "Jane Doyle, Tom Berg and Ana Rios said"): the first name is a speaker's too."""
    return ctx.lexicon.compiled("names-before-verb", lang, lambda: (
        rf"(?:\s*(?:,|\s(?:{ctx.lexicon.coordinators(lang)}))\s+{NAME})+{VERB_GAP.pattern}"))


def _apposed_names(ctx: Context, text: str, members: Phrase, start: int, lang: str) -> list[re.Match] | None:
    """The names listed in apposition to a plural role, with its complement ("The foreign ministers
    of Chile and Peru, Jane Doyle and Tom Berg,"), when the name at `start` is one of them."""
    comma = text.find(",", members.end, members.end + APPOSED_COMPLEMENT)
    if comma < 0 or re.search(r"[.;:()]", text[members.end:comma]):
        return None
    listed = ctx.lexicon.compiled("apposed-names", lang, lambda: (
        rf"\s*{NAME}(?:(?:\s*,\s*|\s+(?:{ctx.lexicon.coordinators(lang)})\s+){NAME})*\s*,"))
    found = listed.match(text, comma + 1)
    if found is None or not comma < start < found.end():
        return None
    return list(NAME_RUN.finditer(text, comma + 1, found.end()))


APPOSED_COMPLEMENT = 60  # characters of a plural role's complement before its apposed names ("of Chile and Peru")


def _side_before_verb(ctx: Context, text: str, phrases: list[Phrase], start: int, end: int, verb: int,
                      lang: str) -> bool:
    """ "Jane Doyle of Chile said", "Paolo Rossi del Cile ha detto": the country or organisation the
    name is of stands between it and its verb (not after an article: "the Central Bank of Chile said")."""
    side = next((p for p in phrases if p.kind == "actor" and end < p.start and p.end <= verb), None)
    if side is None or ctx.is_person(side.value) or not VERB_GAP.fullmatch(text, side.end, verb) \
            or ctx.lexicon.is_word("article", lang, _word_before(text, start).lower()):
        return False
    return of_complement_only(ctx, text[end:side.start], lang)


def sides_from_positions(ctx: Context, clauses: Iterable[Clause]) -> None:
    """A person the text gives no side who states a country's own stance ("Doyle reiterated
    Ireland's support for…", "stressed Zambia's commitment to…", `cue:own-stance`) speaks for that
    country: it is no target of theirs, the relations they speak of are its, and "both sides"
    after it are that country and the other's (so it runs as the clauses are read)."""
    text = ctx.document.text
    for clause in clauses:
        person = ctx.people.get(clause.actors[0]) if len(clause.actors) == 1 else None
        if person is None or person.represents is not None or ctx.lexicon.default_stance.get(clause.act) == "oppose":
            continue  # "Doyle criticised Russia's position" is no stance of Doyle's side
        phrases = ctx.phrases_between(*clause.position)
        owner, after = next(((p, end) for p in phrases if p.start == clause.position[0]
                             and (end := _side_possessive_end(ctx, text, p, clause.lang)) is not None), (None, 0))
        # "Ireland's support", "Zambia's firm commitment", "Ghana's continued solidarity"
        if owner is not None and any(ctx.lexicon.is_word("own-stance", clause.lang, w.lower())
                                     for w in PLAIN_WORDS.findall(text, after, after + 40)[:3]) \
                or (owner := _stance_noun_owner(ctx, clause, phrases)) is not None:
            ctx.people[clause.actors[0]] = dataclasses.replace(person, represents=owner.value)


def side_of_reporter(ctx: Context, reporters: list[str], reported: list[str]) -> None:
    """ "Deputy Foreign Minister X said Ghana rejects…": a titled person the text gives no side,
    who speaks for the one country they report on (see `speaks_for_own_side`), is of that country
    from then on: it is no target of theirs, the relations they speak of are its."""
    person = ctx.people.get(reporters[0]) if len(reporters) == 1 else None
    if person is not None and person.represents is None and person.post_words and len(reported) == 1 \
            and ctx.lexicon.actor_kind.get(reported[0]) == "country":
        ctx.people[reporters[0]] = dataclasses.replace(person, represents=reported[0])


def _stance_noun_owner(ctx: Context, clause: Clause, phrases: list[Phrase]) -> Phrase | None:
    """The country after a stance noun and its complement that open a position ("the support of
    Ireland for…", "il sostegno dell'Italia a…", "la contrarietà di Budapest"), if any."""
    text, lang = ctx.document.text, clause.lang
    owner = next((p for p in phrases if p.kind == "actor" and not ctx.is_person(p.value)
                  and clause.position[0] < p.start < clause.position[0] + 60), None)
    if owner is None:
        return None
    words = [w.lower() for w in WORD.findall(text, clause.position[0], owner.start)
             if not any(ctx.lexicon.is_word(cue, lang, w.lower()) for cue in ("article", "intensifier"))]
    return owner if len(words) == 2 and ctx.lexicon.is_word("own-stance", lang, words[0]) \
        and ctx.lexicon.is_word("side-complement", lang, words[1]) else None  # whose: "of", not "for"


def _normalised(written: str) -> str:
    """A name as written, on one line, without middle initials or an abbreviated given name before
    two more words, with words in capitals written as names ("Mark C. TONER" → "Mark Toner",
    "Md. Rafiqul Karim" → "Rafiqul Karim")."""
    words = written.split()
    if len(words) > 2 and re.fullmatch(r"\w{2,}\.", words[0]):
        words = words[1:]
    words = words[:1] + [w for w in words[1:-1] if not re.fullmatch(r"\w\.", w)] + words[1:][-1:]
    return " ".join(w.capitalize() if len(w) > 2 and w.isupper() else w for w in words)


def _represented(ctx: Context, sentence: Sentence, cues: list[Phrase], start: int, end: int) -> str | None:
    """The country or organisation named in a person's title ("Turkish Foreign Minister", "il
    ministro degli Esteri turco", "Minister Jane Doyle of Ruritania"; "Jane Doyle, Secretary,
    Ministry of Foreign Affairs, Ruritania, said") or after their name ("Jane Doyle of Ruritania
    said"), else the language's own country for a government role its press names without one
    ("il viceministro degli Esteri X"), if any."""
    phrases = ctx.phrases(sentence)
    if cues and cues[0].kind == "members-reference":
        return _listed_side(ctx, sentence, cues[0], start)
    of = ctx.lexicon.of_complement(sentence.lang).match(ctx.document.text, end, sentence.end)
    if not cues:  # "Jane Doyle of Chile said": the side the name is of
        return next((p.value for p in phrases if p.kind == "actor" and end < p.start and p.end <= of.end()
                     and not ctx.is_person(p.value)), None)
    if cues[0].start < start:
        low = _title_reach(ctx, sentence, cues[0].start)
        high = max(start, end + len(of.group()) if of.group() else start)
    else:  # a title in apposition, up to the verb, with its country's possessive or demonym ("Chile's")
        owner = _article_start(ctx, sentence, cues[0]) if cues[0].kind == "role" else None
        low = cues[0].start if owner is None else min(owner, cues[0].start)
        high = min([p.start for p in phrases if p.kind == "verb" and p.start > low] + [low + 100])
    # whose the role's own complement says it is first ("at the Farnesina the Minister for Foreign
    # Affairs of Ghana"), not where an ambassador is sent ("the Israeli ambassador to Brazil")
    text, lang = ctx.document.text, sentence.lang
    own = cues[0].end + len(ctx.lexicon.of_complement(lang).match(text, cues[0].end).group())
    places = [p for p in phrases if p.kind == "demonym" or (p.kind == "actor" and not ctx.is_person(p.value))]
    for phrase in sorted(places, key=lambda p: not (cues[0].end <= p.start and p.end <= own and any(
            ctx.lexicon.is_word("side-complement", lang, w.lower()) for w in words_before(text, p.start, 2)))):
        if low <= phrase.start and phrase.end <= high:
            return phrase.value
    # a government role the text's press names without a country ("il viceministro degli Esteri X"
    # in Italian news) is its own country's (a cue with kg:represents)
    # else that of the institution whose site published the text ("Foreign Minister Jane Doyle" in
    # a readout on the Chilean ministry's site is Chile's)
    return next((ctx.lexicon.home_roles[sentence.lang, word] for word in cues[0].text.lower().split()
                 if (sentence.lang, word) in ctx.lexicon.home_roles), None) \
        or next((ctx.represents(site) for site in ctx.publisher), None) \
        or _institution_at_home(ctx, sentence, cues[0])


def _institution_at_home(ctx: Context, sentence: Sentence, role: Phrase) -> str | None:
    """ "ministry spokesperson X", "foreign ministry spokesperson X" in a text from Seoul: a role of an
    institution at home, named without its country, is of the dateline's country (not an embassy's)."""
    if not ctx.dateline_country:
        return None
    text, lang = ctx.document.text, sentence.lang
    words = [w.lower() for w in WORD.findall(text, _title_reach(ctx, sentence, role.start), role.start)]
    nouns = {label.split()[-1]: abroad for (language, label), (_, abroad) in ctx.lexicon.institutions.items()
             if language == lang}
    return ctx.dateline_country[0] if words and nouns.get(words[-1]) is False else None


def _title_reach(ctx: Context, sentence: Sentence, role_start: int) -> int:
    """How far before a role the words of its title may begin ("Turkish Foreign Minister", "Chile's
    foreign minister": up to 30 characters), never across a coordination or a partner's "with", a
    verb or another person's name: in "Mark Carney of Canada and President Jane Doyle", "Jane Doyle
    of Chile met with Foreign Minister Tom Berg" or "alla Farnesina con l'omologo libanese X",
    Chile and the Farnesina are not his."""
    text = ctx.document.text
    low = max(sentence.start, role_start - 30)
    for word in WORD.finditer(text, low, role_start):
        if ctx.lexicon.is_word("coordination", sentence.lang, word.group().lower()) \
                or ctx.lexicon.is_word("partner", sentence.lang, word.group().lower()):
            low = word.end()
    return max([low] + [p.end for p in ctx.phrases(sentence) if low <= p.end <= role_start and (
        p.kind == "actor" and ctx.is_person(p.value) or p.kind in ("verb", "meeting"))])


def _add_mentions(ctx: Context, sentences: list[Sentence], listed: set[str]) -> None:
    """Every mention of a person named in full (a new one, or one of the `listed` the text names in
    full), by the first or last word of their name that no one else named has ("Minister Park
    Sung-ho … Minister Park", "Chinese Ambassador Qin Gang … Qin noted": a family name may come
    first), and of a new person by their full name."""
    forms: dict[str, str] = {person.name: key for key, person in ctx.people.items()}
    surnames: dict[str, set[str]] = {}
    for key in [*ctx.people, *listed]:
        words = ctx.name_of(key).split()
        for word in {words[0], words[-1]} if len(words) > 1 else ():
            if len(word) > 2:
                surnames.setdefault(word, set()).add(key)
    if not forms and not surnames:
        return
    for surname, keys in surnames.items():
        if len(keys) == 1 and (surname.lower() not in ctx.lexicon.common_words or _ends_name(ctx, surname)):
            forms.setdefault(surname, next(iter(keys)))
            forms.setdefault(surname.upper(), next(iter(keys)))
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
                         + r")(?![\w-]|['’](?!s\b))")  # "Doyle's statements" names Doyle
    text = ctx.document.text
    for sentence in sentences:
        known = [p for p in ctx.phrases(sentence) if p.kind == "actor"]
        added = []
        for match in pattern.finditer(text, sentence.start, sentence.end):
            # a listed person's longer name around it ("Lin" of "Lin Wei") leaves it to them, and so
            # does their short name when the text names them in full; else the one named in full
            # here is meant ("Miguel Ramos Costa … Costa added", not António Costa)
            if not any(p.start <= match.start() and match.end() <= p.end and ctx.is_person(p.value)
                       and (p.end - p.start > match.end() - match.start() or p.value in listed) for p in known):
                added.append(Phrase("actor", forms[match.group()], match.start(), match.end(), match.group()))
        if added:
            spans = {(p.start, p.end) for p in added}
            ctx.add_phrases(sentence, added, spans, kind="actor")
            if any(p.kind == "verb" and (p.start, p.end) in spans for p in ctx.phrases(sentence)):
                ctx.add_phrases(sentence, [], spans, kind="verb")  # "Ms Hope said": a name, not "hope"


WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _add_administrations(ctx: Context, sentences: list[Sentence]) -> None:
    """ "the Biden administration", "il governo Meloni": a leader's name with the noun of their
    government (after it in English, before it in Italian) is the country they head."""
    text = ctx.document.text
    for sentence in sentences:
        added = []
        for person in (p for p in ctx.phrases(sentence) if p.kind == "actor" and ctx.is_person(p.value)):
            country = ctx.represents(person.value)
            if country == person.value or country not in ctx.lexicon.country_like:
                continue
            after = WORD_AFTER.match(text, person.end, sentence.end)
            before = WORD_BEFORE.search(text, sentence.body, person.start)
            if after and ctx.lexicon.is_word("administration-noun", sentence.lang, after.group(1).lower()):
                added.append(Phrase("actor", country, person.start, after.end(), text[person.start:after.end()]))
            elif before and ctx.lexicon.is_word("administration-noun", sentence.lang, before.group(1).lower()):
                added.append(Phrase("actor", country, before.start(1), person.end, text[before.start(1):person.end]))
        if added:
            ctx.add_phrases(sentence, added, {(p.start, p.end) for p in added}, kind="actor")


def speaker_turns(ctx: Context, sentences: list[Sentence]) -> list[Sentence]:
    """Read a transcript's speaker labels: the context learns who speaks in each paragraph
    (None: a question), and the first sentence of a labelled paragraph starts after its label."""
    text = ctx.document.text
    turned = []
    speaker: str | None | bool = False  # False: no label yet in this block
    block = None
    named: list[str] = []  # the people named so far, in order: the first one answers "A:"
    for sentence in sentences:
        if sentence.block != block:
            block, speaker = sentence.block, False
        paragraph = ctx.document.blocks[sentence.block].paragraphs[sentence.paragraph]
        first = NOT_SPACE.search(text, paragraph.start, sentence.start) is None  # no copy: a paragraph may be megabytes
        label = LABEL.match(text, paragraph.start, paragraph.end) if first else None
        if label is None and first and POST_HEADER.match(text, paragraph.start, paragraph.end):
            # "Jane Doyle @JaneDoyleFM · Jun 10": the post below is its author's
            author = next((p.value for p in ctx.structure(sentence) if p.kind == "actor" and ctx.is_person(p.value)), None)
            speaker = author if author is not None else speaker
        if label is not None:
            said = _label_speaker(ctx, sentence, label, named[0] if named else None)
            if said is False and _asks(text, label.end(), paragraph.end):
                said = None  # "AFP: … What's your comment?": a journalist's question in a transcript
            if said is not False:
                speaker = False if said is True else said
                sentence = dataclasses.replace(sentence, body=max(sentence.body, label.end()))
        if speaker is not False:
            ctx.turns[(sentence.block, sentence.paragraph)] = speaker
        if not named:  # only the first person named answers "A:"
            named = [p.value for p in ctx.structure(sentence) if p.kind == "actor" and ctx.is_person(p.value)][:1]
        turned.append(sentence)
    return turned


def _asks(text: str, start: int, end: int) -> bool:
    """Whether a labelled paragraph ends with a question."""
    return text[start:end].rstrip().rstrip("”\"»)").endswith("?")


def _label_speaker(ctx: Context, sentence: Sentence, label: re.Match, briefer: str | None) -> str | None | bool:
    """Who a speaker label names: a person's key, None for a question, False when it is no label;
    an answer is the briefer's (the first person the text names), or True when the text names
    no one (an unsigned "Answer:": its sentences are attributed as any others)."""
    lang, words = sentence.lang, label.group(1).replace(",", " ").split()
    lowered = " ".join(words).lower()
    if ctx.lexicon.is_word("question-label", lang, lowered):
        return None
    if ctx.lexicon.is_word("answer-label", lang, lowered):
        return briefer if briefer else True  # "A:": the briefer answers
    role = _role_label(ctx, sentence, label)
    if role is not None:
        # "NATO Secretary General:", "SECRETARY-GENERAL:" of a UN transcript: who held the post
        # then, before the briefer when the label names the place; "Spokesman:": the briefer first
        holders = incumbent(ctx, role)
        if holders and (places_named(ctx, role) or not briefer):
            return holders[0]
        return briefer if briefer else True
    if not all(w[0].isupper() for w in words):
        return False  # "Verma said: …" is a sentence, not a label
    # "SPOKESPERSON BRUCE:", "AMBASSADOR DOYLE:": a role before the name is as an honorific
    titled = len(words) >= 2 and words[0].lower() in ctx.lexicon.role_words(lang)[1]
    honored = titled or ctx.lexicon.is_word("honorific", lang, words[0].lower())
    for phrase in ctx.phrases(sentence):
        if phrase.kind == "actor" and ctx.is_person(phrase.value) and phrase.end <= label.end(1):
            return phrase.value
    names = words[1:] if honored else words
    # after an honorific, a word only lowercase keywords have is a surname ("MS HOPE:", "MR POWER:")
    if not names or not (honored or len(names) >= 2) or any(
            w.lower() in ctx.lexicon.common_words and not (honored and w.lower() in ctx.lexicon.lowercase_words)
            for w in names):
        return False
    written = _full_name(ctx.document.text, names[-1]) if len(names) == 1 else " ".join(names)
    for phrase in ctx.lexicon.phrases(written, lang):
        if phrase.kind == "actor" and ctx.is_person(phrase.value) and phrase.end - phrase.start == len(written):
            return phrase.value
    if len(written.split()) == 1:  # "MR PRICE:" in a briefing of 2021: the Price in office then
        holders = ctx.lexicon.holders(ctx.document.date, people=ctx.lexicon.surnames.get(written.lower(), []))
        if len(holders) == 1:
            return holders[0]
    name = _normalised(written)
    ctx.people.setdefault(NEW + name, Person(name, None, frozenset(title_words(words[0]) if titled else ())))
    return NEW + name


def _role_label(ctx: Context, sentence: Sentence, label: re.Match) -> Phrase | None:
    """A label that is a role with at most its article and the places it is of ("Spokesman:",
    "The High Representative:", "NATO Secretary General:"): a reference to whoever holds it."""
    start, end = label.span(1)
    text = ctx.document.text
    parts = [p for p in ctx.phrases(sentence) if start <= p.start and p.end <= end and (
        p.kind in ("role", "demonym") or (p.kind == "actor" and not ctx.is_person(p.value)))]
    roles = [p for p in parts if p.kind == "role"]
    if not roles:
        return None
    rest = list(text[start:end])
    for part in parts:
        rest[part.start - start:part.end - start] = " " * (part.end - part.start)
    if not all(ctx.lexicon.is_word("article", sentence.lang, w) for w in "".join(rest).replace(",", " ").split()):
        return None
    role = max(roles, key=lambda p: p.end - p.start)
    return Phrase("person-reference", role.text.lower(), start, end, text[start:end])


def _full_name(text: str, surname: str) -> str:
    """The fullest form of a name the text writes with this surname ("MR TONER" → "Mark C. Toner")."""
    written = surname.capitalize() if surname.isupper() else surname
    found = re.search(r"(?:[^\W\d_][\w’'-]*\.? ){1,3}" + re.escape(written) + r"(?![\w’'-])", text)
    if found is None or not all(w[0].isupper() for w in found.group().split()):
        return written
    return found.group()
