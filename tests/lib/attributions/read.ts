import { readAttributions } from '../../../lib/attributions';
import { segmentSentences } from '../../../lib/text/sentences';
import type { Attribution } from '../../../lib/model';

/** The attributions of an English text, its sentences split as a report's are. */
export const read = (text: string): Attribution[] => readAttributions(text, segmentSentences(text, 'en'), []);

/** Each attribution as [source, cue, content] words: the rows of the tables. */
export const triples = (text: string): [string | undefined, string, string][] => read(text).map((a) => [a.source?.text, a.cue.text, a.content.text]);
