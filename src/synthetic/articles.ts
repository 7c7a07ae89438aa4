/**
 * Article a of a synthetic graph: the statements of the entities it covers
 * (layout.ownersOf), one sentence each, make its text; each statement becomes
 * a relationship whose evidence quotes that sentence, and the article MENTIONS
 * whom it covers. Now and then it restates a statement of the article before,
 * which gives that relationship a second piece of evidence.
 */
import { NodeKind, RELATIONSHIPS, RelationshipType as T } from "../domain/ontology.js";
import { evidenceId, slugify, statementId } from "../domain/ids.js";
import { indexEntity } from "../domain/indexing.js";
import {
  ExtractionMethod, ReviewState, type Entity, type Evidence, type IndexedEntity, type Relationship,
} from "../domain/records.js";
import type { Language } from "./countries.js";
import { STREAM, syntheticId } from "./entities.js";
import type { GraphLayout } from "./layout.js";
import { honorific, personName } from "./personNames.js";
import { PUBLISHERS } from "./productNames.js";
import { Random } from "./random.js";
import { aboutSentence, articleLanguage, sentence, type SyntheticType } from "./sentences.js";
import { statementsOf, type EntityAt, type Fact } from "./statements.js";

export interface SyntheticArticle {
  readonly entity: IndexedEntity;
  /** The relationships first stated here, MENTIONS included. */
  readonly relationships: Relationship[];
  readonly evidence: Evidence[];
  /** The same relationships by entity index, for counting degrees. */
  readonly facts: Fact[];
}

interface Line {
  readonly fact: Fact;
  readonly quote: string;
  readonly gloss: string | null;
  /** Stated first by an earlier article: only the evidence is new. */
  readonly restated: boolean;
}

class ArticleWriter {
  readonly lines: Line[] = [];

  constructor(readonly at: EntityAt, readonly rng: Random, readonly language: Exclude<Language, "ru">) {}

  /** An entity's name as this article writes it: in its language if it has one, people often with a title. */
  private nameOf(index: number, language: Language, titled: boolean): string {
    const { entity } = this.at(index);
    const name = entity.names[language] ?? entity.name;
    if (entity.kind !== NodeKind.Person || !titled) return name;
    const title = honorific(this.rng, language);
    return title ? `${title} ${name}` : name;
  }

  private text(fact: Fact, language: Language, titled: boolean): string {
    const x = fact.via !== undefined ? this.nameOf(fact.via, language, false) : String(fact.properties.title ?? "");
    const type = fact.type as SyntheticType;
    return sentence(language, type, this.nameOf(fact.from, language, titled), this.nameOf(fact.to, language, titled), x);
  }

  /** A line naming an entity that states nothing itself: its fact is the article's MENTIONS of it. */
  writeAbout(article: number, entity: number): void {
    const fact = { type: T.MENTIONS, from: article, to: entity, properties: {} };
    this.lines.push({ fact, quote: aboutSentence(this.language, this.nameOf(entity, this.language, false)), gloss: null, restated: false });
  }

  write(fact: Fact, restated: boolean): void {
    const quote = this.text(fact, this.language, true);
    // Some quotes in another language carry an English gloss, as curators write them.
    const gloss = this.language !== "en" && this.rng.chance(0.2) ? this.text(fact, "en", false) : null;
    this.lines.push({ fact, quote, gloss, restated });
  }
}

function relationshipOf(fact: Fact, at: EntityAt): Relationship {
  const from = at(fact.from).entity.id;
  const to = at(fact.to).entity.id;
  const identity = RELATIONSHIPS[fact.type].identity.map((k) => String(fact.properties[k] ?? ""));
  return { id: statementId(fact.type, from, to, identity), type: fact.type, from, to, properties: fact.properties };
}

function evidenceOf(subject: string, article: string, quote: string, gloss: string | null, rng: Random): Evidence {
  return {
    id: evidenceId(subject, article, quote), subject, article, quote, gloss,
    method: ExtractionMethod.machine,
    confidence: Math.round((0.6 + 0.4 * rng.next()) * 100) / 100,
    reviewState: rng.chance(0.95) ? ReviewState.accepted : ReviewState.proposed,
  };
}

/** A first sentence as a headline: no full stop, cut at a word when long. */
function headline(quote: string): string {
  const text = quote.replace(/\.$/, "");
  return text.length <= 120 ? text : `${text.slice(0, text.lastIndexOf(" ", 117))}…`;
}

