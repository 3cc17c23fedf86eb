import { lexicon } from './lexicon';

/**
 * Number words of French, Spanish and Portuguese, as the reader in number-words-romance.ts
 * combines them. Each word has a value and a part:
 * - "n": a number below a hundred ("dix", "veintiuno", "dezoito");
 * - "one": also the article ("un", "una", "um"): read only inside a longer number ("vingt et un",
 *   "un millón"), never alone, as English "a man" is no figure;
 * - "h": a whole hundred ("doscientos", "quinhentos", "ciento");
 * - "x": a word that multiplies by a hundred what comes before (French "deux cents");
 * - "s": a scale ("mille", "mil", "millones", "milliard");
 * - "d": dozens of what comes before ("trois douzaines" = 36).
 */
export type Part = 'n' | 'one' | 'h' | 'x' | 's' | 'd';
export type WordTable = ReadonlyMap<string, readonly [number, Part]>;

export interface RomanceLexicon {
  words: WordTable;
  /** The word that joins parts: "vingt et un", "treinta y dos", "cento e cinquenta". */
  and: string;
}

const n = (v: number) => [v, 'n'] as const;
const one = [1, 'one'] as const;
const h = (v: number) => [v, 'h'] as const;
const s = (v: number) => [v, 's'] as const;
const dozen = [12, 'd'] as const;

/** Adds each accented word's plain spelling ("dieciseis", "milhoes"), as typed without accents. */
function withPlainSpellings(table: ReadonlyMap<string, readonly [number, Part]>): WordTable {
  const out = new Map(table);
  for (const [word, value] of table) {
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
    if (!out.has(plain)) out.set(plain, value);
  }
  return out;
}

export const FRENCH: RomanceLexicon = {
  and: 'et',
  words: withPlainSpellings(lexicon<readonly [number, Part]>({
    un: one, une: one, deux: n(2), trois: n(3), quatre: n(4), cinq: n(5), six: n(6), sept: n(7), huit: n(8), neuf: n(9),
    dix: n(10), onze: n(11), douze: n(12), treize: n(13), quatorze: n(14), quinze: n(15), seize: n(16),
    vingt: n(20), vingts: n(20), trente: n(30), quarante: n(40), cinquante: n(50), soixante: n(60),
    // Belgian and Swiss French.
    septante: n(70), huitante: n(80), octante: n(80), nonante: n(90),
    cent: [100, 'x'], cents: [100, 'x'], mille: s(1e3), million: s(1e6), millions: s(1e6), milliard: s(1e9), milliards: s(1e9),
    // The long scale: a French billion is a million millions.
    billion: s(1e12), billions: s(1e12), trillion: s(1e18), trillions: s(1e18), douzaine: dozen, douzaines: dozen,
  })),
};

export const SPANISH: RomanceLexicon = {
  and: 'y',
  words: withPlainSpellings(lexicon<readonly [number, Part]>({
    un: one, uno: one, una: one, dos: n(2), tres: n(3), cuatro: n(4), cinco: n(5), seis: n(6), siete: n(7), ocho: n(8), nueve: n(9),
    diez: n(10), once: n(11), doce: n(12), trece: n(13), catorce: n(14), quince: n(15), 'dieciséis': n(16), diecisiete: n(17),
    dieciocho: n(18), diecinueve: n(19), veinte: n(20), veintiuno: n(21), 'veintiún': n(21), veintiuna: n(21), 'veintidós': n(22),
    'veintitrés': n(23), veinticuatro: n(24), veinticinco: n(25), 'veintiséis': n(26), veintisiete: n(27), veintiocho: n(28),
    veintinueve: n(29), treinta: n(30), cuarenta: n(40), cincuenta: n(50), sesenta: n(60), setenta: n(70), ochenta: n(80), noventa: n(90),
    cien: h(100), ciento: h(100), doscientos: h(200), doscientas: h(200), trescientos: h(300), trescientas: h(300),
    cuatrocientos: h(400), cuatrocientas: h(400), quinientos: h(500), quinientas: h(500), seiscientos: h(600), seiscientas: h(600),
    setecientos: h(700), setecientas: h(700), ochocientos: h(800), ochocientas: h(800), novecientos: h(900), novecientas: h(900),
    mil: s(1e3), 'millón': s(1e6), millones: s(1e6), 'billón': s(1e12), billones: s(1e12), 'trillón': s(1e18), trillones: s(1e18), docena: dozen, docenas: dozen,
  })),
};

export const PORTUGUESE: RomanceLexicon = {
  and: 'e',
  words: withPlainSpellings(lexicon<readonly [number, Part]>({
    um: one, uma: one, dois: n(2), duas: n(2), 'três': n(3), quatro: n(4), cinco: n(5), seis: n(6), sete: n(7), oito: n(8), nove: n(9),
    dez: n(10), onze: n(11), doze: n(12), treze: n(13), catorze: n(14), quatorze: n(14), quinze: n(15), dezesseis: n(16), dezasseis: n(16),
    dezessete: n(17), dezassete: n(17), dezoito: n(18), dezenove: n(19), dezanove: n(19), vinte: n(20), trinta: n(30), quarenta: n(40),
    cinquenta: n(50), 'cinqüenta': n(50), sessenta: n(60), setenta: n(70), oitenta: n(80), noventa: n(90),
    cem: h(100), cento: h(100), duzentos: h(200), duzentas: h(200), trezentos: h(300), trezentas: h(300), quatrocentos: h(400),
    quatrocentas: h(400), quinhentos: h(500), quinhentas: h(500), seiscentos: h(600), seiscentas: h(600), setecentos: h(700),
    setecentas: h(700), oitocentos: h(800), oitocentas: h(800), novecentos: h(900), novecentas: h(900),
    // Brazil's "bilhão" is a thousand million; Portugal writes "mil milhões".
    mil: s(1e3), 'milhão': s(1e6), 'milhões': s(1e6), 'bilhão': s(1e9), 'bilhões': s(1e9), 'bilião': s(1e12), 'biliões': s(1e12), 'trilhão': s(1e12), 'trilhões': s(1e12), 'dúzia': dozen, 'dúzias': dozen,
  })),
};

/** Scale words written after digits in these languages ("3 mil", "2 mil millones", "1,2 bilhão"). */
export const DIGIT_SCALES: Readonly<Record<string, ReadonlyMap<string, number>>> = {
  fr: lexicon({ mille: 1e3, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, billion: 1e12, billions: 1e12, trillion: 1e18, trillions: 1e18, douzaine: 12, douzaines: 12 }),
  de: lexicon({ tausend: 1e3, tsd: 1e3, millionen: 1e6, million: 1e6, billion: 1e12, billionen: 1e12, dutzend: 12 }),
  es: lexicon({ mil: 1e3, 'billón': 1e12, billones: 1e12, billon: 1e12, 'trillón': 1e18, trillones: 1e18, trillon: 1e18, docena: 12, docenas: 12 }),
  pt: lexicon({ mil: 1e3, 'milhão': 1e6, 'milhões': 1e6, milhao: 1e6, milhoes: 1e6, 'bilhão': 1e9, 'bilhões': 1e9, bilhao: 1e9, bilhoes: 1e9, 'trilhão': 1e12, 'trilhões': 1e12, 'dúzia': 12, 'dúzias': 12, duzias: 12 }),
};
