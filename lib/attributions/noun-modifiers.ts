/**
 * Adjectives that sit before a noun and never head a subject: after one of them a word that
 * could be a verb of saying is the noun they modify ("A big question remains", "recent comments
 * his rival made", "some steep challenges", "our worst fears"). Pronoun-like quantifiers ("many
 * say", "some argue", "others warn") are left out on purpose: they do head subjects.
 */
export const NOUN_MODIFIERS: ReadonlySet<string> = new Set(`big bigger biggest small large huge major key main
  tough tougher steep serious real recent new old worst best latest early broad broader wide wider growing lingering
  deep deeper grave legitimate fundamental central basic simple hard difficult open same common frequent repeated
  persistent public private initial lengthy strong stronger harsh sharp fresh earlier`.split(/\s+/).filter(Boolean));
