/**
 * Well-known international outlets the reader can tick on the options page. Feed addresses are
 * the outlets' own public ones; where an outlet publishes no public feed (Reuters, AP) or its
 * address could not be confirmed, the entry has domains only: its pages are still captured and
 * compared when the reader opens them, they are just not gathered.
 *
 * Feeds move; a dead one shows up as a readable status on the source, never as a crash.
 */
import type { Source } from '../settings';

export interface StarterOutlet {
  /** Stable key: a ticked outlet keeps it as its source id so ticking twice adds it once. */
  key: string;
  name: string;
  /**
   * Where it is based, to help a reader pick a spread of perspectives: an ISO 3166 region code,
   * so the options page names it in the reader's language.
   */
  region: string;
  domains: string[];
  feeds: string[];
}

export const STARTER_OUTLETS: readonly StarterOutlet[] = [
  { key: 'bbc', name: 'BBC News', region: 'GB', domains: ['bbc.com', 'bbc.co.uk'], feeds: ['https://feeds.bbci.co.uk/news/world/rss.xml'] },
  { key: 'guardian', name: 'The Guardian', region: 'GB', domains: ['theguardian.com'], feeds: ['https://www.theguardian.com/world/rss'] },
  { key: 'skynews', name: 'Sky News', region: 'GB', domains: ['news.sky.com'], feeds: ['https://feeds.skynews.com/feeds/rss/world.xml'] },
  { key: 'reuters', name: 'Reuters', region: 'GB', domains: ['reuters.com'], feeds: [] },
  { key: 'ap', name: 'Associated Press', region: 'US', domains: ['apnews.com'], feeds: [] },
  { key: 'npr', name: 'NPR', region: 'US', domains: ['npr.org'], feeds: ['https://feeds.npr.org/1004/rss.xml'] },
  { key: 'nytimes', name: 'The New York Times', region: 'US', domains: ['nytimes.com'], feeds: ['https://rss.nytimes.com/services/xml/rss/nyt/World.xml'] },
  { key: 'cbc', name: 'CBC News', region: 'CA', domains: ['cbc.ca'], feeds: ['https://www.cbc.ca/webfeed/rss/rss-world'] },
  { key: 'aljazeera', name: 'Al Jazeera', region: 'QA', domains: ['aljazeera.com'], feeds: ['https://www.aljazeera.com/xml/rss/all.xml'] },
  { key: 'dw', name: 'Deutsche Welle', region: 'DE', domains: ['dw.com'], feeds: ['https://rss.dw.com/rdf/rss-en-all'] },
  { key: 'france24', name: 'France 24', region: 'FR', domains: ['france24.com'], feeds: ['https://www.france24.com/en/rss'] },
  { key: 'lemonde', name: 'Le Monde (English)', region: 'FR', domains: ['lemonde.fr'], feeds: ['https://www.lemonde.fr/en/rss/une.xml'] },
  { key: 'rt', name: 'RT', region: 'RU', domains: ['rt.com'], feeds: ['https://www.rt.com/rss/news/'] },
  { key: 'tass', name: 'TASS', region: 'RU', domains: ['tass.com'], feeds: ['https://tass.com/rss/v2.xml'] },
  { key: 'xinhua', name: 'Xinhua', region: 'CN', domains: ['news.cn', 'xinhuanet.com'], feeds: [] },
  { key: 'scmp', name: 'South China Morning Post', region: 'HK', domains: ['scmp.com'], feeds: ['https://www.scmp.com/rss/91/feed'] },
  { key: 'nhk', name: 'NHK World', region: 'JP', domains: ['nhk.or.jp'], feeds: [] },
  { key: 'thehindu', name: 'The Hindu', region: 'IN', domains: ['thehindu.com'], feeds: ['https://www.thehindu.com/news/international/feeder/default.rss'] },
  { key: 'abc-au', name: 'ABC News (Australia)', region: 'AU', domains: ['abc.net.au'], feeds: ['https://www.abc.net.au/news/feed/51120/rss.xml'] },
  { key: 'telesur', name: 'teleSUR English', region: 'VE', domains: ['telesurenglish.net'], feeds: [] },
];

/** The source a ticked starter outlet becomes (enabled; auto-capture off until the reader turns it on). */
export function sourceFromStarter(outlet: StarterOutlet): Source {
  return { id: `starter-${outlet.key}`, name: outlet.name, domains: [...outlet.domains], feeds: [...outlet.feeds], enabled: true, autoCapture: false };
}
