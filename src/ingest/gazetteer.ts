/**
 * Every name the graph knows, folded, for finding its entities in a text: the
 * canonical name, the name in each language, and each alias — with and without
 * the honorifics written before it.
 */
import { foldName, foldText } from "../domain/names.js";
import { NodeKind } from "../domain/ontology.js";
import type { Entity } from "../domain/records.js";
import { conceptKeyOf, conceptKeyOfWords, namesSomething } from "./glossary.js";
import { TITLE_WORDS } from "./nameWords.js";
import { bodyKind, distinctiveWords } from "./organizations.js";
import { RULES } from "./rules/languages.js";

/** Kinds whose names are proper nouns: a match must start with a capital letter or a digit. */
const PROPER_NOUN_KINDS: ReadonlySet<NodeKind> = new Set([
  NodeKind.Person, NodeKind.Organization, NodeKind.Country, NodeKind.Resolution, NodeKind.Agreement, NodeKind.Event,
]);

/** Kinds whose names are translated word for word (a person's name is not; an agreement's is a description). */
const TRANSLATED_KINDS: ReadonlySet<NodeKind> = new Set([
  NodeKind.Organization, NodeKind.Country, NodeKind.Resolution, NodeKind.Drug, NodeKind.Technology, NodeKind.Disease,
]);

/** Kinds whose curated names are often descriptions in ordinary words. */
const DESCRIBED_KINDS: ReadonlySet<NodeKind> = new Set([NodeKind.Agreement, NodeKind.Event]);

/** Whether a folded form is nothing but some language's noun for an event or an agreement. */
function isGenericNoun(form: string): boolean {
  return Object.values(RULES).some((rules) => [rules.eventNoun, rules.agreementNoun].some((noun) =>
    [...form.matchAll(noun)].some((m) => m[0].trim() === form)));
}

/** Shorter folded forms are too likely to be ordinary words. */
const SHORTEST_FORM = 3;

export interface KnownName {
  readonly entity: string;
  readonly kind: NodeKind;
  readonly properNoun: boolean;
}

export class Gazetteer {
  private readonly forms = new Map<string, KnownName[]>();
  /** Concept keys (glossary.ts) of the names of kinds that are translated, to find them in another language. */
  private readonly concepts = new Map<string, KnownName[]>();
  /** Words in the longest form, the furthest a match as written looks ahead. */
  readonly longest: number;
  /** Every word of a known name of several words: a word found alone is a fragment of one of them. */
  readonly words = new Set<string>();
  /** Each organisation's kinds of body and distinctive words, over all its names (organizations.ts). */
  private readonly bodies = new Map<string, { kinds: Set<string>; words: Set<string> }>();

  constructor(entities: Iterable<Entity>) {
    let longest = 1;
    for (const entity of entities) {
      if (entity.kind === NodeKind.Article) continue;
      if (entity.kind === NodeKind.Organization) this.addBody(entity);
      if (TRANSLATED_KINDS.has(entity.kind)) this.addConcepts(entity);
      for (const { form, capitalised } of spelledForms(entity)) {
        // "perjanjian kerja sama" describes an agreement, any agreement: only a capitalised name names one,
        // and not one that is only a language's word for a ceremony or an agreement ("Upacara penandatanganan").
        if (DESCRIBED_KINDS.has(entity.kind) && (!capitalised || isGenericNoun(form))) continue;
        const known = this.forms.get(form) ?? [];
        const properNoun = PROPER_NOUN_KINDS.has(entity.kind) && capitalised;
        const same = known.find((k) => k.entity === entity.id);
        if (!same) known.push({ entity: entity.id, kind: entity.kind, properNoun });
        // One spelling in lower case ("regjeringen") makes the form an ordinary word of its language.
        else if (same.properNoun && !properNoun) known[known.indexOf(same)] = { ...same, properNoun };
        this.forms.set(form, known);
        const words = form.split(" ");
        if (words.length > 1) for (const w of words) this.words.add(w);
        longest = Math.max(longest, words.length);
      }
    }
    this.longest = longest;
  }

  /** Adds the concept keys of an entity's names and labels. */
  private addConcepts(entity: Entity): void {
    for (const name of namesOf(entity)) {
      const key = conceptKeyOf(name);
      if (!key || !namesSomething(key)) continue;
      const known = this.concepts.get(key.key) ?? [];
      if (!known.some((k) => k.entity === entity.id)) {
        known.push({ entity: entity.id, kind: entity.kind, properNoun: PROPER_NOUN_KINDS.has(entity.kind) && /\p{Lu}/u.test(name) });
      }
      this.concepts.set(key.key, known);
    }
  }

  /** The entities a run of folded words names in other words than the graph's ("recombinant albumin" for "Albumin Rekombinan"). */
  lookupTranslated(words: readonly string[]): readonly KnownName[] {
    const key = conceptKeyOfWords(words);
    return key && namesSomething(key) ? this.concepts.get(key.key) ?? [] : [];
  }

  private addBody(entity: Entity): void {
    const body = { kinds: new Set<string>(), words: new Set<string>() };
    for (const name of [entity.name, ...Object.values(entity.names), ...entity.aliases]) {
      const kind = bodyKind(name);
      if (kind) body.kinds.add(kind);
      for (const w of distinctiveWords(name)) body.words.add(w);
    }
    this.bodies.set(entity.id, body);
  }

  /** The one organisation of this kind of body that has one of these distinctive words; null when none or several. */
  bodyOf(kind: string, words: readonly string[]): string | null {
    const matches = [...this.bodies].filter(([, b]) => b.kinds.has(kind) && words.some((w) => b.words.has(w)));
    return matches.length === 1 ? matches[0][0] : null;
  }

  /** The entities one folded word sequence names; several when two entities share a name. */
  lookup(folded: string): readonly KnownName[] {
    return this.forms.get(folded) ?? [];
  }
}

/** Every name of an entity: canonical, per language, aliases, and the labels (a translated kind's translations included). */
function namesOf(entity: Entity): string[] {
  const labels = TRANSLATED_KINDS.has(entity.kind) ? entity.labels.map((l) => l.text) : [];
  return [entity.name, ...Object.values(entity.names), ...entity.aliases, ...labels];
}

/** The folded forms of an entity's names (see spelledForms). */
export function formsOf(entity: Entity): string[] {
  return [...new Set(spelledForms(entity).map((f) => f.form))];
}

/**
 * The folded forms of an entity's names, each saying whether its spelling has
 * a capital. A name with its honorifics dropped is kept unless only one word
 * is left: "TS Quang" may be found as "TS Quang", never as any "Quang".
 */
function spelledForms(entity: Entity): { form: string; capitalised: boolean }[] {
  const forms: { form: string; capitalised: boolean }[] = [];
  // A resolution is cited by its number alone as often as by its title.
  const number = entity.kind === NodeKind.Resolution && typeof entity.attributes.number === "string" ? [entity.attributes.number] : [];
  for (const name of [...namesOf(entity), ...number]) {
    const full = foldText(name);
    const bare = foldName(name);
    for (const form of [full, bare]) {
      if (form.length < SHORTEST_FORM) continue;
      if (form === bare && bare !== full && !bare.includes(" ")) continue;
      // "Prime Minister" names an office held by whoever is named after it, not a body.
      if (form.split(" ").every((w) => TITLE_WORDS.has(w))) continue;
      forms.push({ form, capitalised: /\p{Lu}/u.test(name) });
    }
  }
  return forms;
}
