"""A SPARQL 1.1 server as a store: Query and Update protocols, and the Graph Store Protocol to
replace a document's named graph with one PUT.

Endpoints follow the server's convention: a bare host (Oxigraph: /query, /update, /store) or a
dataset path (Apache Jena Fuseki: /DATASET/sparql, /update, /data); either can be overridden.
The server must treat its default graph as the union of the named graphs (Oxigraph:
`--union-default-graph`; Fuseki: `tdb2:unionDefaultGraph true`), as the embedded store does.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from kg.errors import KgError

RETRIES = 4
TIMEOUT_S = 120


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and graph-store requests."""

    query: str
    update: str
    graph_store: str


def endpoints(url: str, update: str | None = None, graph_store: str | None = None) -> Endpoints:
    """The endpoints of a server from its base or query URL (see the module's docstring)."""
    parsed = urllib.parse.urlsplit(url.rstrip("/"))
    path = parsed.path
    for suffix in ("/query", "/sparql"):
        if path.endswith(suffix):
            path = path[: -len(suffix)]
    base = urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))
    if path:  # a dataset path: Fuseki's convention
        found = Endpoints(f"{base}/sparql", f"{base}/update", f"{base}/data")
    else:  # a bare host: Oxigraph's convention
        found = Endpoints(f"{base}/query", f"{base}/update", f"{base}/store")
    if url.rstrip("/").endswith(("/query", "/sparql")):
        found = Endpoints(url.rstrip("/"), found.update, found.graph_store)
    return Endpoints(found.query, update or found.update, graph_store or found.graph_store)


def request(method: str, url: str, body: bytes | None = None, content_type: str | None = None) -> bytes:
    """One HTTP request, retried with back-off on connection errors and 5xx answers."""
    headers = {"Content-Type": content_type} if content_type else {}
    for attempt in range(RETRIES):
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=body, method=method, headers=headers),
                                        timeout=TIMEOUT_S) as answer:
                return answer.read()
        except urllib.error.HTTPError as exc:
            if exc.code < 500 or attempt == RETRIES - 1:
                detail = exc.read().decode("utf-8", "replace")[:300]
                raise KgError(f"the SPARQL server answered {exc.code} {exc.reason}: {detail}", url,
                              "check the endpoint URL and the server's log") from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            if attempt == RETRIES - 1:
                raise KgError(f"cannot reach the SPARQL server: {getattr(exc, 'reason', exc)}", url,
                              "start the server, or check the URL given to --store") from exc
        time.sleep(0.5 * 2 ** attempt)
    raise AssertionError("unreachable")


def put_graph(points: Endpoints, graph_name: str, ntriples: str) -> None:
    """Replace one named graph with N-Triples in one request (atomic on the server)."""
    url = f"{points.graph_store}?{urllib.parse.urlencode({'graph': graph_name})}"
    request("PUT", url, ntriples.encode("utf-8"), "application/n-triples")


def update(points: Endpoints, sparql: str) -> None:
    """Run a SPARQL Update."""
    request("POST", points.update, sparql.encode("utf-8"), "application/sparql-update")
