"""The SPARQL 1.1 Protocol endpoint of `kg serve`: queries by GET or POST (form or direct body),
results in the format the client's Accept header asks for, updates refused (403)."""

from __future__ import annotations

from urllib.parse import parse_qs

import pyoxigraph
from starlette.requests import Request
from starlette.responses import Response

from kg.errors import KgError
from kg.querying import results as query_results
from kg.store import GraphStore

RESULTS_TYPES = {  # media type of SELECT and ASK results → Oxigraph's format
    "application/sparql-results+json": pyoxigraph.QueryResultsFormat.JSON,
    "application/json": pyoxigraph.QueryResultsFormat.JSON,
    "application/sparql-results+xml": pyoxigraph.QueryResultsFormat.XML,
    "application/xml": pyoxigraph.QueryResultsFormat.XML,
    "text/csv": pyoxigraph.QueryResultsFormat.CSV,
    "text/tab-separated-values": pyoxigraph.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {  # media type of CONSTRUCT and DESCRIBE results → Oxigraph's format
    "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
    "text/plain": pyoxigraph.RdfFormat.N_TRIPLES,
}
UPDATE_REFUSED = "this endpoint only answers queries: SPARQL Update is refused (build with kg build)"


def _accepted(accept: str, offered: dict) -> str | None:
    """The first media type of the Accept header (by its q values) that is offered; the first
    offered for */* or no header; None when nothing offered is acceptable."""
    choices = []
    for number, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = next((float(p[2:]) for p in params if p.startswith("q=") and p[2:].replace(".", "", 1).isdigit()), 1.0)
        if quality > 0:  # q=0: not acceptable
            choices.append((-quality, number, media.lower()))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*", ""):
            return next(m for m in offered if media in ("*/*", "") or m.startswith(media[:-1]))
    return None if accept.strip() else next(iter(offered))


async def query_text(request: Request) -> tuple[str | None, bool]:
    """The query a request carries (GET ?query=, POST form, or POST application/sparql-query)
    and whether it is an update request instead."""
    if request.method == "GET":
        return request.query_params.get("query"), "update" in request.query_params
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", errors="replace")
    if kind == "application/sparql-update":
        return None, True
    if kind == "application/sparql-query":
        return body, False
    form = parse_qs(body)
    return (form.get("query") or [None])[0], "update" in form


def answer(store: GraphStore, text: str, accept: str) -> Response:
    """The results of a read-only query in the media type the client accepts."""
    try:
        results = query_results(store, text)
    except KgError as exc:
        update = "SPARQL Update" in exc.message
        return Response(UPDATE_REFUSED if update else exc.message + "\n", 403 if update else 400,
                        media_type="text/plain")
    if not isinstance(results, (pyoxigraph.QuerySolutions, pyoxigraph.QueryBoolean, pyoxigraph.QueryTriples)):
        results = _as_oxigraph(results)
    if not isinstance(results, (pyoxigraph.QuerySolutions, pyoxigraph.QueryBoolean)):  # triples
        media = _accepted(accept, GRAPH_TYPES)
        if media is None:
            return _not_acceptable(GRAPH_TYPES)
        return Response(pyoxigraph.serialize(results, format=GRAPH_TYPES[media]), media_type=media)
    media = _accepted(accept, RESULTS_TYPES)
    if media is None:
        return _not_acceptable(RESULTS_TYPES)
    return Response(results.serialize(format=RESULTS_TYPES[media]), media_type=media)


def _as_oxigraph(result):
    """rdflib's results (a server or memory store) as Oxigraph's, which write every format."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return list(pyoxigraph.parse(result.graph.serialize(format="nt"), format=pyoxigraph.RdfFormat.N_TRIPLES))
    return pyoxigraph.parse_query_results(result.serialize(format="json"), format=pyoxigraph.QueryResultsFormat.JSON)


def _not_acceptable(offered: dict) -> Response:
    return Response(f"none of the accepted media types is offered; ask for one of: {', '.join(offered)}\n", 406,
                    media_type="text/plain")
