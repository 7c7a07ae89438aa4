/**
 * The sentence an article writes for a statement, in the article's language.
 * `a` and `b` are the names of the statement's two ends (people with a title
 * or form of address before them, as papers write them), `x` its extra detail:
 * who a signer signed for, a post's title.
 */
import { RelationshipType as T } from "../domain/ontology.js";
import type { Language } from "./countries.js";

type Template = (a: string, b: string, x: string) => string;
/** The types synthetic articles state; they credit no one, state no cooperation beyond agreements and say nothing of what events are about. */
export type SyntheticType = Exclude<T, T.MENTIONS | T.COOPERATES_WITH | T.CREDITED | T.CONCERNS>;
type Templates = Readonly<Record<SyntheticType, Template>>;

const EN: Templates = {
  SIGNED: (a, b, x) => `${a} signed the ${b}${x ? ` on behalf of ${x}` : ""}.`,
  WITNESSED: (a, b) => `${a} witnessed the signing of the ${b}.`,
  TRANSFERS: (a, b) => `Under the ${a}, ${b} will be transferred.`,
  PARTY_TO: (a, b) => `${a} is a party to the ${b}.`,
  SIGNED_AT: (a, b) => `The ${a} was signed at the ${b}.`,
  HOLDS_POSITION: (a, b, x) => `${a}, ${x} of ${b}, told reporters the plan was on track.`,
  BASED_IN: (a, b) => `${a} is based in ${b}.`,
  PART_OF: (a, b) => `${a} is part of ${b}.`,
  ATTENDED: (a, b) => `${a} attended the ${b}.`,
  ORGANIZED: (a, b) => `${a} organised the ${b}.`,
  HELD_IN: (a, b) => `The ${a} took place in ${b}.`,
  PRODUCES: (a, b) => `${a} produces ${b}.`,
  ISSUED_BY: (a, b) => `${a} was issued by ${b}.`,
  IMPLEMENTS: (a, b) => `${a} implements ${b}.`,
  AMENDS: (a, b) => `${a} amends ${b}.`,
  CITES: (a, b) => `${a} referred to ${b}.`,
  TREATS: (a, b) => `${a} is used against ${b}.`,
};

const VI: Templates = {
  SIGNED: (a, b, x) => `${a} đã ký ${b}${x ? ` thay mặt ${x}` : ""}.`,
  WITNESSED: (a, b) => `${a} đã chứng kiến lễ ký ${b}.`,
  TRANSFERS: (a, b) => `Theo ${a}, ${b} sẽ được chuyển giao.`,
  PARTY_TO: (a, b) => `${a} là một bên của ${b}.`,
  SIGNED_AT: (a, b) => `${a} được ký kết tại ${b}.`,
  HOLDS_POSITION: (a, b, x) => `${a}, ${x} ${b}, cho biết kế hoạch đang được triển khai.`,
  BASED_IN: (a, b) => `${a} có trụ sở tại ${b}.`,
  PART_OF: (a, b) => `${a} trực thuộc ${b}.`,
  ATTENDED: (a, b) => `${a} đã tham dự ${b}.`,
  ORGANIZED: (a, b) => `${a} đã tổ chức ${b}.`,
  HELD_IN: (a, b) => `${a} diễn ra tại ${b}.`,
  PRODUCES: (a, b) => `${a} sản xuất ${b}.`,
  ISSUED_BY: (a, b) => `${a} do ${b} ban hành.`,
  IMPLEMENTS: (a, b) => `${a} triển khai ${b}.`,
  AMENDS: (a, b) => `${a} sửa đổi, bổ sung ${b}.`,
  CITES: (a, b) => `${a} đã viện dẫn ${b}.`,
  TREATS: (a, b) => `${a} được dùng để điều trị ${b}.`,
};

