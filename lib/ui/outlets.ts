import type { ReportRef } from '../model';
import { t } from './i18n';

/** Outlets shown by name before the rest are counted ("A, B, C and 47 more"). */
const NAMED = 4;

/** Outlet names for a sentence, shortened so that fifty reports stay one line. */
export function outletList(reports: readonly ReportRef[]): string {
  const names = [...new Set(reports.map((r) => r.outlet))];
  if (names.length <= NAMED) return names.join(', ');
  return t('andMore', [names.slice(0, NAMED).join(', '), names.length - NAMED]);
}
