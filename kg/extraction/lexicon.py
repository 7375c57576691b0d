"""The extractor's lexicon, read from the vocabulary: phrases to find, per language.

Every label of the ontology (speech-act verbs, actor names and aliases, topic keywords, the
discourse cues) becomes a pattern of an Aho-Corasick automaton (pyahocorasick) over the
lower-cased text, so one pass over a sentence finds them all, however many aliases the
gazetteer holds; a match counts only on word boundaries.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple
from urllib.parse import urlsplit

import ahocorasick
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, SDO, SKOS, Namespace

from kg.namespaces import BASE, KG, TOPIC
from kg.vocabulary import Vocabulary

CUE = BASE + "discourse/"
SCHEMA = Namespace("https://schema.org/")
# kinds of phrase: the structural ones take part in overlap resolution, the others are read
# inside a position (topics, stance cues, demonyms, place markers)
STRUCTURAL = ("verb", "actor", "person-reference", "group-reference", "members-reference", "sides-reference",
              "institution-reference", "organ-reference", "own-country-reference", "meeting", "latter-reference", "former-reference")
# the phrases that attribute what follows to an actor without a verb: "according to X", "X, per il
# quale …", "la replica di X: «…»" (act: state)
ATTRIBUTING = ("according", "according-relative", "reply-noun")
# cues the rules look up word by word (`Lexicon.is_word`) rather than find in the text
WORD_LISTS = {"complement", "coordination", "embedding", "preposition", "locative", "negation",
              "deed-preposition", "retaliation-noun", "weapon-noun", "claim-noun", "deed-noun", "mandate-title", "military-seizure", "government-reference", "condition", "comment-gerund", "proposal-noun", "recognition-verb", "region-adjective", "assault-verb", "armed-force", "meeting-verb", "object-pronoun", "meeting-noun",
              "first-person", "relative", "passive", "abbreviation", "name-abbreviation", "translation-note", "honorific",
              "name-particle", "calendar", "time-word", "question-label", "answer-label", "article", "side",
              "title-complement", "contrast", "venue", "call-word", "summit-word", "visit-word",
              "clause-opener", "addressee", "gerund-ending", "participle-ending", "noun-phrase-word", "cataphora", "possessive",
              "relative-clause", "partner", "quoting", "auxiliary", "harmed", "free-relative", "agent", "necessity", "adjective-position",
              "perfect-auxiliary", "interposed-adverb", "subordinator", "ending", "oblique-relative",
              "anonymous-source", "own-stance", "manner", "intermediary", "aside", "determiner", "audience", "named-process", "document-noun", "naming-verb", "describing-verb",
              "office-noun", "rank-address", "address-noun", "country-noun",
              "verb-adverb", "question-participle",
              "side-complement", "appeal-complement",
              "co-subject", "as-opener", "negative-subject", "failure", "achievement-verb", "infinitive-marker",
              "intensifier", "institution-pronoun", "post-nominal", "informing-verb", "matter-opener", "joining-verb", "time-conjunction",
              "gerund-marker", "possessive-determiner", "prospective", "role-modifier",
              "participle-agreement", "agreeing-passive", "turn", "pair-word",
              "feminine", "masculine", "media-report", "issuing-participle", "on-behalf", "obligation", "subject-relative", "possessive-relative", "withdrawing-verb", "summoning-verb", "administration-noun", "cleft-opener",
              "joint-word", "patient-of", "process-of", "occasion", "singular-speaker", "title-matter", "indefinite-article", "anaphoric-object"}
# the kinds of phrase whose lowercase labels are ordinary words, not names or titles
KEYWORD_KINDS = {"topic", "bilateral", "oppose", "support", "conflict-word", "verb", "speech-noun", "light-verb"}
# up to six words ("expressed the Kingdom of Saudi Arabia’s condemnation"), no punctuation but the opening of a quotation ("ha espresso «piena solidarietà»")
LIGHT_OWN_ACTS = ("state", "express-intent")  # acts of a light verb of its own that its noun's act replaces
LIGHT_VERB_GAP = re.compile(r"\s+[«“\"‘]?(?:[^\W\d][\w’'-]*(?:\s+|(?<=['’]))){0,6}")  # "l'auspicio"


class Phrase(NamedTuple):
    """One match in a text: what kind of phrase, what it stands for, where it is (a tuple:
    a document makes thousands, and a tuple is the cheapest to make)."""

    kind: str
    value: str
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return self.text.lower().split()


class Post(NamedTuple):
    """A post of the gazetteer: who held it, the words of its title, from when until when."""

    holder: str
    within: str | None  # the organisation or country (org:postIn)
    words: frozenset[str]
    heads: frozenset[frozenset[str]]  # each label's words before "of": "deputy minister", "minister"
    start: str | None
    end: str | None


def title_words(text: str) -> set[str]:
    """The words of a title or role that tell posts apart ("the Secretary-General" → secretary,
    general; "l’ambasciatore" → ambasciatore): letters only, longer than three."""
    return {w for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) > 3}


def _periphrasis_words(text: str) -> set[str]:
    """A periphrasis's words with its acronyms, however short ("EAM" of India's External Affairs
    Minister), and its words of three letters ("top diplomat": not any diplomat)."""
    return title_words(text) | {w.lower() for w in re.findall(r"[^\W\d_]+", text)
                                if len(w) > 1 and w.isupper() or len(w) == 3}


def site_host(address: str) -> str:
    """The host of a web address without "www." ("https://www.mid.ru/en/…" → "mid.ru")."""
    host = urlsplit(address if "//" in address else "//" + address).hostname or ""
    return host.removeprefix("www.")


def _day(value) -> str | None:
    return str(value)[:10] if value is not None else None


NAME_WORD_MEMO = 100_000  # capitalised words remembered at most: a corpus has many more


@dataclass
class Lexicon:
    """Per-language matchers and the meaning of each pattern."""

    vocabulary: Vocabulary
    automata: dict[str, ahocorasick.Automaton] = field(default_factory=dict)
    words: dict[str, dict[str, set[str]]] = field(default_factory=dict)
    actor_kind: dict[str, str] = field(default_factory=dict)
    default_stance: dict[str, str] = field(default_factory=dict)
    evoked_topics: dict[str, list[str]] = field(default_factory=dict)
    post_words: dict[str, set[str]] = field(default_factory=dict)
    post_heads: dict[str, set[str]] = field(default_factory=dict)  # what the posts are: "minister", "spokesperson"
    names: dict[str, str] = field(default_factory=dict)
    represents: dict[str, str] = field(default_factory=dict)
    representatives: dict[str, set[str]] = field(default_factory=dict)
    by_site: dict[str, str] = field(default_factory=dict)  # an institution by its web site's host (schema:url)
    relation_of: dict[frozenset[str], str] = field(default_factory=dict)
    conflict_topics: set[str] = field(default_factory=set)
    absorbed: dict[str, set[str]] = field(default_factory=dict)  # topic id → the ids it makes redundant
    # a broad topic id → (the narrower one, the actors with whom it is that one): kg:narrows
    narrowings: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)
    country_like: set[str] = field(default_factory=set)
    word_patterns: dict[tuple[str, str, int], re.Pattern] = field(default_factory=dict)
    alternations: dict[tuple[str, str, bool], str] = field(default_factory=dict)
    role_word_sets: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)
    label_sets: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)  # by (cue, language)
    name_word_memo: dict[tuple[str, str], bool] = field(default_factory=dict)
    meant_memo: dict[tuple[str, str], tuple[frozenset[str], ...]] = field(default_factory=dict)
    home_roles: dict[tuple[str, str], str] = field(default_factory=dict)  # (language, role word) → country
    # the words of a periphrasis ("capo della diplomazia") → those of the titles it means (kg:titleOf)
    periphrases: dict[frozenset[str], tuple[frozenset[str], ...]] = field(default_factory=dict)
    meant_homes: dict[tuple[frozenset[str], ...], str] = field(default_factory=dict)  # titles meant → their one place
    # words of the vocabulary's labels other than people's names: a capitalised one ("Foreign",
    # "Ministry", "Kremlin", "Monday") is never part of a name the gazetteer lacks
    common_words: set[str] = field(default_factory=set)
    # those of them that only lowercase keywords, cues and verbs have ("power", "price"): they may
    # end a person's name that begins with a name word ("Foreign Secretary Jane Power")
    lowercase_words: set[str] = field(default_factory=set)
    # words that only continue a country's longer label, never begin a label nor stand alone
    # ("salvador" of "El Salvador", "verde"): after a name word they continue a person's name
    # of two words or more ("Maria Isabel Salvador", never "Chatham House")
    continuing_words: set[str] = field(default_factory=set)
    surnames: dict[str, list[str]] = field(default_factory=dict)  # a person's last name → people
    metonyms: set[str] = field(default_factory=set)  # lowercase names that stand for an actor (kg:metonym: "minsk")
    posts: list[Post] = field(default_factory=list)
    # a country's institution by (language, lowercase label): its English name, whether it names its host
    institutions: dict[tuple[str, str], tuple[str, bool]] = field(default_factory=dict)
    demonym: dict[str, str] = field(default_factory=dict)  # a country → its English demonym ("Chinese")
    host_name: dict[str, str] = field(default_factory=dict)  # a country as a host ("Italy", "the United States")

    def publisher(self, address: str | None) -> str | None:
        """The institution whose site an address is on (press.un.org → the United Nations)."""
        host = site_host(address) if address else ""
        while host:
            if host in self.by_site:
                return self.by_site[host]
            host = host.partition(".")[2]
        return None

    def holders(self, date: str | None, words: set[str] | frozenset[str] = frozenset(),
                where: set[str] | None = None, people: list[str] | None = None) -> list[str]:
        """The people (of `people`, when given) who held a post whose title has all of `words`,
        the whole head of one of its labels ("Secretary-General", not "Spokesperson for the
        Secretary-General"; a foreign minister, not a deputy foreign minister),
        in an organisation or country of `where` (when given), on `date`: the Secretary-General
        of a note is the one in office when it was written."""
        if not date:
            return []
        posts = self.posts if where is None else \
            [self.posts[i] for i in sorted(i for place in where for i in self.posts_within.get(place, ()))]
        found = [post.holder for post in posts if words <= post.words
                 and (not words or any(head and head <= words for head in post.heads))
                 and (people is None or post.holder in people)
                 and (post.start or "") <= date[:10] <= (post.end or "9999")]
        return list(dict.fromkeys(found))

    @cached_property
    def posts_within(self) -> dict[str | None, list[int]]:
        """The posts of each organisation or country, by their index in `posts` (asked with a place
        on every reference to a role)."""
        index: dict[str | None, list[int]] = {}
        for i, post in enumerate(self.posts):
            index.setdefault(post.within, []).append(i)
        return index

    def titles_meant(self, reference: str, lang: str) -> tuple[frozenset[str], ...]:
        """The words of the titles a periphrasis means ("il capo della diplomazia russa" → minister,
        foreign, affairs; …) when the reference is the periphrasis with the places it names and
        their complements ("the White House chief of staff" is none); none otherwise."""
        key = (reference, lang)
        if key not in self.meant_memo:  # asked of every reference to a person: remembered (a bounded memo)
            if len(self.meant_memo) >= NAME_WORD_MEMO:
                self.meant_memo.clear()
            words = _periphrasis_words(reference)
            found = [said for said in self.periphrases if said <= words]
            if found:  # only then the places it names, their complements and articles
                beside = {w for p in self.phrases(reference, lang) if p.kind in ("actor", "demonym")
                          for w in _periphrasis_words(p.text)}
                beside |= {w.strip("'’") for cue in ("title-complement", "article") for w in self.labels(cue, lang)}
                found = [said for said in found if words - said <= beside]
            # the longest: "foreign policy chief", not "chief"
            self.meant_memo[key] = self.periphrases[max(found, key=len)] if found else ()
        return self.meant_memo[key]

    @cached_property
    def institution_labels(self) -> dict[str, tuple[str, ...]]:
        """An institution's English name → its lowercase labels in every language."""
        found: dict[str, tuple[str, ...]] = {}
        for (_, label), (name, _) in self.institutions.items():
            found[name] = (*found.get(name, ()), label)
        return found

    @cached_property
    def state_institutions(self) -> frozenset[str]:
        """The organisations the gazetteer lists as a country's institutions: their names hold one
        of an institution's labels ("Russian Ministry of Foreign Affairs", "Federal Foreign Office"),
        unlike a party or an armed group that speaks for a side ("Hamas")."""
        labels = {label for (lang, label) in self.institutions}
        return frozenset(a for a, kind in self.actor_kind.items() if kind == "organization"
                         and any(label in self.names.get(a, "").lower() for label in labels))

    @cached_property
    def seated_abroad(self) -> tuple[frozenset[str], dict[str, frozenset[str]]]:
        """The lowercase English names of the institutions seated abroad ("embassy"), and their
        lowercase labels by language ("sede diplomatica")."""
        labels: dict[str, set[str]] = {}
        for (lang, label), (_, seated) in self.institutions.items():
            if seated:
                labels.setdefault(lang, set()).add(label)
        names = frozenset(n.lower() for n, seated in self.institutions.values() if seated)
        return names, {lang: frozenset(found) for lang, found in labels.items()}

    @cached_property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.automata))

    @cached_property
    def relation_parties(self) -> dict[str, frozenset[str]]:
        """The two parties of each A-B-relations topic."""
        return {topic: pair for pair, topic in self.relation_of.items()}

    @cached_property
    def translation_cues(self) -> tuple[str, ...]:
        """The words that mark a note as a translation note, in any language."""
        return tuple(sorted({w for words in self.words.get("translation-note", {}).values() for w in words}))

    def phrases(self, text: str, lang: str, offset: int = 0) -> list[Phrase]:
        """Every lexicon phrase in `text` (offsets shifted by `offset`)."""
        lowered = _folded(text)
        found = []
        last = len(lowered) - 1
        for end, (length, whole_word_start, whole_word_end, meanings) in self.automata[lang].iter(lowered):
            start = end - length + 1
            if whole_word_start and start > 0 and lowered[start - 1].isalnum():
                continue
            if whole_word_end and end < last and lowered[end + 1].isalnum():
                continue
            for kind, value, written in meanings:
                if written and not _acronyms_as_written(text[start:end + 1], written):
                    continue
                found.append(Phrase(kind, value, offset + start, offset + end + 1, text[start:end + 1]))
        found = [p for p in found if p.kind != "verb" or not self._meeting_noun_or_date(p, found, text, lang, offset)]
        found += self._split_verb_phrases(found, text, lang, offset)
        found += self._interrupted_meeting_phrases(found, text, lang, offset)
        return found + self._light_verb_phrases(found, text, lang, offset)

    def _meeting_noun_or_date(self, verb: Phrase, found: list[Phrase], text: str, lang: str, offset: int) -> bool:
        """Whether a verb label is no verb: its first word ends a meeting's noun begun before it
        ("a phone call on…"), or its closing preposition opens a date ("a call on Tuesday from")."""
        if any(p.kind == "meeting-head" and p.start < verb.start < p.end for p in found):
            return True
        last = verb.text.rsplit(None, 1)[-1].lower()
        if " " not in verb.text or not self.is_word("preposition", lang, last):
            return False
        following = NEXT_WORD.match(text, verb.end - offset)
        return following is not None and (following.group(1)[0].isdigit() or self.is_word("calendar", lang, following.group(1)))

    def _interrupted_meeting_phrases(self, found: list[Phrase], text: str, lang: str, offset: int) -> list[Phrase]:
        """ "spoke today by phone with", "had a telephone conversation on Monday with", "ha avuto un
        colloquio ieri con": the head of a meeting label that ends in its partner word ("spoke
        with") and that word up to three words on are the same meeting, unless a verb overlaps
        them ("held talks in Lima with X on trade" is a consultation)."""
        made = []
        rest = self.compiled("meeting-rest", lang, lambda: (
            rf"(?:\s+[^\W\d_][\w’'-]*){{1,3}}?\s+(?:{self.alternation('partner', lang)})(?!\w)"), re.IGNORECASE)
        for head in (p for p in found if p.kind == "meeting-head"):
            match = rest.match(text, head.end - offset)
            if match is None:
                continue
            end = offset + match.end()
            if any(p.kind == "meeting" and p.start == head.start and p.end == end for p in found) or any(
                    p.kind == "verb" and p.start < end and head.start < p.end for p in found):
                continue
            made.append(Phrase("meeting", "meeting", head.start, end, text[head.start - offset:match.end()]))
        return made

    def _split_verb_phrases(self, found: list[Phrase], text: str, lang: str, offset: int) -> list[Phrase]:
        """ "ha poi accusato", "hanno inoltre ribadito", "è stata inoltre sottolineata": a verb label of
        an auxiliary and a participle with adverbs between them (`cue:interposed-adverb`) is the same
        verb; so is a light verb's ("ha anche espresso sostegno")."""
        if not self.labels("perfect-auxiliary", lang):
            return []
        split = self.compiled("split-verb", lang, lambda: (
            rf"(?<!\w)({self._auxiliaries(lang)})((?:\s+(?:{self.alternation('interposed-adverb', lang)})){{1,2}})"
            rf"\s+([^\W\d_]+)(?!\w)(\s+[^\W\d_]+(?!\w))?"), re.IGNORECASE)
        made = []
        for match in split.finditer(text):
            # the participle and the word after it first ("ha però già fatto sapere"), else the participle
            two = _folded(f"{match.group(1)} {match.group(3)}{match.group(4) or ''}")
            meanings = self.automata[lang].get(two, (0, False, False, []))[3] if match.group(4) else []
            end = match.end() if meanings else match.end(3)
            if not meanings:
                meanings = self.automata[lang].get(_folded(f"{match.group(1)} {match.group(3)}"), (0, False, False, []))[3]
            start, end = offset + match.start(), offset + end
            if any(p.kind == "verb" and p.start < end and start < p.end and p.end - p.start > len(match.group(3))
                   for p in found):
                continue  # a label of its own ("ha poi sottolineato")
            made += [Phrase(kind, value, start, end, text[start - offset:end - offset]) for kind, value, _ in meanings
                     if kind in ("verb", "light-verb")]
        return made

    def _auxiliaries(self, lang: str) -> str:
        """The perfect auxiliaries and the passive ones that agree ("ha", "è stata"), as an alternation."""
        passives = [a for label in self.words.get("agreeing-passive", {}).get(lang, ()) for a in label.split("|")]
        return "|".join([self.alternation("perfect-auxiliary", lang)] + [re.escape(a) for a in passives])

    def _light_verb_phrases(self, found: list[Phrase], text: str, lang: str, offset: int) -> list[Phrase]:
        """ "extends his heartfelt condolences": a light verb and the speech noun up to six words
        on, with no "and" between (then the verb had a noun of its own), make one verb phrase of
        the noun's act, where no verb phrase of the lexicon covers them."""
        nouns = [p for p in found if p.kind == "speech-noun"]
        verbs = [p for p in found if p.kind == "verb"]
        made = []
        for light in (p for p in found if p.kind == "light-verb"):
            noun = next((n for n in nouns if n.start > light.end), None)
            # a verb label of its own covers them ("expressed concern"), but not one the noun only
            # begins ("launched an appeal to": "appeal to" is a verb too), nor the light verb's own
            # plain report or offer ("conveyed Singapore's support for…" is support, "offered its
            # condolences" a statement of them; "renewed its call" stays a reaffirmation: that verb decides)
            if noun is None or any(v.start < noun.end and light.start < v.end and v.start != noun.start
                                   and not ((v.start, v.end) == (light.start, light.end) and v.value in LIGHT_OWN_ACTS)
                                   for v in verbs):
                continue
            gap = text[light.end - offset:noun.start - offset]
            # "issues of concern", "offers of support": a noun with its complement, no verb
            if LIGHT_VERB_GAP.fullmatch(gap) and not any(self.is_word("coordination", lang, w) for w in gap.split()) \
                    and not self.is_word("side-complement", lang, gap.split()[0].lower() if gap.split() else ""):
                end = self._coordinated_nouns_end(nouns, noun, text, lang, offset)
                made.append(Phrase("verb", noun.value, light.start, end, text[light.start - offset:end - offset]))
        return made

    def _coordinated_nouns_end(self, nouns: list[Phrase], noun: Phrase, text: str, lang: str, offset: int) -> int:
        """Where the speech nouns coordinated with a light verb's noun end ("expressed their deepest
        sympathy and condolences to…"): the verb's, not the start of what is said."""
        for following in (n for n in nouns if n.start > noun.end):
            between = text[noun.end - offset:following.start - offset].split()
            if not between or not all(self.is_word("coordination", lang, w) for w in between):
                break
            noun = following
        return noun.end

    def is_word(self, cue: str, lang: str, word: str) -> bool:
        """Whether `word` is one of the labels of a discourse cue (negation, complement …); the
        hottest lookup of the rules, so the set is read here without a second call."""
        found = self.label_sets.get((cue, lang))
        return word.lower() in (found if found is not None else self.labels(cue, lang))

    def labels(self, cue: str, lang: str) -> frozenset[str]:
        """A discourse cue's labels in a language; looked up on every word, so kept as one set."""
        found = self.label_sets.get((cue, lang))
        if found is None:
            found = self.label_sets[(cue, lang)] = frozenset(self.words.get(cue, {}).get(lang, ()))
        return found

    def is_name_word(self, word: str, lang: str) -> bool:
        """A capitalised word that is no word of the labels, nor an acronym ("Doyle", "al-Semoui",
        not "Foreign" nor "NATO"); asked of every capitalised word, so remembered (a bounded memo)."""
        key = (word, lang)
        found = self.name_word_memo.get(key)
        if found is None:
            if len(self.name_word_memo) >= NAME_WORD_MEMO:
                self.name_word_memo.clear()
            found = self.name_word_memo[key] = self._is_name_word(word, lang)
        return found

    def _is_name_word(self, word: str, lang: str) -> bool:
        head, _, rest = word.partition("-")
        if rest[:1].isupper() and self.is_word("name-particle", lang, head):
            return True  # "al-Semoui", "el-Sisi"
        if not word[0].isupper() or (len(word) > 2 and word.isupper()) or any(c.isdigit() for c in word):
            return False  # nor a word with digits ("M5s")
        elided, mark, rest = word.replace("’", "'").rpartition("'")
        if mark and rest[:1].islower() and any(self.is_word(cue, lang, elided.lower() + "'") for cue in ("article", "side-complement")):
            return False  # an elided article before a noun that opens a sentence ("L'ambasciatore"), not "D'Alema" nor "Sa'ar"
        # nor words of the vocabulary joined by hyphens ("Secretary-General", "Under-Secretary-General")
        return not all(part in self.common_words for part in word.lower().rstrip(".").replace("’", "'").split("-"))

    def is_gerund(self, word: str, lang: str) -> bool:
        """Whether a word ends as the language's gerunds do ("stressing", "sottolineando")."""
        lowered = word.lower()
        return lowered.isalnum() and any(lowered.endswith(ending) and len(lowered) > len(ending)
                                         for ending in self.labels("gerund-ending", lang))

    def is_participle(self, word: str, lang: str) -> bool:
        """Whether a word ends as the language's past participles do ("signed", "firmata")."""
        lowered = word.lower()
        return lowered.isalpha() and any(lowered.endswith(ending) and len(lowered) > len(ending) + 2
                                         for ending in self.labels("participle-ending", lang))

    def possessive_length(self, text: str, end: int, lang: str) -> int:
        """How long the possessive ending right at `end` is ("Ukraine's" → 2), 0 when there is none."""
        after = text[end:end + 4].lower()
        return next((len(e) for e in self.labels("possessive", lang) if after.startswith(e)), 0)

    def is_possessive(self, text: str, end: int, lang: str) -> bool:
        """Whether the name ending at `end` is a possessor ("Ukraine's")."""
        return self.possessive_length(text, end, lang) > 0

    def possessive_suffix(self, word: str, lang: str) -> int:
        """How long the possessive ending a word ends with is ("Doyle's" → 2), 0 when none."""
        lowered = word.lower()
        return next((len(e) for e in self.labels("possessive", lang) if lowered.endswith(e)), 0)

    def head_of_title(self, title: str, lang: str | None) -> str:
        """What a post is, before what it is of ("Secretary-General" of "Secretary-General of the
        United Nations", not the "Spokesperson for the Secretary-General")."""
        found = self.any_word("title-complement", lang or "en").search(title)
        return title[:found.start()] if found else title

    def of_complement(self, lang: str) -> re.Pattern:
        """What follows a role and belongs to it ("of the African Union", "della commissione
        dell'Ua"): up to two title complements, each with its article; compiled once."""
        key = ("of-complement", lang, 0)
        if key not in self.word_patterns:
            self.word_patterns[key] = re.compile(
                rf"(?:\s+(?i:{self.alternation('title-complement', lang)})(?:\s+|(?<=['’]))"
                rf"(?:(?i:{self.alternation('article', lang)})\s+)?"
                rf"[\w’'-]+(?:\s+[A-Z][\w’'-]+)*){{0,2}}")
        return self.word_patterns[key]

    def role_words(self, lang: str) -> tuple[set[str], set[str]]:
        """The words of the roles' labels, and their last words ("premier" of "vice premier"),
        after which a name may follow; found once per language."""
        if lang not in self.role_word_sets:
            labels = [label.split() for label in self.words.get("role", {}).get(lang, ())]
            self.role_word_sets[lang] = {w for words in labels for w in words}, {words[-1] for words in labels}
        return self.role_word_sets[lang]

    def alternation(self, cue: str, lang: str, words_only: bool = False) -> str:
        """A cue's labels as a regular-expression alternation, longest first, for patterns that
        combine cues; `words_only` leaves out marks ("," and "–" coordinate too)."""
        key = (cue, lang, words_only)
        if key not in self.alternations:
            labels = [w for w in self.words.get(cue, {}).get(lang, ()) if not words_only or w[:1].isalpha()]
            self.alternations[key] = "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) or "(?!)"
        return self.alternations[key]

    def coordinators(self, lang: str) -> str:
        """The words that join two clauses or names ("and", "e"), as an alternation."""
        return self.alternation("coordination", lang, words_only=True)

    def coordinated_pair(self, lang: str) -> re.Pattern:
        """What joins two names of a pair ("Chile and Peru", "il Cile e il Perù"): a coordinator and
        perhaps an article; compiled once."""
        return self.compiled("coordinated-pair", lang, lambda: (
            rf"\s*(?:{self.coordinators(lang)})\s+(?:(?:{self.alternation('article', lang)})(?:\s+|(?<=['’])\s*))?"),
            re.IGNORECASE)

    def clause_links(self, lang: str) -> str:
        """The words that join two clauses, a contrast's too ("and", "but", "ma"), as an alternation."""
        return f"{self.coordinators(lang)}|{self.alternation('contrast', lang)}"

    def compiled(self, name: str, lang: str, source: Callable[[], str], flags: int = 0) -> re.Pattern:
        """A pattern made of the language's cues (`source` builds it), compiled once per language."""
        key = (name, lang, flags)
        if key not in self.word_patterns:
            self.word_patterns[key] = re.compile(source(), flags)
        return self.word_patterns[key]

    def any_word(self, cue: str, lang: str, min_length: int = 0) -> re.Pattern:
        """A pattern that finds any of a cue's labels (of `min_length` characters or more) as
        whole words, in any case (an elided one, "dell'", joined to the word after it); compiled once."""
        key = (cue, lang, min_length)
        if key not in self.word_patterns:
            labels = sorted((w for w in self.words.get(cue, {}).get(lang, ()) if len(w) >= min_length),
                            key=lambda w: (-len(w), w))
            alternatives = "|".join(re.escape(w) + ("" if w.endswith(("'", "’")) else r"(?!\w)") for w in labels)
            self.word_patterns[key] = re.compile(rf"(?<!\w)(?:{alternatives})" if labels else r"(?!)", re.IGNORECASE)
        return self.word_patterns[key]


