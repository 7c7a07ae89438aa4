/*
 * The drawing: Cytoscape with the fCoSE force layout, which pulls clusters
 * apart. Names print at a fixed size on screen whatever the zoom, and a
 * label is drawn only where it collides with no label already placed (the
 * centre's first, then the best connected), so names never overlap; the rest
 * show on hover, abbreviated names in full. A hub's many leaves of one kind
 * fold into one node ("14 drugs") that opens on a click.
 */
"use strict";
(() => {
  const { $, kindColours, typeColours, countOf } = window.KgExplorer;

  /** Screen pixels of a node's name, and of an edge's type when shown. */
  const LABEL_PX = 13;
  const LABEL_MARGIN_PX = 2;
  /** Names longer than this are cut at a word and end in "…" until hovered. */
  const SHORT_NAME = 24;
  /** A hub with at least this many leaves of one kind shows them as a group. */
  const GROUP_MIN = 5;

  const cy = cytoscape({
    container: $("graph"),
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(short)", "font-size": LABEL_PX, "text-valign": "bottom", "text-margin-y": 3, width: 22, height: 22, color: "#1d232a", "text-outline-color": "#fbfcfd", "text-outline-width": 2, "min-zoomed-font-size": 0 } },
      { selector: "node.group", style: { shape: "round-rectangle", width: 30, height: 22, "border-width": 2, "border-color": "#1d232a", "border-style": "dashed", label: "data(short)", "font-style": "italic" } },
      { selector: "node.centre", style: { width: 36, height: 36, "border-width": 3, "border-color": "#1d232a", "font-weight": "bold", "z-index": 20 } },
      { selector: "node.quiet", style: { label: "" } },
      { selector: "node.hover", style: { label: "data(label)", "z-index": 30, "text-background-color": "#fff", "text-background-opacity": 0.9 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f0a500" } },
      { selector: "edge", style: { width: 1.6, "line-color": "data(colour)", "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "", "font-size": LABEL_PX - 1, color: "#33404c", "text-rotation": "autorotate", "text-background-color": "#fbfcfd", "text-background-opacity": 1 } },
      { selector: "edge.group-link", style: { "line-style": "dashed", "target-arrow-shape": "none" } },
      { selector: "edge.hover, edge:selected", style: { label: "data(type)", "z-index": 30 } },
      { selector: "edge:selected", style: { width: 4, "line-color": "#f0a500", "target-arrow-color": "#f0a500" } },
      { selector: "edge.path", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", width: 5, "z-index": 10 } },
      { selector: "node.path", style: { "border-width": 4, "border-color": "#d62728" } },
      { selector: ".faded", style: { opacity: 0.18 } },
      { selector: ".hidden, .grouped", style: { display: "none" } },
    ],
  });

  function shortName(name) {
    if (name.length <= SHORT_NAME) return name;
    const cut = name.slice(0, SHORT_NAME);
    const space = cut.lastIndexOf(" ");
    return `${(space > SHORT_NAME / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }

  function addNode(node) {
    if (!cy.getElementById(node.id).empty()) return;
    cy.add({ group: "nodes", data: { id: node.id, label: node.label, short: shortName(node.label), kind: node.kind, colour: kindColours[node.kind] || "#555" } });
  }

  function addEdge(edge) {
    if (!cy.getElementById(edge.id).empty()) return;
    const date = edge.date || {};
    cy.add({ group: "edges", data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, colour: typeColours[edge.type] || "#9aa5b1", dateText: date.text || "", start: date.start || "", end: date.end || "", partial: Boolean(date.partial), sources: edge.sources || [] } });
  }

  function addSubgraph(graph) {
    cy.batch(() => {
      graph.nodes.forEach(addNode);
      graph.edges.forEach(addEdge);
    });
  }

  // ---- Groups of leaves ------------------------------------------------------------

  const shown = (e) => !e.hasClass("hidden") && !e.hasClass("grouped");

  function ungroup() {
    cy.remove(".group");
    cy.elements(".grouped").removeClass("grouped");
  }

  /**
   * Folds each hub's leaves of one kind into a group node, unless the group
   * was opened or holds something that must stay in sight (`keep`).
   */
  function group(open, keep) {
    const leaves = cy.nodes().filter((n) => shown(n) && !keep.has(n.id()) && n.connectedEdges().filter(shown).length === 1);
    const buckets = new Map();
    leaves.forEach((leaf) => {
      const link = leaf.connectedEdges().filter(shown)[0];
      const hub = link.source().id() === leaf.id() ? link.target() : link.source();
      if (hub.connectedEdges().filter(shown).length === 1) return;
      const id = `group:${hub.id()}:${leaf.data("kind")}`;
      if (!buckets.has(id)) buckets.set(id, { hub: hub.id(), kind: leaf.data("kind"), members: [] });
      buckets.get(id).members.push({ leaf, link });
    });
    cy.batch(() => {
      for (const [id, { hub, kind, members }] of buckets) {
        if (members.length < GROUP_MIN || open.includes(id)) continue;
        const types = [...new Set(members.map((m) => m.link.data("type")))].sort();
        const label = countOf(kind, members.length);
        cy.add({ group: "nodes", classes: "group", data: { id, label, short: label, kind, colour: kindColours[kind] || "#555", members: members.length } });
        cy.add({ group: "edges", classes: "group-link", data: { id: `${id}:link`, source: hub, target: id, type: types.join(", "), colour: types.length === 1 ? typeColours[types[0]] : "#9aa5b1" } });
        members.forEach(({ leaf, link }) => {
          leaf.addClass("grouped");
          link.addClass("grouped");
        });
      }
    });
  }

  // ---- Layout and labels --------------------------------------------------------------

  /** Zooms so that `visible` fills the drawing, but no closer than 1.6: a few nodes need no magnifying glass. */
  function fit(visible) {
    // Room at the sides and below for the names of the outermost nodes, which are wider than the nodes.
    const padding = 24;
    const side = Math.min(80, cy.width() / 8);
    const box = visible.boundingBox({ includeLabels: false });
    const width = cy.width() - 2 * side;
    const height = cy.height() - 2 * padding - LABEL_PX;
    const zoom = Math.min(Math.max(Math.min(width / (box.w || 1), height / (box.h || 1)), cy.minZoom()), 1.6);
    cy.viewport({ zoom, pan: { x: side + (width - box.w * zoom) / 2 - box.x1 * zoom, y: padding + (height - box.h * zoom) / 2 - box.y1 * zoom } });
  }

  /** Pans just enough that the centre's name is wholly on screen; answers whether it moved. */
  function showWhole(id) {
    const centre = cy.getElementById(id || "");
    if (centre.empty() || !shown(centre)) return false;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const label = labelBox(centre, LABEL_PX / zoom);
    const body = centre.boundingBox({ includeLabels: false });
    const model = { x1: Math.min(label.x1, body.x1), x2: Math.max(label.x2, body.x2), y1: body.y1, y2: label.y2 };
    const box = { x1: model.x1 * zoom + pan.x, x2: model.x2 * zoom + pan.x, y1: model.y1 * zoom + pan.y, y2: model.y2 * zoom + pan.y };
    const dx = box.x1 < 0 ? -box.x1 + 4 : box.x2 > cy.width() ? cy.width() - box.x2 - 4 : 0;
    const dy = box.y1 < 0 ? -box.y1 + 4 : box.y2 > cy.height() ? cy.height() - box.y2 - 4 : 0;
    if (dx || dy) cy.panBy({ x: dx, y: dy });
    return Boolean(dx || dy);
  }

  function layout() {
    const visible = cy.elements().filter(shown);
    if (visible.empty()) return;
    // The legend above the drawing changes height with what is shown.
    cy.resize();
    visible.layout({ name: "fcose", quality: "default", randomize: true, animate: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 80, nodeSeparation: 90, packComponents: true }).run();
    fit(visible);
  }

  const intersects = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

  const measure = document.createElement("canvas").getContext("2d");

  /**
   * Where a node's name will be drawn, in model coordinates, measured here:
   * Cytoscape's own label box keeps the old size until the next frame.
   */
  function labelBox(n, size) {
    // Two pixels of margin each side: Cytoscape's drawn label boxes were seen up to 3 px wider than this canvas measures.
    const outline = 2 / cy.zoom() + LABEL_MARGIN_PX / cy.zoom();
    measure.font = `${n.style("font-style")} ${n.style("font-weight")} ${size}px ${n.style("font-family")}`;
    const half = measure.measureText(n.data("short")).width / 2 + outline;
    const { x, y } = n.position();
    const top = y + n.height() / 2 + parseFloat(n.style("border-width")) + 3 - outline;
    return { x1: x - half, x2: x + half, y1: top, y2: top + size * 1.3 + 2 * outline };
  }

  /** Which names to print: by rank, each where it overlaps no name already printed and no other node. */
  function placeLabels(focus) {
    const zoom = cy.zoom();
    // Set on each element (a bypass), not through the stylesheet, so Cytoscape redraws its cached label images at the new size.
    cy.batch(() => {
      cy.nodes().style({ "font-size": LABEL_PX / zoom, "text-outline-width": 2 / zoom });
      cy.edges().style({ "font-size": (LABEL_PX - 1) / zoom });
    });
    const nodes = cy.nodes().filter(shown);
    nodes.removeClass("quiet");
    const rank = (n) => (n.id() === focus ? 1e9 : 0) + (n.selected() ? 1e8 : 0) + (n.hasClass("path") ? 1e7 : 0) + n.connectedEdges().filter(shown).length;
    const bodies = nodes.map((n) => ({ id: n.id(), box: n.boundingBox({ includeLabels: false, includeOverlays: false }) }));
    const placed = [];
    const quiet = [];
    const view = cy.extent();
    const inside = (box) => box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
    nodes.sort((a, b) => rank(b) - rank(a)).forEach((n) => {
      const box = labelBox(n, LABEL_PX / zoom);
      if (n.id() === focus) return void placed.push(box);
      const free = inside(box) && !placed.some((p) => intersects(p, box)) && !bodies.some((b) => b.id !== n.id() && intersects(b.box, box));
      if (free) placed.push(box);
      else quiet.push(n);
    });
    cy.collection(quiet).addClass("quiet");
    return placed.length;
  }

  /**
   * fCoSE starts from a random arrangement, and how many names fit without
   * overlap varies from one to the next: the view is laid out a few times and
   * the arrangement that prints the most names is kept.
   */
  const LAYOUT_TRIES = 8;

  function readableLayout(focus) {
    let best = null;
    for (let attempt = 0; attempt < LAYOUT_TRIES; attempt++) {
      layout();
      const printed = placeLabels(focus);
      if (!best || printed > best.printed) best = { printed, positions: cy.nodes().map((n) => [n, { ...n.position() }]) };
    }
    cy.batch(() => best.positions.forEach(([n, position]) => n.position(position)));
    fit(cy.elements().filter(shown));
  }


  let relabelTimer = null;
  let currentFocus = null;
  cy.on("zoom", () => {
    clearTimeout(relabelTimer);
    relabelTimer = setTimeout(() => placeLabels(currentFocus), 120);
  });
  cy.on("mouseover", "node, edge", (event) => event.target.addClass("hover"));
  cy.on("mouseout", "node, edge", (event) => event.target.removeClass("hover"));

  window.KgExplorer.drawing = {
    cy,
    addSubgraph,
    /** Folds the leaves of hubs (see group); call ungroup() before filtering again. */
    fold: ({ open, keep }) => group(open, keep),
    /** Lays out what is shown (the most readable of a few tries), fits it and places the names, the centre's first. */
    arrange(focus) {
      currentFocus = focus;
      if (cy.elements().filter(shown).empty()) return;
      readableLayout(focus);
      placeLabels(focus);
      if (showWhole(focus)) placeLabels(focus);
    },
    ungroup,
    /** Shown now: not filtered out, not folded into a group. */
    shown,
  };
})();
