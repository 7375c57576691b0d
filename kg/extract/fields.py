"""Stance, targets and topics of a clause, read from the phrases of its position."""

from __future__ import annotations

import re

from kg.extract.clauses import WORD, Clause, Context
from kg.extract.lexicon import Phrase


def _in(phrases: list[Phrase], start: int, end: int, *kinds: str) -> list[Phrase]:
    return [p for p in phrases if p.kind in kinds and start <= p.start and p.end <= end]


def stance(ctx: Context, clause: Clause, phrases: list[Phrase]) -> str:
    """oppose when the verb or position carries a cue of opposition, else support on a cue of
    support, else the act's default stance."""
    start = min(clause.verb.start, clause.position[0])
    end = max(clause.verb.end, clause.position[1])
    if _in(phrases, start, end, "oppose"):
        return "oppose"
    default = ctx.lexicon.default_stance.get(clause.act, "neutral")
    if default == "neutral" and _in(phrases, start, end, "support"):
        return "support"
    return default


def _own_side(ctx: Context, actors: list[str]) -> set[str]:
    """The speakers, what they represent, and the people who represent the same."""
    sides = set(actors) | {ctx.lexicon.represents.get(a, a) for a in actors}
    return sides | {a for a, country in ctx.lexicon.represents.items() if country in sides}


def targets(ctx: Context, clause: Clause, phrases: list[Phrase]) -> list[str]:
    """Actors the position is aimed at: named in it, not the speaker's side, and not a mere place
    ("in Ukraine", "for Ukraine") unless possessive ("Ukraine's sovereignty")."""
    text, lang = ctx.document.text, clause.lang
    own = _own_side(ctx, clause.actors)
    found: list[str] = []
    for phrase in _in(phrases, *clause.position, "actor"):
        if phrase.value in own or phrase.value in found:
            continue
        previous = WORD.findall(text[max(0, phrase.start - 30):phrase.start])
        previous = [w for w in previous if w.lower() not in ("the", "la", "il", "gli", "l’", "l'", "lo")]
        possessive = text[phrase.end:phrase.end + 2] in ("’s", "'s")
        if previous and ctx.lexicon.is_word("locative", lang, previous[-1].lower()) and not possessive:
            continue
        found.append(phrase.value)
    return found


def topics(ctx: Context, clause: Clause, phrases: list[Phrase]) -> list[str]:
    """Topics named by keyword or evoked by a country in the position, then the relations of two
    parties when the position is about them (a bilateral cue, or a partner "with" the speaker)."""
    start, end = clause.position
    text = ctx.document.text
    found: list[str] = []
    for phrase in sorted(_in(phrases, start, end, "topic", "actor"), key=lambda p: p.start):
        ids = [phrase.value] if phrase.kind == "topic" else ctx.lexicon.evoked_topics.get(phrase.value, [])
        for topic_id in ids:
            if topic_id not in found:
                found.append(topic_id)
    parties = list(dict.fromkeys(ctx.lexicon.represents.get(a, a) for a in clause.actors))
    cue = bool(_in(phrases, start, end, "bilateral"))
    others = []
    for phrase in _in(phrases, start, end, "actor", "demonym"):
        side = ctx.lexicon.represents.get(phrase.value, phrase.value)
        before = text[max(0, phrase.start - 12):phrase.start]
        partner = re.search(r"\b(?:with|con)\s+(?:the\s+|gli\s+|la\s+|il\s+)?$", before)
        if side not in parties and side not in others and (partner or cue):
            others.append(side)
    if (cue or not found) and len(parties) + len(others) < 2:
        others += [ctx.lexicon.represents.get(p, p) for p in ctx.participants
                   if ctx.lexicon.represents.get(p, p) not in parties + others]
    if cue or others:
        relation = _relation(ctx, parties + others)
        if relation and relation not in found:
            found.append(relation)
    return found or ["diplomatic-contacts"]


def _relation(ctx: Context, sides: list[str]) -> str | None:
    """The A-B-relations topic of exactly two parties, when the vocabulary has one."""
    distinct = frozenset(sides)
    return ctx.lexicon.relation_of.get(distinct) if len(distinct) == 2 else None
