/**
 * The words each language reports signings, witnessing, attendance, transfers
 * and positions with, as patterns over folded text (lower case, no
 * diacritics, words joined by single spaces). They are general forms of each
 * language — active and passive verbs, "in the presence of", "attended by",
 * "former" — not phrases of any one article.
 */
import type { DetectableLanguage } from "../language.js";

export interface LanguageRules {
  /** Active signing verbs: the signers come before, the agreement after. */
  readonly sign: RegExp;
  /** Passive signing: the agreement comes before, the signers after. */
  readonly signedBy: RegExp;
  /** Introduces witnesses after it: "in the presence of", "witnessed by". */
  readonly witnessedBy: RegExp;
  /** Supervision rather than witnessing: weaker evidence of a witness. */
  readonly supervisedBy: RegExp | null;
  /** Active witnessing: the witnesses come before. */
  readonly witnesses: RegExp;
  /** Introduces attendees after it: "attended by", "with the participation of". */
  readonly attendedBy: RegExp;
  /** Active attending: the attendees come before. */
  readonly attends: RegExp;
  readonly transfer: RegExp;
  /** Producing: after a transfer is signed, what "will be produced" is what it transfers. */
  readonly produce: RegExp;
  /** Introduces a co-signer after the verb: "with". */
  readonly counterpart: RegExp;
  /**
   * The verb comes second, after an opening adverbial, and its subjects
   * after it ("Den 18. mars signerte X og Y en avtale"): a signing verb
   * with no signer before it has them between it and the agreement.
   */
  readonly verbSecond: boolean;
  /** Marks a position as held no longer. */
  readonly former: RegExp;
  /** Nouns naming an agreement, to name a new one in the article's words. */
  readonly agreementNoun: RegExp;
  /** Nouns naming an event (a ceremony, a conference), to name a new one in the article's words. */
  readonly eventNoun: RegExp;
  /** Nouns naming a signing ceremony: the ceremony of the agreement the article is about. */
  readonly signingCeremony: RegExp;
  /** A ceremony named by its noun alone ("the ceremony", "buổi lễ"): in an article about a signing, its ceremony. */
  readonly ceremony: RegExp;
  /** Words for meeting or holding talks, as a noun or a verb: with two of a known event's attendees named, that event. */
  readonly meeting: RegExp;
  /** Prepositions that put the sentence's people at an event named right after ("at the ceremony", "tại buổi lễ", "under seremonien"). */
  readonly atEvent: RegExp;
  /** Prepositions of place: a name after one is where, not who. */
  readonly place: RegExp;
}

const words = (...alternatives: string[]) => new RegExp(`(?:^| )(?:${alternatives.join("|")})(?= |$)`, "g");

