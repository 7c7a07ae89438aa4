/*
 * The legend over the drawing: the kinds and relationship types it shows now,
 * each with its colour and how many are in sight, so it never lists what the
 * filters hid and never leaves the screen.
 */
"use strict";
(() => {
  const { $, element, kindColours, typeColours } = window.KgExplorer;

  function tally(values) {
    const counts = new Map();
    values.forEach((v) => counts.set(v, (counts.get(v) || 0) + 1));
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  }

  function entry(swatch, name, count) {
    const li = element("li");
    li.append(swatch, element("span", name), element("span", String(count), { class: "count" }));
    return li;
  }

  /** Lists the kinds of `nodes` and the types of `edges` (the elements in sight). */
  function showLegend(nodes, edges) {
    const kinds = tally(nodes.filter((n) => !n.hasClass("group")).map((n) => n.data("kind")));
    const types = tally(edges.filter((e) => !e.hasClass("group-link")).map((e) => e.data("type")));
    $("legend-kinds").replaceChildren(...kinds.map(([kind, n]) => entry(element("span", null, { class: "kind-dot", style: `background:${kindColours[kind]}` }), kind, n)));
    $("legend-types").replaceChildren(...types.map(([type, n]) => entry(element("span", null, { class: "type-line", style: `background:${typeColours[type]}` }), type, n)));
    $("legend").hidden = !kinds.length;
  }

  window.KgExplorer.showLegend = showLegend;
})();
