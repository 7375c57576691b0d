"""SHACL validation: is every statement well formed (ontology/shapes.ttl)?"""

from __future__ import annotations

from dataclasses import dataclass

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.namespaces import KG, PREFIXES
from kg.vocabulary import Vocabulary, shapes_graph


@dataclass(frozen=True)
class Violation:
    """One failed constraint: the node, the property path and the shape's message."""

    focus: str
    path: str
    message: str
    where: str = ""  # the document and sentence of the statement concerned, when known

    def __str__(self) -> str:
        said = f"{self.focus}: {self.path}: {self.message}" if self.path else f"{self.focus}: {self.message}"
        return f"{said} ({self.where})" if self.where else said


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
        focus = results.value(result, SH.focusNode)
        violations.add(Violation(_short(results, focus), _short(results, results.value(result, SH.resultPath)),
                                 str(results.value(result, SH.resultMessage) or ""), _where(data, focus)))
    return sorted(violations, key=lambda v: (v.focus, v.path, v.message))


def _where(data: Graph, focus: object) -> str:
    """ "document D, sentence '…'" of the statement a node is or belongs to, for a reader who
    does not know the statement's IRI."""
    statement = focus if (focus, KG.documentId, None) in data else data.value(predicate=None, object=focus)
    document, sentence = data.value(statement, KG.documentId), data.value(statement, KG.sentence)
    if document is None:
        return ""
    quoted = " ".join(str(sentence).split()) if sentence is not None else ""
    return f"document {document}" + (f", sentence {quoted[:80]!r}" + ("…" if len(quoted) > 80 else "")
                                     if quoted else "")
