/**
 * What the reader can do from the panel, built from injected effects so that component tests can
 * check what would be sent or opened: highlight evidence, copy a citation, export, open options.
 */
import type { Comparison, Evidence } from '../model';
import type { Transport } from './transport';
import { evidenceAction } from './evidence';
import { citation } from './citation';
import { EXPORT_TYPES, exportComparison, exportFileName, type ExportFormat } from './export';

export interface PanelEffects {
  transport: Transport;
  /** Opens an address in a new tab. */
  openUrl(url: string): void;
  /** Puts text on the clipboard. */
  copyText(text: string): Promise<void>;
  /** Saves a file (a Blob link in the page). */
  download(fileName: string, mime: string, content: string): void;
  openOptions(): void;
  locale: string;
}

export interface PanelActions {
  locale: string;
  /** Shows the evidence: highlighted in the page read, else the other report opened at it. @returns Whether it was found or opened. */
  showEvidence(evidence: Evidence): Promise<boolean>;
  /** Copies the evidence as a citation. @returns The citation copied. */
  copyCitation(evidence: Evidence): Promise<string>;
  exportAs(format: ExportFormat): void;
  openOptions(): void;
  analyse(): void;
  /** Frees storage by removing old reports (offered when storage is full). */
  prune(): void;
}

export interface PanelContextData {
  tabId: number | null;
  readingId: string | null;
  comparison: Comparison | null;
}

export interface TabCommands {
  analyse(): void;
  prune(): void;
}

export function createPanelActions(effects: PanelEffects, context: () => PanelContextData, commands: TabCommands = { analyse() {}, prune() {} }): PanelActions {
  const reportOf = (id: string) => context().comparison?.reports.find((r) => r.id === id);
  return {
    locale: effects.locale,
    async showEvidence(evidence) {
      const { tabId, readingId } = context();
      const action = evidenceAction(evidence, reportOf(evidence.report), readingId);
      if (action.type === 'highlight' && tabId !== null) {
        const answer = await effects.transport.send('ui:highlight', { tabId, text: action.text, start: action.start, end: action.end });
        return answer.found;
      }
      if (action.type === 'open') {
        effects.openUrl(action.url);
        return true;
      }
      return false;
    },
    async copyCitation(evidence) {
      const report = reportOf(evidence.report);
      const text = report ? citation(report, evidence, effects.locale) : evidence.sentence;
      await effects.copyText(text);
      return text;
    },
    exportAs(format) {
      const comparison = context().comparison;
      if (!comparison) return;
      effects.download(exportFileName(comparison, format), EXPORT_TYPES[format].mime, exportComparison(comparison, format, effects.locale));
    },
    openOptions: () => effects.openOptions(),
    analyse: () => commands.analyse(),
    prune: () => commands.prune(),
  };
}
