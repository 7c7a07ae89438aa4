/**
 * An article's headline when no title is given. A page copied whole starts
 * with the site's banner ("Vietnam.vn - Nền tảng quảng bá Việt Nam"), a
 * section name ("VIE-STYLEHealth") or a byline, not with the headline. The
 * headline is the line its URL's slug spells, when the slug spells one;
 * otherwise the first line that reads like a headline: a few words, no web
 * address, no " | " or " - " separating a site from its tagline, not a
 * dateline or byline.
 */
import { foldText } from "../domain/names.js";

const LONGEST_TITLE = 300;
const FEWEST_WORDS = 4;
/** Lines looked at for a headline: a banner or two, a section, then the headline. */
const LINES_LOOKED_AT = 8;

const words = (text: string) => foldText(text).split(" ").filter((w) => w.length > 1);

function slugWords(url: string | undefined): Set<string> {
  if (!url) return new Set();
  const path = url.replace(/^https?:\/\/[^/]+/, "").replace(/[?#].*$/, "");
  const slug = path.split("/").filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? "";
  return new Set(slug.replace(/\.[a-z]+$/i, "").split(/[-_]+/).map((w) => w.toLowerCase()).filter((w) => /^[a-z]{2,}$/.test(w)));
}

function readsLikeHeadline(line: string): boolean {
  if (words(line).length < FEWEST_WORDS) return false;
  if (/\b[\w-]+\.(?:vn|com|net|org|no|id|ru|gov)\b/i.test(line) || /\s[|–-]\s/.test(line)) return false;
  // A byline or dateline: "By Gia Nghi May 27, 2025", "13/09/2025, 14:55".
  return !/^(?:by|av|oleh|bởi)\s/i.test(line) && !/\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(line);
}

export function headline(text: string, url?: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const slug = slugWords(url);
  const spelled = (line: string) => {
    const ws = words(line);
    return ws.length > 0 ? ws.filter((w) => slug.has(w)).length / ws.length : 0;
  };
  const head = lines.slice(0, LINES_LOOKED_AT);
  const bySlug = slug.size >= FEWEST_WORDS ? head.filter((l) => spelled(l) >= 0.6).sort((a, b) => spelled(b) - spelled(a))[0] : undefined;
  return (bySlug ?? head.find(readsLikeHeadline) ?? lines[0]).slice(0, LONGEST_TITLE);
}