const NO: Templates = {
  SIGNED: (a, b, x) => `${a} signerte ${b}${x ? ` på vegne av ${x}` : ""}.`,
  WITNESSED: (a, b) => `${a} var til stede da ${b} ble signert.`,
  TRANSFERS: (a, b) => `Gjennom ${a} overføres ${b}.`,
  PARTY_TO: (a, b) => `${a} er part i ${b}.`,
  SIGNED_AT: (a, b) => `${a} ble signert under ${b}.`,
  HOLDS_POSITION: (a, b, x) => `${a}, ${x} i ${b}, sier at arbeidet går etter planen.`,
  BASED_IN: (a, b) => `${a} holder til i ${b}.`,
  PART_OF: (a, b) => `${a} er en del av ${b}.`,
  ATTENDED: (a, b) => `${a} deltok på ${b}.`,
  ORGANIZED: (a, b) => `${a} arrangerte ${b}.`,
  HELD_IN: (a, b) => `${a} fant sted i ${b}.`,
  PRODUCES: (a, b) => `${a} produserer ${b}.`,
  ISSUED_BY: (a, b) => `${a} ble vedtatt av ${b}.`,
  IMPLEMENTS: (a, b) => `${a} gjennomfører ${b}.`,
  AMENDS: (a, b) => `${a} endrer ${b}.`,
  CITES: (a, b) => `${a} viste til ${b}.`,
  TREATS: (a, b) => `${a} brukes mot ${b}.`,
};

const ID: Templates = {
  SIGNED: (a, b, x) => `${a} menandatangani ${b}${x ? ` atas nama ${x}` : ""}.`,
  WITNESSED: (a, b) => `${a} menyaksikan penandatanganan ${b}.`,
  TRANSFERS: (a, b) => `Melalui ${a}, ${b} akan dialihkan.`,
  PARTY_TO: (a, b) => `${a} merupakan pihak dalam ${b}.`,
  SIGNED_AT: (a, b) => `${a} ditandatangani pada ${b}.`,
  HOLDS_POSITION: (a, b, x) => `${a}, ${x} ${b}, mengatakan rencana berjalan sesuai jadwal.`,
  BASED_IN: (a, b) => `${a} berkedudukan di ${b}.`,
  PART_OF: (a, b) => `${a} merupakan bagian dari ${b}.`,
  ATTENDED: (a, b) => `${a} menghadiri ${b}.`,
  ORGANIZED: (a, b) => `${a} menyelenggarakan ${b}.`,
  HELD_IN: (a, b) => `${a} berlangsung di ${b}.`,
  PRODUCES: (a, b) => `${a} memproduksi ${b}.`,
  ISSUED_BY: (a, b) => `${a} diterbitkan oleh ${b}.`,
  IMPLEMENTS: (a, b) => `${a} melaksanakan ${b}.`,
  AMENDS: (a, b) => `${a} mengubah ${b}.`,
  CITES: (a, b) => `${a} merujuk pada ${b}.`,
  TREATS: (a, b) => `${a} digunakan untuk mengobati ${b}.`,
};

/** Russian-speaking countries are reported here by English-language papers, with transliterated names. */
const BY_LANGUAGE: Readonly<Record<Language, Templates>> = { en: EN, vi: VI, no: NO, id: ID, ru: EN };

/** The sentence for a statement, its first letter capitalised; never holds a line break. */
export function sentence(language: Language, type: SyntheticType, a: string, b: string, x = ""): string {
  const text = BY_LANGUAGE[language][type](a, b, x);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ABOUT: Readonly<Record<Language, (a: string) => string>> = {
  en: (a) => `This report looks at ${a}.`,
  ru: (a) => `This report looks at ${a}.`,
  vi: (a) => `Bài viết đề cập đến ${a}.`,
  no: (a) => `Saken omtaler ${a}.`,
  id: (a) => `Laporan ini menyoroti ${a}.`,
};

/** The sentence an article writes about an entity it covers that states nothing itself (a country, a disease). */
export function aboutSentence(language: Language, a: string): string {
  return ABOUT[language](a);
}

/** The language an article about a country's affairs is written in. */
export function articleLanguage(language: Language): Exclude<Language, "ru"> {
  return language === "ru" ? "en" : language;
}
