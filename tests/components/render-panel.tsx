/** One render wrapper for component tests: supplies the panel's actions over a fake transport. */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { vi } from 'vitest';
import { PanelActionsProvider } from '../../components/PanelActions';
import { createPanelActions } from '../../lib/ui/actions';
import type { Comparison } from '../../lib/model';
import { fakeTransport } from './fake-transport';

export function panelEffects(comparison: Comparison | null, readingId = 'rA', tabId = 5) {
  const fake = fakeTransport({ 'ui:highlight': () => ({ found: true }) });
  const effects = {
    transport: fake.transport,
    openUrl: vi.fn(),
    copyText: vi.fn(async () => {}),
    download: vi.fn(),
    openOptions: vi.fn(),
    locale: 'en-GB',
  };
  const analyse = vi.fn();
  const prune = vi.fn();
  const actions = createPanelActions(effects, () => ({ tabId, readingId, comparison }), { analyse, prune });
  return { fake, effects, actions, analyse, prune };
}

export function renderWithActions(ui: ComponentChildren, comparison: Comparison | null, readingId = 'rA') {
  const setup = panelEffects(comparison, readingId);
  const result = render(<PanelActionsProvider actions={setup.actions}>{ui}</PanelActionsProvider>);
  return { ...setup, ...result };
}
