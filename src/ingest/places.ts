/**
 * Words that tell a capitalised run is no person: places, which the ontology
 * has no kind for (only countries, which the graph knows) unless governed as
 * a province,
 * and the ordinary words of a language that title case capitalises
 * ("Rekam Medis Elektronik", electronic medical records). Everything here is
 * folded (lower case, no diacritics).
 */

/** Words for a town, city or district, in the four languages ("Ho Chi Minh-byen" writes the Norwegian one after a hyphen). */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "kota", "kabupaten", "kecamatan", "huyen", "city", "district", "county", "byen", "kommune",
]);

/**
 * Words for a province or prefecture: one that cooperates, signs or sends a
 * delegation does so as a government, so the ontology's kind for it is an
 * organisation.
 */
export const PROVINCE_WORDS: ReadonlySet<string> = new Set([
  "provinsi", "prefektur", "tinh", "province", "prefecture", "fylke", "provinsen", "prefekturet",
]);

/** Two-word place words ("thành phố", city), as folded pairs. */
export const PLACE_PAIRS: readonly (readonly [string, string])[] = [["thanh", "pho"]];

/**
 * Viet Nam's provinces and centrally governed cities, the places this
 * field's news names most; a name of one is a place, not a person ("Long
 * An", "Hà Nội").
 */
export const VIETNAMESE_PROVINCES: ReadonlySet<string> = new Set([
  "ha noi", "ho chi minh", "sai gon", "hai phong", "da nang", "can tho", "hue", "thua thien hue",
  "an giang", "ba ria vung tau", "bac giang", "bac kan", "bac lieu", "bac ninh", "ben tre", "binh dinh", "binh duong",
  "binh phuoc", "binh thuan", "ca mau", "cao bang", "dak lak", "dak nong", "dien bien", "dong nai", "dong thap",
  "gia lai", "ha giang", "ha nam", "ha tinh", "hai duong", "hau giang", "hoa binh", "hung yen", "khanh hoa",
  "kien giang", "kon tum", "lai chau", "lam dong", "lang son", "lao cai", "long an", "nam dinh", "nghe an",
  "ninh binh", "ninh thuan", "phu tho", "phu yen", "quang binh", "quang nam", "quang ngai", "quang ninh",
  "quang tri", "soc trang", "son la", "tay ninh", "thai binh", "thai nguyen", "thanh hoa", "tien giang",
  "tra vinh", "tuyen quang", "vinh long", "vinh phuc", "yen bai",
]);

/**
 * Common nouns, adjectives and verbs of the field's writing in Indonesian,
 * Vietnamese, English and Norwegian that title case capitalises in the
 * names of offices, documents and systems; a run made of them alone names no
 * person.
 */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set([
  // Indonesian
  "manajemen", "departemen", "resolusi", "keputusan", "nomor", "no", "buku", "rekam", "medis", "elektronik", "digital",
  "duta", "besar", "luar", "biasa", "berkuasa", "penuh", "bersama", "senior", "nota", "kesepahaman", "pernyataan",
  "pemimpin", "sains", "teknologi", "pelatihan", "anggota", "partai", "komite", "sentral", "pusat", "nasional",
  "kesehatan", "obat", "vaksin", "program", "rencana", "strategi", "sistem", "layanan", "rumah", "sakit", "umum",
  "kerja", "sama", "perjanjian", "kesepakatan", "delegasi", "pemerintah", "rakyat", "republik", "federasi", "sosialis",
  "keuangan", "perencanaan", "pemeriksaan", "kefarmasian", "penelitian", "pengembangan", "pendidikan", "menerbitkan",
  // Vietnamese
  "nha", "cong", "thuong", "y", "te", "duoc", "benh", "vien", "so", "ban", "hoi", "dong", "quoc", "chinh", "phu",
  // English
  "special", "representative", "management", "department", "resolution", "electronic", "medical", "record", "records",
  "national", "central", "committee", "joint", "statement", "memorandum", "understanding", "system", "program", "programme",
  // Norwegian
  "avdeling", "helse", "nasjonal",
]);

/**
 * An Indonesian word with a derivational confix ("Ke…an", "Pe…an",
 * "Men…kan"): an ordinary noun or verb, never a person's name.
 */
export function derivedIndonesianWord(folded: string): boolean {
  return /^(?:ke|pe|per|pen|pem|peng|penge|me|men|mem|meng|ber)[a-z]{3,}(?:an|kan)$/.test(folded);
}
