/*
 * The explorer in the browser: what is shown lives in `view`, which the
 * address bar mirrors whole (address.js), so a copied URL opens the same view
 * elsewhere. It loads neighbourhoods and paths from the public GraphQL API
 * (the queries come from the page's settings, src/server/explorer/queries.ts),
 * applies the filters, and hands the result to the drawing, the legend, the
 * table and the timeline (the other scripts of this folder).
 * Plain JavaScript on purpose: the server sends this file as it is.
 */
"use strict";
(() => {
  const K = window.KgExplorer;
  const { config, $, ask, element, button, drawing } = K;
  const { cy } = drawing;
  window.kgExplorer = { cy };

  const { MODES } = K.address;
  const view = {
    focus: null, depth: 2, types: new Set(config.types), kinds: new Set(config.kinds), country: "", since: "", until: "",
    expanded: [], open: [], from: null, to: null, edge: null, node: null, mode: "graph", sort: { key: "subject", descending: false }, lang: "en",
  };
  let focusLabel = "";

  const chosenTypes = () => K.address.chosenTypes(view);
  const writeUrl = () => K.address.writeUrl(view);
  const anchors = () => new Set([view.focus, view.from, view.to].filter(Boolean));
  const applyFilters = () => K.applyFilters(cy, view, anchors());
  const narrow = window.matchMedia("(max-width: 1000px)");

  function status(text, isError) {
    $("status").textContent = text;
    $("status").classList.toggle("error", Boolean(isError));
  }

  // ---- What to show --------------------------------------------------------------

  async function loadNeighbourhood(id, depth) {
    const { neighbourhood } = await ask("neighbourhood", { id, depth, types: chosenTypes() });
    const graph = { ...neighbourhood, nodes: neighbourhood.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.entity.label })) };
    drawing.addSubgraph(graph);
    return graph;
  }

  async function loadPath() {
    if (!view.from || !view.to) return null;
    const { path } = await ask("path", { from: view.from, to: view.to, types: chosenTypes() });
    if (!path.found) return path;
    drawing.addSubgraph({
      nodes: path.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
      edges: path.relationships.map((r) => ({ id: r.id, type: r.type, source: r.from.id, target: r.to.id, date: r.date, sources: r.sources })),
    });
    return path;
  }

  function markPath(path) {
    cy.elements().removeClass("path faded");
    if (!path) return void ($("path-result").textContent = "");
    if (!path.found) return void ($("path-result").textContent = "No path within 8 steps.");
    const onPath = cy.collection();
    path.nodes.forEach((n) => onPath.merge(cy.getElementById(n.id)));
    path.relationships.forEach((r) => onPath.merge(cy.getElementById(r.id)));
    cy.elements().not(onPath).addClass("faded");
    onPath.addClass("path");
    $("path-result").textContent = `Path of ${path.length} step${path.length === 1 ? "" : "s"}: ${pathSummary(path)}`;
  }

  /** Each step names its relationship, in its direction: A —SIGNED→ B ←WITNESSED— C. */
  function pathSummary(path) {
    const parts = [path.nodes[0].label];
    path.relationships.forEach((r, i) => {
      const forward = r.from.id === path.nodes[i].id;
      parts.push(forward ? ` —${r.type}→ ` : ` ←${r.type}— `, path.nodes[i + 1].label);
    });
    return parts.join("");
  }

  /** Marks the drawing busy while `work` runs, for screen readers (and tests) to wait on. */
  async function busy(work) {
    $("graph-area").setAttribute("aria-busy", "true");
    try {
      return await work();
    } finally {
      $("graph-area").setAttribute("aria-busy", "false");
    }
  }

  /** The connections the filters keep, folded ones included: what the table and timeline list. */
  const kept = () => cy.edges().filter((e) => !e.hasClass("hidden") && !e.hasClass("group-link"));

  /** What the status line says of the drawing: what is shown, folded and filtered out, counted now. */
  function describeView(nodes, edges) {
    const groups = nodes.filter(".group");
    const folded = groups.map((g) => g.data("members")).reduce((a, b) => a + b, 0);
    const filtered = cy.edges().not(".group-link").filter((e) => e.hasClass("hidden")).length;
    return `${[
      `${nodes.length - groups.length} entities and ${edges.not(".group-link").length} connections shown${focusLabel ? ` around ${focusLabel}` : ""}`,
      folded ? `${folded} more entities in ${groups.length} group${groups.length === 1 ? "" : "s"} (click one to open it)` : "",
      filtered ? `${filtered} connections hidden by the filters` : "",
    ].filter(Boolean).join("; ")}.`;
  }

  /**
   * Filters, folds, lays out and labels what is loaded, then brings every
   * panel up to date. The status line and legend are written before the
   * layout: their height changes the drawing's.
   */
  function refresh(note = "") {
    drawing.ungroup();
    const problem = applyFilters();
    const selected = cy.getElementById(view.edge || "");
    const keep = new Set([...anchors(), view.node, ...selected.connectedNodes().map((n) => n.id())].filter(Boolean));
    drawing.fold({ open: view.open, keep });
    const nodes = cy.nodes().filter(drawing.shown);
    const edges = cy.edges().filter(drawing.shown);
    K.showLegend(nodes, edges);
    if (problem) status(problem, true);
    else if (!view.focus && !view.from) status("Search for a person, organisation, agreement… to begin.");
    else status(`${note}${describeView(nodes, edges)}`);
    cy.elements().unselect();
    if (view.edge) selected.select();
    if (view.node) cy.getElementById(view.node).select();
    drawing.arrange(view.focus);
    fillCountries();
    listConnections(edges);
    showMode();
  }

  /** Draws the whole view from scratch, as after opening a shared URL. */
  const render = () => busy(async () => {
    writeUrl();
    cy.elements().remove();
    $("sources").replaceChildren();
    focusLabel = "";
    try {
      let truncated = false;
      if (view.focus) {
        status("Loading…");
        const graph = await loadNeighbourhood(view.focus, view.depth);
        truncated = graph.truncated;
        for (const id of view.expanded) await loadNeighbourhood(id, 1);
        cy.getElementById(view.focus).addClass("centre");
        focusLabel = graph.nodes[0].label;
      }
      const path = await loadPath();
      markPath(path);
      refresh(truncated ? "Only the nearest 150 were loaded; expand a node for more. " : "");
      if (view.node || view.focus) await showEntity(view.node || view.focus);
      if (view.edge) await showSources(view.edge);
    } catch (error) {
      status(`Could not load: ${error.message}`, true);
    }
  });

  const expand = (id) => busy(async () => {
    if (!view.expanded.includes(id) && id !== view.focus) view.expanded.push(id);
    try {
      const before = cy.nodes().not(".group").length;
      await loadNeighbourhood(id, 1);
      writeUrl();
      refresh(`Expanded ${cy.getElementById(id).data("label")}: ${cy.nodes().not(".group").length - before} new entities. `);
    } catch (error) {
      status(`Could not expand: ${error.message}`, true);
    }
  });

  function openGroup(id) {
    if (!view.open.includes(id)) view.open.push(id);
    writeUrl();
    refresh();
  }

  // ---- Details and sources -----------------------------------------------------------

  async function showEntity(id) {
    const { node } = await ask("entity", { id });
    if (!node) return;
    const box = element("div", null, { class: "entity" });
    box.append(element("h3", node.label), element("p", `${node.kind} · ${node.id}`, { class: "meta" }));
    if (node.label !== node.name) box.append(element("p", `Original name: ${node.name}`, { class: "original" }));
    const names = element("ul", null, { class: "names" });
    for (const n of node.names) {
      const how = n.asWritten ? `as written${n.source ? ` in ${n.source}` : ""}` : "translation";
      names.append(element("li", `${n.lang}: ${n.text} (${how})`));
    }
    if (node.names.length) box.append(element("p", "Names", { class: "meta" }), names);
    if (node.description) box.append(element("p", node.description));
    if (node.aliases && node.aliases.length) box.append(element("p", `Also written: ${node.aliases.join(", ")}`, { class: "meta" }));
    box.append(
      button("Centre here", () => focusOn(id)),
      button("Expand", () => expand(id)),
      button("Path from here", () => setPathEnd("path-from", node)),
      button("Path to here", () => setPathEnd("path-to", node)),
    );
    $("entity-details").replaceChildren(box);
  }

  async function showSources(edgeId) {
    const edge = cy.getElementById(edgeId);
    if (edge.empty()) return;
    const wasFolded = edge.hasClass("grouped");
    view.edge = edgeId;
    view.node = null;
    writeUrl();
    if (wasFolded) refresh();
    cy.elements().unselect();
    edge.select();
    listConnections(cy.edges().filter(drawing.shown));
    if (narrow.matches) openDrawer("details");
    try {
      await K.showEvidence($("sources"), edge);
      // The evidence sits at the top of the panel; a click far down the list of connections must not leave it out of sight.
      $("details").scrollTop = 0;
    } catch (error) {
      $("sources").replaceChildren(element("p", `Could not load the sources: ${error.message}`, { class: "error" }));
    }
  }

  /** The drawing's shown connections as a list: the keyboard way to every node and edge. */
  function listConnections(edges) {
    const items = edges.not(".group-link").sort((a, b) => (a.data("type") + a.id() < b.data("type") + b.id() ? -1 : 1)).map((e) => {
      const li = element("li");
      if (e.id() === view.edge) li.className = "selected";
      const from = e.source();
      const to = e.target();
      const link = button(`—${e.data("type")}→${e.data("dateText") ? ` ${e.data("dateText")}` : ""}`, () => showSources(e.id()), "edge");
      link.dataset.id = e.id();
      li.append(
        button(from.data("label"), () => selectNode(from.id())),
        link,
        button(to.data("label"), () => selectNode(to.id())),
      );
      return li;
    });
    $("connections").replaceChildren(...items);
  }

  function selectNode(id) {
    view.node = id;
    writeUrl();
    cy.elements().unselect();
    cy.getElementById(id).select();
    showEntity(id).catch((error) => status(`Could not load ${id}: ${error.message}`, true));
  }

  function focusOn(id) {
    Object.assign(view, { focus: id, expanded: [], open: [], edge: null, node: null });
    return render();
  }

  // ---- Modes and drawers -------------------------------------------------------------

  function pickFact(id) {
    setMode("graph");
    showSources(id);
  }

  function showMode() {
    for (const mode of MODES) {
      const tab = $(`tab-${mode}`);
      tab.setAttribute("aria-selected", String(mode === view.mode));
      tab.tabIndex = mode === view.mode ? 0 : -1;
    }
    $("table-panel").hidden = view.mode !== "table";
    $("timeline-panel").hidden = view.mode !== "timeline";
    if (view.mode === "table") K.showTable(kept(), view.sort, (sort) => ((view.sort = sort), writeUrl(), showMode()), pickFact);
    if (view.mode === "timeline") K.showTimeline(kept(), view.focus, focusLabel, pickFact);
  }

  function setMode(mode) {
    view.mode = mode;
    writeUrl();
    showMode();
  }

  function openDrawer(which) {
    const other = which === "controls" ? "details" : "controls";
    document.body.classList.remove(`${other}-open`);
    $(`toggle-${other}`).setAttribute("aria-expanded", "false");
    const open = document.body.classList.toggle(`${which}-open`, true);
    $(`toggle-${which}`).setAttribute("aria-expanded", String(open));
  }

  function toggleDrawer(which) {
    if (document.body.classList.contains(`${which}-open`)) {
      document.body.classList.remove(`${which}-open`);
      $(`toggle-${which}`).setAttribute("aria-expanded", "false");
    } else openDrawer(which);
  }

  // ---- Controls ----------------------------------------------------------------------

  const pathEnds = { "path-from": null, "path-to": null };

  function setPathEnd(inputId, entity) {
    pathEnds[inputId] = entity.id;
    $(inputId).value = entity.label;
  }

  function checkboxes(fieldId, values, chosen) {
    $(fieldId).append(...values.map((value) => {
      const label = element("label");
      const box = element("input", null, { type: "checkbox", value });
      box.checked = chosen.has(value);
      box.addEventListener("change", () => {
        if (box.checked) chosen.add(value);
        else chosen.delete(value);
        if (chosen === view.types) render();
        else {
          writeUrl();
          refresh();
        }
      });
      label.append(box, document.createTextNode(value));
      return label;
    }));
  }

  /** The country filter offers the countries loaded, and keeps the one chosen. */
  function fillCountries() {
    const countries = cy.nodes().filter((n) => n.data("kind") === "Country" && !n.hasClass("group")).sort((a, b) => a.data("label").localeCompare(b.data("label")));
    const options = [element("option", "Any country", { value: "" }), ...countries.map((c) => element("option", c.data("label"), { value: c.id() }))];
    $("country").replaceChildren(...options);
    $("country").value = view.country;
  }

  function buildControls() {
    checkboxes("type-filter", config.types, view.types);
    checkboxes("kind-filter", config.kinds, view.kinds);
    $("depth").value = String(view.depth);
    $("language").value = view.lang;
    $("since").value = view.since;
    $("until").value = view.until;
  }

  function wire() {
    const fail = (error) => status(`Search failed: ${error.message}`, true);
    K.searchBox("search", (hit) => focusOn(hit.id), fail);
    K.searchBox("path-from", (hit) => setPathEnd("path-from", hit), fail);
    K.searchBox("path-to", (hit) => setPathEnd("path-to", hit), fail);
    $("language").addEventListener("change", () => {
      view.lang = $("language").value;
      K.reading.lang = view.lang;
      render();
    });
    $("depth").addEventListener("change", () => {
      view.depth = Number($("depth").value);
      render();
    });
    for (const id of ["since", "until", "country"]) {
      $(id).addEventListener("change", () => {
        view[id] = $(id).value.trim();
        writeUrl();
        refresh();
      });
    }
    $("find-path").addEventListener("click", () => {
      if (!pathEnds["path-from"] || !pathEnds["path-to"]) return void ($("path-result").textContent = "Choose both ends from the suggestions first.");
      view.from = pathEnds["path-from"];
      view.to = pathEnds["path-to"];
      render();
    });
    $("clear-path").addEventListener("click", () => {
      view.from = null;
      view.to = null;
      render();
    });
    for (const mode of MODES) $(`tab-${mode}`).addEventListener("click", () => setMode(mode));
    for (const which of ["controls", "details"]) $(`toggle-${which}`).addEventListener("click", () => toggleDrawer(which));
    const name = () => (focusLabel || "graph").replace(/[^\p{L}\p{N}]+/gu, "-");
    $("save-png").addEventListener("click", () => K.images.savePng(cy, name()));
    $("save-svg").addEventListener("click", () => K.images.saveSvg(cy, name()));
    cy.on("tap", "node", (event) => (event.target.hasClass("group") ? openGroup(event.target.id()) : selectNode(event.target.id())));
    cy.on("dbltap", "node", (event) => !event.target.hasClass("group") && expand(event.target.id()));
    cy.on("tap", "edge", (event) => !event.target.hasClass("group-link") && showSources(event.target.id()));
    document.addEventListener("keydown", (event) => {
      const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
      if (event.key === "/" && !typing) {
        event.preventDefault();
        $("search").focus();
      } else if (event.key === "e" && !typing) {
        const selected = cy.nodes(":selected");
        if (selected.length) expand(selected[0].id());
      }
    });
  }

  K.address.readUrl(view);
  K.reading.lang = view.lang;
  buildControls();
  wire();
  if (view.from && view.to) {
    pathEnds["path-from"] = view.from;
    pathEnds["path-to"] = view.to;
  }
  render().then(async () => {
    for (const [inputId, id] of [["path-from", view.from], ["path-to", view.to]]) {
      if (!id) continue;
      const { node } = await ask("entity", { id });
      if (node) $(inputId).value = node.label;
    }
  });
})();
