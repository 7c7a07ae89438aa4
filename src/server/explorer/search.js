/*
 * The search boxes: each a combobox that asks the API as one types and offers
 * up to eight entities, chosen with the mouse or the arrow keys and Enter.
 */
"use strict";
(() => {
  const { $, ask, element, kindColours } = window.KgExplorer;

  /** A combobox that searches as one types and calls `pick` with the entity chosen (mouse or keyboard), `onError` with a failed search. */
  function searchBox(inputId, pick, onError) {
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
      // A search still under way (the answer for the last letters typed) must not reopen the list once a name is chosen.
      clearTimeout(timer);
      asked += 1;
      input.value = hit.label;
      close();
      pick(hit);
    };
    const show = (hits) => {
      options = hits;
      list.replaceChildren(...hits.map((hit, i) => {
        const li = element("li", null, { role: "option", id: `${inputId}-option-${i}`, "aria-selected": "false" });
        li.append(element("span", null, { class: "kind-dot", style: `background:${kindColours[hit.kind]}` }), element("span", hit.label), element("span", hit.kind, { class: "kind-name" }));
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
          if (mine === asked) onError(error);
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

  window.KgExplorer.searchBox = searchBox;
})();
