/**
 * Currency signs, ISO 4217 codes and names, as data. Every form maps to an ISO 4217 code.
 * Decisions (see README.md): a bare "$" is USD, a bare "¥" is JPY (write CN¥, RMB, yuan or renminbi
 * for CNY); "pounds", "won", "dong", "rand" and "kip" without a country adjective are money only
 * after a multiplier ("5 million pounds") and not before "of" ("500 pounds of explosives" is a mass);
 * names shared by several countries (dinars, pesos, francs, shillings, kroner, CFA francs) need their
 * adjective.
 */

/** Signs written before the number. Keys are the sign without spaces. */
export const PREFIX_SIGNS: Readonly<Record<string, string>> = Object.freeze({
  US$: 'USD',
  'U.S.$': 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  CAN$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  HK$: 'HKD',
  NT$: 'TWD',
  S$: 'SGD',
  NZ$: 'NZD',
  R$: 'BRL',
  Mex$: 'MXN',
  MX$: 'MXN',
  'CN¥': 'CNY',
  'RMB¥': 'CNY',
  'JP¥': 'JPY',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₽': 'RUB',
  '₹': 'INR',
  '₩': 'KRW',
  '₴': 'UAH',
  '₺': 'TRY',
  '₪': 'ILS',
  '₦': 'NGN',
  '₱': 'PHP',
  '₫': 'VND',
  '₸': 'KZT',
  '₼': 'AZN',
  '₾': 'GEL',
  '৳': 'BDT',
  '฿': 'THB',
});

/** Signs that may also follow the number ("5 €", "100$"). */
export const SUFFIX_SIGNS: readonly string[] = Object.freeze([
  '€',
  '£',
  '$',
  '¥',
  '₽',
  '₹',
  '₩',
  '₴',
  '₺',
  '₪',
  '₦',
  '₫',
  '₸',
]);

/**
 * ISO 4217 codes accepted before or after a number, upper case only. Left out on purpose, because
 * they are also ordinary words or names in English text: ALL, AMD, CUP, GEL, MOP, SOS, TOP, PHP.
 */
export const CODES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries([
    ...'USD EUR GBP CNY JPY RUB BYN BYR INR CHF CAD AUD HKD TWD SGD NZD KRW KPW BRL MXN ZAR TRY UAH KZT SAR QAR IRR AED ILS PLN SEK NOK DKK CZK HUF PKR EGP NGN IDR MYR THB VND ARS KWD IQD JOD AZN UZS KGS TJS TMT MNT KES ETB GHS XOF XAF BDT LKR NPR AFN MMK LBP SYP VES COP CLP RON BGN RSD ISK MAD DZD TND LYD OMR BHD'
      .split(' ')
      .map((code) => [code, code]),
    ['RMB', 'CNY'],
  ]),
);

export interface CurrencyName {
  /** Lower case, single spaces: "belarusian rubles". */
  readonly phrase: string;
  readonly iso: string;
  /** Money only after a multiplier and not before "of" (the bare word has another common sense). */
  readonly needsMultiplier: boolean;
}

interface Family {
  readonly iso: string;
  /** '' = the bare noun. */
  readonly adjectives: readonly string[];
  readonly nouns: readonly string[];
  readonly needsMultiplier?: boolean;
}

const DOLLARS = ['dollars', 'dollar'];
const RUBLES = ['rubles', 'ruble', 'roubles', 'rouble'];
const RUPEES = ['rupees', 'rupee'];
const POUNDS = ['pounds', 'pound'];
const DINARS = ['dinars', 'dinar'];
const PESOS = ['pesos', 'peso'];
const RIYALS = ['riyals', 'riyal'];
const RIALS = ['rials', 'rial'];
const SHILLINGS = ['shillings', 'shilling'];
const KRONER = ['kroner', 'krone', 'crowns'];
const LEI = ['lei', 'leu'];
const KWACHA = ['kwacha'];

