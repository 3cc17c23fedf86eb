/**
 * A page's language and title from its messages. The language is the one the browser's i18n
 * picked the messages in, not the browser's own: an Italian browser is shown the English file, so
 * its pages are English, and a screen reader must read them with an English voice.
 */
import { t } from './i18n';

/** The language the messages are in ("en", "fr", "de", "es"), named by each locale file itself. */
export function messageLanguage(): string {
  return t('uiLanguage');
}

/** Marks the document with its messages' language and, when given, its translated title. */
export function labelPage(doc: Document, title?: string): void {
  doc.documentElement.lang = messageLanguage();
  if (title) doc.title = title;
}
