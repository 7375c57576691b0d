"""CAMEO/TABARI actor dictionaries (Phoenix, PETRARCH) → the gazetteer's Turtle.

Event coders keep their actors in TABARI's text format: a name line ("SERGEY_LAVROV_"), alias
lines ("+LAVROV"), and codes with optional date ranges ("[RUSGOV 19940922-20040712]", on the
name's line or on the lines below). `read_dictionary` parses a file into entries; `to_turtle`
writes the entries the gazetteer lacks as actors with their aliases, the country or
organisation their codes name (matched by name against the gazetteer), and one dated org:Post
per dated code, so that users bring the dictionaries they maintain with --vocab. An agents
file ("AMBASSADOR [~GOV]": the nouns coders use to give a country's code a sector) gives the
nouns of state officials as role cues (`cue:role`), which mark the names after them as people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rdflib import URIRef

from kg.errors import KgError
from kg.vocabulary import Vocabulary, actor_iri, slug

CODE = re.compile(r"\[\s*~?([A-Z0-9-]{3,})(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
SECTORS = {"GOV": "Government", "MIL": "Military", "ELI": "Elite", "OPP": "Opposition", "REB": "Rebels",
           "BUS": "Business", "MED": "Media", "JUD": "Judiciary", "LEG": "Legislature", "COP": "Police",
           "SPY": "Intelligence", "PTY": "Party", "CVL": "Civilians", "EDU": "Education", "HLH": "Health"}


AGENT = re.compile(r"^([A-Z][A-Z0-9_'.-]*?)_?\s*\[~([A-Z]{3})")
ROLE_SECTORS = {"GOV", "MIL", "JUD", "LEG", "SPY", "COP"}  # the agents that are a state's officials


@dataclass(frozen=True)
class Code:
    """A CAMEO code with the days it holds (ISO dates; None: open)."""

    code: str
    start: str | None = None
    end: str | None = None


@dataclass
class Entry:
    """One actor of a dictionary: its name, aliases and codes, and where it stands."""

    name: str
    line: int
    comment: str = ""
    aliases: list[str] = field(default_factory=list)
    codes: list[Code] = field(default_factory=list)

    @property
    def person(self) -> bool:
        """People carry dated codes or come from the coders' lists of rulers and officials."""
        return any(c.start or c.end for c in self.codes) or "CountryInfo" in self.comment \
            or "rulers" in self.comment


def _written(pattern: str) -> str:
    """A TABARI pattern as a name: "SERGEY_V._LAVROV_" → "Sergey V. Lavrov"."""
    words = [w for w in pattern.strip().split("_") if w]
    return " ".join("-".join(part[:1].upper() + part[1:].lower() for part in w.split("-")) for w in words)


def _day(digits: str) -> str | None:
    """YYMMDD or YYYYMMDD as an ISO date (two-digit years: 1931–2030); None for a malformed one
    (the Phoenix files have "2004017"), which leaves that end of the range open."""
    if len(digits) == 6:
        digits = ("19" if int(digits[:2]) > 30 else "20") + digits
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat() if len(digits) == 8 else None
    except ValueError:
        return None


def _codes(text: str) -> list[Code]:
    codes = []
    for code, bound, first, last in CODE.findall(text):
        start = _day(first) if first and bound != "<" else None
        end = _day(last) if last else (_day(first) if first and bound == "<" else None)
        codes.append(Code(code, start, end))
    return codes


def dictionary_lines(path: Path) -> list[str]:
    """The lines of a TABARI dictionary file."""
    try:
        return path.read_text(encoding="utf-8", errors="strict").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"cannot read the dictionary: {exc}", str(path), "give a TABARI text file in UTF-8") from exc


def is_agents_file(lines: list[str]) -> bool:
    """Agents files give sectors ("[~GOV]"); actors files give codes ("[RUSGOV]")."""
    return any(AGENT.match(line) for line in lines)


def read_agents(lines: list[str]) -> list[tuple[str, str]]:
    """(noun phrase, sector) of each plain agent line ("FOREIGN_MINISTER [~GOV]" → "foreign
    minister", "GOV"); patterns with substitution sets or slots ("!MINIST!", "{}") are left out."""
    found = []
    for line in lines:
        match = AGENT.match(line.split("#")[0])
        if match and "!" not in line.split("[")[0] and "{" not in line:
            found.append((" ".join(w for w in match.group(1).lower().split("_") if w), match.group(2)))
    return found


