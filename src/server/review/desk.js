/*
 * The review desk in the browser: the queue of what ingest found, filtered
 * by article, type and confidence; the finding chosen, read in its article;
 * and the curator's decisions — accept, reject, link a candidate to an
 * entity, edit then accept — each one mutation of the public API, after
 * which the queue is read again, so it always shows what the server holds.
 * Keyboard first: the keys are listed on the page.
 */
"use strict";
(() => {
  const K = window.KgExplorer;
  const { $, element, button } = K;
  const { key, askAsCurator, fetchQueue } = K.curator;

  const state = { items: [], candidates: new Map(), names: new Map(), articles: new Map(), selected: null, full: false };
  /** Ends chosen in the edit form; null keeps the proposal's own. */
  const edited = { from: null, to: null };

  function status(text, isError, link) {
    $("status").replaceChildren(text);
    if (link) $("status").append(" ", element("a", link.text, { href: link.href }));
    $("status").classList.toggle("error", Boolean(isError));
  }

  // ---- The queue -------------------------------------------------------------------

  function itemsOf({ proposals, candidates }) {
    const items = [
      ...proposals.map((p) => ({ ...p, kind: "proposal" })),
      ...candidates.filter((c) => c.state === "proposed").map((c) => ({ ...c, kind: "candidate", entityKind: c.kind })),
    ];
    // In reading order: article by article, sentence by sentence.
    return items.sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start || a.id.localeCompare(b.id));
  }

  /** Every id a queue item names that is an entity: articles, ends, and what decided candidates became. */
  async function learnNames(items, candidates) {
    const ids = new Set(items.map((i) => i.article));
    for (const item of items.filter((i) => i.kind === "proposal")) for (const end of [item.from, item.to]) if (!end.startsWith("candidate:")) ids.add(end);
    for (const c of candidates) if (c.entity) ids.add(c.entity);
    const unknown = [...ids].filter((id) => !state.names.has(id));
    for (let i = 0; i < unknown.length; i += 200) {
      const { nodes } = await askAsCurator("names", { ids: unknown.slice(i, i + 200) });
      for (const node of nodes) if (node) state.names.set(node.id, node.name);
    }
  }

  /** An end as the desk shows it: a candidate by its name, or by the entity it became. */
  function nameOf(id) {
    const candidate = state.candidates.get(id);
    if (!candidate) return { name: state.names.get(id) || id, pending: false };
    if (candidate.entity) return { name: state.names.get(candidate.entity) || candidate.entity, pending: false };
    return { name: candidate.name, pending: candidate.state === "proposed" };
  }

  function shown() {
    const type = $("filter-type").value;
    const least = Number($("filter-confidence").value);
    return state.items.filter((item) => {
      if (type === "candidate" && item.kind !== "candidate") return false;
      if (type && type !== "candidate" && (item.kind !== "proposal" || item.type !== type)) return false;
      return item.kind === "candidate" || item.confidence >= least;
    });
  }

  function fillArticleFilter() {
    const chosen = $("filter-article").value;
    const articles = [...new Set([...state.items.map((i) => i.article), chosen].filter(Boolean))];
    $("filter-article").replaceChildren(
      element("option", "Every article", { value: "" }),
      ...articles.map((id) => element("option", state.names.get(id) || id, { value: id })),
    );
    $("filter-article").value = chosen;
  }

  function describeQueue(items) {
    const more = state.full ? ` — the first ${K.config.queuePage} of each kind; choose an article for the rest` : "";
    $("queue-heading").textContent = `To review: ${items.length}${items.length === state.items.length ? "" : ` of ${state.items.length}`}${more}`;
  }

  function showQueue() {
    const items = shown();
    describeQueue(items);
    if (!items.some((i) => i.id === state.selected)) state.selected = items.length ? items[0].id : null;
    $("queue").replaceChildren(...items.map((item, i) => {
      const li = element("li", null, { role: "option", id: `queue-item-${i}`, "data-finding": item.id, "aria-selected": String(item.id === state.selected) });
      const what = item.kind === "proposal" ? item.type : `New ${item.entityKind}`;
      const ends = item.kind === "proposal" ? `${nameOf(item.from).name} → ${nameOf(item.to).name}` : item.name;
      const meta = [item.kind === "proposal" ? `confidence ${item.confidence}` : "", state.names.get(item.article) || item.article].filter(Boolean).join(" · ");
      li.append(element("span", what, { class: "what" }), element("span", ends, { class: "ends" }), element("span", meta, { class: "meta" }));
      li.addEventListener("click", () => select(item.id));
      return li;
    }));
    const current = $("queue").querySelector("[aria-selected=true]");
    if (current) {
      $("queue").setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else $("queue").removeAttribute("aria-activedescendant");
    return showSelected();
  }

  /** Reads the queue again from the server; the selection stays on the same finding, or on the one that took its place. */
  async function load() {
    const position = Math.max(0, shown().findIndex((i) => i.id === state.selected));
    $("queue-panel").setAttribute("aria-busy", "true");
    try {
      const answer = await fetchQueue($("filter-article").value);
      state.full = answer.full;
      state.candidates = new Map(answer.candidates.map((c) => [c.id, c]));
      const before = state.selected;
      state.items = itemsOf(answer);
      await learnNames(state.items, answer.candidates);
      fillArticleFilter();
      if (!state.items.some((i) => i.id === before)) {
        const items = shown();
        state.selected = items.length ? items[Math.min(position, items.length - 1)].id : null;
      }
      await showQueue();
    } catch (error) {
      if (error.code === "UNAUTHENTICATED") forgetKey();
      status(`Could not read the queue: ${error.message}`, true);
    } finally {
      $("queue-panel").setAttribute("aria-busy", "false");
    }
  }

  // ---- The finding chosen ------------------------------------------------------------

  const selectedItem = () => state.items.find((i) => i.id === state.selected) || null;

  async function articleOf(id) {
    if (!state.articles.has(id)) state.articles.set(id, (await askAsCurator("article", { id })).node);
    return state.articles.get(id);
  }

  async function showSelected() {
    closeForms();
    const item = selectedItem();
    if (!item) {
      $("finding-body").replaceChildren(element("p", key.get() ? "Nothing to review here." : "Enter a curator's key to see what awaits review.", { class: "hint" }));
      return;
    }
    let article;
    try {
      article = await articleOf(item.article);
    } catch (error) {
      return status(`Could not read the article ${item.article}: ${error.message}`, true);
    }
    const actions = [
      button("Accept", accept), button("Reject", reject),
      ...(item.kind === "candidate" ? [button("Link to an entity", link)] : []),
      button("Edit", edit),
    ];
    actions.forEach((b, i) => b.append(element("kbd", ["a", "r", ...(item.kind === "candidate" ? ["l"] : []), "e"][i], { "aria-hidden": "true" })));
    K.showFinding($("finding-body"), item, article, nameOf, actions);
  }

  function select(id) {
    state.selected = id;
    return showQueue();
  }

  function move(step) {
    const items = shown();
    if (!items.length) return;
    const at = items.findIndex((i) => i.id === state.selected);
    select(items[Math.max(0, Math.min(items.length - 1, at + step))].id);
  }

  // ---- Decisions -----------------------------------------------------------------------

  /** Runs one decision, says what it did, and reads the queue again. */
  async function decide(operation, input, said) {
    $("queue-panel").setAttribute("aria-busy", "true");
    try {
      const answer = await askAsCurator(operation, { input });
      const { text, link: explorerLink } = said(answer[operation]);
      await load();
      status(text, false, explorerLink);
      $("queue").focus();
    } catch (error) {
      status(`Not done: ${error.message}`, true);
      $("queue-panel").setAttribute("aria-busy", "false");
    }
  }

  const factSaid = (payload) => {
    const r = payload.relationship;
    return {
      text: `Accepted: ${r.from.name} —${r.type}→ ${r.to.name}.`,
      link: { text: "See it in the explorer", href: `/explorer?focus=${encodeURIComponent(r.to.id)}&edge=${encodeURIComponent(r.id)}` },
    };
  };
  const entitySaid = (verb) => (payload) => ({ text: `${verb}: ${payload.entity.name} (${payload.entity.id}).` });

  function accept() {
    const item = selectedItem();
    if (!item) return;
    if (item.kind === "proposal") decide("acceptProposal", { id: item.id }, factSaid);
    else decide("acceptCandidate", { id: item.id }, entitySaid("Accepted as an entity"));
  }

  function reject() {
    const item = selectedItem();
    if (!item) return;
    const what = item.kind === "proposal" ? `${nameOf(item.from).name} —${item.type}→ ${nameOf(item.to).name}` : `"${item.name}"`;
    if (item.kind === "proposal") decide("rejectProposal", { id: item.id }, () => ({ text: `Rejected: ${what}.` }));
    else decide("rejectCandidate", { id: item.id }, () => ({ text: `Rejected: ${what}.` }));
  }

  function link() {
    const item = selectedItem();
    if (!item) return;
    if (item.kind !== "candidate") return status("Only a candidate entity is linked; to change a proposal's ends, edit it (e).", true);
    closeForms();
    $("link-candidate").hidden = false;
    $("link-entity").value = item.name;
    $("link-entity").focus();
    $("link-entity").dispatchEvent(new Event("input"));
  }

  function linkTo(hit) {
    const item = selectedItem();
    if (item && item.kind === "candidate") decide("acceptCandidate", { id: item.id, entity: hit.id }, entitySaid(`Linked "${item.name}" to`));
  }

  function edit() {
    const item = selectedItem();
    if (!item) return;
    closeForms();
    if (item.kind === "proposal") {
      Object.assign(edited, { from: null, to: null });
      $("edit-type").value = item.type;
      $("edit-from").value = nameOf(item.from).name;
      $("edit-to").value = nameOf(item.to).name;
      $("edit-proposal").hidden = false;
      $("edit-type").focus();
    } else {
      $("edit-kind").value = item.entityKind;
      $("edit-name").value = item.name;
      $("edit-candidate").hidden = false;
      $("edit-kind").focus();
    }
  }

  function acceptEditedProposal(event) {
    event.preventDefault();
    const item = selectedItem();
    const type = $("edit-type").value;
    const input = { id: item.id, ...(type !== item.type ? { type } : {}), ...(edited.from ? { from: edited.from } : {}), ...(edited.to ? { to: edited.to } : {}) };
    decide("acceptProposal", input, factSaid);
  }

  function acceptEditedCandidate(event) {
    event.preventDefault();
    const item = selectedItem();
    const [kind, name] = [$("edit-kind").value, $("edit-name").value.trim()];
    const input = { id: item.id, ...(kind !== item.entityKind ? { kind } : {}), ...(name && name !== item.name ? { name } : {}) };
    decide("acceptCandidate", input, entitySaid("Accepted as an entity"));
  }

  function closeForms() {
    for (const id of ["edit-proposal", "edit-candidate", "link-candidate"]) $(id).hidden = true;
  }

  // ---- The key ---------------------------------------------------------------------------

  function showKeyState() {
    const held = Boolean(key.get());
    $("key-form").hidden = held;
    $("key-held").hidden = !held;
  }

  function forgetKey() {
    key.forget();
    state.items = [];
    showKeyState();
    showQueue();
  }

  // ---- Wiring --------------------------------------------------------------------------

  const KEYS = { j: () => move(1), k: () => move(-1), a: accept, r: reject, l: link, e: edit };

  function wire() {
    $("key-form").addEventListener("submit", (event) => {
      event.preventDefault();
      key.set($("key").value.trim());
      $("key").value = "";
      showKeyState();
      load().then(() => key.get() && $("queue").focus());
    });
    $("forget-key").addEventListener("click", forgetKey);
    $("filter-article").addEventListener("change", load);
    for (const id of ["filter-type", "filter-confidence"]) $(id).addEventListener("change", showQueue);
    $("edit-proposal").addEventListener("submit", acceptEditedProposal);
    $("edit-candidate").addEventListener("submit", acceptEditedCandidate);
    for (const cancel of document.querySelectorAll("form.edit .cancel")) cancel.addEventListener("click", () => (closeForms(), $("queue").focus()));
    const fail = (error) => status(`Search failed: ${error.message}`, true);
    K.searchBox("edit-from", (hit) => (edited.from = hit.id), fail);
    K.searchBox("edit-to", (hit) => (edited.to = hit.id), fail);
    K.searchBox("link-entity", linkTo, fail);
    $("queue").addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        move(event.key === "ArrowDown" ? 1 : -1);
      }
    });
    document.addEventListener("keydown", (event) => {
      // A search box's own Escape (closing its suggestions) is not the desk's.
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
      if (event.key === "Escape") {
        closeForms();
        $("queue").focus();
      } else if (typing || !key.get()) {
        return;
      } else if (event.key === "/") {
        event.preventDefault();
        $("filter-article").focus();
      } else if (KEYS[event.key]) {
        event.preventDefault();
        KEYS[event.key]();
      }
    });
  }

  wire();
  showKeyState();
  if (key.get()) load();
  else $("key").focus();
})();
