/*
 * The filters: relationship types, kinds, a country and a date range. They
 * hide (the class "hidden") what they leave out of the drawing, never the
 * centre or a path's ends; an entity stays while one of its connections does.
 */
"use strict";
(() => {
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

  /** The country chosen and every entity drawn with a direct connection to it. */
  function countryMembers(cy, id) {
    const country = cy.getElementById(id);
    return country.empty() ? null : new Set([id, ...country.neighborhood("node").map((n) => n.id())]);
  }

  /** Hides what the filters of `view` leave out, never the ids in `keep`; answers a message when a date cannot be read. */
  function applyFilters(cy, view, keep) {
    let since = null;
    let until = null;
    let problem = null;
    try {
      since = dateRange(view.since, "From date");
      until = dateRange(view.until, "To date");
    } catch (error) {
      problem = error.message;
    }
    const members = view.country ? countryMembers(cy, view.country) : null;
    const kindShown = (n) => keep.has(n.id()) || view.kinds.has(n.data("kind"));
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const start = e.data("start");
        const end = e.data("end") || start;
        const inTime = !start || ((!since || end >= since[0]) && (!until || start <= until[1]));
        const inCountry = !members || members.has(e.data("source")) || members.has(e.data("target"));
        e.toggleClass("hidden", !view.types.has(e.data("type")) || !inTime || !inCountry || !kindShown(e.source()) || !kindShown(e.target()));
      });
      cy.nodes().forEach((n) => {
        // By class, not :visible: inside a batch, styles (and so visibility) are not yet recomputed.
        const edges = n.connectedEdges();
        const shown = keep.has(n.id()) || (kindShown(n) && (edges.empty() ? !members || members.has(n.id()) : edges.some((e) => !e.hasClass("hidden"))));
        n.toggleClass("hidden", !shown);
      });
    });
    return problem;
  }

  window.KgExplorer.applyFilters = applyFilters;
})();
