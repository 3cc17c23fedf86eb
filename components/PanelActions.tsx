import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelActions } from '../lib/ui/actions';

/** Does nothing: lets a component render outside a panel (the welcome page's static parts). */
const NO_ACTIONS: PanelActions = {
  locale: 'en',
  showEvidence: async () => false,
  copyCitation: async () => '',
  exportAs: () => {},
  openOptions: () => {},
  analyse: () => {},
  prune: () => {},
};

const Context = createContext<PanelActions>(NO_ACTIONS);

export type PanelActionsProps = { actions: PanelActions; children: ComponentChildren };

/** Supplies the panel's actions (highlight, copy, export) to every row below it. */
export function PanelActionsProvider({ actions, children }: PanelActionsProps) {
  return <Context.Provider value={actions}>{children}</Context.Provider>;
}

export const usePanelActions = () => useContext(Context);
