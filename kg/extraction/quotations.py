"""Quotations: first-person verbs given to the quotation's speaker, reported speech, evidence spans."""

from __future__ import annotations

import bisect
import re

from kg.extraction.context import NOT_SPACE, WORD, Clause, Context, opens_own_clause, speaks_for_own_side, trim
from kg.extraction.people import LINE_STOP
from kg.extraction.sentences import OPENING_MARK, QUOTE_MARK, Quotes, Sentence
from kg.extraction.subjects import without_asides

INTRODUCTION_TAIL = 80  # characters between an introducing verb and its colon ("… statement on the situation in Sudan:")
OPENING_QUOTATION = re.compile(rf"\s*[,:]?\s*{OPENING_MARK.pattern}")


def attach_quotes(ctx: Context, clauses: list[Clause], quotes: Quotes, sentence: Sentence) -> None:
    """Mark the clauses outside quotations whose sentence ends a quotation: they attribute it,
    and what they assert is the quotation (unless the verb has a complement of its own). A
    quotation that opens inside a phrase ("X is a practice of "long-arm jurisdiction," Mao
    said") is words the speaker is quoted with, not what they assert; one after a lead-in
    ("On Gaza, "…," he said") is."""
    text = ctx.document.text
    attributed: set[tuple[int, int]] = set()
    for clause in clauses:
        ending = quotes.last_ending(sentence.start, min(sentence.end, clause.verb.start))
        # what precedes the quotation in its sentence (at most 200 characters: a sentence may be megabytes)
        lead_in = text[max(sentence.body, ending[0] - 200):ending[0]].strip() if ending else ""
        if lead_in and lead_in[-1] not in ",:;–—-":
            ending = None
        if ending in attributed and clause.position[1] - clause.position[0] >= 4:
            continue  # "«…», ha detto Tajani, che ha espresso solidarietà al personale": a clause of its own
        if clause.in_quote is None and ending:
            attributed.add(ending)
            clause.outer = True
            after = text[clause.verb.end:clause.position[0]].split()
            # a complement of its own, not where it was said ("…," X said at a press conference),
            # nor an empty one before a gerund ('"…," X said, urging…')
            if not (after and ctx.lexicon.is_word("complement", sentence.lang, after[0].lower())
                    and not ctx.lexicon.is_word("venue", sentence.lang, after[0].lower())) \
                    or clause.position[1] - clause.position[0] < MIN_QUOTED:
                clause.position = trim(text, ending[0], ending[1], ctx.lexicon.coordinators(sentence.lang))


def unsigned_we(ctx: Context, clauses: list[Clause]) -> list[Clause]:
    """ "We strongly condemn…" in a press release that no one signs and no site is named for,
    whose only other speaker is one country or organisation ("Türkiye stands in solidarity…"):
    its "we" is that side."""
    sides = {tuple(c.actors) for c in clauses if c.actors and c.in_quote is None}
    side = next(iter(sides)) if len(sides) == 1 else ()
    if len(side) != 1 or ctx.is_person(side[0]):
        return clauses
    for clause in clauses:
        if not clause.actors and clause.in_quote is None and any(
                p.kind == "speaker-reference" and clause.sentence.body <= p.start < clause.verb.start
                for p in ctx.phrases(clause.sentence)):
            clause.actors, clause.rule = list(side), "unsigned-statement"
    return clauses


