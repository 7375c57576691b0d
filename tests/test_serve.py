"""`kg serve` over HTTP: its SPARQL endpoint read by a real client (rdflib's SPARQLStore) and
by plain requests in every format, updates refused, pages and their errors, the store's lock."""

import csv
import io
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.building import build
from kg.querying import select
from kg.store import open_store
from tests.conftest import SEED_TEXT

PER_ACTOR = ("SELECT ?actor (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:Statement ; kg:actor ?actor } "
             "GROUP BY ?actor ORDER BY ?actor")
PREFIX = "PREFIX kg: <https://w3id.org/diplo-kg/ontology#>\n"


def fetch(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str, str]:
    """Status, content type and body of a request (errors included)."""
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("content-type", ""), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type", ""), error.read().decode("utf-8")


def sparql_get(url: str, query: str, accept: str) -> tuple[int, str, str]:
    return fetch(f"{url}/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})


@pytest.fixture(scope="module")
def expected(vocabulary):
    """The rows of PER_ACTOR on the embedded store, built from the same text."""
    with open_store("memory") as store:
        build([SEED_TEXT], store, vocabulary)
        return [tuple(str(v) for v in row) for row in select(store, PER_ACTOR).rows]


def test_a_sparql_client_gets_the_embedded_stores_rows(kg_server, expected):
    client = Graph(store=SPARQLStore(f"{kg_server}/sparql"))
    rows = [tuple(str(v) for v in row) for row in client.query(PREFIX + PER_ACTOR)]
    assert rows == expected
    assert [n for _, n in rows] == ["5", "6"]  # Marco Rubio, Sergey Lavrov
    assert client.query("ASK { ?s a <https://w3id.org/diplo-kg/ontology#Statement> }").askAnswer is True


def test_results_in_the_format_the_client_accepts(kg_server, expected):
    status, kind, body = sparql_get(kg_server, PER_ACTOR, "application/sparql-results+json")
    assert status == 200 and kind.startswith("application/sparql-results+json")
    assert [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["5", "6"]
    status, kind, body = sparql_get(kg_server, PER_ACTOR, "application/sparql-results+xml")
    assert kind.startswith("application/sparql-results+xml") and body.count("<result>") == 2
    status, kind, body = sparql_get(kg_server, PER_ACTOR, "text/csv")
    assert list(csv.reader(io.StringIO(body)))[1:] == [list(row) for row in expected]
    status, kind, body = sparql_get(kg_server, PER_ACTOR, "text/tab-separated-values;q=0.9, text/html;q=0.1")
    assert kind.startswith("text/tab-separated-values") and body.splitlines()[0] == "?actor\t?n"
    construct = "CONSTRUCT { ?s a kg:Statement } WHERE { ?s a kg:Statement }"
    status, kind, body = sparql_get(kg_server, construct, "text/turtle")
    assert status == 200 and len(Graph().parse(data=body, format="turtle")) == 7
    assert sparql_get(kg_server, PER_ACTOR, "image/png")[0] == 406
    assert sparql_get(kg_server, PER_ACTOR, "text/csv;q=0, application/*")[1].startswith("application/sparql-results")
    posted = fetch(f"{kg_server}/sparql", PER_ACTOR.encode(), {"Content-Type": "application/sparql-query",
                                                                "Accept": "text/csv"})
    assert posted[0] == 200 and posted[2].count("\n") == 3


def test_updates_are_refused_and_change_nothing(kg_server):
    insert = "INSERT DATA { <urn:x> a <https://w3id.org/diplo-kg/ontology#Statement> }"
    assert fetch(f"{kg_server}/sparql", insert.encode(), {"Content-Type": "application/sparql-update"})[0] == 403
    form = urllib.parse.urlencode({"update": insert}).encode()
    assert fetch(f"{kg_server}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    status, _, body = sparql_get(kg_server, insert, "text/csv")
    assert status == 403 and "refused" in body
    count = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }"
    assert sparql_get(kg_server, count, "text/csv")[2].split() == ["n", "7"]
    status, _, body = sparql_get(kg_server, "SELECT ?s WHERE { ?s ", "text/csv")
    assert status == 400 and "line 1" in body


def test_pages_answer_and_bad_addresses_get_an_error_page(kg_server):
    status, kind, body = fetch(f"{kg_server}/actor/sergey-lavrov")
    assert status == 200 and kind.startswith("text/html") and body.count('href="/statement/') == 6
    status, _, body = fetch(f"{kg_server}/topic/ukraine-conflict")
    assert status == 200 and body.count('href="/statement/') == 5
    status, _, body = fetch(f"{kg_server}/document/lavrov-rubio-2025-09-24.txt?lang=it")
    assert status == 200 and body.count('<mark class="span') == 7 and "inaccettabili" in body
    status, _, body = fetch(f"{kg_server}/search?q=lavrov")
    assert status == 200 and 'href="/actor/sergey-lavrov"' in body
    assert fetch(f"{kg_server}/search?q=Sergei%20Lavrov")[2].count("<h1>Sergey Lavrov</h1>") == 1  # one hit: its page
    for address in ("/actor/%3Cscript%3E", "/topic/no-such-topic", "/statement/0000", "/document/none.txt",
                    "/view/no-such-view"):
        status, _, body = fetch(kg_server + address)
        assert status == 404 and "<script>" not in body, address
    assert fetch(f"{kg_server}/actor/sergey-lavrov?lang=%22%3E%3Cb%3E")[0] == 400
    status, _, body = fetch(f"{kg_server}/view/agreement?level=country")  # Lavrov and Rubio: their countries
    assert status == 200 and "Russia" in body and "United States" in body and "Sergey Lavrov" not in body
    assert fetch(f"{kg_server}/view/agreement?level=planet")[0] == 400
    status, _, body = fetch(f"{kg_server}/query?name=statements-by-actor&p.actor=Nobody+Atall&run=1")
    assert status == 400 and "unknown actor" in body


def test_the_query_page_runs_packaged_queries_and_texts_and_downloads_csv(kg_server):
    status, _, body = fetch(f"{kg_server}/query?name=statements-by-actor&p.actor=Lavrov&run=1")
    assert status == 200 and "6 rows" in body
    status, kind, body = fetch(f"{kg_server}/query.csv?name=statements-by-actor&p.actor=Lavrov&run=1")
    assert kind.startswith("text/csv") and len(list(csv.reader(io.StringIO(body)))) == 7
    text = urllib.parse.quote("SELECT ?s WHERE { ?s a kg:Statement }")
    assert "7 rows" in fetch(f"{kg_server}/query?sparql={text}&run=1")[2]
    status, _, body = fetch(f"{kg_server}/query?sparql=SELECT+%3Fs+WHERE+%7B&run=1")
    assert status == 200 and ("not a valid SPARQL query" in body or "the query failed" in body)


def test_a_build_beside_the_server_is_told_who_holds_the_store(kg_server, tmp_path):
    status, _, body = fetch(f"{kg_server}/")
    store = body.split("store: ")[1].split("<")[0] if "store: " in body else None
    assert status == 200 and store
    build = subprocess.run([sys.executable, "-m", "kg", "build", str(SEED_TEXT), "--store", store],
                           capture_output=True, text=True, timeout=120)
    assert build.returncode == 2 and "in use by PID" in build.stderr and " serve)" in build.stderr
