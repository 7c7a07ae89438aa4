/**
 * Labels in the reader's language: which of an entity's labels to show for a
 * language, falling back to English and then to the canonical name.
 */
import type { Entity, Label } from "./records.js";

/** The language a reader gets when asking for none, and the first fallback. */
export const DEFAULT_LANGUAGE = "en";

/**
 * Every label of the entity. Entities made before labels existed (by curation
 * or ingest) carry only `names`: each stands as written, its article unknown.
 */
export function labelsOf(entity: Pick<Entity, "names" | "labels">): readonly Label[] {
  const labels = entity.labels;
  const covered = new Set(labels.map((l) => `${l.lang}\u0000${l.text}`));
  const fromNames = Object.entries(entity.names)
    .filter(([lang, text]) => !covered.has(`${lang}\u0000${text}`))
    .map(([lang, text]) => ({ lang, text, asWritten: true, source: null }));
  return [...labels, ...fromNames];
}

/** The label in `lang` (an article's own words before a translation), else English, else null. */
export function labelIn(entity: Pick<Entity, "names" | "labels">, lang: string): Label | null {
  return pickLabel(labelsOf(entity), lang);
}

/** Of these labels, the one in `lang` (an article's own words before a translation), else English, else null. */
export function pickLabel(labels: readonly Label[], lang: string): Label | null {
  const inLanguage = (code: string) =>
    labels.find((l) => l.lang === code && l.asWritten) ?? labels.find((l) => l.lang === code) ?? null;
  return inLanguage(lang) ?? inLanguage(DEFAULT_LANGUAGE);
}


/**
 * The first language of an Accept-Language header that is a plain language
 * code (`vi-VN;q=0.9` counts as `vi`), by quality; null when it names none.
 */
export function languageFromHeader(header: string | undefined): string | null {
  if (!header) return null;
  const ranked = header.split(",").map((part, index) => {
    const [tag, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    return { lang: tag.trim().toLowerCase().split("-")[0], quality: q ? Number(q[1]) : 1, index };
  });
  const usable = ranked.filter((r) => /^[a-z]{2,3}$/.test(r.lang) && r.quality > 0);
  usable.sort((a, b) => b.quality - a.quality || a.index - b.index);
  return usable[0]?.lang ?? null;
}
