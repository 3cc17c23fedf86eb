import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('units, ages and times ago on French, Spanish, Portuguese and German pages', () => {
  it.each([
    ['sur 20 kilomètres', 'fr', 'measure', '20 kilomètres'],
    ['2 000 mètres carrés', 'fr', 'measure', '2 000 mètres carrés'],
    ['5 millions de tonnes', 'fr', 'measure', '5 millions de tonnes'],
    ['20 kilómetros', 'es', 'measure', '20 kilómetros'],
    ['10 metros cuadrados', 'es', 'measure', '10 metros cuadrados'],
    ['5 toneladas', 'pt', 'measure', '5 toneladas'],
    ['5 Tonnen', 'de', 'measure', '5 Tonnen'],
    ['50 Quadratmeter', 'de', 'measure', '50 Quadratmeter'],
    ['une peine de 10 ans', 'fr', 'measure', '10 ans'],
    // A length per hour is a speed.
    ['a 120 kilómetros por hora', 'es', 'measure', '120 kilómetros por hora'],
    ["à 130 kilomètres à l'heure", 'fr', 'measure', "130 kilomètres à l'heure"],
    ['mit 100 Kilometer pro Stunde', 'de', 'measure', '100 Kilometer pro Stunde'],
    // Ages.
    ['un homme de 45 ans a été tué', 'fr', 'age', '45 ans'],
    ['âgé de 45 ans', 'fr', 'age', '45 ans'],
    ['murió a los 45 años', 'es', 'age', '45 años'],
    ['una mujer de 30 años', 'es', 'age', '30 años'],
    ['30 años de edad', 'es', 'age', '30 años de edad'],
    ['morreu aos 45 anos', 'pt', 'age', '45 anos'],
    ['Er ist 45 Jahre alt.', 'de', 'age', '45 Jahre alt'],
    // Times ago.
    ['il y a 3 ans', 'fr', 'date', '3 ans'],
    ['hace 3 años', 'es', 'date', '3 años'],
    ['há 3 anos', 'pt', 'date', '3 anos'],
    ['vor 3 Jahren', 'de', 'date', '3 Jahren'],
  ])('%s (%s) -> %s', (sentence, lang, kind, text) => {
    expect(read(sentence, lang).map((f) => [f.kind, f.text])).toContainEqual([kind, text]);
  });

  it('an English page reads no French unit ("5 an hour" is no measure)', () => {
    expect(read('He earned 5 an hour.').map((f) => f.kind)).not.toContain('measure');
  });
});

describe('percentage points in French, Spanish and Portuguese', () => {
  it.each([
    ['une hausse de 2 points de pourcentage', 'fr', '2 points de pourcentage'],
    ['subió 3 puntos porcentuales', 'es', '3 puntos porcentuales'],
    ['caiu 1,5 ponto percentual', 'pt', '1,5 ponto percentual'],
  ])('%s (%s)', (sentence, lang, text) => {
    expect(read(sentence, lang).map((f) => [f.kind, f.unit, f.text])).toContainEqual(['percent', 'percentage points', text]);
  });
});