export const RULES: Readonly<Record<DetectableLanguage, LanguageRules>> = {
  vi: {
    sign: words("ky ket", "ky(?= (?:thoa thuan|hop dong|bien ban|hiep dinh|van kien|hop tac))", "trao (?:doi )?van kien"),
    signedBy: words("duoc ky(?: ket)? boi"),
    witnessedBy: words("(?:duoi|voi|co) su chung kien cua", "chung kien boi"),
    supervisedBy: null,
    witnesses: words("chung kien"),
    attendedBy: words("(?:co|voi) su (?:tham du|tham gia|hien dien) cua"),
    attends: words("tham du", "du le", "tham gia"),
    transfer: words("chuyen giao"),
    produce: words("san xuat"),
    counterpart: words("voi"),
    verbSecond: false,
    former: words("nguyen", "cuu"),
    agreementNoun: words("thoa thuan", "hop dong", "bien ban ghi nho", "hiep dinh", "hop tac"),
    eventNoun: words("buoi le", "le ky(?: ket)?", "hoi nghi", "hoi thao", "dien dan", "su kien"),
    signingCeremony: words("le ky(?: ket)?"),
    ceremony: /^(?:buoi le|le)$/,
    meeting: words("hoi dam", "hoi kien", "gap(?: go)?", "cuoc gap", "dien dam"),
    atEvent: words("tai", "trong"),
    place: words("tai", "o"),
  },
  en: {
    sign: words("signed", "signs", "sign", "inked", "concluded", "exchanged? documents", "entered into", "hand(?:s|ed)? over(?= (?:\\S+ ){0,2}(?:documents?|agreements?|memorandum))"),
    signedBy: words("(?:was|were|been) signed by", "signed by", "(?:was|were) (?:signed|exchanged) between"),
    witnessedBy: words("in the presence of", "witnessed by", "under the witness of"),
    supervisedBy: null,
    witnesses: words("witnessed", "witness", "witnesses"),
    attendedBy: words("attended by", "with the participation of", "in attendance were"),
    attends: words("attended", "attends", "took part in", "participated in", "joined"),
    transfer: words("transfer", "transfers", "transferred", "transferring"),
    produce: words("produce[sd]?", "producing", "production", "manufactur(?:e|ed|es|ing)"),
    counterpart: words("with"),
    verbSecond: false,
    former: words("former", "ex"),
    agreementNoun: words("agreement", "memorandum of understanding", "mou", "contract", "deal", "cooperation"),
    eventNoun: words("(?:signing )?ceremony", "conference", "workshop", "forum", "summit", "meeting", "groundbreaking"),
    signingCeremony: words("signing ceremony"),
    ceremony: /^(?:the )?(?:signing )?ceremony$/,
    meeting: words("meet(?:s|ing|ings)?", "met", "talks"),
    atEvent: words("at the", "during the"),
    place: words("in", "at"),
  },
  id: {
    sign: words("menandatangani", "meneken", "bertukar dokumen"),
    signedBy: words("ditandatangani oleh", "ditandatangani antara"),
    witnessedBy: words("di bawah saksi", "di hadapan", "disaksikan(?: \\S+){0,3} oleh", "dengan disaksikan"),
    supervisedBy: words("di bawah pengawasan"),
    witnesses: words("menyaksikan"),
    attendedBy: words("dihadiri oleh", "dengan partisipasi"),
    attends: words("menghadiri", "hadir", "berpartisipasi"),
    transfer: words("mentransfer", "ditransfer", "transfer", "alih teknologi"),
    produce: words("memproduksi", "diproduksi", "produksi"),
    counterpart: words("dengan"),
    verbSecond: false,
    former: words("mantan", "bekas"),
    agreementNoun: words("perjanjian", "nota kesepahaman", "kontrak", "kerja sama"),
    eventNoun: words("upacara(?: (?:penandatanganan|peletakan batu pertama|pembukaan|peresmian))?", "konferensi", "lokakarya", "forum", "pertemuan"),
    signingCeremony: words("upacara penandatanganan"),
    ceremony: /^upacara(?: penandatanganan)?$/,
    meeting: words("bertemu", "pertemuan", "pembicaraan", "berbicara dengan"),
    atEvent: words("pada", "dalam"),
    place: words("di", "ke"),
  },
  no: {
    sign: words("signerte", "signerer", "undertegnet", "undertegner", "inngikk"),
    signedBy: words("(?:ble|er) (?:signert|undertegnet) av"),
    witnessedBy: words("i naervaer av", "bevitnet av", "overvaert av"),
    supervisedBy: null,
    witnesses: words("bevitnet", "overvar"),
    attendedBy: words("med deltakelse (?:av|fra)"),
    attends: words("deltok", "deltar", "var til stede"),
    transfer: words("overforing", "overfore", "overfort", "teknologioverforing"),
    produce: words("produsere", "produseres", "produsert", "produksjon"),
    counterpart: words("med"),
    verbSecond: true,
    former: words("tidligere", "forhenvaerende"),
    agreementNoun: words("avtale(?:n|r)?", "samarbeidsavtale(?:n)?", "intensjonsavtale(?:n)?", "forskningssamarbeid"),
    eventNoun: words("seremoni(?:en)?", "konferanse(?:n)?", "workshop(?:en)?", "mote(?:t)?", "forum(?:et)?"),
    signingCeremony: words("signeringsseremoni(?:en)?"),
    ceremony: /^(?:signerings)?seremoni(?:en)?$/,
    meeting: words("mote(?:t|r)?", "motte", "samtaler"),
    atEvent: words("ved", "under"),
    place: words("i", "pa"),
  },
};
