import type { TabSnapshot } from '../lib/ui/tab-store';
import type { PanelActions } from '../lib/ui/actions';
import { stateView } from '../lib/ui/state-view';
import { PanelActionsProvider } from './PanelActions';
import { StatePanel } from './StatePanel';
import { ComparisonView } from './ComparisonView';
import './Theme.css';
import './Panel.css';

export type PanelProps = {
  snapshot: Pick<TabSnapshot, 'tab' | 'state' | 'pending' | 'failure'>;
  actions: PanelActions;
};

/**
 * The side panel's content for one tab: its state in words, and when the page is an article with
 * other reports, their comparison. Arrow keys move between rows; Tab walks every control.
 */
export function Panel({ snapshot, actions }: PanelProps) {
  const view = stateView(snapshot);
  const state = snapshot.state;
  // A failed request (say, re-analysing) leaves the comparison already shown in place, under the error.
  const article = state?.status === 'article' ? state : null;
  return (
    <PanelActionsProvider actions={actions}>
      <main class="px-panel" onKeyDown={moveBetweenRows} aria-busy={snapshot.pending}>
        <StatePanel view={view} onAnalyse={actions.analyse} onOpenOptions={actions.openOptions} onPrune={actions.prune} />
        {article && article.comparison.reports.length > 1 && <ComparisonView comparison={article.comparison} readingId={article.reportId} />}
      </main>
    </PanelActionsProvider>
  );
}

/** ArrowDown / ArrowUp from a row (or a control in it) focus the next / previous row. */
function moveBetweenRows(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>('[data-row]');
  if (!row) return;
  const rows = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[data-row]')];
  const next = rows[rows.indexOf(row) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
