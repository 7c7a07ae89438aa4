/**
 * People's names by language, with the diacritics search must fold (Vietnamese
 * tones and đ, Norwegian ø, æ and å), the honorifics articles put before them,
 * and the second transliterations Russian names get in other papers.
 */
import type { Language } from "./countries.js";
import type { Random } from "./random.js";

interface NamePool {
  readonly given: readonly string[];
  readonly family: readonly string[];
  /** Vietnamese names carry a middle name between family and given name. */
  readonly middle?: readonly string[];
  /** Written family name first. */
  readonly familyFirst?: boolean;
  /** Forms of address and titles articles write before a name. */
  readonly honorifics: readonly string[];
}

const POOLS: Readonly<Record<Language, NamePool>> = {
  vi: {
    family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh"],
    middle: ["Văn", "Thị", "Đức", "Hữu", "Minh", "Ngọc", "Quang", "Thanh", "Xuân", "Hồng", "Thế", "Kim"],
    given: ["An", "Bình", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Việt", "Yến"],
    familyFirst: true,
    honorifics: ["TS.", "GS.TS.", "PGS.TS.", "BS.", "Ông", "Bà", "ThS."],
  },
  no: {
    given: ["Bjørn", "Åse", "Ørjan", "Kjærsti", "Søren", "Håkon", "Øystein", "Ragnhild", "Solveig", "Torbjørn", "Mette", "Ingrid", "Kåre", "Siv", "Jørgen", "Liv", "Ståle", "Tove", "Gro", "Bård"],
    family: ["Ærø", "Løvås", "Bråten", "Sæther", "Dæhli", "Haugen", "Ødegård", "Bakke", "Strøm", "Håland", "Kjær", "Nygård", "Sørensen", "Aasheim", "Lønning", "Myklebust", "Fjørtoft", "Bø"],
    honorifics: ["dr.", "professor", "Dr."],
  },
  id: {
    given: ["Budi", "Siti", "Agus", "Dewi", "Joko", "Sri", "Rina", "Bambang", "Wahyu", "Putri", "Eko", "Ayu", "Hendra", "Indah", "Yusuf", "Nur", "Rizky", "Fitri"],
    family: ["Santoso", "Rahayu", "Wijaya", "Susanto", "Hidayat", "Pratama", "Saputra", "Kusuma", "Nugroho", "Sari", "Setiawan", "Gunawan", "Halim", "Siregar", "Nasution", "Lubis"],
    honorifics: ["Bapak", "Ibu", "Dr.", "Prof.", "Pak", "Bu"],
  },
  ru: {
    given: ["Dmitry", "Sergey", "Aleksandr", "Yekaterina", "Olga", "Nikolai", "Pyotr", "Tatyana", "Yury", "Natalya", "Fyodor", "Anastasiya", "Mikhail", "Svetlana", "Alexéy", "Irina"],
    family: ["Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Volkov", "Solovyov", "Vasilyev", "Zaytsev", "Pavlov", "Gorbunov", "Fyodorov"],
    honorifics: ["Dr.", "Prof.", "Mr.", "Ms."],
  },
  en: {
    given: ["John", "Mary", "David", "Sarah", "Michael", "Emma", "James", "Olivia", "Robert", "Grace", "William", "Chloe", "Thomas", "Hannah", "Peter", "Amelia"],
    family: ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Walker", "Wright", "Robinson", "Clarke", "Hughes", "Green", "Hall", "Lewis", "O'Neill"],
    honorifics: ["Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Sir"],
  },
};

/** Russian names another paper spells otherwise; the other spelling becomes an alias. */
const RUSSIAN_VARIANTS: Readonly<Record<string, string>> = {
  Dmitry: "Dmitriy", Sergey: "Sergei", Yury: "Yuri", Yekaterina: "Ekaterina", Tatyana: "Tatiana",
  Natalya: "Natalia", Fyodor: "Fedor", Anastasiya: "Anastasia", Alexéy: "Aleksei",
  Solovyov: "Soloviev", Vasilyev: "Vasiliev", Zaytsev: "Zaitsev", Fyodorov: "Fedorov",
};

const FEMININE_RUSSIAN = new Set(["Yekaterina", "Olga", "Tatyana", "Natalya", "Anastasiya", "Svetlana", "Irina"]);

export interface PersonName {
  readonly name: string;
  readonly aliases: readonly string[];
}

function russianName(rng: Random, pool: NamePool): PersonName {
  const given = rng.pick(pool.given);
  const family = rng.pick(pool.family) + (FEMININE_RUSSIAN.has(given) ? "a" : "");
  const variant = [RUSSIAN_VARIANTS[given] ?? given, RUSSIAN_VARIANTS[family.replace(/a$/, "")] ?? family.replace(/a$/, "")];
  const other = `${variant[0]} ${variant[1]}${family.endsWith("a") ? "a" : ""}`;
  const name = `${given} ${family}`;
  return { name, aliases: other === name ? [] : [other] };
}

export function personName(rng: Random, language: Language): PersonName {
  const pool = POOLS[language];
  if (language === "ru") return russianName(rng, pool);
  const family = rng.pick(pool.family);
  const given = rng.pick(pool.given);
  if (pool.familyFirst) {
    const name = `${family} ${rng.pick(pool.middle!)} ${given}`;
    // Vietnamese papers call people by the given name after a title: "TS Quang".
    return { name, aliases: rng.chance(0.3) ? [`${rng.pick(pool.honorifics).replace(/\.$/, "")} ${given}`] : [] };
  }
  return { name: `${given} ${family}`, aliases: [] };
}

/** An honorific or title to write before a person's name in this language, or none. */
export function honorific(rng: Random, language: Language): string | null {
  return rng.chance(0.4) ? rng.pick(POOLS[language].honorifics) : null;
}