function articleEntity(index: number, lines: readonly Line[], language: Language, rng: Random): Entity {
  const text = lines.map((l) => l.quote).join(" ");
  const title = lines.length ? headline(lines[0].quote) : `Health cooperation news ${index}`;
  const publisher = rng.pick(PUBLISHERS[language]);
  const id = syntheticId(NodeKind.Article, title, index);
  const attributes: Record<string, string> = {
    title, url: `https://${publisher.domain}/${slugify(title).slice(0, 60).replace(/-+$/, "")}-${index}.html`,
    publisher: publisher.name, language,
    published: `${rng.between(2015, 2026)}-${String(rng.between(1, 12)).padStart(2, "0")}-${String(rng.between(1, 28)).padStart(2, "0")}`,
    text,
  };
  if (rng.chance(0.5)) attributes.author = personName(rng, language).name;
  return { id, kind: NodeKind.Article, name: title, names: {}, aliases: [], labels: [], attributes };
}

/** The statements of the entities the article covers, and now and then one of the article before. */
function writeLines(layout: GraphLayout, index: number, at: EntityAt, writer: ArticleWriter): void {
  const owners = layout.ownersOf(index);
  for (let owner = owners.start; owner < owners.start + owners.count; owner++) {
    const facts = statementsOf(layout, at(owner), at);
    if (facts.length === 0) writer.writeAbout(index, owner);
    for (const fact of facts) writer.write(fact, false);
  }
  if (index === layout.articles.start || !writer.rng.chance(0.5)) return;
  const earlier = layout.ownersOf(index - 1);
  const facts = statementsOf(layout, at(earlier.start + writer.rng.below(earlier.count)), at);
  if (facts.length) writer.write(writer.rng.pick(facts), true);
}

/**
 * Whom the article MENTIONS: each entity it covers and the other end of that
 * entity's first statement, quoting that statement's sentence.
 */
function mentions(lines: readonly Line[], articleIndex: number): Array<{ fact: Fact; line: Line }> {
  const named = new Set<number>();
  const found: Array<{ fact: Fact; line: Line }> = [];
  let previousOwner = -1;
  for (const line of lines) {
    if (line.restated) continue;
    if (line.fact.type === T.MENTIONS) {
      named.add(line.fact.to);
      found.push({ fact: line.fact, line });
      continue;
    }
    const owner = ownerOf(line.fact);
    if (owner === previousOwner) continue;
    previousOwner = owner;
    for (const entity of [line.fact.from, line.fact.to]) {
      if (named.has(entity)) continue;
      named.add(entity);
      found.push({ fact: { type: T.MENTIONS, from: articleIndex, to: entity, properties: {} }, line });
    }
  }
  return found;
}

/** The entity whose statement a fact is: agreements and events state who signed and organised them. */
function ownerOf(fact: Fact): number {
  return fact.type === T.PARTY_TO || fact.type === T.SIGNED || fact.type === T.ORGANIZED ? fact.to : fact.from;
}

export function syntheticArticle(layout: GraphLayout, index: number, at: EntityAt): SyntheticArticle {
  const rng = new Random(layout.options.seed, STREAM.article, index);
  const owners = layout.ownersOf(index);
  const writer = new ArticleWriter(at, rng, articleLanguage(owners.count ? at(owners.start).language : "en"));
  writeLines(layout, index, at, writer);
  const entity = indexEntity(articleEntity(index, writer.lines, writer.language, rng), []);
  const relationships: Relationship[] = [];
  const evidence: Evidence[] = [];
  const facts: Fact[] = [];
  for (const line of writer.lines.filter((l) => l.fact.type !== T.MENTIONS)) {
    const relationship = relationshipOf(line.fact, at);
    if (!line.restated) {
      relationships.push(relationship);
      facts.push(line.fact);
    }
    evidence.push(evidenceOf(relationship.id, entity.id, line.quote, line.gloss, rng));
  }
  for (const { fact, line } of mentions(writer.lines, index)) {
    const to = at(fact.to).entity.id;
    const relationship = { id: statementId(T.MENTIONS, entity.id, to), type: T.MENTIONS, from: entity.id, to, properties: {} };
    relationships.push(relationship);
    facts.push(fact);
    evidence.push(evidenceOf(relationship.id, entity.id, line.quote, null, rng));
  }
  return { entity, relationships, evidence, facts };
}
