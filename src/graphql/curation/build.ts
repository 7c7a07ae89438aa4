/**
 * Turns curation inputs into checked records: attributes and properties
 * against the ontology, relationship ends against the kinds they may connect,
 * quotes against their article's text. Every problem is a BAD_USER_INPUT
 * error naming the field.
 */
import { NODE_ATTRIBUTES, RELATIONSHIPS, type AttributeType, type NodeKind } from "../../domain/ontology.js";
import { attributeProblems, asAttributes } from "../../domain/attributes.js";
import { evidenceId, statementId } from "../../domain/ids.js";
import { indexEntity } from "../../domain/indexing.js";
import {
  ExtractionMethod, ReviewState, type AttributeValue, type Entity, type Evidence, type IndexedEntity, type Relationship,
} from "../../domain/records.js";
import type { Context } from "../context.js";
import { badInput, notFound } from "../errors.js";
import type { AddRelationshipInput, AttributeInput, EntityFieldsInput } from "../inputs/curation.inputs.js";
import { loadAll } from "../loaders.js";

/** Attribute inputs arrive as text; booleans become booleans where the ontology says so. */
function typedValues(inputs: readonly AttributeInput[], spec: Readonly<Record<string, AttributeType>>): Record<string, unknown> {
  return Object.fromEntries(inputs.map(({ name, value }) => {
    if (spec[name]?.type !== "boolean") return [name, value];
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

/** The entity `fields` describe, laid over `base` (an existing entity, or a new one's kind, id and name). */
export async function entityFrom(context: Context, base: Entity, fields: EntityFieldsInput): Promise<IndexedEntity> {
  const spec = NODE_ATTRIBUTES[base.kind];
  const given = typedValues(fields.attributes ?? [], spec);
  const attributes = checked({ ...base.attributes, ...given }, spec, await kindLookup(context, Object.values(given).map(String)), "attributes");
  const names = { ...base.names, ...Object.fromEntries((fields.names ?? []).map((n) => [n.language, n.name])) };
  const aliases = [...new Set(fields.aliases ?? base.aliases)];
  return indexEntity({ ...base, name: fields.name ?? base.name, names, aliases, attributes }, []);
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

async function evidenceFrom(context: Context, statement: string, input: AddRelationshipInput): Promise<Evidence[]> {
  const articles = await loadAll(context.loaders.entity, input.evidence.map((e) => e.article));
  return input.evidence.map((e, i) => {
    const article = articles[i];
    if (!article) throw notFound(e.article);
    if (!collapse(String(article.attributes.text ?? "")).includes(collapse(e.quote))) {
      throw badInput(`evidence[${i}].quote is not in the text of ${e.article}: copy the article's own words`);
    }
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

/** The survivor after a merge: its own values first, the merged entity's filling the gaps; every name kept as an alias. */
export function mergedRecord(survivor: IndexedEntity, merged: IndexedEntity): IndexedEntity {
  const aliases = [...survivor.aliases, merged.name, ...Object.values(merged.names), ...merged.aliases]
    .filter((a, i, all) => a !== survivor.name && all.indexOf(a) === i);
  return indexEntity({
    ...survivor,
    names: { ...merged.names, ...survivor.names },
    aliases,
    attributes: { ...merged.attributes, ...survivor.attributes },
  }, []);
}
