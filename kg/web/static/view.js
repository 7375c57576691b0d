// The interactive view: vis-network draws the nodes and edges of #view-data; the controls hide
// the edges outside the chosen topic, stances and dates (and the nodes left without an edge).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("view-data").textContent);
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, title: n.title, value: n.value, color: n.color, shape: "dot",
             url: n.url, full: n.full, type: n.type };
  }));
  var edges = new vis.DataSet(data.edges);
  var withEdges = new Set();
  data.edges.forEach(function (e) { withEdges.add(e.from); withEdges.add(e.to); });
  var network = new vis.Network(document.getElementById("network"), { nodes: nodes, edges: edges }, {
    nodes: { scaling: { min: 8, max: 30, label: { enabled: true, min: 12, max: 22 } }, font: { size: 13 } },
    edges: { smooth: { type: "continuous" }, scaling: { min: 1, max: 7 } },
    interaction: { hover: true, tooltipDelay: 150, navigationButtons: false, keyboard: true },
    physics: { barnesHut: { gravitationalConstant: -6000, springLength: 140 }, stabilization: { iterations: 250 } }
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });

  function value(id) { var el = document.getElementById(id); return el ? el.value : ""; }

  function applyFilters() {
    var topic = value("topic"), from = value("from"), to = value("to");
    var stances = Array.prototype.map.call(document.querySelectorAll("input.stance:checked"), function (c) { return c.value; });
    var anyStance = document.querySelectorAll("input.stance").length === 0;
    var visible = new Set(), updates = [];
    data.edges.forEach(function (e) {
      var show = (!topic || e.topics.indexOf(topic) >= 0)
        && (anyStance || e.stances.length === 0 || e.stances.some(function (s) { return stances.indexOf(s) >= 0; }))
        && (!e.dates.length || ((!from || e.dates[1] >= from) && (!to || e.dates[0] <= to)));
      if (show) { visible.add(e.from); visible.add(e.to); }
      updates.push({ id: e.id, hidden: !show });
    });
    edges.update(updates);
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: withEdges.has(n.id) && !visible.has(n.id) }; }));
    document.getElementById("shown").textContent = data.words["nodes-shown"]
      .replace("{shown}", nodes.get({ filter: function (n) { return !n.hidden; } }).length)
      .replace("{nodes}", data.nodes.length);
  }

  function show(id) {
    var node = nodes.get(id), details = document.getElementById("details");
    details.textContent = "";
    var name = document.createElement("strong");
    name.textContent = node.full;
    details.appendChild(name);
    var about = document.createElement("p");
    about.textContent = node.type + ", " + network.getConnectedNodes(id).length + " neighbours";
    details.appendChild(about);
    if (node.url) {
      var link = document.createElement("a");
      link.href = node.url;
      link.textContent = "Open its page";
      link.className = "node-page";
      details.appendChild(link);
    }
    details.hidden = false;
  }

  network.on("click", function (params) {
    if (params.nodes.length) { show(params.nodes[0]); } else { document.getElementById("details").hidden = true; }
  });
  network.on("doubleClick", function (params) {
    var node = params.nodes.length && nodes.get(params.nodes[0]);
    if (node && node.url) { window.location.href = node.url; }
  });
  document.getElementById("find").addEventListener("change", function (event) {
    var wanted = event.target.value.toLowerCase();
    var found = data.nodes.filter(function (n) { return n.full.toLowerCase() === wanted; })[0]
      || data.nodes.filter(function (n) { return n.full.toLowerCase().indexOf(wanted) >= 0; })[0];
    if (found) {
      network.selectNodes([found.id]);
      network.focus(found.id, { scale: 1.3, animation: true });
      show(found.id);
    }
  });
  document.querySelectorAll(".controls select, .controls input[type=date], input.stance").forEach(function (el) {
    el.addEventListener("change", applyFilters);
  });
  applyFilters();
  window.kgView = { network: network, nodes: nodes, edges: edges, data: data };
})();
