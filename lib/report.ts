import type { Article, Report } from './model';
import { REPORT_SCHEMA } from './model';
import { segmentSentences } from './text/sentences';
import { readFigures } from './quantities';
import { readAttributions } from './attributions';
import { stableHash } from './text/hash';

/** The id a report is stored under: one per canonical address, else per text. */
export function reportId(article: Pick<Article, 'canonicalUrl' | 'url' | 'text'>): string {
  return 'r' + stableHash(article.canonicalUrl ?? article.url ?? article.text);
}

/**
 * Analyses an article into a report: sentences, then figures, then the attributions that
 * cover them. Pure: the same article and time give the same report.
 */
export function analyse(article: Article, capturedAt: string = new Date().toISOString()): Report {
  const sentences = segmentSentences(article.text, article.lang);
  const figures = readFigures(article.text, sentences, article.lang);
  const attributions = readAttributions(article.text, sentences, figures);
  return {
    ...article,
    id: reportId(article),
    capturedAt,
    sentences,
    figures,
    attributions,
    schema: REPORT_SCHEMA,
  };
}
