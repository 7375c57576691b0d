"""Query results as plain Python values: `str` for IRIs and texts, numbers, booleans and dates
for literals of those XSD types."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from rdflib import XSD

XSD_VALUES = {str(XSD[name]): convert for name, convert in (
    ("integer", int), ("decimal", Decimal), ("double", float), ("float", float),
    ("boolean", lambda text: text in ("true", "1")), ("date", date.fromisoformat),
    ("dateTime", datetime.fromisoformat))}


def python_value(text: str, datatype: str | None) -> object:
    """The Python value of an RDF term's lexical form (an ill-typed literal stays text)."""
    convert = XSD_VALUES.get(datatype or "")
    if convert is not None:
        try:
            return convert(text)
        except ValueError:
            pass
    return text
