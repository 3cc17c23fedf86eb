/** The tab the panel follows, as an interface so the store can be tested without a browser. */
export interface ActiveTab {
  tabId: number;
  url: string | null;
}

export interface TabWatcher {
  /** The active tab of the panel's window, or null (no tab, or a window without tabs). */
  current(): Promise<ActiveTab | null>;
  /**
   * Calls `onChange` when the active tab changes or navigates.
   * @returns A function that stops watching.
   */
  watch(onChange: (tab: ActiveTab) => void): () => void;
}

/**
 * Follows one given tab instead of the active one: for `sidepanel.html?tabId=7` or
 * `popup.html?tabId=7` opened in a tab of their own (tests, or a detached panel), where the
 * active tab would be the page itself.
 */
export function fixedTabWatcher(tabId: number, url: string | null = null): TabWatcher {
  return {
    current: async () => ({ tabId, url }),
    watch: () => () => {},
  };
}

/** The tab id in a page address's `?tabId=` parameter, if it is a whole number. */
export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}
