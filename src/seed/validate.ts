/**
 * Cross-checks the seed as a whole and turns it into one GraphBatch: every
 * reference resolves, every relationship fits the ontology and carries a quote
 * found in its article, statements from several articles merge into one
 * relationship with all their evidence, and MENTIONS are derived.
 */
import { NODE_ATTRIBUTES, NodeKind, RELATIONSHIPS, RelationshipType } from "../domain/ontology.js";
import { evidenceId, kindOfId, statementId } from "../domain/ids.js";
import { attributeProblems, asAttributes } from "../domain/attributes.js";
import { parsePartialDate, type PartialDate } from "../domain/dates.js";
import { indexEntity } from "../domain/indexing.js";
import {
  ExtractionMethod, ReviewState, type Entity, type Evidence, type GraphBatch, type Relationship,
} from "../domain/records.js";
import type { ArticleFile, StatementItem } from "./schema.js";
import { describeItem, type Located, type RawSeed } from "./read.js";
import { articleTextsByLanguage, labelsOfItem } from "./labels.js";
import type { ProblemList } from "./problems.js";

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

function articleEntity(article: ArticleFile, text: string): Entity {
  const attributes: Record<string, string> = { language: article.language, text };
  for (const key of ["title", "url", "publisher", "author", "published", "yearBasis"] as const) {
    const value = article[key];
    if (value) attributes[key] = value;
  }
  const name = article.title ?? [article.publisher, article.published].filter(Boolean).join(", ") ?? article.id;
  return { id: article.id, kind: NodeKind.Article, name: name || article.id, names: {}, aliases: [], labels: [], attributes };
}

class SeedGraphBuilder {
  private readonly entities = new Map<string, { entity: Entity; file: string }>();
  private readonly relationships = new Map<string, { relationship: Relationship; file: string }>();
  private readonly evidence = new Map<string, Evidence>();
  /** Publication dates of the articles that state each entity's attributes. */
  private readonly attributeSources = new Map<string, (PartialDate | undefined)[]>();

  constructor(private readonly problems: ProblemList) {}

  kindOf = (id: string): NodeKind | null => this.entities.get(id)?.entity.kind ?? null;

  addEntities(seed: RawSeed): void {
    const articles = articleTextsByLanguage(seed.articles, seed.texts);
    for (const { file, index, value } of seed.entities) {
      const item = describeItem(index, value.id);
      const fileKind = seed.entityFileKinds.get(file);
      const kind = kindOfId(value.id)!;
      if (kind !== fileKind) {
        this.problems.add(file, item, "id", `is a ${kind} id, but this file holds ${fileKind} entities`);
        continue;
      }
      const labels = labelsOfItem(value, articles, file, item, this.problems);
      this.addEntity(file, item, {
        id: value.id, kind, name: value.name, names: value.names, aliases: value.aliases, labels,
        attributes: asAttributes(value.attributes),
      }, value.attributes);
    }
  }

  addArticles(seed: RawSeed): void {
    for (const { file, value } of seed.articles) {
      const text = seed.texts.get(value.file)!;
      const entity = articleEntity(value, text);
      this.addEntity(file, value.id, entity, entity.attributes);
    }
  }

  private addEntity(file: string, item: string, entity: Entity, attributes: Record<string, unknown>): void {
    const existing = this.entities.get(entity.id);
    if (existing) {
      this.problems.add(file, item, "id", `duplicates the id of an entity in ${existing.file}`);
      return;
    }
    for (const p of attributeProblems(attributes, NODE_ATTRIBUTES[entity.kind], this.kindOf, "attributes")) {
      this.problems.add(file, item, p.field, p.message);
    }
    this.entities.set(entity.id, { entity, file });
  }

  addStatements(articles: readonly Located<ArticleFile>[], texts: ReadonlyMap<string, string>): void {
    for (const { file, value: article } of articles) {
      const text = collapse(texts.get(article.file)!);
      const published = article.published ? parsePartialDate(article.published) : undefined;
      const mentioned = new Map<string, string>();
      article.statements.forEach((statement, index) => {
        const id = this.addStatement(file, `statements[${index}]`, statement, article, text);
        if (!id) return;
        const referenced = Object.values(statement.properties).filter((v): v is string => typeof v === "string" && this.entities.has(v));
        for (const end of [statement.from, statement.to, ...referenced]) {
          if (end !== article.id && !mentioned.has(end)) mentioned.set(end, statement.evidence[0].quote);
        }
      });
      article.attributeEvidence.forEach((item, index) => {
        const where = `attributeEvidence[${index}]`;
        if (!this.entities.has(item.entity)) {
          this.problems.add(file, where, "entity", `refers to ${item.entity}, which is not in the graph`);
          return;
        }
        if (!this.quoteFound(file, where, "quote", item.quote, text)) return;
        this.addEvidence(item.entity, article.id, item.quote, item.gloss);
        this.attributeSources.set(item.entity, [...(this.attributeSources.get(item.entity) ?? []), published]);
        if (!mentioned.has(item.entity)) mentioned.set(item.entity, item.quote);
      });
      for (const [entity, quote] of mentioned) this.addMention(article.id, entity, quote);
    }
  }