def _with_auxiliary(patterns: dict, auxiliaries: set[str]) -> list[tuple[str, str, set]]:
    """The verb labels written with a perfect auxiliary: (auxiliary, the rest, meanings)."""
    found = []
    for label, meanings in list(patterns.items()):
        first, _, participle = label.partition(" ")
        if participle and first in auxiliaries and all(kind in ("verb", "light-verb") for kind, _, _ in meanings):
            found.append((first, participle, meanings))
    return found


def _other_persons(patterns: dict, auxiliaries: Iterable[str]) -> None:
    """A verb label written with a perfect auxiliary is the verb with the others too: "ha discusso"
    is also "abbiamo discusso", "ho ribadito" (a minister quoted in the first person)."""
    auxiliaries = set(auxiliaries)
    for first, participle, meanings in _with_auxiliary(patterns, auxiliaries):
        for other in auxiliaries - {first}:
            patterns.setdefault(f"{other} {participle}", meanings)


def _agreeing_participles(patterns: dict, auxiliaries: Iterable[str], endings: Iterable[str],
                          passives: Iterable[str]) -> None:
    """A verb label written with a perfect auxiliary is the verb with its participle agreeing too:
    "ha definito" is also "(le) ha definite", "(li) ha respinti" (cue:participle-agreement); and in
    the passive with the auxiliary that agrees as it does: "è stata ribadita", "sono stati
    discussi" (cue:agreeing-passive: the auxiliaries in the order of the endings)."""
    forms = [ending.split() for ending in endings]
    passive_forms = [label.split("|") for label in passives]
    for first, participle, meanings in _with_auxiliary(patterns, set(auxiliaries)):
        if " " in participle:
            continue
        for ending in (form for form in forms if participle.endswith(form[0])):
            stem = participle[:-len(ending[0])]
            for other in ending[1:]:
                patterns.setdefault(f"{first} {stem}{other}", meanings)
            for passive in passive_forms:
                for auxiliary, other in zip(passive, ending):
                    patterns.setdefault(f"{auxiliary} {stem}{other}", meanings)


