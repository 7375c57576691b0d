"""Views as pictures a person can read: PNG or SVG with matplotlib (HTML is the interactive page
of kg.web.interactive, one file that works offline).

A picture names only the nodes whose labels fit: labels are placed most connected node first,
beside their node where they overlap no label already placed and stay inside the picture, and
dropped where no place is free (the caption says how many are named). Isolated nodes are left
out unless asked for; the statements view beyond `MAX_STATEMENT_NODES` nodes is drawn counted
(actor → topic and actor → target edges weighted by statements). Title, legend and caption are
in the view's language (ontology/display.ttl); an empty view says so in the picture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from kg.vocabulary import display_words

NODE_COLOURS = {"actor": "#4C72B0", "topic": "#DD8452", "statement": "#8C8C8C"}
EDGE_COLOURS = {"support": "#2CA02C", "oppose": "#D62728", "neutral": "#9E9E9E", "agreement": "#2CA02C",
                "disagreement": "#D62728", "co-occurrence": "#937860", "link": "#9E9E9E"}
STANCES = ("support", "oppose", "neutral")
MAX_STATEMENT_NODES = 60  # beyond this the statements view is drawn counted (see `counted_statements`)
MAX_LABELS = 40  # the most connected nodes that may be named in a picture
LABEL_LENGTH = 32  # longer labels end in "…"


def edge_stances(data: dict) -> dict[str, int]:
    """How many statements of each stance an edge stands for (none for pair and topic views)."""
    if data.get("stance") in STANCES:
        return {data["stance"]: 1}
    return {s: int(data[s]) for s in STANCES if int(data.get(s, 0) or 0) > 0}


def edge_kind(graph: nx.Graph, source: str, target: str, data: dict) -> str:
    """What an edge's colour says: its (main) stance, agreement, disagreement, co-occurrence or link."""
    if "sign" in data:
        return "support" if data["sign"] > 0 else "oppose" if data["sign"] < 0 else "neutral"
    stances = edge_stances(data)
    if stances:
        return max(stances, key=lambda s: (stances[s], s == "neutral"))
    if "joint" in data and "same_stance" in data:
        return "agreement"
    if "opposite_stance" in data:
        return "disagreement"
    topics = all(graph.nodes[n].get("type") == "topic" for n in (source, target))
    return "co-occurrence" if topics else "link"


def counted_statements(graph: nx.DiGraph) -> nx.DiGraph:
    """The statements view without its statement nodes: actor → topic and actor → target edges
    weighted by statements, with their stances counted."""
    counted = nx.DiGraph(**graph.graph)
    counted.graph["view"] = "statements-aggregated"
    counted.graph["title"] = display_words(graph.graph.get("filter_lang", "en"))["title-statements-aggregated"]
    for statement, data in graph.nodes(data=True):
        if data.get("type") != "statement":
            continue
        actors = [n for n in graph.predecessors(statement) if graph.nodes[n].get("type") == "actor"]
        for actor in actors:
            for other in graph.successors(statement):
                for node in (actor, other):
                    counted.add_node(node, **graph.nodes[node])
                edge = counted.get_edge_data(actor, other) or {"weight": 0, **{s: 0 for s in STANCES}}
                edge["weight"] += 1
                edge[data.get("stance", "neutral")] += 1
                counted.add_edge(actor, other, **edge)
    return counted


@dataclass
class Drawing:
    """What a picture shows: its nodes, and the labels placed (text, box in pixels)."""

    nodes: int
    labels: list[tuple[str, tuple[float, float, float, float]]] = field(default_factory=list)


def drawable(graph: nx.Graph, isolated: bool = False) -> nx.Graph:
    """The graph a picture draws: without isolated nodes unless asked, the statements view
    counted beyond MAX_STATEMENT_NODES nodes."""
    if graph.graph.get("view") == "statements" and len(graph) > MAX_STATEMENT_NODES:
        graph = counted_statements(graph)
    if not isolated:
        graph = graph.subgraph([n for n in graph if graph.degree(n) > 0]).copy()
    return graph


