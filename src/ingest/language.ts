/**
 * Which language an article is written in, from two profiles per language:
 * its commonest function words and the letters only it uses. Enough to tell
 * the graph's languages (vi, en, id, no) apart on a paragraph; a text with
 * nothing to go on is refused rather than guessed.
 */
import { foldText } from "../domain/names.js";

export const DETECTABLE_LANGUAGES = ["vi", "en", "id", "no"] as const;
export type DetectableLanguage = (typeof DETECTABLE_LANGUAGES)[number];

interface Profile {
  /** Folded function words; each occurrence in the text is one vote. */
  readonly words: ReadonlySet<string>;
  /** Letters of the language's own alphabet, matched on the unfolded text; each is worth a few votes. */
  readonly letters: RegExp;
}

const profile = (words: string, letters: RegExp): Profile => ({ words: new Set(words.split(" ")), letters });

// Vietnamese words are single syllables, so its function words are the syllables most
// frequent in running text; folding makes some of them collide with other languages'
// words, which is why the letters (ư, ơ, ă, đ and the stacked tone marks) weigh more.
const PROFILES: Readonly<Record<DetectableLanguage, Profile>> = {
  vi: profile("va cua cac nhung la duoc trong cho voi mot nay da den khong nguoi co tai de cung theo ve tu", /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu),
  en: profile("the of and to in is that for with as on was by his has have from at this are be its an which will", /(?!)/g),
  id: profile("dan yang di untuk dengan dari dalam ini itu pada akan oleh sebagai juga tidak ke bahwa serta telah atau kedua", /(?!)/g),
  no: profile("og i av til for med det som er en et den pa har fra om ved var vil ikke seg sin de ble", /[æøå]/giu),
};

const LETTER_WEIGHT = 3;

export interface LanguageGuess {
  readonly language: DetectableLanguage;
  /** The winner's share of all votes, 0–1. */
  readonly confidence: number;
}

export class LanguageUnknownError extends Error {}

export function detectLanguage(text: string): LanguageGuess {
  const words = foldText(text).split(" ").filter(Boolean);
  const votes = DETECTABLE_LANGUAGES.map((language) => {
    const { words: common, letters } = PROFILES[language];
    const wordVotes = words.filter((w) => common.has(w)).length;
    const letterVotes = (text.match(letters) ?? []).length * LETTER_WEIGHT;
    return { language, votes: wordVotes + letterVotes };
  }).sort((a, b) => b.votes - a.votes);
  const total = votes.reduce((sum, v) => sum + v.votes, 0);
  if (total === 0) {
    throw new LanguageUnknownError(`cannot tell the language of the text (none of ${DETECTABLE_LANGUAGES.join(", ")} fits): give it with --language`);
  }
  return { language: votes[0].language, confidence: Math.round((votes[0].votes / total) * 100) / 100 };
}
