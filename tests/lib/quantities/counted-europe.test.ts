import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('what is counted on French, Spanish, Portuguese and German pages', () => {
  it.each([
    ['un million de personnes', 'fr', 'un million de personnes', 'personnes'],
    ['Le séisme a fait près de 5 500 morts et touche huit des 28 millions d’habitants du Népal.', 'fr', 'près de 5 500 morts', 'morts'],
    ['Le séisme touche 28 millions d’habitants du Népal.', 'fr', '28 millions d’habitants', 'habitants'],
    ['une trentaine de morts', 'fr', 'une trentaine de morts', 'morts'],
    ['de trois députés et trois sénateurs de la majorité', 'fr', 'trois sénateurs', 'sénateurs'],
    ['la muerte de tres agricultores y un carabinero', 'es', 'tres agricultores', 'agricultores'],
    ['Houve 300 mortos em São Paulo.', 'pt', '300 mortos', 'mortos'],
    ['mehr als 100 Tote und 200 Verletzte in der Stadt', 'de', 'mehr als 100 Tote', 'Tote'],
  ])('%s (%s)', (sentence, lang, text, unit) => {
    expect(read(sentence, lang).map((f) => [f.text, f.unit])).toContainEqual([text, unit]);
  });
});
