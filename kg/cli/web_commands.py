"""`kg serve`: the store's SPARQL endpoint and pages in a browser."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli import Command, StoreOption, VocabOption, app, fail_cleanly, open_store
from kg.vocabulary import load_vocabulary


@app.command("serve", cls=Command)
@fail_cleanly
def serve(
    store: StoreOption = None,
    vocab: VocabOption = None,
    host: Annotated[str, typer.Option(metavar="HOST", help="Address to listen on (another machine can reach "
                                      "0.0.0.0).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(metavar="PORT", help="Port to listen on.")] = 8000,
) -> None:
    """Serve the store: a SPARQL endpoint at /sparql, a query page, pages per actor, topic,
    document and statement, and the interactive views (Ctrl-C stops it)."""
    import uvicorn

    from kg.web.app import make_app

    vocabulary = load_vocabulary(vocab or ())
    with open_store(store) as graph_store:
        held = " (it holds the store: a kg build on it waits until you stop this server)" \
            if graph_store.oxigraph is not None else ""
        typer.echo(f"serving {graph_store.location} at http://{host}:{port}/ — SPARQL at http://{host}:{port}/sparql"
                   f"{held}; Ctrl-C stops it", err=True)
        uvicorn.run(make_app(graph_store, vocabulary), host=host, port=port, log_level="warning")