const FAMILIES: readonly Family[] = [
  { iso: 'USD', adjectives: ['', 'us', 'u.s.', 'american', 'united states'], nouns: DOLLARS },
  { iso: 'CAD', adjectives: ['canadian'], nouns: DOLLARS },
  { iso: 'AUD', adjectives: ['australian'], nouns: DOLLARS },
  { iso: 'HKD', adjectives: ['hong kong'], nouns: DOLLARS },
  { iso: 'TWD', adjectives: ['taiwan', 'taiwanese', 'new taiwan', 'nt'], nouns: DOLLARS },
  { iso: 'SGD', adjectives: ['singapore', 'singaporean'], nouns: DOLLARS },
  { iso: 'NZD', adjectives: ['new zealand'], nouns: DOLLARS },
  { iso: 'EUR', adjectives: [''], nouns: ['euros', 'euro'] },
  { iso: 'GBP', adjectives: ['', 'british'], nouns: ['pounds sterling', 'pound sterling', 'sterling'] },
  { iso: 'GBP', adjectives: ['british'], nouns: POUNDS },
  { iso: 'GBP', adjectives: [''], nouns: POUNDS, needsMultiplier: true },
  { iso: 'EGP', adjectives: ['egyptian'], nouns: POUNDS },
  { iso: 'LBP', adjectives: ['lebanese'], nouns: POUNDS },
  { iso: 'SYP', adjectives: ['syrian'], nouns: POUNDS },
  { iso: 'SDG', adjectives: ['sudanese'], nouns: POUNDS },
  { iso: 'CNY', adjectives: ['', 'chinese'], nouns: ['yuan', 'renminbi', 'yuan renminbi'] },
  { iso: 'JPY', adjectives: ['', 'japanese'], nouns: ['yen'] },
  { iso: 'RUB', adjectives: ['', 'russian'], nouns: RUBLES },
  { iso: 'BYN', adjectives: ['belarusian', 'belarussian', 'belorussian', 'byelorussian'], nouns: RUBLES },
  { iso: 'INR', adjectives: ['', 'indian'], nouns: RUPEES },
  { iso: 'PKR', adjectives: ['pakistani'], nouns: RUPEES },
  { iso: 'LKR', adjectives: ['sri lankan'], nouns: RUPEES },
  { iso: 'NPR', adjectives: ['nepalese', 'nepali'], nouns: RUPEES },
  { iso: 'CHF', adjectives: ['swiss'], nouns: ['francs', 'franc'] },
  { iso: 'KRW', adjectives: ['south korean', 'korean'], nouns: ['won'] },
  { iso: 'KRW', adjectives: [''], nouns: ['won'], needsMultiplier: true },
  { iso: 'KPW', adjectives: ['north korean'], nouns: ['won'] },
  { iso: 'ZAR', adjectives: ['south african'], nouns: ['rand'] },
  { iso: 'ZAR', adjectives: [''], nouns: ['rand'], needsMultiplier: true },
  { iso: 'NGN', adjectives: ['', 'nigerian'], nouns: ['naira'] },
  { iso: 'KES', adjectives: ['kenyan'], nouns: SHILLINGS },
  { iso: 'UGX', adjectives: ['ugandan'], nouns: SHILLINGS },
  { iso: 'TZS', adjectives: ['tanzanian'], nouns: SHILLINGS },
  { iso: 'TRY', adjectives: ['', 'turkish'], nouns: ['lira', 'liras'] },
  { iso: 'UAH', adjectives: ['', 'ukrainian'], nouns: ['hryvnias', 'hryvnia', 'hryvnas', 'hryvna'] },
  { iso: 'KZT', adjectives: ['', 'kazakh', 'kazakhstani'], nouns: ['tenge'] },
  { iso: 'SAR', adjectives: ['', 'saudi'], nouns: RIYALS },
  { iso: 'QAR', adjectives: ['qatari'], nouns: RIYALS },
  { iso: 'IRR', adjectives: ['', 'iranian'], nouns: RIALS },
  { iso: 'OMR', adjectives: ['omani'], nouns: RIALS },
  { iso: 'YER', adjectives: ['yemeni'], nouns: RIALS },
  { iso: 'AED', adjectives: ['', 'uae', 'emirati'], nouns: ['dirhams', 'dirham'] },
  { iso: 'MAD', adjectives: ['moroccan'], nouns: ['dirhams', 'dirham'] },
  { iso: 'ILS', adjectives: ['', 'israeli', 'new israeli'], nouns: ['shekels', 'shekel', 'new shekels'] },
  { iso: 'IQD', adjectives: ['iraqi'], nouns: DINARS },
  { iso: 'KWD', adjectives: ['kuwaiti'], nouns: DINARS },
  { iso: 'JOD', adjectives: ['jordanian'], nouns: DINARS },
  { iso: 'BHD', adjectives: ['bahraini'], nouns: DINARS },
  { iso: 'LYD', adjectives: ['libyan'], nouns: DINARS },
  { iso: 'TND', adjectives: ['tunisian'], nouns: DINARS },
  { iso: 'DZD', adjectives: ['algerian'], nouns: DINARS },
  { iso: 'RSD', adjectives: ['serbian'], nouns: DINARS },
  { iso: 'MXN', adjectives: ['mexican'], nouns: PESOS },
  { iso: 'ARS', adjectives: ['argentine', 'argentinian'], nouns: PESOS },
  { iso: 'PHP', adjectives: ['philippine'], nouns: PESOS },
  { iso: 'COP', adjectives: ['colombian'], nouns: PESOS },
  { iso: 'CLP', adjectives: ['chilean'], nouns: PESOS },
  { iso: 'CUP', adjectives: ['cuban'], nouns: PESOS },
  { iso: 'BRL', adjectives: ['', 'brazilian'], nouns: ['reais', 'reals'] },
  { iso: 'BRL', adjectives: ['brazilian'], nouns: ['real'] },
  { iso: 'VES', adjectives: ['', 'venezuelan'], nouns: ['bolivars', 'bolívars', 'bolivares', 'bolívares'] },
  { iso: 'IDR', adjectives: ['', 'indonesian'], nouns: ['rupiah'] },
  { iso: 'MYR', adjectives: ['', 'malaysian'], nouns: ['ringgit'] },
  { iso: 'THB', adjectives: ['', 'thai'], nouns: ['baht'] },
  { iso: 'VND', adjectives: ['vietnamese'], nouns: ['dong'] },
  { iso: 'VND', adjectives: [''], nouns: ['dong'], needsMultiplier: true },
  { iso: 'PLN', adjectives: ['', 'polish'], nouns: ['zlotys', 'zloty', 'zlotych'] },
  { iso: 'HUF', adjectives: ['', 'hungarian'], nouns: ['forints', 'forint'] },
  { iso: 'CZK', adjectives: ['czech'], nouns: ['korunas', 'koruna', 'crowns'] },
  { iso: 'CZK', adjectives: [''], nouns: ['korunas', 'koruna'] },
  { iso: 'SEK', adjectives: ['swedish'], nouns: ['kronor', 'krona', 'crowns'] },
  { iso: 'SEK', adjectives: [''], nouns: ['kronor'] },
  { iso: 'NOK', adjectives: ['norwegian'], nouns: KRONER },
  { iso: 'DKK', adjectives: ['danish'], nouns: KRONER },
  { iso: 'ISK', adjectives: ['icelandic'], nouns: ['kronur', 'krona'] },
  { iso: 'BGN', adjectives: ['', 'bulgarian'], nouns: ['leva', 'lev'] },
  { iso: 'RON', adjectives: ['romanian'], nouns: LEI },
  { iso: 'MDL', adjectives: ['moldovan'], nouns: LEI },
  { iso: 'GEL', adjectives: ['', 'georgian'], nouns: ['lari'] },
  { iso: 'AMD', adjectives: ['armenian'], nouns: ['drams', 'dram'] },
  { iso: 'AZN', adjectives: ['azerbaijani'], nouns: ['manats', 'manat'] },
  { iso: 'TMT', adjectives: ['turkmen'], nouns: ['manats', 'manat'] },
  { iso: 'UZS', adjectives: ['uzbek'], nouns: ['sums', 'som', 'soms'] },
  { iso: 'KGS', adjectives: ['kyrgyz'], nouns: ['soms', 'som'] },
  { iso: 'TJS', adjectives: ['', 'tajik'], nouns: ['somoni'] },
  { iso: 'MNT', adjectives: ['', 'mongolian'], nouns: ['tugriks', 'tugrik'] },
  { iso: 'AFN', adjectives: ['', 'afghan'], nouns: ['afghanis', 'afghani'] },
  { iso: 'BDT', adjectives: ['', 'bangladeshi'], nouns: ['taka'] },
  { iso: 'MMK', adjectives: ['', 'myanmar', 'burmese'], nouns: ['kyats', 'kyat'] },
  { iso: 'KHR', adjectives: ['', 'cambodian'], nouns: ['riels', 'riel'] },
  { iso: 'LAK', adjectives: ['lao', 'laotian'], nouns: ['kip'] },
  { iso: 'ETB', adjectives: ['', 'ethiopian'], nouns: ['birr'] },
  { iso: 'GHS', adjectives: ['', 'ghanaian'], nouns: ['cedis', 'cedi'] },
  { iso: 'ZMW', adjectives: ['zambian'], nouns: KWACHA },
  { iso: 'MWK', adjectives: ['malawian'], nouns: KWACHA },
];

/** Every currency name, longest phrase first. */
export const NAMES: readonly CurrencyName[] = Object.freeze(
  FAMILIES.flatMap((family) =>
    family.adjectives.flatMap((adjective) =>
      family.nouns.map((noun): CurrencyName =>
        Object.freeze({
          phrase: adjective ? `${adjective} ${noun}` : noun,
          iso: family.iso,
          needsMultiplier: family.needsMultiplier === true,
        }),
      ),
    ),
  ).sort((a, b) => b.phrase.length - a.phrase.length),
);

/** Name lookup by phrase (lower case, single spaces). */
export const NAME_INDEX: ReadonlyMap<string, CurrencyName> = new Map(
  NAMES.map((name) => [name.phrase, name]),
);

/** The head nouns of currency names, which are never the unit noun of a count ("5 dollars"). */
export const CURRENCY_NOUNS: ReadonlySet<string> = new Set(FAMILIES.flatMap((family) => family.nouns));