  private quoteFound(file: string, item: string, field: string, quote: string, text: string): boolean {
    if (text.includes(collapse(quote))) return true;
    this.problems.add(file, item, field, `is not in the article text: "${quote.slice(0, 80)}${quote.length > 80 ? "…" : ""}"`);
    return false;
  }

  private addStatement(file: string, item: string, s: StatementItem, article: ArticleFile, text: string): string | null {
    const spec = RELATIONSHIPS[s.type];
    let ok = true;
    for (const [field, id, allowed] of [["from", s.from, spec.from], ["to", s.to, spec.to]] as const) {
      const kind = this.kindOf(id);
      if (kind === null) {
        this.problems.add(file, item, field, `refers to ${id}, which is not in the graph`);
        ok = false;
      } else if (!allowed.includes(kind)) {
        this.problems.add(file, item, field, `${s.type} cannot ${field === "from" ? "start at" : "end at"} a ${kind} (${id}); it connects ${spec.from.join("|")} → ${spec.to.join("|")}`);
        ok = false;
      }
    }
    for (const p of attributeProblems(s.properties, spec.properties, this.kindOf, "properties")) {
      this.problems.add(file, item, p.field, p.message);
      ok = false;
    }
    s.evidence.forEach((e, i) => {
      if (!this.quoteFound(file, item, `evidence[${i}].quote`, e.quote, text)) ok = false;
    });
    if (!ok) return null;
    const properties = asAttributes(s.properties);
    const id = statementId(s.type, s.from, s.to, spec.identity.map((k) => String(properties[k] ?? "")));
    this.mergeRelationship(file, item, { id, type: s.type, from: s.from, to: s.to, properties });
    for (const e of s.evidence) this.addEvidence(id, article.id, e.quote, e.gloss);
    return id;
  }

  private mergeRelationship(file: string, item: string, relationship: Relationship): void {
    const existing = this.relationships.get(relationship.id);
    if (!existing) {
      this.relationships.set(relationship.id, { relationship, file });
      return;
    }
    const merged = { ...existing.relationship.properties };
    for (const [key, value] of Object.entries(relationship.properties)) {
      if (key in merged && merged[key] !== value) {
        this.problems.add(file, item, `properties.${key}`, `is ${JSON.stringify(value)}, but ${existing.file} states the same relationship with ${JSON.stringify(merged[key])}`);
      }
      merged[key] = value;
    }
    this.relationships.set(relationship.id, { relationship: { ...existing.relationship, properties: merged }, file: existing.file });
  }

  private addEvidence(subject: string, article: string, quote: string, gloss: string | undefined): void {
    const id = evidenceId(subject, article, quote);
    this.evidence.set(id, {
      id, subject, article, quote, gloss: gloss ?? null,
      method: ExtractionMethod.curated, confidence: 1, reviewState: ReviewState.accepted,
    });
  }

  private addMention(article: string, entity: string, quote: string): void {
    const id = statementId(RelationshipType.MENTIONS, article, entity);
    this.relationships.set(id, {
      relationship: { id, type: RelationshipType.MENTIONS, from: article, to: entity, properties: {} },
      file: article,
    });
    this.addEvidence(id, article, quote, undefined);
  }

  build(): GraphBatch {
    const entities = [...this.entities.values()].map(({ entity }) => indexEntity(entity, this.attributeSources.get(entity.id) ?? []));
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    return {
      entities: entities.sort(byId),
      relationships: [...this.relationships.values()].map((r) => r.relationship).sort(byId),
      evidence: [...this.evidence.values()].sort(byId),
    };
  }
}

/** The whole seed as one batch, or every problem in it. */
export function buildSeedGraph(seed: RawSeed, problems: ProblemList): GraphBatch {
  const builder = new SeedGraphBuilder(problems);
  builder.addEntities(seed);
  builder.addArticles(seed);
  builder.addStatements(seed.articles, seed.texts);
  problems.throwIfAny();
  return builder.build();
}
