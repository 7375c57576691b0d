"""Views as pictures: PNG or SVG with matplotlib, and a standalone interactive HTML page.

The HTML page is one file that works offline: the layout is computed here (networkx), drawn as
inline SVG, and hovering an edge shows its evidence sentence (an SVG <title>); a few lines of
inlined JavaScript highlight a node's neighbours. No library is loaded from the network.
"""

from __future__ import annotations

import html
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
        Path(path).write_text(html_page(graph), encoding="utf-8")
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


def html_page(graph: nx.Graph, width: int = 1100, height: int = 800) -> str:
    """A standalone HTML page: the graph as inline SVG, evidence on hover."""
    positions = layout(graph)
    margin = 60

    def at(node):
        x, y = positions[node]
        return margin + x * (width - 2 * margin), margin + (1 - y) * (height - 2 * margin)

    parts = []
    for source, target, data in graph.edges(data=True):
        (x1, y1), (x2, y2) = at(source), at(target)
        tip = " · ".join(f"{k}: {v}" for k, v in data.items() if k != "evidence")
        if data.get("evidence"):
            tip = f"{data['evidence']}\n{tip}"
        parts.append(f'<line class="edge" data-a="{html.escape(str(source))}" data-b="{html.escape(str(target))}" '
                     f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{_edge_colour(data)}" '
                     f'stroke-width="{1.5 + min(5, data.get("weight", 1))}"><title>{html.escape(tip)}</title></line>')
    for node, data in graph.nodes(data=True):
        x, y = at(node)
        label = html.escape(str(data.get("label", node))[:50])
        tip = html.escape(" · ".join(f"{k}: {v}" for k, v in data.items()))
        parts.append(f'<g class="node" data-id="{html.escape(str(node))}"><circle cx="{x:.1f}" cy="{y:.1f}" r="9" '
                     f'fill="{NODE_COLOURS.get(data.get("type"), "#999")}"><title>{tip}</title></circle>'
                     f'<text x="{x + 12:.1f}" y="{y + 4:.1f}">{label}</text></g>')
    legend = " ".join(f'<span style="color:{c}">■ {t}</span>' for t, c in NODE_COLOURS.items()) + " · " + \
        " ".join(f'<span style="color:{c}">— {s}</span>' for s, c in STANCE_COLOURS.items())
    title = html.escape(_title(graph))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: sans-serif; margin: 1em; }}
svg text {{ font-size: 12px; pointer-events: none; }}
.edge {{ stroke-opacity: 0.6; }} .edge:hover {{ stroke-opacity: 1; }}
.dim {{ opacity: 0.15; }}
</style></head>
<body><h1>{title}</h1>
<p>{len(graph)} nodes, {graph.number_of_edges()} edges. Hover an edge for the sentence behind it;
click a node to show its neighbours. {legend}</p>
<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">
{chr(10).join(parts)}
</svg>
<script>
document.querySelectorAll('.node').forEach(function (node) {{
  node.addEventListener('click', function () {{
    var id = node.dataset.id, near = new Set([id]);
    document.querySelectorAll('.edge').forEach(function (e) {{
      var touches = e.dataset.a === id || e.dataset.b === id;
      if (touches) {{ near.add(e.dataset.a); near.add(e.dataset.b); }}
      e.classList.toggle('dim', !touches);
    }});
    document.querySelectorAll('.node').forEach(function (n) {{ n.classList.toggle('dim', !near.has(n.dataset.id)); }});
  }});
}});
</script>
</body></html>
"""
