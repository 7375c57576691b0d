"""A view as an interactive page: vis-network (shipped in kg/web/static, no CDN) draws the
networkx graph on a canvas that zooms, pans and drags; the page searches nodes, filters edges
by topic, stance and date, shows an edge's topics and sentences on hover and a node's page on
click (when served by `kg serve`). The same page is `kg view NAME -o FILE.html`, all inlined."""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from urllib.parse import quote

import networkx as nx

from kg.drawing import EDGE_COLOURS, NODE_COLOURS, STANCES, edge_kind, edge_stances
from kg.namespaces import ACTOR, DOC, STATEMENT
from kg.vocabulary import display_words

LABEL_LENGTH = 40  # longer labels are cut on the canvas (the whole label is in the tooltip)


def page_of(node: str, data: dict | None = None) -> str | None:
    """The `kg serve` page of a view's node: an actor's, a topic's or a statement's."""
    if node.startswith("topic:"):
        return "/topic/" + quote(node[len("topic:"):])
    for namespace, page in ((ACTOR, "/actor/"), (STATEMENT, "/statement/"), (DOC, "/document/")):
        if node.startswith(str(namespace)):
            return page + quote(node[len(str(namespace)):])
    return None


def _topics(graph: nx.Graph, source: str, target: str, data: dict) -> list[str]:
    """The topic ids an edge is about: its own list, a topic at either end, or the topics of a
    statement at either end (the statements view)."""
    if data.get("topics"):
        return sorted(set(str(data["topics"]).replace(",", " ").split()))
    found = set()
    for node in (source, target):
        if str(node).startswith("topic:"):
            found.add(str(node)[len("topic:"):])
        elif graph.nodes[node].get("type") == "statement":
            found |= {str(n)[len("topic:"):] for n in graph.successors(node) if str(n).startswith("topic:")}
    return sorted(found)


def _dates(data: dict) -> list[str]:
    first = str(data.get("first") or data.get("date") or "")
    last = str(data.get("last") or data.get("date") or "")
    return [first, last] if first else []


def _tooltip(label: str, fields: dict) -> str:
    shown = [f"{k}: {v}" for k, v in fields.items() if v not in (None, "", [])]
    return "\n".join([label] + shown)


def view_data(graph: nx.Graph, link: Callable[[str, dict], str | None] | None = None) -> dict:
    """The graph as vis-network nodes and edges with what the page filters on (topics, stances,
    dates per edge) and the legend of what is drawn; `link` gives a node's page, if any."""
    topic_labels = {str(n)[len("topic:"):]: str(d.get("label", n)) for n, d in graph.nodes(data=True)
                    if str(n).startswith("topic:")}
    edges, used_colours = [], set()
    for number, (source, target, data) in enumerate(graph.edges(data=True)):
        stances = edge_stances(data)
        colour = edge_kind(graph, source, target, data)
        used_colours.add(colour)
        topics = _topics(graph, source, target, data)
        evidence = str(data.get("evidence") or graph.nodes[target].get("evidence") or
                       graph.nodes[source].get("evidence") or "")
        fields = {"topics": ", ".join(topic_labels.get(t, t) for t in topics), "statements": data.get("weight"),
                  **stances, "dates": " – ".join(dict.fromkeys(_dates(data)))}
        edges.append({"id": number, "from": source, "to": target, "stances": sorted(stances), "topics": topics,
                      "dates": _dates(data), "colour": colour, "color": {"color": EDGE_COLOURS[colour]},
                      "width": 1 + min(6, float(data.get("weight", 1) or 1)),
                      "title": _tooltip(f"{graph.nodes[source].get('label', source)} → "
                                        f"{graph.nodes[target].get('label', target)}", fields)
                      + (f"\n\n{evidence}" if evidence else ""),
                      "arrows": "to" if graph.is_directed() else ""})
    degree = dict(graph.degree(weight="weight"))
    nodes, used_types = [], set()
    for node, data in graph.nodes(data=True):
        kind = str(data.get("type", "actor"))
        used_types.add(kind)
        label = str(data.get("label", node))
        nodes.append({"id": node, "label": label if len(label) <= LABEL_LENGTH else label[:LABEL_LENGTH - 1] + "…",
                      "full": label, "type": kind, "color": NODE_COLOURS.get(kind, "#999999"),
                      "value": 1 + float(degree.get(node, 0)),
                      "title": _tooltip(label, {"type": kind, "kind": data.get("kind"), "degree": graph.degree(node)}),
                      "url": link(node, data) if link else None})
    topics = sorted({t for e in edges for t in e["topics"]})
    words = display_words(graph.graph.get("filter_lang", "en"))
    return {"title": graph.graph.get("title", "kg view"), "nodes": nodes, "edges": edges, "empty": words["empty"],
            "words": {w: words[w] for w in (*STANCES, "topic", "find", "find-hint", "all", "from", "to",
                                              "nodes-shown")},
            "topics": [[t, topic_labels.get(t, t)] for t in topics],
            "stances": [s for s in STANCES if any(s in e["stances"] for e in edges)],
            "dated": any(e["dates"] for e in edges),
            "legend": {"nodes": {words[t]: c for t, c in NODE_COLOURS.items() if t in used_types},
                       "edges": {words[k]: c for k, c in EDGE_COLOURS.items() if k in used_colours}},
            "filters": {k[len("filter_"):]: v for k, v in graph.graph.items()
                        if k.startswith("filter_") and k != "filter_lang"}}


def static_text(name: str) -> str:
    """A file shipped in kg/web/static (the page's script, style and vis-network)."""
    return resources.files("kg.web").joinpath("static", name).read_text(encoding="utf-8")


def standalone_page(graph: nx.Graph) -> str:
    """The interactive view as one HTML file that works offline (everything inlined)."""
    from kg.web import render

    return render("view.html", data=view_data(graph), inline={
        "vis": static_text("vis-network.min.js"), "script": static_text("view.js"), "style": static_text("kg.css")})
