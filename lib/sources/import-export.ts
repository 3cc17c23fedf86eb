/**
 * Sources as a JSON file the reader can keep or move to another browser. Imports are validated
 * with valibot before anything changes: a bad file gets one readable reason and the current
 * list stays as it was.
 */
import * as v from 'valibot';
import type { Source } from '../settings';
import { t } from '../ui/i18n';
import { isFeedAddress, normaliseDomain } from './domains';

export const EXPORT_FORMAT = 'parallax-sources';
export const EXPORT_VERSION = 1;
/** A sources file is small; anything bigger is not one. */
export const MAX_IMPORT_BYTES = 1024 * 1024;
export const MAX_SOURCES = 500;

// Messages as functions: asked when a file is refused, in the reader's language.
const SourceSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.maxLength(100))),
  name: v.pipe(v.string(() => t('issueNameNeeded')), v.trim(), v.nonEmpty(() => t('issueNameNeeded')), v.maxLength(200, () => t('issueNameTooLong'))),
  domains: v.pipe(
    v.array(v.string(() => t('issueDomainsText')), () => t('issueDomainsList')),
    v.minLength(1, () => t('issueDomainNeeded')),
    v.maxLength(50, () => t('issueTooManyDomains')),
  ),
  feeds: v.optional(
    v.pipe(v.array(v.pipe(v.string(() => t('issueFeedsText')), v.maxLength(2048, () => t('issueFeedTooLong'))), () => t('issueFeedsList')), v.maxLength(50, () => t('issueTooManyFeeds'))),
    [],
  ),
  enabled: v.optional(v.boolean(() => t('issueBoolean', ['enabled'])), true),
  autoCapture: v.optional(v.boolean(() => t('issueBoolean', ['autoCapture'])), false),
});

const FileSchema = v.union([
  v.object({ format: v.literal(EXPORT_FORMAT), version: v.number(), sources: v.array(v.unknown()) }),
  v.array(v.unknown()),
]);

export type ImportResult = { ok: true; sources: Source[] } | { ok: false; message: string };

/** The sources as the text of an export file (stable order, readable indentation). */
export function exportSources(sources: readonly Source[], now: Date = new Date()): string {
  const clean = sources.map(({ id, name, domains, feeds, enabled, autoCapture }) => ({ id, name, domains, feeds, enabled, autoCapture }));
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), sources: clean }, null, 2) + '\n';
}

/** "Source 3 ("BBC News")": which entry of the file is refused, and why. */
function entryProblem(index: number, raw: unknown, problem: string): string {
  const name = raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name.slice(0, 60) : null;
  const entry = name === null ? t('sourceEntry', [index + 1]) : t('sourceEntryNamed', [index + 1, name]);
  return t('sourceEntryProblem', [entry, problem]);
}

/** A valibot issue in words: a missing field is named; otherwise the schema's own message. */
function issueText(issue: v.BaseIssue<unknown>): string {
  if (issue.input === undefined && issue.kind === 'schema' && issue.expected?.startsWith('"')) return t('issueMissing', [issue.expected]);
  if (issue.kind === 'schema' && !issue.path) return t('issueNotObject');
  return issue.message;
}

/**
 * Reads an export file. Ids are kept when present and unique, else made with `makeId`.
 *
 * @example
 * const result = importSources(await file.text());
 * if (result.ok) await sourcesSetting.setValue(mergeSources(current, result.sources));
 * else showError(result.message);
 */
export function importSources(text: string, makeId: () => string = () => crypto.randomUUID()): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: t('sourcesFileTooLarge') };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: t('sourcesFileNotJson') };
  }
  const file = v.safeParse(FileSchema, json);
  if (!file.success) return { ok: false, message: t('sourcesFileNotSources') };
  const list = Array.isArray(file.output) ? file.output : file.output.sources;
  if (!Array.isArray(file.output) && file.output.version > EXPORT_VERSION) {
    return { ok: false, message: t('sourcesFileNewer') };
  }
  if (list.length > MAX_SOURCES) return { ok: false, message: t('sourcesFileTooMany', [list.length, MAX_SOURCES]) };
  const sources: Source[] = [];
  const ids = new Set<string>();
  for (const [index, raw] of list.entries()) {
    const parsed = v.safeParse(SourceSchema, raw);
    if (!parsed.success) return { ok: false, message: entryProblem(index, raw, issueText(parsed.issues[0])) };
    const s = parsed.output;
    const domains: string[] = [];
    for (const d of s.domains) {
      const domain = normaliseDomain(d);
      if (!domain) return { ok: false, message: entryProblem(index, raw, t('issueBadDomain', [d.slice(0, 80)])) };
      if (!domains.includes(domain)) domains.push(domain);
    }
    const badFeed = s.feeds.find((f) => !isFeedAddress(f));
    if (badFeed !== undefined) return { ok: false, message: entryProblem(index, raw, t('issueBadFeed', [badFeed.slice(0, 80)])) };
    const id = s.id && !ids.has(s.id) ? s.id : makeId();
    ids.add(id);
    sources.push({ id, name: s.name, domains, feeds: [...new Set(s.feeds.map((f) => f.trim()))], enabled: s.enabled, autoCapture: s.autoCapture });
  }
  return { ok: true, sources };
}

/** Adds imported sources to the list: one with an id (or the same first domain) already there replaces it in place. */
export function mergeSources(current: readonly Source[], imported: readonly Source[]): Source[] {
  const result = [...current];
  for (const source of imported) {
    const at = result.findIndex((s) => s.id === source.id || (s.domains[0] && s.domains[0] === source.domains[0]));
    if (at >= 0) result[at] = { ...source, id: result[at]!.id };
    else result.push(source);
  }
  return result;
}
