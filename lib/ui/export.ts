/**
 * The comparison exported for a newsroom: Markdown to paste into notes, CSV for a spreadsheet,
 * JSON for tools. Page text is escaped for each format (it is the outlets', not ours).
 */
import type { Comparison, ReportRef } from '../model';
import { formatHedge, formatValue, formatTime } from './format';
import { bestTitle } from './view-model';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_TYPES: Record<ExportFormat, { mime: string; extension: string }> = {
  markdown: { mime: 'text/markdown;charset=utf-8', extension: 'md' },
  csv: { mime: 'text/csv;charset=utf-8', extension: 'csv' },
  json: { mime: 'application/json;charset=utf-8', extension: 'json' },
};

export function exportComparison(comparison: Comparison, format: ExportFormat, locale: string): string {
  if (format === 'json') return JSON.stringify(comparison, null, 2) + '\n';
  if (format === 'csv') return toCsv(comparison);
  return toMarkdown(comparison, locale);
}

/** A file name from the event's title: "parallax-kazakhstan-reports-casualties.md". */
export function exportFileName(comparison: Comparison, format: ExportFormat): string {
  const slug = bestTitle(comparison.reports).toLocaleLowerCase().normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
  return `parallax-${slug || 'comparison'}.${EXPORT_TYPES[format].extension}`;
}

/** Escapes what Markdown would read as markup, and folds line breaks (one item per line). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+\-!|<>~])/g, '\\$1');
}

function toMarkdown(comparison: Comparison, locale: string): string {
  const byId = new Map(comparison.reports.map((r) => [r.id, r]));
  const outlet = (id: string) => escapeMarkdown(byId.get(id)?.outlet ?? id);
  const lines = [`# ${escapeMarkdown(bestTitle(comparison.reports) || 'Comparison')}`, '', '## Reports', ''];
  for (const r of comparison.reports) lines.push(`- ${reportLine(r, locale)}`);
  lines.push('', '## Figures', '');
  for (const item of comparison.numbers) {
    lines.push(`### ${escapeMarkdown(item.what)} (${statusWords(item.status, item.kinds)})`, '');
    for (const m of item.mentions) {
      const said = [m.source && `source: ${escapeMarkdown(m.source)}`, m.cue && `verb: ${escapeMarkdown(m.cue)}`].filter(Boolean).join(', ');
      const value = [formatHedge(m), formatValue(m, locale)].filter(Boolean).join(' ');
      lines.push(`- **${outlet(m.report)}**: ${escapeMarkdown(value)}${said ? ` (${said})` : ''}: “${escapeMarkdown(m.sentence)}”`);
    }
    lines.push('');
  }
  lines.push('## Attributions', '');
  for (const item of comparison.attributions) {
    lines.push(`### ${escapeMarkdown(item.entity)} (${statusWords(item.status, item.kinds)})`, '');
    for (const m of item.mentions) {
      const quote = m.quote ? `, quoting “${escapeMarkdown(m.quote)}”` : '';
      lines.push(`- **${outlet(m.report)}**: ${escapeMarkdown(m.cue)} (${m.stance})${quote}: “${escapeMarkdown(m.sentence)}”`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function reportLine(r: ReportRef, locale: string): string {
  const title = escapeMarkdown(r.title);
  const linked = r.url && /^https?:/i.test(r.url) ? `[${title}](<${r.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : title;
  return `**${escapeMarkdown(r.outlet)}**, ${escapeMarkdown(formatTime(r.publishedAt, locale))}: ${linked}`;
}

function statusWords(status: string, kinds: readonly string[]): string {
  return status === 'differs' && kinds.length ? `differs: ${kinds.join(', ')}` : status;
}

const CSV_HEADER = ['section', 'item', 'status', 'kinds', 'outlet', 'published', 'url', 'value', 'low', 'high', 'bound', 'hedge', 'source', 'verb', 'stance', 'quote', 'sentence'];

function toCsv(comparison: Comparison): string {
  const byId = new Map(comparison.reports.map((r) => [r.id, r]));
  const rows: unknown[][] = [CSV_HEADER];
  const where = (id: string) => {
    const r = byId.get(id);
    return [r?.outlet ?? id, r?.publishedAt ?? '', r?.url ?? ''];
  };
  for (const item of comparison.numbers) {
    for (const m of item.mentions) {
      rows.push(['figure', item.what, item.status, item.kinds.join(' '), ...where(m.report), m.value, m.low, m.high, m.bound, m.hedge, m.source, m.cue, m.stance, '', m.sentence]);
    }
  }
  for (const item of comparison.attributions) {
    for (const m of item.mentions) {
      rows.push(['attribution', item.entity, item.status, item.kinds.join(' '), ...where(m.report), '', '', '', '', '', item.entity, m.cue, m.stance, m.quote, m.sentence]);
    }
  }
  // CRLF, as RFC 4180 and spreadsheet programs expect.
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * A CSV cell: quoted when needed, and text that a spreadsheet would run as a formula ("=", "+",
 * "-", "@" first) is prefixed with an apostrophe, since the text comes from web pages.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