NEXT_WORD = re.compile(r"\s+(\w+)")


def _folded(text: str) -> str:
    """Lower case with one kind of apostrophe, a hyphen as a space ("Al-Thani" is "Al Thani",
    "vice-president" "vice president") and single spaces' worth of length kept, so that offsets
    into the folded text are offsets into the text."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.replace("’", "'").replace("-", " ")


def _acronyms_as_written(found: str, label: str) -> bool:
    """Whether the acronyms of a label ("US", "the UN") are capitals in the text too, so that
    "told us" is not the United States."""
    return all(word == written for word, written in zip(found.split(), label.split()) if written.isupper())


def _loosest(meanings: set[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """One spelling per meaning of a pattern: any case when one of its labels has no acronym
    ("Onu" beside "ONU"), else each acronym as written."""
    loose = {(kind, value) for kind, value, written in meanings if not written}
    return sorted(m for m in meanings if not m[2] or (m[0], m[1]) not in loose)


def _languages(vocabulary: Vocabulary) -> list[str]:
    langs = {o.language for o in vocabulary.graph.objects(None, SKOS.altLabel)
             if isinstance(o, Literal) and o.language}
    return sorted(langs)




_built: dict[str, Lexicon] = {}


def _build(vocabulary: Vocabulary) -> Lexicon:
    graph = vocabulary.graph
    lexicon = Lexicon(vocabulary)
    patterns: dict[str, dict[str, set[tuple[str, str, str]]]] = defaultdict(lambda: defaultdict(set))
    languages = _languages(vocabulary)

    lowercase_labels: set[str] = set()

    def add(kind: str, value: str, label: Literal, every_language: bool = False) -> None:
        targets = languages if every_language or not label.language else [label.language]
        written = " ".join(str(label).split())
        if written == written.lower():
            lowercase_labels.add(_folded(written))
        # labels with an acronym keep their spelling, to be matched case-sensitively
        acronym = written if any(word.isupper() for word in written.split()) else ""
        for lang in targets:
            patterns[lang][_folded(written)].add((kind, value, acronym))

    for cue in graph.subjects(SKOS.inScheme, KG.DiscourseScheme):
        name = str(cue)[len(CUE):]
        home = graph.value(cue, KG.represents)  # roles a text names without their country: its own country's
        meant = tuple(frozenset(title_words(str(title))) for title in graph.objects(cue, KG.titleOf))
        for label in graph.objects(cue, SKOS.altLabel):
            if meant:
                lexicon.periphrases[frozenset(_periphrasis_words(str(label)))] = meant
                if home is not None:  # "the Holy Father": the Pope, of the Holy See
                    lexicon.meant_homes[meant] = str(home)
                continue
            if home is not None:
                lexicon.home_roles[(label.language, str(label).lower())] = str(home)
                continue
            if name not in WORD_LISTS:
                add(name, name, label)
            lexicon.words.setdefault(name, {}).setdefault(label.language, set()).add(str(label).lower())
    for institution in graph.subjects(SKOS.inScheme, KG.InstitutionScheme):
        name = next(str(n) for n in graph.objects(institution, SKOS.prefLabel) if n.language == "en")
        abroad = bool(graph.value(institution, KG.seatedAbroad))
        for label in graph.objects(institution, SKOS.altLabel):
            lexicon.institutions[(label.language, str(label).lower())] = (name, abroad)
            lexicon.words.setdefault("side", {}).setdefault(label.language, set()).add(str(label).lower())
    partners = lexicon.words.get("partner", {})
    for lang, labels in lexicon.words.get("meeting", {}).items():  # "spoke" of "spoke with": see phrases()
        for head, _, last in (label.rpartition(" ") for label in labels):
            if head and last in partners.get(lang, ()):
                add("meeting-head", "meeting", Literal(head, lang=lang))
    for act_id, act in vocabulary.acts.items():
        for label in graph.objects(act, SKOS.altLabel):
            add("verb", act_id, label)
        for label in graph.objects(act, KG.speechNoun):
            add("speech-noun", act_id, label)
        stance = graph.value(act, KG.defaultStance)
        lexicon.default_stance[act_id] = str(stance).rsplit("#", 1)[-1] if stance else "neutral"
    for actor, name in vocabulary.actor_name.items():
        key = str(actor)
        lexicon.names[key] = name
        kind = ("person" if (actor, RDF.type, KG.Person) in graph else
                "country" if (actor, RDF.type, KG.Country) in graph else "organization")
        lexicon.actor_kind[key] = kind
        for predicate in (SKOS.prefLabel, SKOS.altLabel, KG.metonym):
            for label in graph.objects(actor, predicate):
                add("actor", key, label, every_language=True)
        lexicon.metonyms.update(str(label).lower() for label in graph.objects(actor, KG.metonym))
        for label in graph.objects(actor, KG.demonym):
            add("demonym", key, label)
        if kind == "country":
            lexicon.demonym[key], lexicon.host_name[key] = _demonym_and_host_name(graph, actor, name)
        for site in graph.objects(actor, SDO.url):
            lexicon.by_site[site_host(str(site))] = key
        country = graph.value(actor, KG.represents)
        if country is not None:
            lexicon.represents[key] = str(country)
            lexicon.representatives.setdefault(str(country), set()).add(key)
        if kind == "person":
            lexicon.surnames.setdefault(name.split()[-1].lower(), []).append(key)
        for post in graph.subjects(ORG.heldBy, actor):
            words: set[str] = set()
            heads: set[frozenset[str]] = set()  # the words before "of", "for", "della"…: what the post is
            for label in (*graph.objects(post, SKOS.prefLabel), *graph.objects(post, SKOS.altLabel)):
                words.update(title_words(str(label)))
                heads.add(frozenset(title_words(lexicon.head_of_title(str(label), label.language))))
            lexicon.post_words.setdefault(key, set()).update(words)
            lexicon.post_heads.setdefault(key, set()).update(*heads)
            within = graph.value(post, ORG.postIn)
            lexicon.posts.append(Post(key, str(within) if within else None, frozenset(words), frozenset(heads),
                                      _day(graph.value(post, SCHEMA.startDate)),
                                      _day(graph.value(post, SCHEMA.endDate))))
    for topic_id, pair in vocabulary.relations.items():
        lexicon.country_like.update(str(p) for p in pair)
        lexicon.relation_of[frozenset(str(p) for p in pair)] = topic_id
    for topic_id, topic in vocabulary.topics.items():
        lexicon.country_like.update(str(p) for p in graph.objects(topic, KG.relationBetween))
        parties = frozenset(str(p) for p in graph.objects(topic, KG.relationBetween))
        if parties:
            lexicon.relation_of[parties] = topic_id
        if (topic, KG.evokedBy, None) in graph:
            lexicon.conflict_topics.add(topic_id)
        lexicon.absorbed[topic_id] = {str(t).rsplit("/", 1)[-1] for t in graph.objects(topic, KG.absorbs)}
        with_actors = frozenset(str(a) for a in graph.objects(topic, KG.narrowedBy))
        for broad in graph.objects(topic, KG.narrows):
            lexicon.narrowings.setdefault(str(broad).rsplit("/", 1)[-1], []).append((topic_id, with_actors))
        if parties or (topic, SKOS.topConceptOf, None) in graph:
            continue
        # the bilateral-relations concept itself only cues that two parties' relations are meant
        kind = "bilateral" if topic == TOPIC["bilateral-relations"] else "topic"
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(topic, predicate):
                add(kind, topic_id, label)
        for actor in graph.objects(topic, KG.evokedBy):
            lexicon.evoked_topics.setdefault(str(actor), []).append(topic_id)
    capitalised: set[str] = set()  # words of labels that are names or titles, never of a person's name
    leading: set[str] = set()  # words that begin a label or are one
    for lang in languages:
        for label, meanings in patterns[lang].items():
            words = re.findall(r"[^\W\d_]+", label)
            leading.update(words[:1])
            if len(words) > 1 and all(kind == "actor" and lexicon.actor_kind.get(value) == "country"
                                      for kind, value, _ in meanings):
                lexicon.continuing_words.update(words[1:])
            if any(kind != "actor" or lexicon.actor_kind.get(value) != "person" for kind, value, _ in meanings):
                lexicon.common_words.update(words)
            if not all(kind in KEYWORD_KINDS and label in lowercase_labels for kind, _, _ in meanings):
                capitalised.update(words)
        for word_list in WORD_LISTS - {"name-particle", "gerund-ending", "participle-ending", "participle-agreement",
                                        "agreeing-passive"}:
            capitalised.update(lexicon.words.get(word_list, {}).get(lang, ()))
            lexicon.common_words.update(lexicon.words.get(word_list, {}).get(lang, ()))
        auxiliaries = lexicon.words.get("perfect-auxiliary", {}).get(lang, ())
        _other_persons(patterns[lang], auxiliaries)
        _agreeing_participles(patterns[lang], auxiliaries, lexicon.words.get("participle-agreement", {}).get(lang, ()),
                              lexicon.words.get("agreeing-passive", {}).get(lang, ()))
        automaton = ahocorasick.Automaton()
        for label, meanings in patterns[lang].items():
            if not label:
                continue  # a label that folds to nothing matches nowhere
            # what the matcher needs of a label: its length and whether it begins and ends
            # with a letter or digit (then it must not begin or end inside a word)
            automaton.add_word(label, (len(label), label[0].isalnum(), label[-1].isalnum(), _loosest(meanings)))
        automaton.make_automaton()
        lexicon.automata[lang] = automaton
    lexicon.lowercase_words = lexicon.common_words - capitalised
    lexicon.continuing_words -= leading | {w for lists in lexicon.words.values() for ws in lists.values() for w in ws}
    return lexicon


def lexicon_for(vocabulary: Vocabulary) -> Lexicon:
    """The lexicon of a vocabulary, built once per vocabulary content."""
    if vocabulary.digest not in _built:
        _built[vocabulary.digest] = _build(vocabulary)
    return _built[vocabulary.digest]


def _demonym_and_host_name(graph: Graph, country: URIRef, name: str) -> tuple[str, str]:
    """A country's English demonym for an institution's name (the longest that is no plural of
    another: "Chinese", not "Sino"; "Russian", not "Russians"), else its name; and its name after "in", with the article its
    labels give it ("the United States")."""
    demonyms = {str(d) for d in graph.objects(country, KG.demonym) if d.language == "en"}
    singular = sorted((d for d in demonyms if d[:-1] not in demonyms), key=lambda d: (-len(d), d))
    labels = {str(label).lower() for label in graph.objects(country, SKOS.altLabel) if label.language == "en"}
    return (singular[0] if singular else name), (f"the {name}" if f"the {name}".lower() in labels else name)