def agents_to_turtle(agents: list[tuple[str, str]]) -> str:
    """The agents of a state's officials as English role cues."""
    roles = sorted({noun for noun, sector in agents if sector in ROLE_SECTORS and len(noun) > 2})
    if not roles:
        return ""
    return "\n".join(["@prefix cue:    <https://w3id.org/diplo-kg/discourse/> .",
                      "# the agent nouns of state officials (sectors " + ", ".join(sorted(ROLE_SECTORS)) + ") as role cues",
                      "cue:role skos:altLabel " + " ,\n    ".join(_literal(r) for r in roles) + " .", ""])


def read_dictionary(path: Path, lines: list[str] | None = None) -> list[Entry]:
    """The actors of a TABARI .actors file, in file order (`lines`: the file's, when already read)."""
    lines = dictionary_lines(path) if lines is None else lines
    entries: list[Entry] = []
    for number, raw in enumerate(lines, 1):
        text, _, comment = raw.partition("#")
        if not text.strip() or text.lstrip().startswith(("!", "<", "=")):
            continue
        if text.startswith("+"):
            if entries:
                entries[-1].aliases.append(_written(text[1:].split("[")[0]))
                entries[-1].codes += _codes(text)
        elif text[0].isspace():
            if entries:
                entries[-1].codes += _codes(text)
        else:
            name = _written(text.split("[")[0])
            if name:
                entries.append(Entry(name, number, comment.strip(), codes=_codes(text)))
    if not entries:
        raise KgError("no actors found", str(path), "give a TABARI .actors file (NAME_ lines, +ALIAS lines, [CODE])")
    return entries


def code_owners(entries: list[Entry], vocabulary: Vocabulary) -> dict[str, str]:
    """CAMEO code → the gazetteer actor it stands for, from the dictionaries' own entries for
    countries and organisations ("RUSSIA_ [RUS]", "UNITED_NATIONS_ [IGOUNO]")."""
    owners = {}
    for entry in entries:
        for code in entry.codes:
            known = vocabulary.find_actor(entry.name)
            if known is not None and not entry.person and code.code not in owners and not code.start:
                owners[code.code] = str(known)
    return owners


def _owner(code: str, owners: dict[str, str]) -> str | None:
    """The actor of the longest known prefix of a code (RUSGOV → RUS → Russia)."""
    for length in range(len(code), 2, -1):
        if code[:length] in owners:
            return owners[code[:length]]
    return None


def _literal(text: str, lang: str = "en") -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + f'"@{lang}'


def to_turtle(entries: list[Entry], vocabulary: Vocabulary, owners: dict[str, str]) -> str:
    """Turtle for the entries the gazetteer lacks: actors, aliases, what they represent, posts."""
    lines = ["# Converted from CAMEO/TABARI actor dictionaries by `kg vocab import-cameo`.",
             "@prefix kg:     <https://w3id.org/diplo-kg/ontology#> .",
             "@prefix skos:   <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix org:    <http://www.w3.org/ns/org#> .",
             "@prefix schema: <https://schema.org/> .",
             "@prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .", ""]
    seen: set[str] = set()
    for entry in entries:
        iri = str(actor_iri(entry.name))
        if iri in seen or vocabulary.find_actor(entry.name) is not None:
            continue
        seen.add(iri)
        aliases = sorted({a for a in entry.aliases if a and a != entry.name})
        represents = next((o for o in (_owner(c.code, owners) for c in entry.codes) if o), None)
        lines.append(f"<{iri}> a kg:{'Person' if entry.person else 'Organization'} ; skos:inScheme kg:ActorScheme ;")
        lines.append(f"    skos:prefLabel {_literal(entry.name)}" + (" ;" if aliases or represents else " ."))
        if aliases:
            lines.append(f"    skos:altLabel {' , '.join(_literal(a) for a in aliases)}" + (" ;" if represents else " ."))
        if represents:
            lines.append(f"    kg:represents <{represents}> .")
        for code in entry.codes:
            within = _owner(code.code, owners)
            if not (code.start or code.end) or within is None:
                continue
            sector = SECTORS.get(code.code[3:6], "Official")
            lines += [f"<{iri.replace('/actor/', '/post/')}-{slug(code.code)}-{code.start or 'until'}> a org:Post ;",
                      f"    org:heldBy <{iri}> ; org:postIn <{within}> ;",
                      f"    skos:prefLabel {_literal(f'{sector} of {vocabulary.name_of(URIRef(within)) or within}')}"
                      + "".join(f' ;\n    schema:{p} "{d}"^^xsd:date' for p, d in
                                (("startDate", code.start), ("endDate", code.end)) if d) + " ."]
        lines.append("")
    return "\n".join(lines)
