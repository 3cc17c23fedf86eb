import type { Token } from './tokens';
import type { WordsLanguage } from './number-words-europe';

/**
 * Units of measure as French, Spanish, Portuguese and German pages write them after the amount
 * ("20 kilomètres", "5 toneladas", "3 Meter", "50 Quadratmeter", "2 000 mètres carrés"), read
 * only on pages of those languages: "grad" or "an" on an English page is no unit.
 */
const UNITS: Readonly<Record<WordsLanguage, ReadonlySet<string>>> = {
  fr: new Set([
    'kilomètre', 'kilomètres', 'kilometre', 'kilometres', 'mètre', 'mètres', 'metre', 'metres', 'centimètre', 'centimètres',
    'millimètre', 'millimètres', 'kilogramme', 'kilogrammes', 'kilo', 'kilos', 'gramme', 'grammes', 'tonne', 'tonnes', 'litre',
    'litres', 'hectare', 'hectares', 'degré', 'degrés', 'heure', 'heures', 'minute', 'minutes', 'seconde', 'secondes', 'jour',
    'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années', 'mégawatts', 'kilowatts', 'milles', 'nœuds', 'noeuds', 'barils',
  ]),
  es: new Set([
    'kilómetro', 'kilómetros', 'kilometro', 'kilometros', 'metro', 'metros', 'centímetro', 'centímetros', 'milímetro', 'milímetros',
    'kilogramo', 'kilogramos', 'kilo', 'kilos', 'gramo', 'gramos', 'tonelada', 'toneladas', 'litro', 'litros', 'hectárea', 'hectáreas',
    'grado', 'grados', 'hora', 'horas', 'minuto', 'minutos', 'segundos', 'día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año',
    'años', 'milla', 'millas', 'nudos', 'megavatios', 'barriles',
  ]),
  pt: new Set([
    'quilômetro', 'quilômetros', 'quilómetro', 'quilómetros', 'metro', 'metros', 'centímetro', 'centímetros', 'milímetro', 'milímetros',
    'quilograma', 'quilogramas', 'quilo', 'quilos', 'grama', 'gramas', 'tonelada', 'toneladas', 'litro', 'litros', 'hectare', 'hectares',
    'grau', 'graus', 'hora', 'horas', 'minuto', 'minutos', 'segundos', 'dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos',
    'milha', 'milhas', 'nós', 'barris',
  ]),
  de: new Set([
    'kilometer', 'kilometern', 'meter', 'metern', 'zentimeter', 'millimeter', 'kilogramm', 'kilo', 'gramm', 'tonne', 'tonnen', 'liter',
    'hektar', 'grad', 'stunde', 'stunden', 'minute', 'minuten', 'sekunde', 'sekunden', 'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat',
    'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'quadratmeter', 'quadratkilometer', 'kubikmeter', 'meilen', 'knoten', 'megawatt', 'kilowatt', 'barrel',
  ]),
};
/** "mètres carrés", "metros cuadrados", "metros cúbicos": the unit goes on. */
const SQUARED = /^(carrés?|cubes?|cuadrad[oa]s?|cúbic[oa]s?|quadrad[oa]s?)$/;
/** The word joining a scale to its unit: "5 millions de tonnes". */
const OF = /^(de|d['’])$/;

/** The unit written at token j on a page in `lang`, with its last token, or null. */
export function europeanUnitAfter(tokens: readonly Token[], j: number, lang: WordsLanguage): { last: number; unit: string } | null {
  const units = UNITS[lang];
  let k = j;
  if (OF.test(tokens[k]?.lower ?? '') && lang !== 'de') k++;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !units.has(t.lower)) return null;
  if (SQUARED.test(tokens[k + 1]?.lower ?? '')) return { last: k + 1, unit: `${t.text} ${tokens[k + 1]!.text}` };
  // "kilómetros por hora", "kilomètres par heure", "kilomètres à l'heure", "Kilometer pro Stunde": a speed.
  const per = tokens[k + 1]?.lower ?? '';
  const hour = tokens[k + 2]?.lower ?? '';
  if (/^(por|par|pro)$/.test(per) && /^(hora|heure|stunde)$/.test(hour)) return { last: k + 2, unit: `${t.text} ${tokens[k + 1]!.text} ${tokens[k + 2]!.text}` };
  if (per === 'à' && (hour === "l'heure" || hour === 'l’heure')) return { last: k + 2, unit: `${t.text} à ${tokens[k + 2]!.text}` };
  return { last: k, unit: t.text };
}

const YEARS = /^(ans|an|años|año|anos|ano|jahre|jahren|jahr)$/;
const DURATION = /^(ans?|années?|mois|semaines?|jours?|heures?|años?|mes(es)?|semanas?|días?|dias?|horas?|anos?|mês|jahre?n?|monate?n?|wochen?|tage?n?|stunden?)$/;
/** Words before "de N ans" that make N an age: "âgé de 45 ans", "un homme de 45 ans", "una mujer de 30 años". */
const AGE_OWNER = /^(âgée?s?|agée?s?|edad|idade|homme|femme|garçon|fille|enfant|adolescent|adolescente|jeune|hombre|mujer|niño|niña|joven|chico|chica|anciano|anciana|homem|mulher|menino|menina|jovem|rapaz|idoso|idosa)$/;

/**
 * What a duration after a number says on these pages: an age ("un homme de 45 ans", "a los 45
 * años", "aos 45 anos", "45 Jahre alt", "30 años de edad") or a time ago ("il y a 3 ans",
 * "hace 3 años", "há 3 anos", "vor 3 Jahren"), which English says with "old" and "ago".
 * `first` is the number's first token, `unit` the unit's. The last token of the figure too.
 */
export function europeanTimeKind(tokens: readonly Token[], first: number, unit: number, lang: WordsLanguage): { kind: 'age' | 'date'; last: number } | null {
  const u = tokens[unit]!.lower;
  if (!DURATION.test(u)) return null;
  const b1 = tokens[first - 1]?.lower ?? '';
  const b2 = tokens[first - 2]?.lower ?? '';
  const ago = lang === 'de' ? b1 === 'vor' : lang === 'es' ? b1 === 'hace' : lang === 'pt' ? b1 === 'há' || b1 === 'ha' : b1 === 'a' && b2 === 'y' && tokens[first - 3]?.lower === 'il';
  if (ago) return { kind: 'date', last: unit };
  if (!YEARS.test(u)) return null;
  const a1 = tokens[unit + 1]?.lower ?? '';
  if (lang === 'de' && a1 === 'alt') return { kind: 'age', last: unit + 1 };
  if (a1 === 'de' && (tokens[unit + 2]?.lower === 'edad' || tokens[unit + 2]?.lower === 'idade')) return { kind: 'age', last: unit + 2 };
  if ((b1 === 'de' && AGE_OWNER.test(b2)) || (b1 === 'los' && b2 === 'a') || b1 === 'aos' || (b1 === 'de' && b2 === "l'âge") || (b1 === 'de' && b2 === 'âge')) return { kind: 'age', last: unit };
  return null;
}
