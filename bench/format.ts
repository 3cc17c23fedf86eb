/** Tables as aligned text for the console and as Markdown for results.md / the README. */
import type { Table } from './suite';
import type { Machine } from './machine';

const cell = (v: string | number) => (typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '—') : v);

export function textTable(table: Table): string {
  const rows = [table.head, ...table.rows].map((r) => r.map(cell));
  const widths = table.head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [table.title, line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export function markdownTable(table: Table): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const align = table.head.map((_, i) => (i === 0 ? ':---' : '---:'));
  return [
    `**${escape(table.title)}**`,
    '',
    `| ${table.head.map(escape).join(' | ')} |`,
    `| ${align.join(' | ')} |`,
    // Markdown drops leading spaces; an indented (sub-)row keeps its indent as non-breaking spaces.
    ...table.rows.map((r) => `| ${r.map((c) => escape(cell(c)).replace(/^ +/, (sp) => '&nbsp;'.repeat(sp.length))).join(' | ')} |`),
  ].join('\n');
}

export function markdownMachine(m: Machine): string {
  return [
    `Last run ${m.date.slice(0, 10)} ${m.date.slice(11, 16)} UTC: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB memory, ${m.os},`,
    `Node ${m.node}, ${m.chromium ?? 'no Chromium'}; 1-minute load average ${m.load_at_start ?? '?'} at the start${m.load_at_start > m.cores / 2 ? ' (other work was running on the machine: times are noisier and likely higher than on an idle one)' : ''}.`,
  ].join('\n');
}
