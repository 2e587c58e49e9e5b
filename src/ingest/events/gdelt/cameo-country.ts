/**
 * GDELT's Actor*CountryCode holds CAMEO country codes. They are ISO 3166 alpha-3 codes
 * except for the ones below (../shared/reference/cameo/CAMEO.country.txt against GeoNames'
 * ISO list): a few older or CAMEO-only country codes, and regions, which are not countries.
 * Dyad's actor `country` is ISO alpha-3 or null; the actor `code` keeps CAMEO's code.
 */

/** CAMEO codes for countries that ISO writes differently. */
export const CAMEO_COUNTRY_TO_ISO3: ReadonlyMap<string, string> = new Map([
  ['ROM', 'ROU'], // Romania
  ['MTN', 'MNE'], // Montenegro
  ['TMP', 'TLS'], // East Timor
  ['IMY', 'IMN'], // Isle of Man
  ['WSB', 'PSE'], // West Bank
  ['GZS', 'PSE'], // Gaza Strip
  ['BAG', 'IRQ'], // Baghdad
]);

/** CAMEO region codes: the actor is a region, not a country (country → null). */
export const CAMEO_REGIONS: ReadonlySet<string> = new Set(
  'AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SCN SAM SAS SEA SAF WAF WST'.split(
    ' ',
  ),
);

/** The ISO alpha-3 country for a CAMEO country code, or null for regions and empty input. */
export function cameoCountryToIso3(code: string): string | null {
  if (code === '' || CAMEO_REGIONS.has(code)) return null;
  return CAMEO_COUNTRY_TO_ISO3.get(code) ?? code;
}
