"""Views as pictures: PNG or SVG with matplotlib; HTML is the interactive page of
kg.web.interactive (one file that works offline)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

NODE_COLOURS = {"actor": "#4C72B0", "topic": "#DD8452", "statement": "#8C8C8C"}
STANCE_COLOURS = {"support": "#2CA02C", "oppose": "#D62728", "neutral": "#9E9E9E"}


def _edge_colour(data: dict) -> str:
    if "sign" in data:
        return STANCE_COLOURS["support" if data["sign"] > 0 else "oppose" if data["sign"] < 0 else "neutral"]
    if "stance" in data:
        return STANCE_COLOURS.get(data["stance"], "#9E9E9E")
    if data.get("oppose", 0) > data.get("support", 0):
        return STANCE_COLOURS["oppose"]
    return STANCE_COLOURS["support"] if data.get("support", 0) else STANCE_COLOURS["neutral"]


def _title(graph: nx.Graph) -> str:
    filters = ", ".join(f"{k[7:]}={v}" for k, v in graph.graph.items() if k.startswith("filter_"))
    return graph.graph.get("title", "kg view") + (f" ({filters})" if filters else "")


def layout(graph: nx.Graph) -> dict:
    """Positions of the nodes in [0, 1]², the same for the same graph."""
    if len(graph) == 0:
        return {}
    positions = nx.spring_layout(graph, seed=7, weight="weight")
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    return {n: ((p[0] - min(xs)) / span_x, (p[1] - min(ys)) / span_y) for n, p in positions.items()}


def draw(graph: nx.Graph, path: str) -> None:
    """Write the picture the file name asks for (.png, .svg or .html)."""
    if path.lower().endswith(".html"):
        from kg.web.interactive import standalone_page

        Path(path).write_text(standalone_page(graph), encoding="utf-8")
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    positions = layout(graph)
    figure, axes = plt.subplots(figsize=(12, 9), dpi=120)
    nx.draw_networkx_edges(graph, positions, ax=axes, alpha=0.6,
                           edge_color=[_edge_colour(d) for *_, d in graph.edges(data=True)],
                           width=[1 + min(4, d.get("weight", 1)) for *_, d in graph.edges(data=True)])
    nx.draw_networkx_nodes(graph, positions, ax=axes, node_size=420,
                           node_color=[NODE_COLOURS.get(d.get("type"), "#999999") for _, d in graph.nodes(data=True)])
    nx.draw_networkx_labels(graph, positions, ax=axes, font_size=9,
                            labels={n: str(d.get("label", n))[:40] for n, d in graph.nodes(data=True)})
    legend = [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markersize=10, label=t)
              for t, c in NODE_COLOURS.items() if any(d.get("type") == t for _, d in graph.nodes(data=True))]
    legend += [Line2D([0], [0], color=c, lw=2, label=s) for s, c in STANCE_COLOURS.items()]
    axes.legend(handles=legend, loc="lower left", fontsize=8, frameon=False)
    axes.set_title(_title(graph))
    axes.axis("off")
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