def draw(graph: nx.Graph, path: str, isolated: bool = False) -> Drawing:
    """Write the picture the file name asks for (.png, .svg or .html)."""
    if path.lower().endswith(".html"):
        from kg.web.interactive import standalone_page

        Path(path).write_text(standalone_page(graph), encoding="utf-8")
        return Drawing(len(graph))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    words = display_words(graph.graph.get("filter_lang", "en"))
    graph = drawable(graph, isolated)
    figure, axes = plt.subplots(figsize=(12, 9), dpi=120)
    axes.set_title(_title(graph))
    axes.axis("off")
    drawing = Drawing(len(graph))
    if len(graph) == 0:
        axes.text(0.5, 0.5, words["empty"], ha="center", va="center", fontsize=16, color="#666666",
                  transform=axes.transAxes)
    else:
        positions = layout(graph)
        kinds = [edge_kind(graph, s, t, d) for s, t, d in graph.edges(data=True)]
        nx.draw_networkx_edges(graph, positions, ax=axes, alpha=0.55, edge_color=[EDGE_COLOURS[k] for k in kinds],
                               width=[1 + min(4, d.get("weight", 1)) for *_, d in graph.edges(data=True)],
                               arrows=graph.is_directed(), arrowsize=10, node_size=_sizes(graph))
        nx.draw_networkx_nodes(graph, positions, ax=axes, node_size=_sizes(graph),
                               node_color=[NODE_COLOURS.get(d.get("type"), "#999999") for _, d in graph.nodes(data=True)])
        axes.margins(0.12)
        figure.tight_layout()
        drawing.labels = _place_labels(figure, axes, graph, positions)
        types = {d.get("type") for _, d in graph.nodes(data=True)}
        legend = [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markersize=10, label=words[t])
                  for t, c in NODE_COLOURS.items() if t in types]
        legend += [Line2D([0], [0], color=EDGE_COLOURS[k], lw=2, label=words[k]) for k in EDGE_COLOURS if k in kinds]
        axes.legend(handles=legend, loc="lower left", fontsize=8, frameon=False)
        if len(drawing.labels) < len(graph):
            axes.text(1, 0, words["labels-shown"].format(shown=len(drawing.labels), nodes=len(graph)),
                      ha="right", va="bottom", fontsize=8, color="#666666", transform=axes.transAxes)
    figure.savefig(path)
    plt.close(figure)
    return drawing


def layout(graph: nx.Graph) -> dict:
    """Positions of the nodes, the same for the same graph: a seeded spring layout whose
    springs are long enough (twice networkx's default) to keep the nodes of a picture apart."""
    return nx.spring_layout(graph, seed=7, weight="weight", k=2 / max(1, len(graph)) ** 0.5, iterations=200)


def _title(graph: nx.Graph) -> str:
    filters = ", ".join(f"{k[7:]}={v}" for k, v in graph.graph.items() if k.startswith("filter_") and k != "filter_lang")
    return graph.graph.get("title", "kg view") + (f" ({filters})" if filters else "")


def _sizes(graph: nx.Graph) -> list[float]:
    degree = dict(graph.degree(weight="weight"))
    return [60 + 30 * min(12, degree[n]) for n in graph]


def _place_labels(figure, axes, graph: nx.Graph, positions: dict) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Name the most connected nodes first, each beside its node (right, left, above, below)
    where its box overlaps no label already placed and lies inside the figure; skip the rest."""
    renderer = figure.canvas.get_renderer()
    frame = figure.bbox
    order = sorted(graph, key=lambda n: (-graph.degree(n, weight="weight"), str(graph.nodes[n].get("label", n))))
    placed: list[tuple[str, tuple[float, float, float, float]]] = []
    spots = (((8, 0), "left", "center"), ((-8, 0), "right", "center"), ((0, 9), "center", "bottom"),
             ((0, -9), "center", "top"))
    for node in order[:MAX_LABELS]:
        text = str(graph.nodes[node].get("label", node))
        text = text if len(text) <= LABEL_LENGTH else text[:LABEL_LENGTH - 1] + "…"
        for offset, horizontal, vertical in spots:
            label = axes.annotate(text, positions[node], xytext=offset, textcoords="offset points", fontsize=9,
                                  ha=horizontal, va=vertical,
                                  bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
            box = label.get_window_extent(renderer).expanded(1.04, 1.1)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(_overlap(box.bounds, other) for _, other in placed):
                placed.append((text, box.bounds))
                break
            label.remove()
    return placed


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two boxes (x, y, width, height) overlap."""
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]
