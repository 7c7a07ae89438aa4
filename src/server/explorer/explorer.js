/*
 * The explorer in the browser. It asks the public GraphQL API (the queries
 * come from the page's settings, src/server/explorer/queries.ts) and draws
 * the answers with Cytoscape.js. Everything shown lives in `view`, which the
 * address bar mirrors, so a copied URL opens the same view elsewhere.
 * Plain JavaScript on purpose: the server sends this file as it is.
 */
"use strict";
(() => {
  const config = JSON.parse(document.getElementById("explorer-config").textContent);
  const $ = (id) => document.getElementById(id);

  /** One colour per kind, distinct on white and for the commonest colour-vision deficiencies. */
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
  const COLOURS = Object.fromEntries(config.kinds.map((kind, i) => [kind, PALETTE[i % PALETTE.length]]));

  /** The view: what the URL holds. */
  const view = { focus: null, depth: 2, types: new Set(config.types), since: "", until: "", expanded: [], from: null, to: null, edge: null, lang: "en" };
  const LANGUAGES = ["en", "vi", "id", "no"];

  // ---- GraphQL ---------------------------------------------------------------

  async function ask(name, variables) {
    const response = await fetch(config.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Every query that labels entities takes the reader's language.
      body: JSON.stringify({ query: config.queries[name], variables: config.queries[name].includes("$lang") ? { ...variables, lang: view.lang } : variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join("; "));
    return body.data;
  }

  const chosenTypes = () => (view.types.size === config.types.length ? null : [...view.types]);

  function status(text, isError) {
    $("status").textContent = text;
    $("status").classList.toggle("error", Boolean(isError));
  }

  // ---- Drawing ---------------------------------------------------------------

  const cy = cytoscape({
    container: $("graph"),
    style: [
      { selector: "node", style: { "background-color": "data(colour)", label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "ellipsis", "text-max-width": 140, width: 22, height: 22, color: "#1d232a", "text-outline-color": "#fbfcfd", "text-outline-width": 2 } },
      { selector: "node.centre", style: { width: 34, height: 34, "border-width": 3, "border-color": "#1d232a", "font-weight": "bold" } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#f0a500" } },
      { selector: "edge", style: { width: 1.6, "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(type)", "font-size": 8, color: "#5b6670", "text-rotation": "autorotate", "text-background-color": "#fbfcfd", "text-background-opacity": 1 } },
      { selector: "edge:selected", style: { width: 4, "line-color": "#f0a500", "target-arrow-color": "#f0a500" } },
      { selector: "edge.path", style: { "line-color": "#d62728", "target-arrow-color": "#d62728", width: 5, "z-index": 10 } },
      { selector: "node.path", style: { "border-width": 4, "border-color": "#d62728" } },
      { selector: ".faded", style: { opacity: 0.18 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
  });
  window.kgExplorer = { cy };

  function addNode(node) {
    if (!cy.getElementById(node.id).empty()) return;
    cy.add({ group: "nodes", data: { id: node.id, label: node.label, kind: node.kind, colour: COLOURS[node.kind] || "#555" } });
  }

  function addEdge(edge) {
    if (!cy.getElementById(edge.id).empty()) return;
    const date = edge.date || {};
    cy.add({ group: "edges", data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, dateText: date.text || "", start: date.start || "", end: date.end || "" } });
  }

  function addSubgraph(graph) {
    cy.batch(() => {
      graph.nodes.forEach(addNode);
      graph.edges.forEach(addEdge);
    });
  }

  function layout() {
    cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 110, nodeOverlap: 20, padding: 30 }).run();
  }

  // ---- Filters -----------------------------------------------------------------

  /** The first and last ISO day of 2024, 2024-05 or 2024-05-04; null when empty; throws when unreadable. */
  function dateRange(text, field) {
    const t = text.trim();
    if (!t) return null;
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(t);
    if (!m) throw new Error(`${field}: write a year, a month or a day, such as 2024, 2024-05 or 2024-05-04`);
    const [, y, mo, d] = m;
    if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
    if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-${String(new Date(Date.UTC(+y, +mo, 0)).getUTCDate()).padStart(2, "0")}`];
    return [`${y}-01-01`, `${y}-12-31`];
  }

  function applyFilters() {
    let since = null;
    let until = null;
    try {
      since = dateRange(view.since, "From date");
      until = dateRange(view.until, "To date");
    } catch (error) {
      status(error.message, true);
    }
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const start = e.data("start");
        const end = e.data("end") || start;
        const inTime = !start || ((!since || end >= since[0]) && (!until || start <= until[1]));
        e.toggleClass("hidden", !view.types.has(e.data("type")) || !inTime);
      });
      cy.nodes().forEach((n) => {
        // By class, not :visible: inside a batch, styles (and so visibility) are not yet recomputed.
        const edges = n.connectedEdges();
        const keep = n.id() === view.focus || n.id() === view.from || n.id() === view.to || edges.empty() || edges.some((e) => !e.hasClass("hidden"));
        n.toggleClass("hidden", !keep);
      });
    });
    listConnections();
  }

  // ---- The address bar ---------------------------------------------------------

  function writeUrl() {
    const p = new URLSearchParams();
    if (view.focus) p.set("focus", view.focus);
    if (view.depth !== 2) p.set("depth", String(view.depth));
    if (view.types.size !== config.types.length) p.set("types", [...view.types].join(","));
    if (view.since) p.set("since", view.since);
    if (view.until) p.set("until", view.until);
    if (view.expanded.length) p.set("expand", view.expanded.join(","));
    if (view.from && view.to) {
      p.set("from", view.from);
      p.set("to", view.to);
    }
    if (view.edge) p.set("edge", view.edge);
    if (view.lang !== "en") p.set("lang", view.lang);
    const query = p.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
    writeExportLinks();
  }

  function readUrl() {
    const p = new URLSearchParams(location.search);
    view.focus = p.get("focus");
    view.depth = [1, 2, 3].includes(Number(p.get("depth"))) ? Number(p.get("depth")) : 2;
    const types = (p.get("types") || "").split(",").filter((t) => config.types.includes(t));
    view.types = new Set(types.length ? types : config.types);
    view.since = p.get("since") || "";
    view.until = p.get("until") || "";
    view.expanded = (p.get("expand") || "").split(",").filter(Boolean);
    view.from = p.get("from");
    view.to = p.get("to");
    view.edge = p.get("edge");
    view.lang = LANGUAGES.includes(p.get("lang")) ? p.get("lang") : "en";
  }

  function writeExportLinks() {
    const p = new URLSearchParams();
    let what = "";
    if (view.from && view.to) {
      p.set("from", view.from);
      p.set("to", view.to);
      what = "the path";
    } else if (view.focus) {
      p.set("id", view.focus);
      p.set("depth", String(view.depth));
      what = "this neighbourhood";
    }
    if (what && chosenTypes()) p.set("types", chosenTypes().join(","));
    const formats = [["GraphML", "format=graphml"], ["GEXF", "format=gexf"], ["Cytoscape JSON", "format=cytoscape"], ["CSV nodes", "format=csv&file=nodes"], ["CSV relationships", "format=csv&file=relationships"]];
    const suffix = p.toString() ? `&${p}` : "";
    $("exports").replaceChildren(
      document.createTextNode(what ? `Download ${what}: ` : "Download the whole graph: "),
      ...formats.map(([label, format]) => {
        const a = document.createElement("a");
        a.href = `/export?${format}${suffix}`;
        a.textContent = label;
        return a;
      }),
    );
  }

  // ---- What to show --------------------------------------------------------------

  async function loadNeighbourhood(id, depth) {
    const { neighbourhood } = await ask("neighbourhood", { id, depth, types: chosenTypes() });
    const graph = { ...neighbourhood, nodes: neighbourhood.nodes.map((n) => ({ id: n.id, kind: n.kind, label: n.entity.label })) };
    addSubgraph(graph);
    return graph;
  }

  async function showPath() {
    cy.elements().removeClass("path faded");
    if (!view.from || !view.to) {
      $("path-result").textContent = "";
      return;
    }
    const { path } = await ask("path", { from: view.from, to: view.to, types: chosenTypes() });
    if (!path.found) {
      $("path-result").textContent = "No path within 8 steps.";
      return;
    }
    addSubgraph({
      nodes: path.nodes.map((n) => ({ id: n.id, label: n.label, kind: n.kind })),
      edges: path.relationships.map((r) => ({ id: r.id, type: r.type, source: r.from.id, target: r.to.id, date: r.date })),
    });
    const onPath = cy.collection();
    path.nodes.forEach((n) => (onPath.merge(cy.getElementById(n.id))));
    path.relationships.forEach((r) => (onPath.merge(cy.getElementById(r.id))));
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

  /** Draws the whole view from scratch, as after opening a shared URL. */
  const render = () => busy(async () => {
    writeUrl();
    cy.elements().remove();
    $("sources").replaceChildren();
    try {
      if (view.focus) {
        status("Loading…");
        const graph = await loadNeighbourhood(view.focus, view.depth);
        for (const id of view.expanded) await loadNeighbourhood(id, 1);
        cy.getElementById(view.focus).addClass("centre");
        status(`${cy.nodes().length} entities, ${cy.edges().length} connections around ${graph.nodes[0].label}${graph.truncated ? " (the nearest 150; expand a node for more)" : ""}. Click a node for details, a connection for its sources.`);
      }
      await showPath();
      layout();
      applyFilters();
      if (view.focus) await showEntity(view.focus);
      if (view.edge) await showSources(view.edge);
      if (!view.focus && !view.from) status("Search for a person, organisation, agreement… to begin.");
    } catch (error) {
      status(`Could not load: ${error.message}`, true);
    }
  });

  const expand = (id) => busy(async () => {
    if (!view.expanded.includes(id) && id !== view.focus) view.expanded.push(id);
    try {
      const before = cy.nodes().length;
      await loadNeighbourhood(id, 1);
      layout();
      applyFilters();
      writeUrl();
      status(`Expanded ${cy.getElementById(id).data("label")}: ${cy.nodes().length - before} new entities.`);
    } catch (error) {
      status(`Could not expand: ${error.message}`, true);
    }
  });

  // ---- Details and sources -----------------------------------------------------------

  function element(tag, text, attributes) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    for (const [k, v] of Object.entries(attributes || {})) e.setAttribute(k, v);
    return e;
  }

  function button(text, onClick, className) {
    const b = element("button", text, { type: "button" });
    if (className) b.className = className;
    b.addEventListener("click", onClick);
    return b;
  }

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

  /** The edge's sources: its start's statements of its type, a page at a time, until the one asked for. */
  async function findStatement(edge) {
    let after = null;
    for (;;) {
      const { node } = await ask("sources", { from: edge.data("source"), type: edge.data("type"), after });
      const page = node.relationships;
      const found = page.edges.find((s) => s.id === edge.id());
      if (found || !page.pageInfo.hasNextPage) return found;
      after = page.pageInfo.endCursor;
    }
  }

  async function showSources(edgeId) {
    const edge = cy.getElementById(edgeId);
    if (edge.empty()) return;
    view.edge = edgeId;
    writeUrl();
    cy.elements().unselect();
    edge.select();
    listConnections();
    const panel = $("sources");
    panel.replaceChildren(element("p", "Loading sources…"));
    try {
      const statement = await findStatement(edge);
      if (!statement) throw new Error(`the statement ${edgeId} is no longer in the graph`);
      const heading = element("h2", "Sources");
      const claim = element("p", `${statement.from.label} —${statement.type}→ ${statement.to.label}${statement.date ? ` (${statement.date.plain})` : ""}`, { class: "claim" });
      panel.replaceChildren(heading, claim, ...statement.sources.map(sourceCard));
      if (!statement.sources.length) panel.append(element("p", "No article states this connection."));
    } catch (error) {
      panel.replaceChildren(element("p", `Could not load the sources: ${error.message}`, { class: "error" }));
    }
  }

  function siteOf(url) {
    try {
      return url ? new URL(url).hostname : null;
    } catch {
      return null;
    }
  }

  function sourceCard(source) {
    const card = element("article", null, { class: "source" });
    // Some articles carry no title in the seed; their site's name says more than their date.
    const title = source.title || siteOf(source.url) || source.article.name;
    const heading = element("h3");
    if (source.url) heading.append(element("a", title, { href: source.url, target: "_blank", rel: "noopener noreferrer" }));
    else heading.textContent = title;
    const meta = [source.publisher, source.published && source.published.text, source.language].filter(Boolean).join(" · ");
    card.append(heading, element("p", meta, { class: "meta" }), element("blockquote", source.quote, { lang: source.language, class: "quote" }));
    if (source.gloss) card.append(element("p", `English: ${source.gloss}`, { class: "gloss", lang: "en" }));
    card.append(element("p", `${source.method}, confidence ${source.confidence}`, { class: "meta" }));
    return card;
  }

  /** The drawing's visible connections as a list: the keyboard way to every node and edge. */
  function listConnections() {
    const items = cy.edges(":visible").sort((a, b) => (a.data("type") + a.id() < b.data("type") + b.id() ? -1 : 1)).map((e) => {
      const li = element("li");
      if (e.id() === view.edge) li.className = "selected";
      const from = e.source();
      const to = e.target();
      li.append(
        button(from.data("label"), () => selectNode(from.id())),
        button(`—${e.data("type")}→${e.data("dateText") ? ` ${e.data("dateText")}` : ""}`, () => showSources(e.id()), "edge"),
        button(to.data("label"), () => selectNode(to.id())),
      );
      return li;
    });
    $("connections").replaceChildren(...items);
  }

  function selectNode(id) {
    cy.elements().unselect();
    cy.getElementById(id).select();
    showEntity(id).catch((error) => status(`Could not load ${id}: ${error.message}`, true));
  }

  function focusOn(id) {
    view.focus = id;
    view.expanded = [];
    view.edge = null;
    return render();
  }

  // ---- Search boxes ----------------------------------------------------------------

  /** A combobox that searches as one types and calls `pick` with the entity chosen (mouse or keyboard). */
  function searchBox(inputId, pick) {
    const input = $(inputId);
    const list = $(`${inputId}-results`);
    let options = [];
    let active = -1;
    let asked = 0;
    let timer = null;

    const close = () => {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    };
    const mark = (i) => {
      active = i;
      [...list.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
      if (i >= 0) input.setAttribute("aria-activedescendant", list.children[i].id);
    };
    const choose = (i) => {
      const hit = options[i];
      if (!hit) return;
      input.value = hit.label;
      close();
      pick(hit);
    };
    const show = (hits) => {
      options = hits;
      list.replaceChildren(...hits.map((hit, i) => {
        const li = element("li", null, { role: "option", id: `${inputId}-option-${i}`, "aria-selected": "false" });
        li.append(element("span", null, { class: "kind-dot", style: `background:${COLOURS[hit.kind]}` }), element("span", hit.label), element("span", hit.kind, { class: "kind-name" }));
        li.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(i);
        });
        return li;
      }));
      if (!hits.length) list.replaceChildren(element("li", "Nothing by that name", { role: "option", "aria-disabled": "true" }));
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      mark(hits.length ? 0 : -1);
    };
    input.addEventListener("input", () => {
      clearTimeout(timer);
      const text = input.value.trim();
      if (!text) return close();
      timer = setTimeout(async () => {
        const mine = ++asked;
        try {
          const { search } = await ask("search", { text });
          if (mine === asked) show(search.edges.map((e) => e.node));
        } catch (error) {
          if (mine === asked) status(`Search failed: ${error.message}`, true);
        }
      }, 150);
    });
    input.addEventListener("keydown", (event) => {
      if (list.hidden) return;
      if (event.key === "ArrowDown") mark(Math.min(active + 1, options.length - 1));
      else if (event.key === "ArrowUp") mark(Math.max(active - 1, 0));
      else if (event.key === "Enter") choose(active);
      else if (event.key === "Escape") close();
      else return;
      event.preventDefault();
    });
    input.addEventListener("blur", close);
  }

  const pathEnds = { "path-from": null, "path-to": null };

  function setPathEnd(inputId, entity) {
    pathEnds[inputId] = entity.id;
    $(inputId).value = entity.label;
  }

  // ---- Wiring --------------------------------------------------------------------------

  function buildControls() {
    $("legend").replaceChildren(...config.kinds.map((kind) => {
      const li = element("li");
      li.append(element("span", null, { class: "kind-dot", style: `background:${COLOURS[kind]}` }), element("span", kind));
      return li;
    }));
    $("type-filter").append(...config.types.map((type) => {
      const label = element("label");
      const box = element("input", null, { type: "checkbox", value: type });
      box.checked = view.types.has(type);
      box.addEventListener("change", () => {
        if (box.checked) view.types.add(type);
        else view.types.delete(type);
        render();
      });
      label.append(box, document.createTextNode(type));
      return label;
    }));
    $("depth").value = String(view.depth);
    $("language").value = view.lang;
    $("since").value = view.since;
    $("until").value = view.until;
  }

  searchBox("search", (hit) => focusOn(hit.id));
  searchBox("path-from", (hit) => setPathEnd("path-from", hit));
  searchBox("path-to", (hit) => setPathEnd("path-to", hit));
  $("language").addEventListener("change", () => {
    view.lang = $("language").value;
    render();
  });
  $("depth").addEventListener("change", () => {
    view.depth = Number($("depth").value);
    render();
  });
  for (const id of ["since", "until"]) {
    $(id).addEventListener("change", () => {
      view[id] = $(id).value.trim();
      writeUrl();
      applyFilters();
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
  cy.on("tap", "node", (event) => selectNode(event.target.id()));
  cy.on("dbltap", "node", (event) => expand(event.target.id()));
  cy.on("tap", "edge", (event) => showSources(event.target.id()));
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

  readUrl();
  buildControls();
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
