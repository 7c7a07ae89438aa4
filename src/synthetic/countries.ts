/**
 * The countries a synthetic graph is set in, largest first: the generator
 * gives each a share of the people, organisations, agreements and events that
 * falls off with its rank, as the real coverage of health cooperation does.
 * Each country writes in one of the generator's languages.
 */

/** The languages generated names and articles are written in. */
export type Language = "vi" | "no" | "id" | "ru" | "en";

export interface CountrySpec {
  readonly name: string;
  /** The name in the country's own language, when that is not English. */
  readonly native?: string;
  readonly iso: string;
  readonly language: Language;
  readonly capital: string;
}

export const COUNTRIES: readonly CountrySpec[] = [
  { name: "Vietnam", native: "Việt Nam", iso: "VN", language: "vi", capital: "Hà Nội" },
  { name: "Russia", native: "Rossiya", iso: "RU", language: "ru", capital: "Moskva" },
  { name: "Indonesia", iso: "ID", language: "id", capital: "Jakarta" },
  { name: "Norway", native: "Norge", iso: "NO", language: "no", capital: "Oslo" },
  { name: "Laos", iso: "LA", language: "en", capital: "Vientiane" },
  { name: "Cuba", iso: "CU", language: "en", capital: "La Habana" },
  { name: "Japan", iso: "JP", language: "en", capital: "Tokyo" },
  { name: "Belarus", native: "Belarus'", iso: "BY", language: "ru", capital: "Minsk" },
  { name: "India", iso: "IN", language: "en", capital: "New Delhi" },
  { name: "South Korea", iso: "KR", language: "en", capital: "Seoul" },
  { name: "Cambodia", iso: "KH", language: "en", capital: "Phnom Penh" },
  { name: "Thailand", iso: "TH", language: "en", capital: "Bangkok" },
  { name: "Malaysia", iso: "MY", language: "id", capital: "Kuala Lumpur" },
  { name: "Kazakhstan", native: "Kazakhstan", iso: "KZ", language: "ru", capital: "Astana" },
  { name: "Denmark", iso: "DK", language: "en", capital: "København" },
  { name: "Sweden", iso: "SE", language: "en", capital: "Stockholm" },
  { name: "Germany", iso: "DE", language: "en", capital: "Berlin" },
  { name: "France", iso: "FR", language: "en", capital: "Paris" },
  { name: "United Kingdom", iso: "GB", language: "en", capital: "London" },
  { name: "United States", iso: "US", language: "en", capital: "Washington" },
  { name: "Australia", iso: "AU", language: "en", capital: "Canberra" },
  { name: "Singapore", iso: "SG", language: "en", capital: "Singapore" },
  { name: "Philippines", iso: "PH", language: "en", capital: "Manila" },
  { name: "Uzbekistan", native: "O'zbekiston", iso: "UZ", language: "ru", capital: "Toshkent" },
  { name: "Mongolia", iso: "MN", language: "en", capital: "Ulaanbaatar" },
  { name: "Hungary", iso: "HU", language: "en", capital: "Budapest" },
  { name: "Brazil", iso: "BR", language: "en", capital: "Brasília" },
  { name: "South Africa", iso: "ZA", language: "en", capital: "Pretoria" },
  { name: "Kenya", iso: "KE", language: "en", capital: "Nairobi" },
  { name: "Finland", iso: "FI", language: "en", capital: "Helsinki" },
];
