import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFigures } from '../../../lib/quantities';
import { germanWordValue } from '../../../lib/quantities/number-words-de';
import { eventFigures } from './read';

/** The values of the event figures read from a sentence, in order. */
const values = (text: string, lang: string) => eventFigures(text, lang).map((f) => f.value);

describe('number words of French, German, Spanish and Portuguese pages', () => {
  it.each([
    // French: units, teens, tens, hyphenated compounds, "et", the vigesimal seventies to nineties, scales.
    ['Dix-huit morts ont été recensés.', 'fr', [18]],
    ['On compte soixante-dix-huit blessés.', 'fr', [78]],
    ['Quatre-vingt-dix personnes ont été évacuées.', 'fr', [90]],
    ['Il y a eu quatre-vingts arrestations.', 'fr', [80]],
    ['Vingt et un soldats sont morts.', 'fr', [21]],
    ['Soixante et onze maisons ont brûlé.', 'fr', [71]],
    ['Trois cent vingt-quatre familles sont sans abri.', 'fr', [324]],
    ['Les dégâts atteignent deux millions d\'euros.', 'fr', [2e6]],
    ['Deux cent mille personnes ont manifesté.', 'fr', [200000]],
    ['Mille cinq cents policiers sont mobilisés.', 'fr', [1500]],
    ['Un million de personnes sont privées d\'eau.', 'fr', [1e6]],
    ['Le budget est de 2,5 millions d\'euros.', 'fr', [2.5e6]],
    ['Le pays a emprunté 3 milliards.', 'fr', [3e9]],
    ['Trois douzaines d\'œufs.', 'fr', [36]],
    ['Nonante personnes sont venues.', 'fr', [90]],
    // German: numbers below a million are one word.
    ['Achtzehn Tote wurden geborgen.', 'de', [18]],
    ['Es gab einundzwanzig Verletzte.', 'de', [21]],
    ['Dreihundertfünfundvierzig Häuser wurden zerstört.', 'de', [345]],
    ['Zweitausendvierhundert Menschen wurden evakuiert.', 'de', [2400]],
    ['Der Schaden beträgt zwei Millionen Euro.', 'de', [2e6]],
    ['Eine Million Menschen sind betroffen.', 'de', [1e6]],
    ['Die Regierung stellt 1,2 Milliarden bereit.', 'de', [1.2e9]],
    ['Zwei Millionen dreihunderttausend Menschen leben dort.', 'de', [2.3e6]],
    // Spanish: one-word twenties, "y", whole hundreds, "mil millones".
    ['Dieciocho muertos en el accidente.', 'es', [18]],
    ['Hubo veintiún heridos.', 'es', [21]],
    ['Treinta y dos personas fueron detenidas.', 'es', [32]],
    ['Ciento cincuenta casas quedaron destruidas.', 'es', [150]],
    ['Llegaron dos mil soldados.', 'es', [2000]],
    ['Se movilizaron mil quinientos bomberos.', 'es', [1500]],
    ['El gobierno destinó tres mil millones.', 'es', [3e9]],
    ['El gobierno destinó 3 mil millones.', 'es', [3e9]],
    ['Perdieron 3 millones de dólares.', 'es', [3e6]],
    ['Un millón de personas votaron.', 'es', [1e6]],
    ['Cuatrocientas cincuenta y dos mil trescientas personas.', 'es', [452300]],
    // Portuguese: "e" joins every part.
    ['Dezoito mortos foram confirmados.', 'pt', [18]],
    ['Vinte e um feridos foram levados ao hospital.', 'pt', [21]],
    ['Cento e cinquenta casas foram destruídas.', 'pt', [150]],
    ['Mil e quinhentos policiais foram mobilizados.', 'pt', [1500]],
    ['O prejuízo chega a dois milhões de reais.', 'pt', [2e6]],
    ['O governo liberou 2 mil casas.', 'pt', [2000]],
    ['Dois mil e vinte e três pessoas.', 'pt', [2023]],
  ])('%s (%s) -> %j', (text, lang, expected) => {
    expect(values(text, lang)).toEqual(expected);
  });

  it.each([
    // The article that is also "one" is no figure alone, as English "a man" is none.
    ['Un homme a été tué.', 'fr'],
    ['Une femme a été blessée.', 'fr'],
    ['Ein Mann wurde getötet.', 'de'],
    ['Die Warnungen wurden außer Acht gelassen.', 'de'],
    ['Er hat eine Eins in Mathematik.', 'de'],
    ['Einer der Verletzten ist gestorben.', 'de'],
    ['Un hombre murió en el incendio.', 'es'],
    ['Uno de los heridos está grave.', 'es'],
    ['Um homem morreu no incêndio.', 'pt'],
    // "neuf" is also "new"; a number word inside a hyphenated name is no figure.
    ['Ils ont construit un bâtiment neuf.', 'fr'],
    ['Le maire de Trois-Rivières a parlé.', 'fr'],
    // "quarantaine" is a quarantine unless it counts something ("une quarantaine de").
    ['Le village a été placé en quarantaine.', 'fr'],
    // The first words of an ordinal are not a count.
    ['Au vingt et unième siècle.', 'fr'],
    ['Le vingt-deuxième jour de grève.', 'fr'],
  ])('%s (%s) has no figure', (text, lang) => {
    expect(values(text, lang)).toEqual([]);
  });

  it('reads number words only on a page of that language', () => {
    expect(values('Dieciocho muertos.', 'en')).toEqual([]);
    expect(values('Eighteen people died.', 'en')).toEqual([18]);
  });
});

