import { describe, expect, it } from 'vitest';
import { read } from './read';

describe('times, decades and compared amounts on French, Spanish, Portuguese and German pages', () => {
  it.each([
    ['peu avant 5h45 avec', 'fr', 'time', '5h45'],
    ['à 20h, il', 'fr', 'time', '20h'],
    ['às 15h, ele', 'pt', 'time', '15h'],
    ['um 17 Uhr', 'de', 'time', '17 Uhr'],
    ['en 48h', 'fr', 'measure', '48h'],
    ['en los años 90 y lleva', 'es', 'year', 'años 90'],
    ['dans les années 80', 'fr', 'year', 'années 80'],
    ['lleva más de 2000 desde la reanudación', 'es', 'count', 'más de 2000'],
    ['mehr als 2000 Menschen', 'de', 'count', 'mehr als 2000 Menschen'],
    ['more than 2000 were there', 'en', 'count', 'more than 2000'],
  ])('%s (%s) -> %s', (sentence, lang, kind, text) => {
    expect(read(sentence, lang).map((f) => [f.kind, f.text])).toContainEqual([kind, text]);
  });
});