def settle_quotes(ctx: Context, clauses: list[Clause], sentences: list[Sentence], quotes_of) -> list[Clause]:
    """Give first-person quotations their speaker; an attribution whose sentence has its own
    first-person verbs is only an attribution (whether it follows the quotation or opens it);
    extend evidence over quotations and "Lo ha detto"."""
    settled = []
    attributions = [c for c in clauses if c.outer and c.in_quote is None and c.actors]
    starts = [c.sentence.start for c in attributions]
    last_speaker: dict[int, list[str]] = {}  # the actors of the last settled clause with actors, by block
    cataphoric = [c for c in clauses if c.cataphoric and c.actors]  # "Lo ha detto X": few, found once
    for clause in clauses:
        if not clause.actors and clause.first_person:
            speaker = _attribution_of(clause, attributions, starts, _quotation_end(ctx, clause, quotes_of)) \
                or _cataphora_after(ctx, clause, cataphoric)
            if speaker is None and clause.block not in last_speaker and not clause.labelled:
                continue
            # no one reports it: the last speaker quoted, else the speaker label in force
            # ('Statement by Foreign Minister X' over '"I strongly condemn…"')
            clause.actors = list(speaker.actors if speaker else last_speaker.get(clause.block, clause.labelled))
            clause.rule = "first-person-quote"
        elif clause.in_quote is not None and clause.rule == "subject" and clause.actors:
            # '"The EU will continue to support Ukraine."' going on with Kallas's words: her own
            # side, so hers (a quotation its own sentence attributes is settled as reported speech,
            # and one attributed in a later sentence is its speaker's: '"Di recente la parte cinese
            # ha notato… Di ciò…", fa sapere il portavoce dell'ambasciata')
            attribution = _attribution_of(clause, attributions, starts)
            quoted = last_speaker.get(clause.block) if attribution is None else \
                attribution.actors if attribution.sentence.start > clause.sentence.start else None
            if quoted and quoted != clause.actors and speaks_for_own_side(ctx, quoted, clause.actors):
                clause.actors = list(quoted)
        settled.append(clause)
        if clause.actors and (clause.in_quote is None or clause.rule == "first-person-quote"):
            # who is quoted, not whom their quotation names ("The UK condemns… We call on…")
            last_speaker[clause.block] = clause.actors
    _unmarked_statements(ctx, settled)
    _reported_paragraph(ctx, settled)
    settled = _introduced_quotations(ctx, settled, sentences, quotes_of)
    inner_sentences = {c.sentence for c in settled if c.rule == "first-person-quote"}
    for clause in settled:
        if clause.outer and clause.act == "state" and clause.sentence not in inner_sentences:
            clause.position = _beyond_inner(ctx, clause, inner_sentences)
    kept = [c for c, following in zip(settled, settled[1:] + [None])
            if not ((c.outer or _opens_quotation(ctx.document.text, c)) and c.act == "state"
                    and c.sentence in inner_sentences) and not _introduces(ctx, c, following)]
    return _own_side_before_cataphora(ctx, _evidence_spans(ctx, _reported_speech(ctx, kept), sentences, quotes_of))


def _cataphora_after(ctx: Context, clause: Clause, cataphoric: list[Clause]) -> Clause | None:
    """Of the cataphoric clauses with actors, the "Lo ha detto X", "Così il ministro X" right after
    the quotation a first-person clause is in ("«Chiediamo a Israele di…». Lo ha detto Tajani"):
    who speaks it."""
    if clause.in_quote is None:
        return None
    text = ctx.document.text
    return next((c for c in cataphoric if c.block == clause.block
                 and c.sentence.start >= clause.in_quote[1] and not text[clause.in_quote[1]:c.sentence.start].strip(" .\n")),
                None)


def _beyond_inner(ctx: Context, clause: Clause, inner_sentences: set[Sentence]) -> tuple[int, int]:
    """What a closing attribution asserts of a quotation whose first sentences make statements of
    their own ('"We discussed Ukraine. Italy works for peace," Tajani wrote'): the rest of it."""
    start, end = clause.position
    said = max((s.end for s in inner_sentences if s.block == clause.block and start < s.end < end), default=start)
    return trim(ctx.document.text, said, end, ctx.lexicon.coordinators(clause.lang)) if said > start else clause.position


def _introduced_quotations(ctx: Context, clauses: list[Clause], sentences: list[Sentence], quotes_of) -> list[Clause]:
    """ 'Foreign Minister X said: "…"', 'X issued the following statement:' and a paragraph that
    opens a quotation: the sentences of the quotation that make no statement of their own are a
    statement of theirs, one for each run of them ("The reports are deeply troubling.", as the
    guide has a quotation give a record for its speaker), and an introduction left with nothing
    to say is none."""
    text = ctx.document.text
    stating = {c.sentence for c in clauses}
    made: list[Clause] = []
    dropped: set[int] = set()
    for clause in clauses:
        quote = _quotation_introduced(ctx, clause, quotes_of) if clause.actors and clause.in_quote is None else None
        if quote is None:
            continue
        quoted = [s for s in sentences if s.block == clause.block and s.end > quote[0] and s.start < quote[1]]
        for run in _runs(quoted, stating):
            position = trim(text, max(run[0].body, quote[0]), min(run[-1].end, quote[1]),
                            ctx.lexicon.coordinators(run[0].lang))
            if position[1] - position[0] >= MIN_QUOTED:  # one statement, its evidence up to its last sentence
                made.append(Clause("state", clause.verb, run[0].lang, run[-1], (run[0].start, run[-1].end),
                                   list(clause.actors), position, "introduced-quotation", clause.block,
                                   run[0].body, quote))
        if clause.position[1] - clause.position[0] < MIN_QUOTED:
            dropped.add(id(clause))  # "X said:" says nothing but what follows
    if not made:
        return clauses
    return sorted([c for c in clauses if id(c) not in dropped] + made, key=lambda c: c.sentence.start)


