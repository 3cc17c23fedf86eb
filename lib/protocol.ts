/**
 * The one message protocol of the extension: every message, who may send it, and what it answers.
 * Types only; lib/messaging.ts validates payloads (valibot) and checks senders at run time.
 *
 * Direction prefixes: `page:` content script -> background (untrusted: the page may be compromised),
 * `ui:` popup / side panel / options -> background (extension pages only), `tab:` background -> UI
 * broadcasts, `content:` background -> content script.
 */
import type { Article, Comparison, Report } from './model';
import type { NotArticleReason } from './extract/article';
import type { DataSummary } from './store/data';

/** What the extension knows about one tab's page, as the popup and panel show it. */
export type TabState =
  | { status: 'idle'; url: string | null }
  | { status: 'analysing'; url: string | null }
  | { status: 'not-article'; url: string | null; reason: NotArticleReason | 'restricted' | 'no-permission'; message: string }
  | {
      status: 'error';
      url: string | null;
      message: string;
      /** 'storage-full': the report was not saved for lack of room; offer 'ui:prune-reports'. */
      problem?: 'storage-full';
    }
  | {
      status: 'article';
      url: string | null;
      reportId: string;
      /** The comparison of the event's reports; the tab's report first. One report = nothing to compare yet. */
      comparison: Comparison;
      /** Items that differ (figures + attributions): the badge number. */
      differences: number;
      /** Background gathering of other outlets' reports, when running. */
      gathering: { done: number; total: number } | null;
    };

export interface ProtocolMap {
  /** The content script extracted the page's article. Answer: whether it was stored. */
  'page:article': { request: { article: Article }; response: { stored: boolean; reportId: string | null; message?: string } };
  /** The content script found no article (reason in words). */
  'page:not-article': { request: { url: string; reason: NotArticleReason; message: string }; response: void };

  /** The popup or panel asks for a tab's state. */
  'ui:tab-state': { request: { tabId: number }; response: TabState };
  /** Analyse the tab now (the reader asked: activeTab grants access for this page). */
  'ui:analyse-tab': { request: { tabId: number }; response: TabState };
  /** Forget the tab's report (and its revisions). */
  'ui:forget-tab': { request: { tabId: number }; response: TabState };
  /** A stored report, to show the other outlet's sentence. */
  'ui:get-report': { request: { reportId: string }; response: Report | null };
  /** Highlight and scroll to a passage of the tab's article. */
  'ui:highlight': { request: { tabId: number; text: string; start: number; end: number }; response: { found: boolean } };

  /** Remove stored reports older than `days` (the retention setting when omitted), e.g. when storage is full. */
  'ui:prune-reports': { request: { days?: number }; response: { removed: number } };

  /** What is stored, for the options page's "Your data": counts, oldest and newest capture, approximate size. */
  'ui:data-summary': { request: Record<string, never>; response: DataSummary };
  /** Everything stored (reports, revisions, settings) as the JSON text of an export file. */
  'ui:export-data': { request: Record<string, never>; response: { json: string; reports: number; revisions: number } };
  /**
   * Imports the text of an export file (`merge` by default: same reports are overwritten, others
   * kept; `replace` deletes what was stored first). A bad file changes nothing and says why.
   */
  'ui:import-data': {
    request: { json: string; mode?: 'merge' | 'replace' };
    response: { ok: true; reports: number; revisions: number } | { ok: false; message: string };
  };
  /** Deletes every stored report and revision; tabs showing one go back to idle. */
  'ui:delete-data': { request: Record<string, never>; response: { reports: number; revisions: number } };

  /** Background -> content script: highlight a passage of the article. */
  'content:highlight': { request: { text: string; start: number; end: number }; response: { found: boolean } };
  /** Background -> content script: extract now (on-demand analysis). */
  'content:extract': { request: { force: boolean }; response: void };
}

export type MessageName = keyof ProtocolMap;
export type RequestOf<K extends MessageName> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageName> = ProtocolMap[K]['response'];

/** Broadcast by the background when a tab's state changes (panel and popup listen on a port). */
export interface TabStateUpdate {
  type: 'tab:state';
  tabId: number;
  state: TabState;
}