describe('vague amounts and approximate collectives', () => {
  it.each([
    ['Des dizaines de personnes ont été blessées.', 'fr', 20, '>', 'vague'],
    ['Des centaines de maisons ont été détruites.', 'fr', 200, '>', 'vague'],
    ['Des dizaines de milliers de manifestants.', 'fr', 20000, '>', 'vague'],
    ['Plusieurs centaines de soldats.', 'fr', 300, '>', 'vague'],
    ['Une vingtaine de morts.', 'fr', 20, '~', 'count'],
    ['Une centaine de blessés.', 'fr', 100, '~', 'count'],
    ['Dutzende Menschen wurden verletzt.', 'de', 24, '>', 'vague'],
    ['Hunderte Häuser sind zerstört.', 'de', 200, '>', 'vague'],
    ['Zehntausende gingen auf die Straße.', 'de', 20000, '>', 'vague'],
    ['Mehrere hundert Menschen demonstrierten.', 'de', 300, '>', 'vague'],
    ['Decenas de personas resultaron heridas.', 'es', 20, '>', 'vague'],
    ['Cientos de casas fueron evacuadas.', 'es', 200, '>', 'vague'],
    ['Decenas de miles de personas marcharon.', 'es', 20000, '>', 'vague'],
    ['Un centenar de muertos.', 'es', 100, '~', 'count'],
    ['Dezenas de pessoas ficaram feridas.', 'pt', 20, '>', 'vague'],
    ['Centenas de casas foram destruídas.', 'pt', 200, '>', 'vague'],
    ['Milhares de pessoas protestaram.', 'pt', 2000, '>', 'vague'],
  ])('%s (%s) -> %d %s %s', (text, lang, value, bound, kind) => {
    const [figure] = eventFigures(text, lang);
    expect(figure).toMatchObject({ value, bound, kind });
  });
});

describe('per cent in words', () => {
  it.each([
    ['Der Anteil stieg auf zwanzig Prozent.', 'de', 20],
    ['Le taux atteint vingt pour cent.', 'fr', 20],
    ['El paro bajó al 12 por ciento.', 'es', 12],
    ['A inflação chegou a dez por cento.', 'pt', 10],
  ])('%s (%s) -> %d%%', (text, lang, value) => {
    expect(eventFigures(text, lang).find((f) => f.kind === 'percent')?.value).toBe(value);
  });
});

describe('germanWordValue', () => {
  it.each([
    ['eins', 1], ['zwölf', 12], ['einundzwanzig', 21], ['hundert', 100], ['einhundertdrei', 103],
    ['dreihundertfünfundvierzig', 345], ['tausend', 1000], ['eintausendeinhundertfünfzig', 1150], ['zehntausend', 10000],
    ['dreihundertneunundneunzigtausendfuenfhundertneun', 399509],
  ])('%s -> %d', (word, value) => {
    expect(germanWordValue(word)).toBe(value);
  });

  it.each(['ein', 'eine', 'hunderte', 'tausende', 'zweite', 'acht­zig', 'undzwanzig', 'tausendtausend', 'einundelf'])('%s is no number', (word) => {
    expect(germanWordValue(word)).toBeUndefined();
  });
});

describe('robustness', () => {
  it('never throws on random text in these languages', () => {
    const pieces = fc.constantFrom('un', 'une', 'et', 'y', 'e', '-', 'vingt', 'quatre', 'dix', 'cent', 'cents', 'mille', 'millions', 'dizaines', 'de',
      'einundzwanzig', 'tausend', 'Millionen', 'ein', 'Hunderte', 'dos', 'mil', 'millones', 'ciento', 'decenas', 'um', 'cento', 'milhões', 'dezenas',
      'douzaines', 'dutzend', 'billones', '2,5', '3', '.', ',', ' ', 'pour', 'cent', 'por', 'ciento', 'Prozent');
    for (const lang of ['fr', 'de', 'es', 'pt']) {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join(' '))), (text) => {
          for (const f of readFigures(text, [{ start: 0, end: text.length }], lang)) {
            if (text.slice(f.start, f.end) !== f.text || !Number.isFinite(f.value)) return false;
          }
          return true;
        }),
        { numRuns: 500 },
      );
    }
  });
});
