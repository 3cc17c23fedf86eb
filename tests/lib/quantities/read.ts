import { readFigures } from '../../../lib/quantities';
import { segmentSentences } from '../../../lib/text/sentences';
import { NON_EVENT_KINDS, type Figure } from '../../../lib/model';

/** Reads the figures of a passage as the report pipeline does (sentences first). */
export function read(text: string, lang = 'en'): Figure[] {
  return readFigures(text, segmentSentences(text, lang), lang);
}

/** Only the figures of the event (dates, years, ordinals... left out). */
export function eventFigures(text: string, lang = 'en'): Figure[] {
  return read(text, lang).filter((f) => !NON_EVENT_KINDS.has(f.kind));
}
