/**
 * The words the name finder reads around capitalised runs, in the four
 * languages, folded: what joins a name, says what kind of body or thing it
 * names, is a title before it, or is a date rather than a name.
 */

/** Lower-case words that may join the capitalised words of one name ("Pabrik Vaksin dan Biologi VNVC"). */
export const NAME_JOINERS = new Set(["dan", "va", "of", "og", "de", "for", "and", "the", "du", "des", "la", "le"]);

/** Folded words that say a name is an organisation's, in any of the languages. */
export const ORGANIZATION_WORDS = new Set([
  "perusahaan", "pabrik", "dana", "kementerian", "universitas", "institut", "lembaga", "badan", "rumah", "sakit",
  "company", "fund", "ministry", "hospital", "university", "institute", "council", "department", "corporation", "group", "agency", "association",
  "bo", "benh", "vien", "truong", "tap", "doan", "cong", "ty", "hoi", "cuc", "so", "uy", "ban", "he", "thong",
  "kantor", "office", "kontor", "holding", "holdings", "pharma", "biotech", "inc", "ltd", "jsc", "asa", "pt", "tbk", "gmbh",
  "departement", "departementet", "sykehus", "universitet", "institutt", "selskap", "fond", "direktoratet", "helsedepartementet",
  "committee", "commission", "embassy", "consulate", "center", "centre", "komite", "kedutaan", "generalkonsulat", "ambassade", "factory", "plant", "system",
]);
export const EVENT_WORDS = new Set(["hoi", "nghi", "thao", "conference", "workshop", "summit", "forum", "konferensi", "konferanse", "seminar"]);

/** Titles told from a body's word by their tone mark, which folding drops: "Trưởng" (head of) is no "Trường" (school). */
export const WRITTEN_TITLES = new Set(["trưởng"]);

/** Vietnamese titles of two syllables whose first or last is also a body's word (folded). */
export const COMPOUND_TITLES = new Set(["bo truong", "thu truong", "hieu truong", "truong ban", "truong phong", "vien truong"]);

/** English organisation kinds that end a name ("Sovico Group"). */
export const ENDING_WORDS = new Set(["group", "fund", "company", "corporation", "inc", "ltd", "jsc", "plc", "llc", "holdings"]);

/** Words for medicines and vaccines (folded, in the four languages). */
export const PRODUCT_WORDS = new Set(["vaccine", "vaccines", "vac", "xin", "thuoc", "drug", "drugs", "medicine", "vaksin", "obat", "vaksine", "vaksinen", "legemiddel"]);

/** Words that introduce or close a photo credit (folded). */
export const CREDIT_WORDS = new Set(["photo", "foto", "anh"]);
/** Words between a credit word and the photographer's name ("Photo by", "Foto oleh", "Foto av", "Ảnh của"), folded. */
export const CREDIT_BY_WORDS = new Set(["by", "oleh", "av", "cua"]);

/** Prepositions and articles that open a sentence or a phrase before a name (folded). */
export const LEADING_WORDS = new Set(["tai", "o", "ngay", "theo", "in", "at", "on", "the", "pada", "di", "dalam", "i", "pa", "ved", "den", "det", "foto", "photo", "anh", "by"]);

/** Nationalities and regions said of a person or an office ("Russian Deputy Prime Minister"): never a name by themselves. */
export const DEMONYMS = new Set([
  "vietnamese", "russian", "french", "japanese", "german", "norwegian", "indonesian", "singaporean", "american", "chinese", "korean",
  "british", "southeast", "asian", "european", "vietnamesisk", "russisk", "fransk", "japansk", "tysk", "norsk", "amerikansk",
]);

/** Months and weekdays in the four languages (folded): a date, not a name. */
export const CALENDAR_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "januari", "februari", "maret", "mei", "juni", "juli", "agustus", "oktober", "desember",
  "januar", "februar", "mars", "mai", "desember",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag",
]);

/** Joiners that coordinate two things rather than tie a word to a name (folded). */
export const COORDINATORS = new Set(["dan", "va", "og", "and"]);

/** Prepositions that tie a title to its organisation ("director of", "direktør i", "giám đốc của", "direktur di"), folded. */
export const TITLE_PREPOSITIONS = new Set(["of", "at", "for", "i", "ved", "hos", "cua", "tai", "di", "dari", "pada"]);

/** Titles and offices written before a name (folded); they open a run of capitals but are not the name. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "menteri", "presiden", "sekretaris", "jenderal", "direktur", "kepala", "ketua", "wakil", "perdana", "kesehatan", "luar", "negeri",
  "president", "minister", "secretary", "general", "director", "deputy", "chairman", "chairwoman", "prime", "foreign", "head", "vice", "health",
  "bo", "truong", "thu", "tuong", "chu", "tich", "pho", "giam", "doc", "tong", "bi", "thu",
  "direktor", "statsminister", "helseminister", "visehelseminister", "utenriksminister", "generalsekretaer",
  "ceo", "cfo", "coo", "cto", "ambassador", "governor", "consul", "generalkonsul", "dubes", "gubernur", "konsul",
]);
