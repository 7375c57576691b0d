"""kg: diplomatic statements as an RDF knowledge graph.

The public API, one function per stage (see `kg.api` for their documentation and examples)::

    import kg
    records = kg.extract("readout.txt")              # read + extract
    with kg.open_store("kg-store") as store:
        kg.build(["readouts/"], store)               # texts, records or RDF → the store
        rows = kg.query(store, "statements-by-actor", {"actor": "Lavrov"})
        graph = kg.view(store, "agreement")          # a networkx graph
        kg.export(store, "graph.ttl")

The names are imported when first used, so that ``import kg.cli`` (every command) does not
pay for what only some commands need.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["read", "extract", "build", "open_store", "query", "view", "export", "load_vocabulary", "KgError"]

_HOMES = {"load_vocabulary": "kg.vocabulary", "KgError": "kg.errors"}


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(import_module(_HOMES.get(name, "kg.api")), name)


def __dir__() -> list[str]:
    return sorted(__all__)
