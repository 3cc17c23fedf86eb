/**
 * The add/edit form's fields and their checks, apart from the view: text in, a Source or the
 * reasons it is not one out.
 */
import type { Source } from '@/lib/settings';
import { isFeedAddress, normaliseDomain } from '@/lib/sources/domains';
import { t } from '@/lib/ui/i18n';

export interface SourceFields {
  name: string;
  /** Domains separated by commas, spaces or lines. */
  domains: string;
  /** One feed address a line. */
  feeds: string;
  enabled: boolean;
  autoCapture: boolean;
}

export const EMPTY_FIELDS: SourceFields = { name: '', domains: '', feeds: '', enabled: true, autoCapture: false };

export function fieldsOf(source: Source): SourceFields {
  return { name: source.name, domains: source.domains.join(', '), feeds: source.feeds.join('\n'), enabled: source.enabled, autoCapture: source.autoCapture };
}

export type FieldErrors = Partial<Record<'name' | 'domains' | 'feeds', string>>;

export function readFields(fields: SourceFields, id: string): { source: Source; errors: null } | { source: null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const name = fields.name.trim();
  if (!name) errors.name = t('errorNoName');
  const domains: string[] = [];
  for (const raw of fields.domains.split(/[\s,]+/).filter(Boolean)) {
    const domain = normaliseDomain(raw);
    if (!domain) errors.domains ??= t('errorBadDomain', [raw]);
    else if (!domains.includes(domain)) domains.push(domain);
  }
  if (!domains.length && !errors.domains) errors.domains = t('errorNoDomain');
  const feeds = [...new Set(fields.feeds.split(/\s+/).filter(Boolean))];
  const bad = feeds.find((f) => !isFeedAddress(f));
  if (bad) errors.feeds = t('errorBadFeed', [bad]);
  if (Object.keys(errors).length) return { source: null, errors };
  return { source: { id, name, domains, feeds, enabled: fields.enabled, autoCapture: fields.autoCapture }, errors: null };
}
