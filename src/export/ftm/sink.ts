/**
 * The FollowTheMoney formats as export sinks: `ftm`, FtM entities as JSON
 * lines, and `ftm-statements`, FtM's statement table as CSV (one row per
 * property value, with its dataset, origin and first/last seen days). Both
 * stream: each FtM entity is written whole, once, as its node or
 * relationship arrives, so `ftm aggregate-statements` reads an entity's rows
 * together. The country codes of a page's entities are read beside it, in
 * one round trip; the countries themselves once per export.
 */
import { createHash } from "node:crypto";
import { NodeKind, RelationshipType } from "../../domain/ontology.js";
import { kindOfId } from "../../domain/ids.js";
import type { IndexedEntity, Relationship } from "../../domain/records.js";
import type { GraphStore, RelationshipQuery } from "../../store/port.js";
import type { TextOutput } from "../output.js";
import type { ExportEdge, ExportSink, ExportSource } from "../scope.js";
import { citedArticle, entityThings, relationshipThings, type CountryFacts, type CountryLookup } from "./mapping.js";
import { ftmId, PROPERTY_TYPES, type FtmEntity } from "./model.js";

/** The FtM dataset every statement belongs to. */
export const FTM_DATASET = "health_cooperation_kg";

/** Countries read per page while the export first needs them. */
const COUNTRY_PAGE = 500;

async function readCountries(store: GraphStore): Promise<Map<string, CountryFacts>> {
  const countries = new Map<string, CountryFacts>();
  for (let offset = 0; ; offset += COUNTRY_PAGE) {
    const ids = await store.listEntities({ kinds: [NodeKind.Country], limit: COUNTRY_PAGE, offset });
    for (const country of await store.entitiesById(ids)) {
      if (!country) continue;
      const iso = country.attributes.iso;
      countries.set(country.id, { code: typeof iso === "string" ? iso.toLowerCase() : null, name: country.name });
    }
    if (ids.length < COUNTRY_PAGE) return countries;
  }
}

/** Where an entity of each kind learns its countries: the relationships that place it, and at which end the country is. */
const PLACED_BY: Partial<Record<NodeKind, { types: RelationshipType[]; direction: "OUT" | "IN" }>> = {
  [NodeKind.Organization]: { types: [RelationshipType.BASED_IN], direction: "OUT" },
  [NodeKind.Event]: { types: [RelationshipType.HELD_IN], direction: "OUT" },
  [NodeKind.Agreement]: { types: [RelationshipType.SIGNED, RelationshipType.PARTY_TO], direction: "IN" },
};

/** Turns pages of the graph into FtM entities and hands each to `write`, each once. */
class FtmConverter {
  private countries: Map<string, CountryFacts> | null = null;
  /** Entities that several relationships share (posts, cited articles): written with the first. */
  private readonly written = new Set<string>();

  constructor(private readonly store: GraphStore, private readonly write: (things: readonly FtmEntity[]) => Promise<void>) {}

  private async countryLookup(): Promise<CountryLookup> {
    this.countries ??= await readCountries(this.store);
    const countries = this.countries;
    return (id) => countries.get(id) ?? null;
  }

  private async countryCodes(page: readonly IndexedEntity[]): Promise<Map<string, string[]>> {
    const placed = page.filter((e) => PLACED_BY[e.kind]);
    const codes = new Map<string, string[]>();
    if (!placed.length) return codes;
    const queries: RelationshipQuery[] = placed.map((e) => ({ entityId: e.id, ...PLACED_BY[e.kind]! }));
    const [relationships, countries] = await Promise.all([this.store.relationshipsOf(queries), this.countryLookup()]);
    placed.forEach((entity, i) => {
      const ends = relationships[i]!.map((r: Relationship) => (queries[i]!.direction === "OUT" ? r.to : r.from));
      const found = ends.filter((id) => kindOfId(id) === NodeKind.Country).map((id) => countries(id)?.code);
      codes.set(entity.id, [...new Set(found.filter((c): c is string => !!c))]);
    });
    return codes;
  }