def _unmarked_statements(ctx: Context, clauses: list[Clause]) -> None:
    """ "Foreign Secretary X said:" ending its paragraph, then paragraphs without quotation marks
    (as a government's release writes its minister's statement): what they say is the person's, as
    a quotation's would be: their "I" and "we" and their own side's sentences ("The UK is deeply
    concerned…"), up to a line with no closing punctuation ("Notes to editors") or another speaker."""
    text = ctx.document.text
    for i, intro in enumerate(clauses):
        if intro.in_quote is not None or not intro.actors or not all(ctx.is_person(a) for a in intro.actors):
            continue
        paragraphs = ctx.document.blocks[intro.block].paragraphs
        following = intro.sentence.paragraph + 1
        colon = _introducing_colon(text, intro, paragraphs[intro.sentence.paragraph].end)
        if colon < 0 or NOT_SPACE.search(text, colon + 1, paragraphs[intro.sentence.paragraph].end) \
                or following >= len(paragraphs):
            continue
        opening = NOT_SPACE.search(text, paragraphs[following].start, paragraphs[following].end)
        if opening is None or OPENING_MARK.match(text, opening.start()):
            continue  # a quotation with its marks is settled as one
        for clause in clauses[i + 1:]:
            if clause.block != intro.block or clause.in_quote is not None or any(
                    not LINE_STOP.search(text, p.start, p.end)
                    for p in paragraphs[following:clause.sentence.paragraph + 1]):
                break
            if clause.actors and clause.actors != intro.actors:
                if not speaks_for_own_side(ctx, intro.actors, clause.actors):
                    break
                clause.actors = list(intro.actors)


REPORTING_ACTS = frozenset({"state", "emphasize", "reaffirm"})
NAMING_RULES = frozenset({"subject", "continuation", "inverted-subject"})  # the clause names who speaks


def _reported_paragraph(ctx: Context, clauses: list[Clause]) -> None:
    """ "Wang Yi said that China and Brazil are good friends. China is ready to work with Brazil…":
    a readout goes on reporting the person's words in the same paragraph, so what their own side
    does there ("China is ready…", "The Chinese side opposes…") is theirs, as it is in the
    sentence that says so, up to another speaker."""
    for i, intro in enumerate(clauses):
        if intro.act not in REPORTING_ACTS or intro.rule not in NAMING_RULES or intro.in_quote is not None \
                or intro.outer or not intro.actors or not all(ctx.is_person(a) for a in intro.actors):
            continue
        sides = {ctx.represents(a) for a in intro.actors}
        for clause in clauses[i + 1:]:
            if clause.block != intro.block or clause.sentence.paragraph != intro.sentence.paragraph \
                    or clause.in_quote is not None:
                break
            if clause.actors == intro.actors:
                continue
            if not clause.actors or any(ctx.is_person(a) for a in clause.actors) \
                    or not {ctx.represents(a) for a in clause.actors} <= sides:
                break
            if ctx.lexicon.is_participle(clause.verb.words[0], clause.lang):
                continue  # "… Tokyo lodged a protest with Pyongyang": a deed the text narrates, the side's
            clause.actors = list(intro.actors)


def _runs(sentences: list[Sentence], stating: set[Sentence]) -> list[list[Sentence]]:
    """The runs of consecutive sentences that make no statement of their own."""
    runs: list[list[Sentence]] = [[]]
    for sentence in sentences:
        if sentence in stating:
            runs.append([])
        else:
            runs[-1].append(sentence)
    return [run for run in runs if run]


MIN_QUOTED = 12  # characters: a quoted sentence shorter than this ("Yes.") is no statement


