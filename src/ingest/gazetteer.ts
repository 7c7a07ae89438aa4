/**
 * Every name the graph knows, folded, for finding its entities in a text: the
 * canonical name, the name in each language, and each alias — with and without
 * the honorifics written before it.
 */
import { foldName, foldText } from "../domain/names.js";
import { NodeKind } from "../domain/ontology.js";
import type { Entity } from "../domain/records.js";

/** Kinds whose names are proper nouns: a match must start with a capital letter or a digit. */
const PROPER_NOUN_KINDS: ReadonlySet<NodeKind> = new Set([
  NodeKind.Person, NodeKind.Organization, NodeKind.Country, NodeKind.Resolution, NodeKind.Agreement, NodeKind.Event,
]);

/** Shorter folded forms are too likely to be ordinary words. */
const SHORTEST_FORM = 3;

export interface KnownName {
  readonly entity: string;
  readonly kind: NodeKind;
  readonly properNoun: boolean;
}

export class Gazetteer {
  private readonly forms = new Map<string, KnownName[]>();
  /** Words in the longest form, the furthest a match looks ahead. */
  readonly longest: number;

  constructor(entities: Iterable<Entity>) {
    let longest = 1;
    for (const entity of entities) {
      if (entity.kind === NodeKind.Article) continue;
      for (const form of formsOf(entity)) {
        const known = this.forms.get(form) ?? [];
        if (!known.some((k) => k.entity === entity.id)) {
          known.push({ entity: entity.id, kind: entity.kind, properNoun: PROPER_NOUN_KINDS.has(entity.kind) });
        }
        this.forms.set(form, known);
        longest = Math.max(longest, form.split(" ").length);
      }
    }
    this.longest = longest;
  }

  /** The entities one folded word sequence names; several when two entities share a name. */
  lookup(folded: string): readonly KnownName[] {
    return this.forms.get(folded) ?? [];
  }
}

/**
 * The folded forms of an entity's names. A name with its honorifics dropped is
 * kept unless only one word is left: "TS Quang" may be found as "TS Quang",
 * never as any "Quang".
 */
export function formsOf(entity: Entity): string[] {
  const forms = new Set<string>();
  // A resolution is cited by its number alone as often as by its title.
  const number = entity.kind === NodeKind.Resolution && typeof entity.attributes.number === "string" ? [entity.attributes.number] : [];
  for (const name of [entity.name, ...Object.values(entity.names), ...entity.aliases, ...number]) {
    const full = foldText(name);
    const bare = foldName(name);
    for (const form of [full, bare]) {
      if (form.length < SHORTEST_FORM) continue;
      if (form === bare && bare !== full && !bare.includes(" ")) continue;
      forms.add(form);
    }
  }
  return [...forms];
}
