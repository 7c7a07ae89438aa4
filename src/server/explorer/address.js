/*
 * The address bar holds the whole view (centre, depth, filters, expansions,
 * open groups, path, selection, mode and the table's order), so a copied URL
 * opens the same view elsewhere; the export links follow the same view.
 */
"use strict";
(() => {
  const { config, $, element, TABLE_COLUMNS, LANGUAGES } = window.KgExplorer;
  const MODES = ["graph", "table", "timeline"];

  /** The relationship types chosen, or null for all of them (as the API takes it). */
  const chosenTypes = (view) => (view.types.size === config.types.length ? null : [...view.types]);

  /** Mirrors `view` in the address bar (without a new history entry) and in the export links. */
  function writeUrl(view) {
    const p = new URLSearchParams();
    const list = (name, values, all) => values.size !== all.length && p.set(name, [...values].join(","));
    if (view.focus) p.set("focus", view.focus);
    if (view.depth !== 2) p.set("depth", String(view.depth));
    list("types", view.types, config.types);
    list("kinds", view.kinds, config.kinds);
    for (const key of ["country", "since", "until", "edge", "node"]) if (view[key]) p.set(key, view[key]);
    if (view.expanded.length) p.set("expand", view.expanded.join(","));
    if (view.open.length) p.set("open", view.open.join(","));
    if (view.from && view.to) {
      p.set("from", view.from);
      p.set("to", view.to);
    }
    if (view.mode !== "graph") p.set("mode", view.mode);
    if (view.lang !== "en") p.set("lang", view.lang);
    if (view.sort.key !== "subject" || view.sort.descending) p.set("sort", `${view.sort.descending ? "-" : ""}${view.sort.key}`);
    const query = p.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
    writeExportLinks(view);
  }

  /** Fills `view` from the address bar, ignoring what it cannot read. */
  function readUrl(view) {
    const p = new URLSearchParams(location.search);
    const list = (name, all) => {
      const chosen = (p.get(name) || "").split(",").filter((t) => all.includes(t));
      return new Set(chosen.length ? chosen : all);
    };
    view.focus = p.get("focus");
    view.depth = [1, 2, 3].includes(Number(p.get("depth"))) ? Number(p.get("depth")) : 2;
    view.types = list("types", config.types);
    view.kinds = list("kinds", config.kinds);
    for (const key of ["country", "since", "until"]) view[key] = p.get(key) || "";
    view.expanded = (p.get("expand") || "").split(",").filter(Boolean);
    view.open = (p.get("open") || "").split(",").filter(Boolean);
    view.from = p.get("from");
    view.to = p.get("to");
    view.edge = p.get("edge");
    view.node = p.get("node");
    view.mode = MODES.includes(p.get("mode")) ? p.get("mode") : "graph";
    view.lang = LANGUAGES.includes(p.get("lang")) ? p.get("lang") : "en";
    const sort = p.get("sort") || "subject";
    const key = sort.replace(/^-/, "");
    view.sort = { key: TABLE_COLUMNS.includes(key) ? key : "subject", descending: sort.startsWith("-") };
  }

  function writeExportLinks(view) {
    const p = new URLSearchParams();
    let what = "the whole graph";
    if (view.from && view.to) {
      p.set("from", view.from);
      p.set("to", view.to);
      what = "the path";
    } else if (view.focus) {
      p.set("id", view.focus);
      p.set("depth", String(view.depth));
      what = "this neighbourhood";
    }
    if (view.focus || view.from) {
      if (chosenTypes(view)) p.set("types", chosenTypes(view).join(","));
    }
    const formats = [["GraphML", "format=graphml"], ["GEXF", "format=gexf"], ["Cytoscape JSON", "format=cytoscape"], ["CSV nodes", "format=csv&file=nodes"], ["CSV relationships", "format=csv&file=relationships"]];
    const suffix = p.toString() ? `&${p}` : "";
    $("exports-what").textContent = `Data of ${what}:`;
    $("export-links").replaceChildren(...formats.map(([label, format]) => {
      const li = element("li");
      li.append(element("a", label, { href: `/export?${format}${suffix}` }));
      return li;
    }));
  }

  window.KgExplorer.address = { MODES, chosenTypes, readUrl, writeUrl };
})();
