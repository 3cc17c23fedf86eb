/**
 * A country or territory by its region code ("GB"), named in the messages' language by the
 * browser's own list (Intl.DisplayNames): no country names to translate and keep in step.
 */
import { messageLanguage } from './page-language';

/**
 * The everyday name: CLDR's short form where it is a name ("Hong Kong" rather than "Hong Kong SAR
 * China"), its full form where the short one is an abbreviation ("United Kingdom", not "UK" or
 * "R.-U.").
 *
 * @example
 * regionName('GB', 'fr') // "Royaume-Uni"
 */
export function regionName(code: string, language: string = messageLanguage()): string {
  try {
    const full = new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
    const short = new Intl.DisplayNames([language], { type: 'region', style: 'short' }).of(code) ?? full;
    return isAbbreviation(short) ? full : short;
  } catch {
    // An unknown code or an engine without DisplayNames: the code is still readable.
    return code;
  }
}

function isAbbreviation(name: string): boolean {
  return name.includes('.') || name === name.toUpperCase();
}