  async nodes(page: readonly IndexedEntity[], sources: readonly ExportSource[]): Promise<void> {
    const codes = await this.countryCodes(page);
    const bySubject = new Map<string, ExportSource[]>();
    for (const source of sources) bySubject.set(source.evidence.subject, [...(bySubject.get(source.evidence.subject) ?? []), source]);
    for (const entity of page) if (entity.kind === NodeKind.Article) this.written.add(ftmId(entity.id));
    await this.write(page.flatMap((e) => entityThings(e, bySubject.get(e.id) ?? [], codes.get(e.id) ?? [])));
  }

  async edges(page: readonly ExportEdge[]): Promise<void> {
    const countries = await this.countryLookup();
    const things: FtmEntity[] = [];
    const once = (thing: FtmEntity) => {
      if (this.written.has(thing.id)) return;
      this.written.add(thing.id);
      things.push(thing);
    };
    for (const edge of page) {
      for (const source of edge.sources) once(citedArticle(source));
      for (const thing of relationshipThings(edge, countries)) {
        if (thing.schema === "Position") once(thing);
        else things.push(thing);
      }
    }
    await this.write(things);
  }
}

function converterSink(store: GraphStore, write: (things: readonly FtmEntity[]) => Promise<void>, start: () => Promise<void> = async () => undefined): ExportSink {
  const converter = new FtmConverter(store, write);
  let started = false;
  const begin = async () => {
    if (!started) await start();
    started = true;
  };
  return {
    async nodes(page, sources) {
      await begin();
      await converter.nodes(page, sources);
    },
    async edges(page) {
      await begin();
      await converter.edges(page);
    },
    end: begin,
  };
}

/** FtM entities as JSON lines, as `ftm validate`, `ftm aggregate` and Aleph read them. */
export function ftmEntitySink(out: TextOutput, store: GraphStore): ExportSink {
  return converterSink(store, async (things) => {
    if (things.length) await out.write(things.map((t) => JSON.stringify(t.toJson()) + "\n").join(""));
  });
}

/** The columns of FtM's statement CSV (followthemoney.statement.serialize.CSV_COLUMNS), in its order. */
export const STATEMENT_COLUMNS = [
  "canonical_id", "entity_id", "prop", "prop_type", "schema", "value", "dataset", "origin", "lang",
  "original_value", "external", "first_seen", "last_seen", "id",
] as const;

/** FtM's statement id: the SHA-1 of dataset, entity, property and value (and language), as Statement.make_key builds it. */
export function statementKey(entityId: string, prop: string, value: string, lang: string | null): string {
  const key = `${FTM_DATASET}.${entityId}.${prop}.${value}${lang ? `@${lang}` : ""}`;
  return createHash("sha1").update(key, "utf8").digest("hex");
}

/** Every field quoted, as FtM's own writer does (Python's unix dialect). */
const csvLine = (fields: readonly (string | null)[]) => fields.map((f) => `"${(f ?? "").replace(/"/g, '""')}"`).join(",") + "\n";

/** One row for the entity's id (which carries its schema), then one per property value. */
function statementRows(thing: FtmEntity): string {
  const base = thing.provenance;
  const rows = [csvLine([
    thing.id, thing.id, "id", "id", thing.schema, thing.id, FTM_DATASET, base.origin, null, null, "f", base.firstSeen, base.lastSeen,
    statementKey(thing.id, "id", thing.id, null),
  ])];
  for (const [prop, values] of thing.properties()) {
    for (const { value, lang, provenance } of values) {
      rows.push(csvLine([
        thing.id, thing.id, prop, PROPERTY_TYPES[prop], thing.schema, value, FTM_DATASET, provenance.origin, lang, null, "f",
        provenance.firstSeen, provenance.lastSeen, statementKey(thing.id, prop, value, lang),
      ]));
    }
  }
  return rows.join("");
}

/** FtM's statement table, as `ftm aggregate-statements` and nomenklatura read it. */
export function ftmStatementSink(out: TextOutput, store: GraphStore): ExportSink {
  return converterSink(
    store,
    async (things) => {
      if (things.length) await out.write(things.map(statementRows).join(""));
    },
    () => out.write(csvLine(STATEMENT_COLUMNS)),
  );
}
