/** What every suite returns: its figures for results.json and a table for people. */
export interface Table {
  title: string;
  head: string[];
  rows: (string | number)[][];
}

export interface SuiteResult {
  /** The suite's figures, written under its name in bench/results.json. */
  figures: Record<string, unknown>;
  tables: Table[];
  /** Caveats and skip reasons, printed under the tables. */
  notes: string[];
}

export interface SuiteOptions {
  /** Fewer runs and smaller sizes, for a quick look (`npm run bench -- --quick`). */
  quick: boolean;
}

export type Suite = (options: SuiteOptions) => Promise<SuiteResult>;

/** A suite that could not run, with the reason in words. */
export function skipped(reason: string, figures: Record<string, unknown> = {}): SuiteResult {
  return { figures: { skipped: reason, ...figures }, tables: [], notes: [`skipped: ${reason}`] };
}

/** Pass / fail / no-target mark for a figure against a target. */
export function verdict(ok: boolean | null): string {
  return ok === null ? '—' : ok ? 'met' : 'MISSED';
}
