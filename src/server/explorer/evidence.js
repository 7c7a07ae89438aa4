/*
 * The evidence for one connection: every article that states it, earliest
 * first, each with its headline, publisher, date and language above the
 * article's own words, where the names of both ends (in any of their written
 * forms) are highlighted, and the English gloss below.
 */
"use strict";
(() => {
  const { ask, element, button, byDate } = window.KgExplorer;

  function siteOf(url) {
    try {
      return url ? new URL(url).hostname : null;
    } catch {
      return null;
    }
  }

  const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  /** The quote as text with each written form of the names in a <mark>, longest forms first. */
  function highlighted(quote, names) {
    const forms = [...new Set(names.filter((n) => n && n.length > 1))].sort((a, b) => b.length - a.length);
    const block = element("blockquote", null, { class: "quote" });
    if (!forms.length) {
      block.textContent = quote;
      return block;
    }
    const pattern = new RegExp(forms.map(escapeRegExp).join("|"), "giu");
    let last = 0;
    for (const match of quote.matchAll(pattern)) {
      block.append(document.createTextNode(quote.slice(last, match.index)), element("mark", match[0]));
      last = match.index + match[0].length;
    }
    block.append(document.createTextNode(quote.slice(last)));
    return block;
  }

  function sourceCard(source, names) {
    const card = element("article", null, { class: "source" });
    // Some articles carry no title in the seed; their site's name says more than nothing.
    const title = source.title || siteOf(source.url) || "Untitled article";
    const heading = element("h3");
    if (source.url) heading.append(element("a", title, { href: source.url, target: "_blank", rel: "noopener noreferrer" }));
    else heading.textContent = title;
    const meta = [source.publisher, source.published && source.published.text, source.language].filter(Boolean).join(" · ");
    const quote = highlighted(source.quote, names);
    quote.setAttribute("lang", source.language);
    card.append(heading, element("p", meta, { class: "meta" }), quote);
    if (source.gloss) card.append(element("p", `English: ${source.gloss}`, { class: "gloss", lang: "en" }));
    const more = button("Read all", () => {
      card.classList.toggle("whole");
      more.textContent = card.classList.contains("whole") ? "Shorten" : "Read all";
    }, "more");
    card.append(more);
    return card;
  }

  /** Fills `panel` with the sources of `edge` (a drawn connection). */
  async function showEvidence(panel, edge) {
    panel.replaceChildren(element("p", "Loading sources…"));
    const { nodes } = await ask("names", { ids: [edge.data("source"), edge.data("target")] });
    const [from, to] = nodes;
    const names = nodes.filter(Boolean).flatMap((n) => [n.name, n.label, ...n.aliases]);
    const sources = [...edge.data("sources")].sort((a, b) => byDate(a.published && a.published.start, b.published && b.published.start));
    const date = edge.data("dateText");
    const heading = element("h2", sources.length === 1 ? "Source" : `${sources.length} sources, earliest first`);
    const claim = element("p", `${from ? from.label : edge.data("source")} —${edge.data("type")}→ ${to ? to.label : edge.data("target")}${date ? ` (${date})` : ""}`, { class: "claim" });
    panel.replaceChildren(heading, claim, ...sources.map((s) => sourceCard(s, names)));
    if (!sources.length) panel.append(element("p", "No article states this connection."));
  }

  window.KgExplorer.showEvidence = showEvidence;
})();
