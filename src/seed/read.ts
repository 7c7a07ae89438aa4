/**
 * Reads the seed folder into typed, shape-checked items. Nothing here knows the
 * other files: cross-checks (references, kinds, quotes) are in validate.ts.
 */
import "reflect-metadata";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { plainToInstance, type ClassConstructor } from "class-transformer";
import { validateSync, type ValidationError } from "class-validator";
import { NodeKind } from "../domain/ontology.js";
import { ArticleFile, EntityItem } from "./schema.js";
import type { ProblemList } from "./problems.js";

/** Which entity file holds which kind. */
export const ENTITY_FILES: Readonly<Record<string, NodeKind>> = {
  "persons.json": NodeKind.Person,
  "organizations.json": NodeKind.Organization,
  "countries.json": NodeKind.Country,
  "drugs.json": NodeKind.Drug,
  "technologies.json": NodeKind.Technology,
  "diseases.json": NodeKind.Disease,
  "resolutions.json": NodeKind.Resolution,
  "agreements.json": NodeKind.Agreement,
  "events.json": NodeKind.Event,
};

export interface Located<T> {
  readonly file: string;
  readonly index: number;
  readonly value: T;
}

export interface RawSeed {
  readonly entities: Located<EntityItem>[];
  readonly entityFileKinds: ReadonlyMap<string, NodeKind>;
  readonly articles: Located<ArticleFile>[];
  /** Article text by article file (relative path). */
  readonly texts: ReadonlyMap<string, string>;
}

async function readJson(path: string, shown: string, problems: ProblemList): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    problems.add(shown, "", "", `cannot be read: ${(e as Error).message}`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.add(shown, "", "", `is not valid JSON: ${(e as Error).message}`);
    return undefined;
  }
}

function flattenErrors(errors: ValidationError[], path = ""): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${path}[${error.property}]` : path ? `${path}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenErrors(error.children ?? [], field)];
  });
}

/** Turns a plain object into `type` and reports every rule it breaks. */
function checked<T extends object>(
  type: ClassConstructor<T>,
  plain: unknown,
  file: string,
  item: string,
  problems: ProblemList,
): T | null {
  if (typeof plain !== "object" || plain === null || Array.isArray(plain)) {
    problems.add(file, item, "", "must be a JSON object");
    return null;
  }
  const value = plainToInstance(type, plain, { exposeDefaultValues: true });
  const errors = flattenErrors(validateSync(value, { forbidUnknownValues: true, whitelist: true, forbidNonWhitelisted: true }));
  for (const { field, message } of errors) {
    // A problem inside a list item names that item, as the cross-checks do: statements[2] / type.
    const inItem = /^(\w+\[\d+\])\.(.+)$/.exec(field);
    if (inItem) problems.add(file, inItem[1], inItem[2], message);
    else problems.add(file, item, field, message);
  }
  return errors.length === 0 ? value : null;
}

export function describeItem(index: number, id: unknown): string {
  return typeof id === "string" ? `#${index} ${id}` : `#${index}`;
}

async function readEntities(dir: string, root: string, problems: ProblemList) {
  const entities: Located<EntityItem>[] = [];
  const kinds = new Map<string, NodeKind>();
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  for (const name of names) {
    const file = relative(root, join(dir, name));
    const kind = ENTITY_FILES[name];
    if (!kind) {
      problems.add(file, "", "", `is not an entity file (expected one of ${Object.keys(ENTITY_FILES).join(", ")})`);
      continue;
    }
    kinds.set(file, kind);
    const plain = await readJson(join(dir, name), file, problems);
    if (plain === undefined) continue;
    if (!Array.isArray(plain)) {
      problems.add(file, "", "", "must be a JSON array of entities");
      continue;
    }
    plain.forEach((item, index) => {
      const value = checked(EntityItem, item, file, describeItem(index, (item as { id?: unknown })?.id), problems);
      if (value) entities.push({ file, index, value });
    });
  }
  return { entities, kinds };
}

async function readArticles(dir: string, root: string, problems: ProblemList) {
  const articles: Located<ArticleFile>[] = [];
  const texts = new Map<string, string>();
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  for (const name of names) {
    const file = relative(root, join(dir, name));
    const plain = await readJson(join(dir, name), file, problems);
    if (plain === undefined) continue;
    const id = (plain as { id?: unknown } | null)?.id;
    const value = checked(ArticleFile, plain, file, typeof id === "string" ? id : "", problems);
    if (!value) continue;
    try {
      texts.set(value.file, await readFile(join(dir, value.file), "utf8"));
      articles.push({ file, index: 0, value });
    } catch {
      problems.add(file, value.id, "file", `names ${value.file}, which is not in ${relative(root, dir) || "."}`);
    }
  }
  return { articles, texts };
}

export async function readSeedFolder(root: string, problems: ProblemList): Promise<RawSeed> {
  const { entities, kinds } = await readEntities(join(root, "entities"), root, problems);
  const { articles, texts } = await readArticles(join(root, "articles"), root, problems);
  return { entities, entityFileKinds: kinds, articles, texts };
}
