/**
 * Page metadata that Readability does not give, or gives less reliably: the outlet, the times,
 * the canonical address and the language, from meta tags, JSON-LD and <time>.
 */

export interface PageMetadata {
  outlet: string | null;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  canonicalUrl: string | null;
  lang: string | null;
}

type JsonObject = Record<string, unknown>;

type MetaTags = Map<string, string>;

/** The elements the metadata is read from, in page order. */
interface MetadataElements {
  metas: Element[];
  jsonLd: Element[];
  /** The first <time datetime> and <link rel="canonical">. */
  time: Element | null;
  canonical: Element | null;
}

const JSON_LD = 'script[type="application/ld+json"]';

/**
 * The attribute tests of the selectors `script[type="application/ld+json"]`, `time[datetime]` and
 * `link[rel="canonical"]`, without a selector engine: on a DOM written in script (linkedom, the
 * command) each `matches()` call is a selector match of its own, and a page has dozens of scripts.
 * HTML matches `type` and `rel` values without regard to ASCII case, as a regular expression
 * with the i flag (and no u flag) does.
 */
const JSON_LD_TYPE = /^application\/ld\+json$/i;
const CANONICAL_REL = /^canonical$/i;

/**
 * Finds them in one pass over the page's elements (which extraction has listed already to
 * count them): a query per kind would walk the whole page again each time.
 */
function metadataElements(elements: ArrayLike<Element>): MetadataElements {
  const found: MetadataElements = { metas: [], jsonLd: [], time: null, canonical: null };
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const name = el.localName;
    if (name === 'meta') found.metas.push(el);
    else if (name === 'script' && JSON_LD_TYPE.test(el.getAttribute('type') ?? '')) found.jsonLd.push(el);
    else if (name === 'time' && !found.time && el.hasAttribute('datetime')) found.time = el;
    else if (name === 'link' && !found.canonical && CANONICAL_REL.test(el.getAttribute('rel') ?? '')) found.canonical = el;
  }
  return found;
}

/**
 * The page's meta tags by property / name / itemprop (lower case), first one wins: read in one
 * pass, since a page can have hundreds and each field asks for several names.
 */
function metaTags(metas: readonly Element[]): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of metas) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...names: string[]): string | null {
  for (const name of names) {
    const content = tags.get(name.toLowerCase());
    if (content) return content;
  }
  return null;
}

/** Every JSON-LD object on the page, flattening @graph and arrays; broken blocks are skipped. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  return jsonLdOf(Array.from(doc.querySelectorAll(JSON_LD)));
}

function jsonLdOf(scripts: readonly Element[]): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const obj = value as JsonObject;
    found.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
  };
  for (const script of scripts) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is the page's problem; the other sources of metadata remain.
    }
  }
  return found;
}

const ARTICLE_TYPES = /Article|Posting|Report|BlogPosting/;

function typeOf(obj: JsonObject): string {
  const type = obj['@type'];
  return Array.isArray(type) ? type.join(' ') : String(type ?? '');
}

function nameOf(value: unknown): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || null;
  if (typeof value === 'object') return nameOf((value as JsonObject).name);
  return null;
}

/** A date string as ISO 8601 (UTC), or null when it does not parse. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * The page's metadata. `elements` are all the page's elements in order, when the caller has
 * them already (`doc.querySelectorAll('*')`).
 */
export function readMetadata(doc: Document, url: string | null, elements: ArrayLike<Element> = doc.querySelectorAll('*')): PageMetadata {
  const found = metadataElements(elements);
  const tags = metaTags(found.metas);
  const ld = jsonLdOf(found.jsonLd);
  const article = ld.find((o) => ARTICLE_TYPES.test(typeOf(o))) ?? null;
  const org = ld.find((o) => /Organization|NewsMediaOrganization/.test(typeOf(o)));
  const timeEl = found.time;
  const canonical = found.canonical?.getAttribute('href') ?? meta(tags, 'og:url');
  const htmlLang = doc.documentElement?.getAttribute('lang') ?? null;
  return {
    outlet: meta(tags, 'og:site_name', 'application-name') ?? nameOf(article?.publisher) ?? nameOf(org) ?? hostOutlet(url),
    title: meta(tags, 'og:title', 'twitter:title') ?? (typeof article?.headline === 'string' ? article.headline : null),
    byline: nameOf(article?.author) ?? meta(tags, 'author', 'article:author'),
    publishedAt:
      isoDate(meta(tags, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued')) ??
      isoDate(article?.datePublished) ??
      isoDate(timeEl?.getAttribute('datetime')),
    modifiedAt: isoDate(meta(tags, 'article:modified_time', 'dateModified', 'og:updated_time')) ?? isoDate(article?.dateModified),
    canonicalUrl: absolute(canonical, url),
    lang: normaliseLang(htmlLang ?? meta(tags, 'og:locale', 'language') ?? (typeof article?.inLanguage === 'string' ? article.inLanguage : null)),
  };
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** "en_GB" / "en-gb" -> "en-GB"; nonsense -> null. */
export function normaliseLang(lang: string | null): string | null {
  if (!lang) return null;
  try {
    return Intl.getCanonicalLocales(lang.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** "www.rt.com" -> "rt.com": the outlet's name when the page names none. */
export function hostOutlet(url: string | null): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^(www|m|amp|edition)\./, '');
    return host || null;
  } catch {
    return null;
  }
}
