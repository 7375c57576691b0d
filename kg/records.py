"""Statement records: the reviewable JSONL seam between extraction and mapping.

A record is one JSON object per line (see DESIGN.md, "Statement records"). Known fields are
type-checked; unknown fields are kept in `extra`, so records → RDF → records loses nothing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from kg.errors import KgError
from kg.readers.records import json_lines, stream_lines

STANCES = ("support", "oppose", "neutral")
KNOWN_FIELDS = ("doc", "date", "actors", "act", "verb", "position", "topics", "stance",
                "targets", "joint", "evidence", "event", "method")
HAND_CODED = "coded"


@dataclass(frozen=True)
class Evidence:
    """One sentence of the source, in one language, with its character offsets."""

    lang: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ActorRef:
    """An actor as a record names it: a name, optionally with a Wikidata id and a role."""

    name: str
    wikidata: str | None = None
    role: str | None = None

    def to_json(self) -> str | dict[str, str]:
        if self.wikidata is None and self.role is None:
            return self.name
        obj = {"name": self.name}
        if self.wikidata:
            obj["wikidata"] = self.wikidata
        if self.role:
            obj["role"] = self.role
        return obj


@dataclass(frozen=True)
class Event:
    """The meeting, call or visit a statement was made at."""

    type: str
    participants: tuple[ActorRef, ...] = ()
    date: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class StatementRecord:
    """One statement: actors assert a position about topics, by an act, with a stance."""

    doc: str
    date: str
    actors: tuple[ActorRef, ...]
    act: str
    position: dict[str, str]
    topics: tuple[str, ...]
    stance: str
    evidence: tuple[Evidence, ...]
    verb: dict[str, str] = field(default_factory=dict)
    targets: tuple[ActorRef, ...] = ()
    joint: bool = False
    event: Event | None = None
    method: str = HAND_CODED
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def languages(self) -> list[str]:
        return sorted({e.lang for e in self.evidence} | set(self.position))


LANGUAGE_TAG = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*")
# json.dumps escapes a valid pair as \ud83d\ude00 and a lone half alone


def _expect(value: Any, kind: type | tuple[type, ...], name: str, where: str) -> Any:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise KgError(f"field {name!r} must be {expected}, not {type(value).__name__}", where,
                      "fix the record; DESIGN.md 'Statement records' lists each field's type")
    return value


def _lang_tag(lang: str, name: str, where: str) -> str:
    if not LANGUAGE_TAG.fullmatch(lang):
        raise KgError(f"{name} has the language tag {lang!r}, which is not one", where,
                      "write a BCP 47 tag such as en, it or pt-BR")
    return lang


def _lang_map(value: Any, name: str, where: str) -> dict[str, str]:
    _expect(value, dict, name, where)
    for lang, text in value.items():
        _expect(text, str, f"{name}.{lang}", where)
        if not text.strip():
            raise KgError(f"field {name!r} has an empty text", where, 'write it as {"en": "...", "it": "..."}')
        _lang_tag(lang, f"field {name!r}", where)
    return dict(value)


def _actor_ref(value: Any, name: str, where: str) -> ActorRef:
    if isinstance(value, str):
        if not value.strip():
            raise KgError(f"an entry of {name!r} is an empty name", where, "give the actor's name")
        return ActorRef(value.strip())
    _expect(value, dict, name, where)
    actor_name = _expect(value.get("name"), str, f"{name}[].name", where)
    qid = value.get("wikidata")
    if qid is not None and not (isinstance(qid, str) and qid[:1] == "Q" and qid[1:].isdigit()):
        raise KgError(f"{name}[].wikidata {qid!r} is not a Wikidata id", where, "write it as Q324546")
    role = value.get("role")
    if role is not None:
        _expect(role, str, f"{name}[].role", where)
    return ActorRef(actor_name.strip(), qid, role)


def _actor_list(value: Any, name: str, where: str) -> tuple[ActorRef, ...]:
    _expect(value, list, name, where)
    return tuple(_actor_ref(item, name, where) for item in value)


def _evidence(value: Any, where: str) -> Evidence:
    _expect(value, dict, "evidence[]", where)
    lang = _lang_tag(_expect(value.get("lang"), str, "evidence[].lang", where), "evidence", where)
    text = _expect(value.get("text"), str, "evidence[].text", where)
    start = _expect(value.get("start"), int, "evidence[].start", where)
    end = _expect(value.get("end"), int, "evidence[].end", where)
    if not (0 <= start < end) or end - start != len(text):
        raise KgError(f"evidence offsets {start}..{end} do not fit its text of {len(text)} characters",
                      where, "start must be >= 0 and below end, and end - start must equal len(text)")
    return Evidence(lang, text, start, end)


def _iso_date(value: Any, name: str, where: str) -> str:
    _expect(value, str, name, where)
    try:
        (datetime if "T" in value else date).fromisoformat(value)
    except ValueError as exc:
        raise KgError(f"{name} {value!r} is not an ISO date", where, "write it as 2025-09-24") from exc
    return value


def _event(value: Any, where: str) -> Event:
    _expect(value, dict, "event", where)
    kind = _expect(value.get("type", "meeting"), str, "event.type", where)
    participants = _actor_list(value.get("participants", []), "event.participants", where)
    when = value.get("date")
    place = value.get("place")
    if place is not None:
        _expect(place, str, "event.place", where)
    return Event(kind, participants, _iso_date(when, "event.date", where) if when else None, place)


def parse_record(obj: Any, where: str = "") -> StatementRecord:
    """A checked `StatementRecord` from a decoded JSON object; `KgError` naming `where` if not."""
    _expect(obj, dict, "record", where)
    for required in ("doc", "date", "actors", "act", "position", "topics", "stance", "evidence"):
        if required not in obj:
            raise KgError(f"missing field {required!r}", where,
                          "every record needs doc, date, actors, act, position, topics, stance, evidence")
    actors = _actor_list(obj["actors"], "actors", where)
    if not actors:
        raise KgError("empty 'actors' list", where, "name at least one actor who makes the statement")
    stance = _expect(obj["stance"], str, "stance", where)
    if stance not in STANCES:
        raise KgError(f"unknown stance {stance!r}", where, f"use one of: {', '.join(STANCES)}")
    topics = _expect(obj["topics"], list, "topics", where)
    for topic in topics:
        _expect(topic, str, "topics[]", where)
    if not topics:
        raise KgError("empty 'topics' list", where, "give at least one topic id")
    evidence = tuple(_evidence(e, where) for e in _expect(obj["evidence"], list, "evidence", where))
    if not evidence:
        raise KgError("empty 'evidence' list", where, "give the source sentence and its offsets")
    return StatementRecord(
        doc=_expect(obj["doc"], str, "doc", where),
        date=_iso_date(obj["date"], "date", where),
        actors=actors,
        act=_expect(obj["act"], str, "act", where),
        position=_lang_map(obj["position"], "position", where),
        topics=tuple(topics),
        stance=stance,
        evidence=evidence,
        verb=_lang_map(obj.get("verb", {}), "verb", where),
        targets=_actor_list(obj.get("targets", []), "targets", where),
        joint=_expect(obj.get("joint", len(actors) > 1), bool, "joint", where),
        event=_event(obj["event"], where) if obj.get("event") is not None else None,
        method=_expect(obj.get("method", HAND_CODED), str, "method", where),
        extra={k: v for k, v in obj.items() if k not in KNOWN_FIELDS},
    )


def check_against_text(record: StatementRecord, text: str, where: str) -> None:
    """Each evidence span must be exactly the document's text between its offsets."""
    for ev in record.evidence:
        found = text[ev.start:ev.end]
        if found != ev.text:
            raise KgError(f"evidence at {ev.start}..{ev.end} reads {found[:60]!r}, not {ev.text[:60]!r}",
                          where, f"offsets index {record.doc} as read with utf-8-sig and newline=''")


