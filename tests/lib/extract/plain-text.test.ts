import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../lib/extract/plain-text';

describe('articleFromText', () => {
  it.each([
    ['• Live\n• facebook\nNews > Kazakhstan\nKazakhstan Reports Casualties. UN Calls for Non Violence\nPublished 6 January 2022\nBody.', 'Kazakhstan Reports Casualties. UN Calls for Non Violence', '2022-01-06T00:00:00.000Z'],
    ['Comment\n0\n6 Jan, 2022 15:47\nKazakh authorities reveal police death toll, as UN calls\nBody text.', 'Kazakh authorities reveal police death toll, as UN calls', '2022-01-06T15:47:00.000Z'],
    ['Storm kills four in the north of the country\nUpdated: Sept. 3, 2023\nText.', 'Storm kills four in the north of the country', '2023-09-03T00:00:00.000Z'],
    ['just text', 'name', null],
  ])('%j', (text, title, date) => {
    const article = articleFromText(text, 'name');
    expect(article.title).toBe(title);
    expect(article.publishedAt).toBe(date);
    expect(article.text).toBe(text);
  });
});
