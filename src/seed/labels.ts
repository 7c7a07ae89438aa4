/**
 * An entity's labels from its seed item: each of `names` is the article's own
 * words and must be found in an article of its language, which becomes its
 * source; each of `translations` is a gloss and is marked so.
 */
import { foldText } from "../domain/names.js";
import type { Label } from "../domain/records.js";
import type { ArticleFile, EntityItem } from "./schema.js";
import type { Located } from "./read.js";
import type { ProblemList } from "./problems.js";

/** Articles by language, each with its text folded and framed by spaces so a name is found as whole words. */
export type ArticleTexts = ReadonlyMap<string, ReadonlyArray<{ id: string; folded: string }>>;

export function articleTextsByLanguage(articles: readonly Located<ArticleFile>[], texts: ReadonlyMap<string, string>): ArticleTexts {
  const byLanguage = new Map<string, Array<{ id: string; folded: string }>>();
  for (const { value } of [...articles].sort((a, b) => (a.value.id < b.value.id ? -1 : 1))) {
    const list = byLanguage.get(value.language) ?? [];
    list.push({ id: value.id, folded: ` ${foldText(texts.get(value.file) ?? "")} ` });
    byLanguage.set(value.language, list);
  }
  return byLanguage;
}

const LANGUAGE = /^[a-z]{2,3}$/;

/** The item's labels; a name no article of its language writes, or a malformed entry, is a problem. */
export function labelsOfItem(item: EntityItem, articles: ArticleTexts, file: string, where: string, problems: ProblemList): Label[] {
  const labels: Label[] = [];
  for (const [field, map, asWritten] of [["names", item.names, true], ["translations", item.translations, false]] as const) {
    for (const [lang, text] of Object.entries(map)) {
      if (!LANGUAGE.test(lang) || typeof text !== "string" || !text.trim()) {
        problems.add(file, where, `${field}.${lang}`, "must map a language code to a non-empty name");
        continue;
      }
      if (!asWritten) {
        labels.push({ lang, text, asWritten, source: null });
        continue;
      }
      const words = ` ${foldText(text)} `;
      const source = (articles.get(lang) ?? []).find((a) => a.folded.includes(words));
      if (!source) {
        problems.add(file, where, `names.${lang}`, `is marked as written in an article, but no "${lang}" article's text contains "${text}"; a translation goes under translations`);
        continue;
      }
      labels.push({ lang, text, asWritten, source: source.id });
    }
  }
  return labels;
}