def record_to_json(record: StatementRecord) -> dict[str, Any]:
    """The record as the JSON object of the JSONL format (field order as in DESIGN.md)."""
    obj: dict[str, Any] = {
        "doc": record.doc,
        "date": record.date,
        "actors": [a.to_json() for a in record.actors],
        "act": record.act,
        "verb": dict(record.verb),
        "position": dict(record.position),
        "topics": list(record.topics),
        "stance": record.stance,
        "targets": [t.to_json() for t in record.targets],
        "joint": record.joint,
        "evidence": [{"lang": e.lang, "text": e.text, "start": e.start, "end": e.end}
                     for e in record.evidence],
    }
    if record.event is not None:
        event: dict[str, Any] = {"type": record.event.type,
                                 "participants": [p.to_json() for p in record.event.participants]}
        if record.event.date:
            event["date"] = record.event.date
        if record.event.place:
            event["place"] = record.event.place
        obj["event"] = event
    if record.method != HAND_CODED:
        obj["method"] = record.method
    obj.update(record.extra)
    return obj


def read_records(lines: Iterable[str], source: str) -> Iterator[tuple[str, StatementRecord]]:
    """("source:line", record) for each non-blank line; `KgError` names `source:line` on bad input."""
    for where, obj, _ in json_lines(lines, source):
        yield where, parse_record(obj, where)


def read_records_file(path: Path) -> list[tuple[str, StatementRecord]]:
    """All records of a JSONL file, or `KgError` naming the file (and line) on bad input."""
    return list(read_records(stream_lines(path), str(path)))


def write_records(records: Iterable[StatementRecord], out: IO[str]) -> None:
    """Write records as JSONL, one object a line, UTF-8 kept as is."""
    for record in records:
        out.write(json.dumps(record_to_json(record), ensure_ascii=False) + "\n")
