/**
 * What each entity of a synthetic graph states about itself: a person's posts
 * and the events they attended, an agreement's parties, signers and what it
 * transfers, and so on. Each relationship type is stated from one side only
 * (agreements state their signers; people state their posts), so two owners
 * never state the same relationship, and an owner skips a repeat of its own.
 */
import { NodeKind, PartyRole, RELATIONSHIPS, RelationshipType as T, TreatmentStatus } from "../domain/ontology.js";
import type { AttributeValue } from "../domain/records.js";
import type { GraphLayout } from "./layout.js";
import { Random } from "./random.js";
import { STREAM, type SyntheticEntity } from "./entities.js";

/** A relationship between two entities, by index, before it has an id. */
export interface Fact {
  readonly type: T;
  readonly from: number;
  readonly to: number;
  readonly properties: Readonly<Record<string, AttributeValue>>;
  /** The entity an `onBehalfOf` property names, so a sentence can name it too. */
  readonly via?: number;
}

export type EntityAt = (index: number) => SyntheticEntity;

const K = NodeKind;
const TITLES = ["Director", "Deputy Director", "Head of Department", "General Director", "Chairman", "Senior Researcher", "Vice Rector", "Chief Physician"];
const ROLES = ["speaker", "delegate", "guest of honour", "co-chair"];
const PRODUCT_STATUS = ["in production", "licensed", "planned", "in clinical trials"];
const TRANSFER_STATUS = ["completed", "ongoing", "planned"];

class Statements {
  readonly facts: Fact[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly layout: GraphLayout, readonly owner: SyntheticEntity, readonly rng: Random, readonly at: EntityAt) {}

  add(type: T, from: number | null, to: number | null, properties: Record<string, AttributeValue> = {}, via?: number): void {
    if (from === null || to === null || from === to) return;
    // The same key as the statement id: type, ends and the identity properties.
    const key = [type, from, to, ...RELATIONSHIPS[type].identity.map((k) => properties[k] ?? "")].join(" ");
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.facts.push(via === undefined ? { type, from, to, properties } : { type, from, to, properties, via });
  }

  times(min: number, max: number, state: () => void): void {
    for (let n = this.rng.between(min, max); n > 0; n--) state();
  }

  /** Mostly the owner's own country, sometimes another. */
  near(): number {
    const home = this.owner.country!;
    return this.rng.chance(0.85) ? home : this.layout.otherCountry(home, this.rng);
  }

  in(kind: NodeKind, country: number): number | null {
    return this.layout.pickIn(kind, country, this.rng);
  }

  /** An earlier entity of the owner's block, for what amends or belongs to what came before. */
  earlier(kind: NodeKind): number | null {
    const rank = this.layout.rankOf(this.owner.index, kind);
    return rank === 0 ? null : this.layout.atRank(kind, this.owner.country!, this.rng.skewed(rank));
  }
}

function person(s: Statements): void {
  const { layout, owner, rng } = s;
  const home = owner.country!;
  // The first person of a country is its minister, at its ministry.
  const isMinister = layout.rankOf(owner.index, K.Person) === 0;
  const post = isMinister ? layout.atRank(K.Organization, home, 0) : s.in(K.Organization, rng.chance(0.92) ? home : s.near());
  s.add(T.HOLDS_POSITION, owner.index, post, { title: isMinister ? "Minister of Health" : rng.pick(TITLES), current: true });
  if (rng.chance(0.3)) s.add(T.HOLDS_POSITION, owner.index, s.in(K.Organization, home), { title: rng.pick(TITLES), current: false, from: String(rng.between(2005, 2018)) });
  if (rng.chance(0.05)) s.add(T.HOLDS_POSITION, owner.index, layout.countryIndex(home), { title: "Ambassador", current: rng.chance(0.5) });
  s.times(0, 4, () => s.add(T.ATTENDED, owner.index, s.in(K.Event, s.near()), rng.chance(0.5) ? { role: rng.pick(ROLES) } : {}));
  s.times(0, 3, () => s.add(T.WITNESSED, owner.index, rng.chance(0.7) ? s.in(K.Agreement, home) : s.in(K.Event, home)));
  if (rng.chance(0.2)) s.add(T.CITES, owner.index, s.in(K.Resolution, home));
}

