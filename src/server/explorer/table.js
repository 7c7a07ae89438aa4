/*
 * The view as a table of facts, one row per connection the filters keep
 * (folded groups included): subject, relationship, object, date and the
 * earliest source's publisher, quote and link. Any column sorts on a click,
 * and the same rows download as CSV for a story file.
 */
"use strict";
(() => {
  const { $, element, button, download, byDate } = window.KgExplorer;

  const COLUMNS = [
    { key: "subject", title: "Subject" },
    { key: "relationship", title: "Relationship" },
    { key: "object", title: "Object" },
    { key: "date", title: "Date" },
    { key: "publisher", title: "Source publisher" },
    { key: "quote", title: "Quote" },
    { key: "url", title: "Link" },
  ];

  /** One row per connection in `edges`. */
  function factRows(edges) {
    return edges.map((e) => {
      const sources = [...e.data("sources")].sort((a, b) => byDate(a.published && a.published.start, b.published && b.published.start));
      const first = sources[0] || {};
      return {
        id: e.id(),
        subject: e.source().data("label"),
        relationship: e.data("type"),
        object: e.target().data("label"),
        date: e.data("dateText"),
        start: e.data("start"),
        publisher: first.publisher || "",
        quote: first.quote || "",
        url: first.url || "",
      };
    });
  }

  function sortRows(rows, sort) {
    const { key, descending } = sort;
    const value = (row) => (key === "date" ? row.start : row[key]);
    const sign = descending ? -1 : 1;
    return [...rows].sort((a, b) => sign * (key === "date" ? byDate(value(a), value(b)) : value(a).localeCompare(value(b))) || a.id.localeCompare(b.id));
  }

  const csvCell = (text) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

  function toCsv(rows) {
    const lines = [COLUMNS.map((c) => c.title), ...rows.map((row) => COLUMNS.map((c) => row[c.key]))];
    return `${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
  }

  /**
   * Fills the table panel with `edges` sorted by `sort` ({ key, descending });
   * `onSort` receives the new order, `onPick` a row's connection id.
   */
  function showTable(edges, sort, onSort, onPick) {
    const rows = sortRows(factRows(edges), sort);
    const head = element("tr");
    head.append(...COLUMNS.map((c) => {
      const th = element("th", null, { scope: "col" });
      if (c.key === sort.key) th.setAttribute("aria-sort", sort.descending ? "descending" : "ascending");
      th.append(button(c.title, () => onSort({ key: c.key, descending: c.key === sort.key && !sort.descending })));
      return th;
    }));
    const body = rows.map((row) => {
      const tr = element("tr", null, { "data-id": row.id });
      tr.append(...COLUMNS.map((c) => {
        const td = element("td");
        if (c.key === "url" && row.url) td.append(element("a", "article", { href: row.url, target: "_blank", rel: "noopener noreferrer" }));
        else if (c.key === "relationship") td.append(button(row.relationship, () => onPick(row.id), "edge"));
        else if (c.key === "quote") {
          td.className = "quote";
          td.append(element("span", row.quote, { title: row.quote }));
        }
        else td.textContent = row[c.key];
        return td;
      }));
      return tr;
    });
    const table = element("table");
    table.append(element("caption", `${rows.length} facts in this view, sorted by ${COLUMNS.find((c) => c.key === sort.key).title.toLowerCase()}`), element("thead"), element("tbody"));
    table.tHead.append(head);
    table.tBodies[0].append(...body);
    const csv = button("Download CSV", () => download("facts.csv", toCsv(rows), "text/csv;charset=utf-8"));
    csv.id = "download-csv";
    $("table-panel").replaceChildren(csv, table);
  }

  window.KgExplorer.showTable = showTable;
  window.KgExplorer.TABLE_COLUMNS = COLUMNS.map((c) => c.key);
})();
