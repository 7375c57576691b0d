"""Named SPARQL queries (queries/*.rq), packaged with kg, run against a store."""

from __future__ import annotations

from importlib import resources

from kg.errors import KgError
from kg.store import GraphStore


def query_names() -> list[str]:
    """The names of the packaged queries."""
    files = resources.files("kg.queries").iterdir()
    return sorted(f.name[:-3] for f in files if f.name.endswith(".rq"))


def load_query(name: str) -> str:
    """The SPARQL text of a packaged query."""
    if name not in query_names():
        raise KgError(f"no query named {name!r}", "", f"known queries: {', '.join(query_names())}")
    return resources.files("kg.queries").joinpath(f"{name}.rq").read_text(encoding="utf-8")


def run_query(store: GraphStore, name: str) -> list[dict[str, object]]:
    """The rows of a packaged query, each a dict of column → Python value (None when unbound)."""
    result = store.query(load_query(name))
    columns = [str(v) for v in result.vars]
    return [{c: (row[c].toPython() if row[c] is not None else None) for c in columns} for row in result]