function organization(s: Statements): void {
  const { layout, owner, rng } = s;
  const home = owner.country!;
  const category = owner.entity.attributes.category;
  s.add(T.BASED_IN, owner.index, layout.countryIndex(home));
  const stateBody = category !== "COMPANY" && category !== "FUND" && category !== "MEDIA" && category !== "ASSOCIATION";
  if (rng.chance(0.7)) s.add(T.PART_OF, owner.index, stateBody ? layout.atRank(K.Organization, home, 0) : s.in(K.Organization, home));
  if (category === "COMPANY" || category === "INSTITUTE") {
    s.times(1, 5, () => s.add(T.PRODUCES, owner.index, layout.pickAny(rng.chance(0.7) ? K.Drug : K.Technology, rng), { status: rng.pick(PRODUCT_STATUS) }));
  }
  s.times(0, 3, () => s.add(T.ATTENDED, owner.index, s.in(K.Event, s.near())));
  if (rng.chance(0.3)) s.add(T.CITES, owner.index, s.in(K.Resolution, home));
}

/** A party: mostly an organisation of the country, sometimes the country itself. */
function party(s: Statements, country: number): number | null {
  return s.rng.chance(0.8) ? s.in(K.Organization, country) : s.layout.countryIndex(country);
}

function agreement(s: Statements): void {
  const { layout, owner, rng, at } = s;
  const home = owner.country!;
  const partner = owner.partner ?? home;
  const domestic = partner === home;
  const sides: Array<[number, number | null, PartyRole]> = [
    [home, party(s, home), domestic ? PartyRole.PARTY : PartyRole.PROVIDER],
    [partner, party(s, partner), domestic ? PartyRole.PARTY : PartyRole.RECIPIENT],
  ];
  for (const [country, side, role] of sides) {
    s.add(T.PARTY_TO, side, owner.index, { role });
    if (side !== null) s.add(T.SIGNED, s.in(K.Person, country), owner.index, { onBehalfOf: at(side).entity.id }, side);
  }
  if (rng.chance(0.25)) s.add(T.PARTY_TO, s.in(K.Organization, rng.pick([home, partner])), owner.index, { role: PartyRole.PARTY });
  s.times(1, 3, () => s.add(T.TRANSFERS, owner.index, layout.pickAny(rng.chance(0.6) ? K.Drug : K.Technology, rng), { status: rng.pick(TRANSFER_STATUS) }));
  if (rng.chance(0.6)) s.add(T.SIGNED_AT, owner.index, s.in(K.Event, rng.pick([home, partner])));
  if (rng.chance(0.5)) s.add(T.CITES, owner.index, s.in(K.Resolution, home));
}

function event(s: Statements): void {
  const { layout, owner, rng } = s;
  const home = owner.country!;
  s.add(T.HELD_IN, owner.index, layout.countryIndex(home));
  s.times(1, 3, () => s.add(T.ORGANIZED, rng.chance(0.8) ? s.in(K.Organization, home) : s.in(K.Person, home), owner.index));
  if (rng.chance(0.3)) s.add(T.PART_OF, owner.index, s.earlier(K.Event));
  if (rng.chance(0.2)) s.add(T.CITES, owner.index, s.in(K.Resolution, home));
}

function resolution(s: Statements): void {
  const { layout, owner, rng } = s;
  const home = owner.country!;
  const issuer = rng.chance(0.9) ? (rng.chance(0.5) ? layout.atRank(K.Organization, home, 0) : s.in(K.Organization, home)) : s.in(K.Person, home);
  s.add(T.ISSUED_BY, owner.index, issuer);
  if (rng.chance(0.5)) s.add(T.IMPLEMENTS, owner.index, s.earlier(K.Resolution));
  if (rng.chance(0.3)) s.add(T.AMENDS, owner.index, s.earlier(K.Resolution));
}

function product(s: Statements, min: number, max: number): void {
  const statuses = Object.values(TreatmentStatus);
  s.times(min, max, () => s.add(T.TREATS, s.owner.index, s.layout.pickAny(K.Disease, s.rng), { status: s.rng.pick(statuses) }));
}

const BY_KIND: Partial<Record<NodeKind, (s: Statements) => void>> = {
  [K.Person]: person,
  [K.Organization]: organization,
  [K.Agreement]: agreement,
  [K.Event]: event,
  [K.Resolution]: resolution,
  [K.Drug]: (s) => product(s, 1, 3),
  [K.Technology]: (s) => product(s, 0, 2),
};

/** Everything `owner` states, in a fixed order; countries, diseases and articles state nothing themselves. */
export function statementsOf(layout: GraphLayout, owner: SyntheticEntity, at: EntityAt): Fact[] {
  const state = BY_KIND[owner.entity.kind];
  if (!state) return [];
  const s = new Statements(layout, owner, new Random(layout.options.seed, STREAM.statements, owner.index), at);
  state(s);
  return s.facts;
}
