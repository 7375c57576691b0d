"""`kg serve`: a Starlette application over one store — the SPARQL endpoint, a query page, pages
per actor, topic, document and statement, and the interactive views. Every page is built from
the packaged queries (kg.web.pages) and works offline: its script and style ship in kg/web/static."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.actors import stored_actors
from kg.errors import KgError
from kg.querying import NamedQuery, answer, bind, load_query, query_names, select
from kg.store import GraphStore
from kg.topics import topics
from kg.views import VIEWS, Filters
from kg.vocabulary import Vocabulary
from kg.web import pages, render
from kg.web.interactive import page_of, view_data
from kg.web.sparql import UPDATE_REFUSED, query_text
from kg.web.sparql import answer as sparql_answer

LANG = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{1,8})?")
PAGE_ROWS = 500  # rows a query page shows (the CSV download has them all)


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang", "en")
    if not LANG.fullmatch(lang):
        raise KgError(f"not a language code: {lang!r}", "lang", "use a code such as en or it")
    return lang


def _page(template: str, request: Request, **values: object) -> HTMLResponse:
    return HTMLResponse(render(template, lang=_lang(request), q=request.query_params.get("q", ""), **values))


def _error(request: Request, exc: KgError) -> Response:
    """A KgError's page: 404 when the address names nothing in the store, else 400."""
    return HTMLResponse(render("error.html", lang="en", q="", message=exc.message, hint=exc.hint),
                        status_code=404 if isinstance(exc, pages.NotFound) else 400)


def make_app(store: GraphStore, vocabulary: Vocabulary) -> Starlette:
    """The web application over an open store (the caller keeps it open while serving)."""

    def home(request: Request) -> Response:
        lang = _lang(request)
        actors = stored_actors(store, vocabulary)[:15]
        names = {a.iri: vocabulary.label(URIRef(a.iri), lang) or a.name for a in actors}
        documents = select(store, "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kg:Document }", "home").rows[0][0]
        statements = select(store, "SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Statement }", "home").rows[0][0]
        return _page("home.html", request, location=store.location, actors=actors, names=names, documents=documents, statements=statements,
                     topics=[t for t in topics(vocabulary, store) if t.statements][:15])

    def search(request: Request) -> Response:
        text = request.query_params.get("q", "")[:200]
        hits = pages.search(store, vocabulary, text, _lang(request))
        if len(hits) == 1:
            return RedirectResponse(hits[0].url, status_code=303)
        return _page("search.html", request, hits=hits, text=text)

    def actor(request: Request) -> Response:
        page = pages.actor_page(store, vocabulary, request.path_params["slug"], _lang(request))
        return _page("actor.html", request, page=page)

    def topic(request: Request) -> Response:
        page = pages.topic_page(store, vocabulary, request.path_params["topic"], _lang(request))
        return _page("topic.html", request, page=page)

    def document(request: Request) -> Response:
        facts, spans = pages.document_page(store, vocabulary, request.path_params["document"], _lang(request))
        return _page("document.html", request, facts=facts, spans=spans)

    def statement(request: Request) -> Response:
        fields, evidence = pages.statement_page(store, vocabulary, request.path_params["statement"], _lang(request))
        return _page("statement.html", request, fields=fields, evidence=evidence,
                     statement=request.path_params["statement"])

    def query_page(request: Request) -> Response:
        asked = _asked_query(request)
        result, error = None, ""
        if asked.text and "run" in request.query_params:
            try:
                result = _query_result(store, asked.text)
            except KgError as exc:
                error = str(exc)
        return _page("query.html", request, queries=[load_query(n) for n in query_names()], asked=asked,
                     result=result, error=error, limit=PAGE_ROWS, download=request.url.query)

    def query_csv(request: Request) -> Response:
        asked = _asked_query(request)
        if not asked.text:
            raise KgError("no query to run", "query", "give name=QUERY or sparql=TEXT")
        name = (asked.name or "query") + ".csv"
        return Response(answer(store, asked.text, "csv"), media_type="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    def _asked_query(request: Request) -> _Asked:
        params = request.query_params
        name, sparql = params.get("name", ""), params.get("sparql", "")
        if sparql:
            return _Asked("", sparql, None, {})
        if not name:
            return _Asked("", "", None, {})
        query = load_query(name)
        values = {p.name: params[f"p.{p.name}"] for p in query.params if params.get(f"p.{p.name}")}
        missing = [p.name for p in query.params if not p.optional and p.default is None and p.name not in values]
        if missing:
            text = ""
        else:
            text = bind(query, vocabulary, values, store) if query.params else query.text
        return _Asked(name, text, query, values)

    async def sparql(request: Request) -> Response:
        text, update = await query_text(request)
        if update:
            return Response(UPDATE_REFUSED, 403, media_type="text/plain")
        if not text:
            return _page("sparql.html", request)
        return await run_in_threadpool(sparql_answer, store, text, request.headers.get("accept", ""))

    def views(request: Request) -> Response:
        return _page("views.html", request, views={n: " ".join((f.__doc__ or "").split()) for n, f in VIEWS.items()})

    def view(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in VIEWS:
            raise pages.NotFound(f"no view named {name!r}", "", f"use one of: {', '.join(VIEWS)}")
        params = request.query_params
        filters = Filters(params.get("actor") or None, params.get("topic") or None, params.get("from") or None,
                          params.get("to") or None, params.get("document") or None, _lang(request),
                          params.get("level") or "actor")
        graph = VIEWS[name](store, vocabulary, filters)
        return _page("view.html", request, data=view_data(graph, page_of), name=name, inline=None)

    routes = [Route("/", home), Route("/search", search), Route("/actor/{slug:path}", actor),
              Route("/topic/{topic}", topic), Route("/document/{document:path}", document),
              Route("/statement/{statement}", statement), Route("/query", query_page), Route("/query.csv", query_csv),
              Route("/sparql", sparql, methods=["GET", "POST"]), Route("/views", views), Route("/view/{name}", view),
              Mount("/static", StaticFiles(packages=[("kg.web", "static")]), name="static")]
    return Starlette(routes=routes, exception_handlers={KgError: _error})


@dataclass(frozen=True)
class _Asked:
    """The query a query page was asked to run: a packaged one with its values, or a text."""

    name: str
    text: str  # "" until every required parameter has a value
    query: NamedQuery | None
    values: dict[str, str]


def _query_result(store: GraphStore, text: str):
    """A SELECT's columns and rows for a table; another query's answer as text."""
    if re.search(r"\b(ASK|CONSTRUCT|DESCRIBE)\b", re.sub(r"#[^\n]*", "", text), re.IGNORECASE):
        return answer(store, text, "tsv")
    return select(store, text, "query")
