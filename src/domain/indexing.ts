/** Derives what a store keeps beside an entity to search and sort it. */
import { DATE_ATTRIBUTE, YEAR_BASIS_ATTRIBUTE } from "./ontology.js";
import { dateQuality, dateRange, DateQuality, parsePartialDate, type PartialDate } from "./dates.js";
import { searchText } from "./names.js";
import type { Entity, IndexedEntity } from "./records.js";

/** The date the entity is placed at in time, if its kind has one and it is known. */
export function entityDate(entity: Entity): PartialDate | null {
  const attribute = DATE_ATTRIBUTE[entity.kind];
  const value = attribute ? entity.attributes[attribute] : undefined;
  return typeof value === "string" ? parsePartialDate(value) : null;
}

/** Why the year of the entity's dates is what it is, when it is inferred rather than written. */
export function yearBasisOf(entity: Entity): string | undefined {
  const basis = entity.attributes[YEAR_BASIS_ATTRIBUTE];
  return typeof basis === "string" ? basis : undefined;
}

/**
 * `sourceDates` are the publication dates of the articles that state the
 * entity's date; the date is flagged when it lies after any of them.
 */
export function indexEntity(entity: Entity, sourceDates: readonly (PartialDate | undefined)[]): IndexedEntity {
  const date = entityDate(entity);
  const range = date && dateRange(date);
  const flagged = date !== null && sourceDates.some((s) => dateQuality(date, s) === DateQuality.AFTER_SOURCE);
  return {
    ...entity,
    searchText: searchText([entity.name, ...Object.values(entity.names), ...entity.aliases, ...entity.labels.map((l) => l.text)]),
    dateStart: range?.start ?? null,
    dateEnd: range?.end ?? null,
    dateQuality: date === null ? null : flagged ? DateQuality.AFTER_SOURCE : DateQuality.OK,
  };
}
