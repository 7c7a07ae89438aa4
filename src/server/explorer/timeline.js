/*
 * The centre's facts in time: each dated connection of the centred entity on
 * an axis, earliest first, a partial date (a year, a
 * month) drawn hollow at its first possible day and marked in words; the
 * undated ones listed apart. A click on a fact selects it in the drawing.
 */
"use strict";
(() => {
  const { $, element, button, byDate } = window.KgExplorer;

  function describe(edge, centre) {
    const other = edge.source().id() === centre ? edge.target() : edge.source();
    const arrow = edge.source().id() === centre ? `${edge.data("type")} →` : `← ${edge.data("type")}`;
    return `${arrow} ${other.data("label")}`;
  }

  function factButton(edge, centre, onPick) {
    const b = button(describe(edge, centre), () => onPick(edge.id()), "fact");
    b.dataset.id = edge.id();
    return b;
  }

  /** Fills the timeline panel with the connections of `centre` among `edges`. */
  function showTimeline(edges, centre, centreLabel, onPick) {
    const own = edges.filter((e) => e.source().id() === centre || e.target().id() === centre);
    const dated = own.filter((e) => e.data("start")).sort((a, b) => byDate(a.data("start"), b.data("start")) || a.id().localeCompare(b.id()));
    const undated = own.filter((e) => !e.data("start"));
    const panel = $("timeline-panel");
    if (!centre) return void panel.replaceChildren(element("p", "Centre an entity to see its facts in time."));
    const heading = element("h2", `${centreLabel}: ${dated.length} dated facts, ${undated.length} undated`);
    const axis = element("ol", null, { class: "axis", "aria-label": "Dated facts, earliest first" });
    axis.append(...dated.map((e) => {
      const li = element("li", null, { class: e.data("partial") ? "partial" : "exact" });
      const when = element("time", e.data("dateText"), { datetime: e.data("dateText") });
      li.append(element("span", null, { class: "mark", "aria-hidden": "true" }), when);
      if (e.data("partial")) li.append(element("span", "partial date", { class: "note" }));
      li.append(factButton(e, centre, onPick));
      return li;
    }));
    const apart = element("ul", null, { class: "undated", "aria-label": "Undated facts" });
    apart.append(...undated.map((e) => {
      const li = element("li");
      li.append(factButton(e, centre, onPick));
      return li;
    }));
    panel.replaceChildren(heading, axis, element("h3", "Undated"), apart);
  }

  window.KgExplorer.showTimeline = showTimeline;
})();
