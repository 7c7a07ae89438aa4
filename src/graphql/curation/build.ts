/**
 * Turns curation inputs into checked records: attributes and properties
 * against the ontology, relationship ends against the kinds they may connect,
 * quotes against their article's text. Every problem is a BAD_USER_INPUT
 * error naming the field.
 */
import { NODE_ATTRIBUTES, RELATIONSHIPS, type AttributeType, type NodeKind } from "../../domain/ontology.js";
import { attributeProblems, asAttributes } from "../../domain/attributes.js";
import { evidenceId, slugify, statementId } from "../../domain/ids.js";
import { cleanName } from "../../domain/names.js";
import { indexEntity } from "../../domain/indexing.js";
import {
  ExtractionMethod, ReviewState, type AttributeValue, type Evidence, type IndexedEntity, type Relationship,
} from "../../domain/records.js";
import type { EntityPatch } from "../../store/curation.js";
import type { Context } from "../context.js";
import { badInput, notFound } from "../errors.js";
import type { AddRelationshipInput, AttributeInput, EntityFieldsInput } from "../inputs/curation.inputs.js";
import { loadAll } from "../loaders.js";

/** Attribute inputs arrive as text; booleans become booleans where the ontology says so. */
function typedValues(inputs: readonly AttributeInput[], spec: Readonly<Record<string, AttributeType>>): Record<string, unknown> {
  return Object.fromEntries(inputs.map(({ name, value }) => {
    if (!Object.hasOwn(spec, name) || spec[name].type !== "boolean") return [name, value];
    return [name, value === "true" ? true : value === "false" ? false : value];
  }));
}

async function kindLookup(context: Context, ids: readonly string[]): Promise<(id: string) => NodeKind | null> {
  const entities = await loadAll(context.loaders.entity, [...new Set(ids)]);
  const kinds = new Map(entities.flatMap((e) => (e ? [[e.id, e.kind] as const] : [])));
  return (id) => kinds.get(id) ?? null;
}

function checked(values: Record<string, unknown>, spec: Readonly<Record<string, AttributeType>>, kindOf: (id: string) => NodeKind | null, field: string): Record<string, AttributeValue> {
  const problems = attributeProblems(values, spec, kindOf, field);
  if (problems.length) throw badInput(problems.map((p) => `${p.field} ${p.message}`).join("; "));
  return asAttributes(values);
}

/** A name as stored, refused when nothing of it is left to search by or make an id from. */
export function storedName(text: string, field: string): string {
  const name = cleanName(text);
  if (!slugify(name)) throw badInput(`${field} "${text}" has no letter or digit: give a name a reader can search for`);
  return name;
}

/**
 * The fields of an entity of `kind` that `fields` set, cleaned and checked
 * against the ontology; what it leaves out stays as the entity has it when
 * the change applies.
 */
export async function patchFrom(context: Context, kind: NodeKind, fields: EntityFieldsInput): Promise<EntityPatch> {
  const spec = NODE_ATTRIBUTES[kind];
  const given = typedValues(fields.attributes ?? [], spec);
  const attributes = checked(given, spec, await kindLookup(context, Object.values(given).map(String)), "attributes");
  return {
    name: fields.name === undefined ? undefined : storedName(fields.name, "name"),
    names: fields.names && Object.fromEntries(fields.names.map((n) => [n.language, storedName(n.name, `names.${n.language}`)])),
    aliases: fields.aliases && [...new Set(fields.aliases.map((a, i) => storedName(a, `aliases[${i}]`)))],
    attributes: fields.attributes && attributes,
  };
}

/** A new entity as `fields` describe it. */
export async function newEntity(context: Context, id: string, kind: NodeKind, fields: EntityFieldsInput & { name: string }): Promise<IndexedEntity> {
  const patch = await patchFrom(context, kind, fields);
  const name = patch.name!;
  return indexEntity({
    id, kind, name, names: { ...patch.names }, aliases: (patch.aliases ?? []).filter((a) => a !== name), labels: [], attributes: { ...patch.attributes },
  }, []);
}

const collapse = (text: string) => cleanName(text);

/** A quote is a statement a reader can check, not a word that happens to be in the article. */
export const SHORTEST_QUOTE = { characters: 10, words: 2 } as const;

function quoteProblem(quote: string, articleText: string | undefined): string | null {
  const words = quote.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (quote.length < SHORTEST_QUOTE.characters || words < SHORTEST_QUOTE.words) {
    return `is too short to show where the fact is stated: quote the sentence (at least ${SHORTEST_QUOTE.words} words, ${SHORTEST_QUOTE.characters} characters)`;
  }
  if (articleText !== undefined && !collapse(articleText).includes(quote)) return "is not in the article's text: copy the article's own words";
  return null;
}

async function evidenceFrom(context: Context, statement: string, input: AddRelationshipInput): Promise<Evidence[]> {
  const articles = await loadAll(context.loaders.entity, input.evidence.map((e) => e.article));
  return input.evidence.map((e, i) => {
    const article = articles[i];
    if (!article) throw notFound(e.article);
    const text = article.attributes.text;
    const problem = quoteProblem(collapse(e.quote), typeof text === "string" && text.trim() ? text : undefined);
    if (problem) throw badInput(`evidence[${i}].quote ${problem} (${e.article})`);
    return {
      id: evidenceId(statement, e.article, e.quote), subject: statement, article: e.article, quote: e.quote, gloss: e.gloss ?? null,
      method: ExtractionMethod.curated, confidence: 1, reviewState: ReviewState.accepted,
    };
  });
}

export async function relationshipFrom(context: Context, input: AddRelationshipInput): Promise<{ relationship: Relationship; evidence: Evidence[] }> {
  const spec = RELATIONSHIPS[input.type];
  const given = typedValues(input.properties ?? [], spec.properties);
  const kindOf = await kindLookup(context, [input.from, input.to, ...Object.values(given).map(String)]);
  for (const [field, id, allowed] of [["from", input.from, spec.from], ["to", input.to, spec.to]] as const) {
    const kind = kindOf(id);
    if (kind === null) throw notFound(id);
    if (!allowed.includes(kind)) throw badInput(`${field}: ${input.type} connects ${spec.from.join("|")} → ${spec.to.join("|")}, and ${id} is a ${kind}`);
  }
  const properties = checked(given, spec.properties, kindOf, "properties");
  const id = statementId(input.type, input.from, input.to, spec.identity.map((k) => String(properties[k] ?? "")));
  return { relationship: { id, type: input.type, from: input.from, to: input.to, properties }, evidence: await evidenceFrom(context, id, input) };
}
