/**
 * Word lists the count parser uses to find the unit noun after a number without a POS tagger:
 * a head is a plural noun ("countries", "state-owned enterprises", "NGOs"), an irregular plural
 * ("people", "personnel"), or a plural/invariant demonym ("Chinese", "Belarusians").
 */

/** Words that end a noun phrase: determiners, prepositions, conjunctions, pronouns, auxiliaries, common verbs. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those of and or but nor to in on at by for with from as into onto upon than then ' +
    'which who whom whose what where when why how while whereas if so not no nor yet also only just even still ' +
    'again ago later earlier up down out off over under between among about after before since until during ' +
    'per each every all both either neither any some many much most less least few several ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'it its they them their theirs he him his she her hers we us our ours you your yours i me my mine ' +
    'said says say told tell added noted according including include includes included reported ' +
    'there here now very too quite rather almost nearly around approximately roughly like unlike via ' +
    'against across along toward towards through throughout within without beyond behind beside besides near ' +
    'own same'
  ).split(' '),
);

/** Modifiers kept in the span but left out of the unit ("two more soldiers" → "soldiers"). */
export const SKIPPED_MODIFIERS: ReadonlySet<string> = new Set([
  'more',
  'other',
  'additional',
  'further',
  'extra',
  'such',
  'another',
]);

/** Plural nouns that do not end in -s, and invariant nouns counted in the plural. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  (
    'people men women children police personnel staff cattle livestock aircraft spacecraft crew ' +
    'sheep fish deer offspring feet teeth geese mice oxen clergy militia faithful'
  ).split(' '),
);

/**
 * Words that look plural but are not counted things: measure words handled by other parsers,
 * vague quantities, multiplicatives ("three times as many") and fractions or periods
 * ("three quarters of the year", "two thirds").
 */
export const EXCLUDED_HEADS: ReadonlySet<string> = new Set(
  (
    'times percent percents percentage points hundreds thousands millions billions trillions dozens tens ' +
    'lakhs crores ones odds yes quarters halves thirds fifths ' +
    // measure and time nouns belong to the measure and duration parsers, which may reject them on purpose
    'seconds minutes hours days weeks months years decades centuries kilometers kilometres miles meters metres ' +
    'feet yards inches tons tonnes kilograms kilos grams pounds ounces hectares acres barrels liters litres ' +
    'megawatts gigawatts kilowatts'
  ).split(' '),
);

/** Words ending in -s that are not plurals. */
const NOT_PLURAL = new Set(
  (
    'as is was has does this thus its his hers ours yours theirs us yes always perhaps whereas besides towards ' +
    'afterwards sometimes nevertheless news across unless less plus bus gas lens atlas canvas chaos ' +
    'politics economics physics mathematics athletics logistics ethics overseas nowadays indoors outdoors ' +
    'upstairs downstairs backwards forwards upwards downwards bias alias'
  ).split(' '),
);

/** A lower-case word that reads as a regular plural noun. */
export function isRegularPlural(word: string): boolean {
  if (word.length < 3 || !word.endsWith('s')) return false;
  const last = word.slice(word.lastIndexOf('-') + 1);
  if (last.length < 3 || NOT_PLURAL.has(last)) return false;
  return !(last.endsWith('ss') || last.endsWith('us') || last.endsWith('is') || last.endsWith("'s"));
}

/** A capitalised word that counts people: a plural demonym ("Belarusians") or an invariant one ("Chinese", "Swiss"). */
export function isDemonymPlural(word: string): boolean {
  if (!/^[A-Z][a-z]+$/.test(word)) return false;
  if (word.endsWith('ese') || word === 'Swiss') return true;
  return isRegularPlural(word.toLowerCase()) && !NOT_PLURAL.has(word.toLowerCase());
}

/**
 * Plural nouns that often modify a following plural noun ("sports facilities", "rights groups",
 * "arms sales"). After any other plural head a following -s word is more often a verb
 * ("a boat carrying 200 migrants capsizes"), so the count stops at the head.
 */
export const ADJUNCT_PLURALS: ReadonlySet<string> = new Set(
  (
    'sports arms rights goods savings weapons customs communications operations systems services ' +
    'securities commodities electronics telecommunications means'
  ).split(' '),
);
