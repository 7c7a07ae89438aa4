/*
 * One finding drawn for review: what was read (a relationship between two
 * ends, or a new entity), how sure the machine was, and the article it came
 * from — title linked to the article, date, publisher — with its whole text
 * and the sentence marked, scrolled into view.
 */
"use strict";
(() => {
  const K = window.KgExplorer;
  const { element } = K;

  /** An end's name; a candidate not yet decided says so, since a proposal cannot be accepted onto it as it stands. */
  function endOf(id, names) {
    const end = names(id);
    const span = element("span", end.name);
    if (end.pending) {
      span.className = "pending";
      span.textContent = `${end.name} (candidate)`;
    }
    return span;
  }

  function claim(item, names) {
    const p = element("p", null, { class: "claim" });
    if (item.kind === "proposal") p.append(endOf(item.from, names), ` —${item.type}→ `, endOf(item.to, names));
    else p.append(element("strong", item.name), ` as a new ${item.entityKind}`);
    return p;
  }

  /** Where the sentence starts: a proposal's offsets are its sentence's; a candidate's are its name's, inside the sentence it quotes. */
  function sentenceOf(item, text) {
    if (item.kind === "proposal") return { start: item.start, end: item.end };
    const start = text.lastIndexOf(item.quote, item.start);
    return start >= 0 && start + item.quote.length >= item.end ? { start, end: start + item.quote.length } : { start: item.start, end: item.end };
  }

  function articleText(item, text) {
    const box = element("div", null, { class: "article-text", tabindex: "0", role: "region", "aria-label": "The article, its sentence marked" });
    const sentence = sentenceOf(item, text);
    const mark = element("mark", null, { id: "marked-sentence" });
    if (item.kind === "candidate" && item.start >= sentence.start && item.end <= sentence.end) {
      mark.append(text.slice(sentence.start, item.start), element("strong", text.slice(item.start, item.end)), text.slice(item.end, sentence.end));
    } else mark.textContent = text.slice(sentence.start, sentence.end);
    box.append(text.slice(0, sentence.start), mark, text.slice(sentence.end));
    return box;
  }

  function articleMeta(article) {
    const box = element("div", null, { class: "article-meta" });
    const heading = element("h3");
    const title = article.title || article.name;
    if (article.url) heading.append(element("a", title, { href: article.url, target: "_blank", rel: "noopener noreferrer" }));
    else heading.textContent = title;
    const published = article.published ? `Published ${article.published.text}` : "No date given";
    box.append(heading, element("p", [published, article.publisher, article.language].filter(Boolean).join(" · "), { class: "article-date" }));
    return box;
  }

  /** Fills `container` with the finding; `names(id)` answers an end's { name, pending }; `actions` are the buttons to offer. */
  function showFinding(container, item, article, names, actions) {
    const heading = item.kind === "proposal" ? `Proposal · ${item.type}` : `Candidate entity · ${item.entityKind}`;
    const meta = item.kind === "proposal" ? `confidence ${item.confidence} · ${item.id}` : item.id;
    const buttons = element("div", null, { class: "actions" });
    buttons.append(...actions);
    container.replaceChildren(
      element("h2", heading), claim(item, names), element("p", meta, { class: "finding-meta" }), buttons,
      articleMeta(article), articleText(item, article.text),
    );
    container.querySelector("#marked-sentence").scrollIntoView({ block: "center" });
  }

  K.showFinding = showFinding;
})();
