"""RDF files (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML), parsed by rdflib."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.errors import KgError
from kg.readers import RDF_SUFFIXES, RDFLIB_FORMATS


def read_rdf_file(path: Path, union: bool = False) -> Dataset:
    """An RDF file parsed by its extension: named graphs kept, plain triples in the default
    graph (the union of all when `union`); `KgError` naming the file otherwise."""
    name = RDF_SUFFIXES.get(path.suffix.lower())
    if name is None:
        raise KgError("not an RDF file extension", str(path), f"use one of: {', '.join(RDF_SUFFIXES)}")
    rdf_format = RDFLIB_FORMATS[name]
    dataset = Dataset(default_union=union)
    try:
        dataset.parse(path, format=rdf_format)
    except FileNotFoundError as exc:
        raise KgError("no such file", str(path), "check the path") from exc
    except Exception as exc:  # rdflib's parsers raise their own exception types
        raise KgError(f"not valid {rdf_format}: {exc}", str(path), "check the file's syntax and extension") from exc
    return dataset