def _quotation_introduced(ctx: Context, clause: Clause, quotes_of) -> tuple[int, int] | None:
    """The quotation a clause introduces with a colon: right after the colon ('said: "…"'), or
    opening the next paragraph when the colon ends the clause's own (with its marks or, as a
    ministry writes "issued the following statement:", without); None when it introduces none."""
    text = ctx.document.text
    paragraphs = ctx.document.blocks[clause.block].paragraphs
    paragraph_end = paragraphs[clause.sentence.paragraph].end
    colon = _introducing_colon(text, clause, paragraph_end)
    if colon < 0:
        return None
    opening = NOT_SPACE.search(text, colon + 1, paragraph_end)
    key = (clause.block, clause.sentence.paragraph)
    if opening is None and clause.sentence.paragraph + 1 < len(paragraphs):
        following = paragraphs[clause.sentence.paragraph + 1]
        opening, key = NOT_SPACE.search(text, following.start, following.end), (clause.block, clause.sentence.paragraph + 1)
    if opening is None or key not in quotes_of:
        return None
    if not OPENING_MARK.match(text, opening.start()):
        # "X issued the following statement:" ending its paragraph, then one without marks: that is it
        following = paragraphs[key[1]]
        return (opening.start(), following.end) if key[1] != clause.sentence.paragraph else None
    quote = quotes_of[key].around(opening.start() + 1)
    return quote if quote is not None and quote[0] <= opening.start() + 1 else None


def _introduces(ctx: Context, clause: Clause, following: Clause | None) -> bool:
    """ "Foreign Secretary Jane Doyle said:", "X today issued the following statement on Sudan:"
    ending its paragraph says nothing of its own when the next statement, in the paragraphs after
    it, is the same speaker's: it introduces them."""
    if clause.act != "state" or following is None or following.sentence.paragraph <= clause.sentence.paragraph \
            or following.actors != clause.actors and not speaks_for_own_side(ctx, clause.actors, following.actors):
        return False  # the next statement is neither theirs nor their side's ("…said: «The UK condemns…»")
    text = ctx.document.text  # searched, not copied: a paragraph may be megabytes
    paragraph_end = ctx.document.blocks[clause.block].paragraphs[clause.sentence.paragraph].end
    colon = _introducing_colon(text, clause, paragraph_end)
    return colon >= 0 and NOT_SPACE.search(text, colon + 1, paragraph_end) is None


def _introducing_colon(text: str, clause: Clause, limit: int) -> int:
    """Where the colon that ends a clause's introduction stands ("said:", "issued the following
    statement on Sudan:", "ha commentato così:"), up to `limit`: -1 when there is none, or a
    quotation mark opens before it."""
    colon = text.find(":", clause.verb.end, min(limit, clause.verb.end + INTRODUCTION_TAIL))
    return colon if colon >= 0 and not QUOTE_MARK.search(text, clause.verb.end, colon) else -1


def _own_side_before_cataphora(ctx: Context, clauses: list[Clause]) -> list[Clause]:
    """ "L'Unione europea è pronta a rafforzare… . Lo ha assicurato l'Alta rappresentante Kallas": what
    the reporter's own side does in the sentence before (or the quotation it ends), quoted or not, is the reporter's
    statement, its verb deciding the act (as in "Kallas said the EU is ready to…"), not a second
    statement beside it."""
    dropped: set[int] = set()
    for clause in clauses:
        if not clause.cataphoric or not clause.actors:
            continue
        # the whole quotation the sentence before ends ("«L'Italia condanna… . La sicurezza…». Lo ha detto X")
        quoted = next((c.in_quote for c in clauses if c.in_quote and c.in_quote[0] <= clause.evidence[0] < c.in_quote[1]),
                      None)
        own = [c for c in clauses if c is not clause and c.actors
               and c.sentence.block == clause.sentence.block
               and clause.sentence.paragraph - 1 <= c.sentence.paragraph <= clause.sentence.paragraph
               and c.sentence.end <= clause.sentence.start and (c.evidence[0] >= clause.evidence[0] or c.in_quote == quoted)
               and (speaks_for_own_side(ctx, clause.actors, c.actors) or c.actors == clause.actors)]
        for inner in own:
            inner.actors, inner.evidence = list(clause.actors), (inner.evidence[0], clause.evidence[1])
        if any(c.evidence[0] >= clause.evidence[0] for c in own):  # the sentence before says it: no second statement
            dropped.add(id(clause))
    return [c for c in clauses if id(c) not in dropped]


