/**
 * The `parallax` command: the extension's analysis core over local files (../shared/contract/cli.md).
 * Every command takes --json; without it, a table for people. Bad files are reported on stderr,
 * one line each, exit code 2, and the other files are still processed.
 */
import { analyse } from '../lib/report';
import { segmentSentences } from '../lib/text/sentences';
import { readFigures } from '../lib/quantities';
import { compareReports } from '../lib/compare';
import { clusterReports } from '../lib/match';
import type { Report } from '../lib/model';
import { InputError, readArticle } from './input';
import { attributionJson, extractJson, figureJson, table } from './output';

const USAGE = `usage: parallax <command> [--json] [FILE...]
commands:
  quantities              figures in each line of standard input
  attributions FILE       who said what in a report
  extract FILE            the article, its figures and attributions
  compare FILE FILE...    where reports of one event differ (the first is the one being read)
  cluster FILE...         group reports into events`;

interface Run {
  json: boolean;
  files: string[];
  out: (line: string) => void;
  err: (line: string) => void;
  failed: boolean;
}

function loadReports(run: Run): Array<{ file: string; report: Report }> {
  const loaded: Array<{ file: string; report: Report }> = [];
  for (const file of run.files) {
    try {
      // A fixed capture time keeps the command's output reproducible.
      loaded.push({ file, report: analyse(readArticle(file), '1970-01-01T00:00:00.000Z') });
    } catch (error) {
      run.failed = true;
      run.err(`parallax: ${error instanceof InputError ? error.message : `${file}: ${(error as Error).message}`}`);
    }
  }
  return loaded;
}

async function quantities(run: Run, input: string): Promise<void> {
  const lines = input.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) {
    const text = line.replace(/\r$/, '');
    const figures = readFigures(text, segmentSentences(text));
    if (run.json) run.out(JSON.stringify(figures.map(figureJson)));
    else run.out(figures.map((f) => `${f.text} -> ${f.bound}${f.value}${f.high !== null ? `-${f.high}` : ''} ${f.kind} ${f.what}`).join(' | ') || '(none)');
  }
}

function attributions(run: Run): void {
  for (const { file, report } of loadReports(run)) {
    const list = report.attributions.map(attributionJson);
    if (run.json) run.out(JSON.stringify(run.files.length > 1 ? { file, attributions: list } : { attributions: list }));
    else run.out(table([['source', 'cue', 'stance', 'content'], ...report.attributions.map((a) => [a.entity ?? '-', a.cue.text, a.stance, a.content.text])]));
  }
}

function extract(run: Run): void {
  for (const { file, report } of loadReports(run)) {
    if (run.json) run.out(JSON.stringify(run.files.length > 1 ? { file, ...extractJson(report) } : extractJson(report)));
    else run.out(`${report.outlet} — ${report.title} (${report.publishedAt ?? 'no date'})\n${report.figures.length} figures, ${report.attributions.length} attributions, ${report.text.length} characters`);
  }
}

function compare(run: Run): void {
  const loaded = loadReports(run);
  if (!loaded.length) return;
  const comparison = compareReports(loaded.map((l) => l.report));
  const fileOf = new Map(loaded.map((l) => [l.report.id, l.file]));
  const result = { ...comparison, reports: comparison.reports.map((r) => ({ ...r, file: fileOf.get(r.id) ?? null })) };
  if (run.json) return run.out(JSON.stringify(result, null, 2));
  const outletOf = new Map(comparison.reports.map((r) => [r.id, r.outlet]));
  run.out(table([['figure', 'status', 'kinds', 'values'], ...comparison.numbers.map((n) => [n.what, n.status, n.kinds.join(','), n.mentions.map((m) => `${outletOf.get(m.report)}: ${m.text}`).join('; ')])]));
  run.out('');
  run.out(table([['source', 'status', 'kinds', 'cues'], ...comparison.attributions.map((a) => [a.entity, a.status, a.kinds.join(','), a.mentions.map((m) => `${outletOf.get(m.report)}: ${m.cue}`).join('; ')])]));
}

function cluster(run: Run): void {
  const loaded = loadReports(run);
  const fileOf = new Map(loaded.map((l) => [l.report, l.file]));
  const clusters = clusterReports(loaded.map((l) => l.report)).map((c) => c.map((r) => fileOf.get(r)!));
  if (run.json) run.out(JSON.stringify({ clusters }));
  else clusters.forEach((c, i) => run.out(`event ${i + 1}: ${c.join(', ')}`));
}

/** Runs the command; returns the exit code (0 ok, 2 bad input or usage). */
export async function main(argv: string[], io: { stdin: () => Promise<string>; out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const [command, ...rest] = argv;
  const run: Run = { json: rest.includes('--json'), files: rest.filter((a) => !a.startsWith('--')), out: io.out, err: io.err, failed: false };
  const needsFiles: Record<string, number> = { attributions: 1, extract: 1, compare: 1, cluster: 1 };
  if (!command || command === '--help' || command === 'help') {
    io.out(USAGE);
    return command ? 0 : 2;
  }
  if (command !== 'quantities' && !(command in needsFiles)) {
    io.err(`parallax: unknown command '${command}'\n${USAGE}`);
    return 2;
  }
  if (command in needsFiles && run.files.length < needsFiles[command]!) {
    io.err(`parallax: ${command} needs at least one FILE\n${USAGE}`);
    return 2;
  }
  if (command === 'quantities') await quantities(run, await io.stdin());
  else if (command === 'attributions') attributions(run);
  else if (command === 'extract') extract(run);
  else if (command === 'compare') compare(run);
  else cluster(run);
  return run.failed ? 2 : 0;
}
