/**
 * The review desk's HTML, in the explorer's shell (its header, stylesheet and
 * shared scripts): the curator's key and the filters on the left, the queue
 * of findings in the middle, the finding chosen on the right with its
 * sentence marked in the article. Its settings travel as the same JSON data
 * block the explorer's shared scripts read, so the page's
 * Content-Security-Policy allows scripts from this server only.
 */
import { htmlPage } from "../assets.js";
import { EXPLORER_PREFIX } from "../explorer.js";
import { entityCombo } from "../explorer/page.js";

export interface ReviewPageLinks {
  /** The explorer's stylesheet, then the desk's own. */
  readonly stylesheets: readonly [string, string];
  /** The explorer's shared.js and search.js first, the desk's scripts after. */
  readonly scripts: readonly string[];
}

export interface ReviewSettings {
  readonly endpoint: string;
  readonly queries: Readonly<Record<string, string>>;
  readonly kinds: readonly string[];
  readonly types: readonly string[];
  readonly queueMost: number;
}

/** The id the explorer's shared.js reads its settings from. */
const CONFIG_ELEMENT_ID = "explorer-config";

export function reviewPage(links: ReviewPageLinks, settings: ReviewSettings): string {
  const [shell, desk] = links.stylesheets;
  return htmlPage({
    title: "Health cooperation knowledge graph — review desk",
    stylesheet: shell,
    head: `<link rel="stylesheet" href="${desk}">\n`,
    scripts: links.scripts,
    body: body(settings.types, settings.kinds),
    config: { elementId: CONFIG_ELEMENT_ID, value: settings },
  });
}

const options = (values: readonly string[]) => values.map((v) => `<option value="${v}">${v}</option>`).join("");

function body(types: readonly string[], kinds: readonly string[]): string {
  return `<header>
  <h1>Health cooperation knowledge graph — review desk</h1>
  <nav aria-label="Other pages"><a href="${EXPLORER_PREFIX}">Explorer</a> · <a href="/graphql">GraphQL IDE</a></nav>
</header>
<main class="desk">
<aside id="desk-controls" aria-label="Key and filters">
  <section>
    <h2>Curator</h2>
    <form id="key-form">
      <label for="key">Curator's key</label>
      <input id="key" type="password" autocomplete="off" spellcheck="false" required>
      <button type="submit">Use this key</button>
    </form>
    <div id="key-held" hidden>
      <p>A key is kept for this browser session only.</p>
      <button id="forget-key" type="button">Forget the key</button>
    </div>
  </section>
  <section>
    <h2>Filter the queue <kbd>/</kbd></h2>
    <label for="filter-article">Article</label>
    <select id="filter-article"><option value="">Every article</option></select>
    <label for="filter-type">Type</label>
    <select id="filter-type"><option value="">Every type</option><option value="candidate">Candidate entities</option>${options(types)}</select>
    <label for="filter-confidence">Least confidence</label>
    <select id="filter-confidence"><option value="0">Any</option><option value="0.5">0.5</option><option value="0.7">0.7</option><option value="0.9">0.9</option></select>
    <p class="hint">Candidate entities carry no confidence: they stay whatever the least confidence.</p>
  </section>
  <section>
    <h2>Keys</h2>
    <p id="help" class="hint"><kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>l</kbd> link a candidate to an entity · <kbd>e</kbd> edit, then accept · <kbd>/</kbd> filter · <kbd>Esc</kbd> back to the queue</p>
  </section>
</aside>
<section id="queue-panel" aria-label="Queue">
  <h2 id="queue-heading">To review</h2>
  <ol id="queue" role="listbox" tabindex="0" aria-labelledby="queue-heading"></ol>
</section>
<section id="finding" aria-label="Finding">
  <div id="finding-body"><p class="hint">Enter a curator's key to see what awaits review.</p></div>
  <form id="edit-proposal" class="edit" hidden aria-label="Edit the proposal">
    <label for="edit-type">Type</label>
    <select id="edit-type">${options(types)}</select>
    <label for="edit-from">From</label>
    ${entityCombo("edit-from")}
    <label for="edit-to">To</label>
    ${entityCombo("edit-to")}
    <button type="submit">Accept as edited</button> <button type="button" class="cancel">Cancel</button>
  </form>
  <form id="edit-candidate" class="edit" hidden aria-label="Edit the candidate">
    <label for="edit-kind">Kind</label>
    <select id="edit-kind">${options(kinds)}</select>
    <label for="edit-name">Name</label>
    <input id="edit-name" autocomplete="off" spellcheck="false">
    <button type="submit">Accept as edited</button> <button type="button" class="cancel">Cancel</button>
  </form>
  <form id="link-candidate" class="edit" hidden aria-label="Link the candidate to an entity">
    <label for="link-entity">The entity it names</label>
    ${entityCombo("link-entity", "a name, in any spelling")}
    <button type="button" class="cancel">Cancel</button>
  </form>
  <p id="status" role="status" aria-live="polite"></p>
</section>
</main>`;
}