def _just_before(previous: Sentence, sentence: Sentence) -> bool:
    """Whether a sentence is the one "Lo ha detto X" refers to: the one before it in its paragraph,
    or the last of the paragraph before when it opens its own ("«…».\n\nLo ha affermato X")."""
    return previous.block == sentence.block and (previous.paragraph == sentence.paragraph
                                                 or previous.paragraph == sentence.paragraph - 1)


def _opens_quotation(text: str, clause: Clause) -> bool:
    """ 'Doyle said, "We urge…"', 'Rossi ha commentato così: «…»', 'The reaction of Minister X:
    "…"': the verb introduces a quotation right after it, or after a few words and a colon."""
    if clause.in_quote is not None:
        return False
    colon = _introducing_colon(text, clause, clause.sentence.end)
    return OPENING_QUOTATION.match(text, clause.verb.end) is not None \
        or colon >= 0 and OPENING_QUOTATION.match(text, colon + 1) is not None


def _quotation_end(ctx: Context, clause: Clause, quotes_of) -> int | None:
    """Where a clause's quotation ends, followed over the paragraphs it goes on into: one left
    open at its paragraph's end goes on with the next paragraph's first quotation when that opens
    the paragraph (the press marks only the last paragraph's end)."""
    if clause.in_quote is None:
        return None
    text, block = ctx.document.text, ctx.document.blocks[clause.sentence.block]
    end, paragraph = clause.in_quote[1], clause.sentence.paragraph
    while paragraph + 1 < len(block.paragraphs) and end == block.paragraphs[paragraph].end \
            and not QUOTE_MARK.match(text, end - 1):
        paragraph += 1
        opening = NOT_SPACE.search(text, block.paragraphs[paragraph].start, block.paragraphs[paragraph].end)
        quotes = quotes_of.get((clause.sentence.block, paragraph))
        span = quotes.around(opening.start()) if quotes is not None and opening is not None else None
        if span is None or span[0] != opening.start():
            break
        end = span[1]
    return end


def _attribution_of(clause: Clause, attributions: list[Clause], starts: list[int], end: int | None = None) -> Clause | None:
    """The first attribution (in text order) of the sentence where a clause's quotation ends (at
    `end`, when it goes on over paragraphs)."""
    end = end or clause.in_quote[1]
    i = bisect.bisect_right(starts, end) - 1
    if i < 0 or attributions[i].sentence.end < end:
        return None
    sentence = attributions[i].sentence
    while i > 0 and attributions[i - 1].sentence is sentence:
        i -= 1
    return attributions[i] if sentence.block == clause.sentence.block else None


