/*
 * What every part of the explorer shares: the page's settings, the GraphQL
 * call, small DOM builders and the colours of kinds and relationship types.
 * Each explorer script adds its part to the one global `KgExplorer`, loaded
 * in the order the page lists them; this file comes first.
 */
"use strict";
window.KgExplorer = (() => {
  const config = JSON.parse(document.getElementById("explorer-config").textContent);
  const $ = (id) => document.getElementById(id);

  /** One colour per kind, distinct on white and for the commonest colour-vision deficiencies. */
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
  const kindColours = Object.fromEntries(config.kinds.map((kind, i) => [kind, PALETTE[i % PALETTE.length]]));
  /** Darker shades for lines, so a thin edge still stands out from the background. */
  const LINE_PALETTE = ["#3b6ea5", "#b8561b", "#2f7d32", "#a33b3b", "#6a4c9c", "#7a5a3a", "#b0468a", "#5f6b75", "#7d7d12", "#137f8c"];
  const typeColours = Object.fromEntries(config.types.map((type, i) => [type, LINE_PALETTE[i % LINE_PALETTE.length]]));

  const PLURALS = { Person: "people", Country: "countries", Technology: "technologies", Agreement: "agreements" };
  /** "14 drugs", "1 person": how a group of collapsed entities is named. */
  function countOf(kind, n) {
    const word = n === 1 ? kind.toLowerCase() : PLURALS[kind] || `${kind.toLowerCase()}s`;
    return `${n} ${word}`;
  }

  /** The reader's language for labels (issue 17's picker sets it). */
  const reading = { lang: "en" };
  const LANGUAGES = ["en", "vi", "id", "no"];

  async function ask(name, variables) {
    const response = await fetch(config.endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      // Every query that labels entities takes the reader's language.
      body: JSON.stringify({ query: config.queries[name], variables: config.queries[name].includes("$lang") ? { ...variables, lang: reading.lang } : variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join("; "));
    return body.data;
  }

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

  /** Offers `content` as a file to save, named `name`. */
  function download(name, content, type) {
    const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
    const a = element("a", null, { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Earliest first; undated last. */
  const byDate = (a, b) => (a || "\uffff").localeCompare(b || "\uffff");

  return { config, $, reading, LANGUAGES, kindColours, typeColours, countOf, ask, element, button, download, byDate };
})();
