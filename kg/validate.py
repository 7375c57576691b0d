"""SHACL validation: is every statement well formed (ontology/shapes.ttl)?"""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.namespaces import PREFIXES
from kg.vocabulary import Vocabulary, shapes_graph


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path and the shape's message."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.path}: {self.message}" if self.path else f"{self.focus}: {self.message}"


def _short(graph: Graph, node: object) -> str:
    if isinstance(node, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(node).startswith(str(namespace)):
                return f"{prefix}:{str(node)[len(str(namespace)):]}"
    return str(node) if node is not None else ""


def validate_graph(data: Graph, vocabulary: Vocabulary) -> list[Violation]:
    """The SHACL violations of `data`, checked together with the vocabulary (empty: valid)."""
    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=vocabulary.graph, advanced=True,
        inference="none", allow_warnings=True)
    if conforms:
        return []
    violations = set()
    for result in results.subjects(SH.resultSeverity, SH.Violation):
        violations.add(Violation(_short(results, results.value(result, SH.focusNode)),
                                 _short(results, results.value(result, SH.resultPath)),
                                 str(results.value(result, SH.resultMessage) or "")))
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))