def _reported_speech(ctx: Context, clauses: list[Clause]) -> list[Clause]:
    """ "The United States condemns X and demands Y, Blinken said": the inner verbs are the acts,
    the reporter is their actor, and the closing "said" is no statement of its own; but "In the
    letter, Wang said X, the spokesman told reporters" is Wang's: a person named inside speaks
    for themselves."""
    text = ctx.document.text
    dropped = set()
    earlier: dict[int, list[Clause]] = {}  # the clauses so far of each sentence, by its start
    gerunds: dict[int, list[Clause]] = {}  # each sentence's gerund clauses (", adding that…")
    for clause in clauses:
        if clause.rule == "gerund":
            gerunds.setdefault(clause.sentence.start, []).append(clause)
    for reporter in clauses:
        # "“Italy supports the plan,” Tajani said": a quotation of the reporter's own side is theirs too
        inner = [c for c in earlier.get(reporter.sentence.start, []) if c.in_quote is None or (
            c.in_quote[1] <= reporter.verb.start and c.actors and reporter.actors
            and speaks_for_own_side(ctx, reporter.actors, c.actors))]
        earlier.setdefault(reporter.sentence.start, []).append(reporter)
        # not a verb of an aside before it (", whose government has long backed Ukraine, said…": the
        # report's subject stands before the aside)
        kept = without_asides(ctx, text, reporter.sentence.body, reporter.verb.start, reporter.lang)
        inner = [c for c in inner if any(start <= c.verb.start < end for start, end in kept)]
        # what follows the report, up to a gerund of its own (", adding that…")
        gerund = next((c for c in gerunds.get(reporter.sentence.start, []) if c.verb.start > reporter.verb.end), None)
        tail = (gerund.verb.start if gerund else reporter.sentence.end) - reporter.verb.end
        # a report that asserts the quotation before it may go on with where and to whom it was said
        # ("…», ha detto Tajani ai giornalisti a margine di un incontro a Bruxelles")
        quoting = reporter.outer and reporter.position[1] <= reporter.verb.start
        # one that says nothing after it closes what came before ("…, Wang said, adding that…")
        closing = reporter.position[1] - reporter.position[0] < 4
        # one whose speaker follows it with their post ("…, said Li Yadong, a spokesperson for the
        # Ministry of Commerce", "…, ha dichiarato il portavoce del ministero del Commercio X") and no other verb
        titled = reporter.rule in ("inverted-subject", "post-posed-subject") and not any(
            p.kind == "verb" and p.start > reporter.verb.end for p in ctx.structure(reporter.sentence))
        if not inner or reporter.act != "state" or reporter.in_quote is not None or tail > 50 and not (quoting or closing or titled) \
                or reporter.rule not in ("subject", "inverted-subject", "post-posed-subject", "coordinated", "according-to"):
            continue
        if reporter.rule == "according-to" and any(ctx.lexicon.is_word("anonymous-source", reporter.lang, w.lower())
                                                   for w in WORD.findall(text, reporter.verb.end, reporter.sentence.end)):
            continue  # "…, secondo fonti della Farnesina": anonymous sources are not annotated, the clause keeps its subject
        coordinators = ctx.lexicon.coordinators(reporter.lang)
        before = text[reporter.clause_start:reporter.verb.start]
        if reporter.rule == "subject" and "," not in before:
            continue  # "…gratitude for X and stated that Kenya hopes to…": no report that closes
        if opens_own_clause(ctx, before, reporter.lang):
            continue  # "…, while Jaishankar said India would…": a clause of its own, no closing report
        if reporter.rule == "coordinated" and not (any(c.rule == "subject" for c in inner) and (re.search(
                rf",\s+(?!(?:{coordinators})\b)[^\W\d][^,]*$", before) or before.rstrip().endswith(","))):
            continue  # "…, the ministry's spokesman told reporters", "…, ha dichiarato il portavoce" close; "… and said" goes on
        speaking: list[str] | None = None  # a person named inside who speaks for themselves
        reported = False
        for clause in inner:
            if clause.rule in ("subject", "according-to-whom") and clause.actors and all(ctx.is_person(a) for a in clause.actors):
                speaking = clause.actors  # and one whose words are named ("le parole di Rubio secondo cui…")
                continue
            if clause.rule == "coordinated" and clause.actors == speaking:
                continue  # "The Secretary-General is concerned… and calls on…, his spokesman said"
            speaking = None
            clause.actors = list(reporter.actors)
            clause.rule = "reported-speech"
            reported = True
        if not reported and all(c.rule == "according-to-whom" for c in inner):
            continue  # only whose words the report comments on ("Commentando le parole di X secondo cui…, Y ha affermato…")
        last = inner[-1]
        comma = text.rfind(",", last.position[0], reporter.verb.start)
        if comma > last.position[0]:
            # cut before the report, never beyond where the position ended ("…, X wrote in a
            # letter, the ministry said": X's position ends before "X wrote")
            last.position = trim(text, last.position[0], min(comma, last.position[1]), coordinators)
        dropped.add(id(reporter))
    return [c for c in clauses if id(c) not in dropped]


def _evidence_spans(ctx: Context, clauses: list[Clause], sentences: list[Sentence], quotes_of) -> list[Clause]:
    text = ctx.document.text
    index = {s: i for i, s in enumerate(sentences)}
    producing = {c.sentence for c in clauses}
    referred: dict[Sentence, tuple[int, int]] = {}  # what a cataphoric report refers to, by its sentence
    for clause in clauses:
        i = index[clause.sentence]
        start = clause.sentence.start
        if clause.cataphoric and i > 0:
            previous = sentences[i - 1]
            if _just_before(previous, clause.sentence):
                start = previous.start
                # "«…». A dirlo è X. Ad affermarlo è stato anche Y": Y's is what X's refers to
                clause.position = referred.get(previous) or trim(text, previous.body, previous.end,
                                                                ctx.lexicon.coordinators(clause.lang))
                referred[clause.sentence] = clause.position
        quote = quotes_of[(clause.sentence.block, clause.sentence.paragraph)].around(clause.sentence.start)
        if quote is not None and quote[0] < clause.sentence.start:
            j = i
            while j > 0 and sentences[j - 1].end > quote[0] and sentences[j - 1] not in producing:
                j -= 1
            start = min(start, sentences[j].start)
        clause.evidence = (start, clause.sentence.end)
    return clauses
