/** Per-tab state and the capture pipeline of the background (pure; browser APIs passed in). */
export { TabStates, badgeText, differencesOf, saveTab } from './states';
export type { SavedTab, TabStatesOptions } from './states';
export { captureArticle, eventView, eventViews, failureState } from './capture';
export type { Captured, EventView, PipelineDeps } from './capture';
export { trustArticle, pageAddress, sameSite, siteOf } from './trust';
export { trustedOutlet, type KnownOutlet } from './outlet-claim';
export { capturePatterns, domainPatterns } from './patterns';
export { createRateLimit } from './rate';
export type { RateLimit } from './rate';
