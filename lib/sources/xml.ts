/**
 * A small XML reader for feeds, written for a hostile web and for a service worker that has no
 * DOMParser. It reads the text once, left to right (each step moves forward with indexOf), so its
 * time is linear in the input's size.
 *
 * Safety by construction: a DOCTYPE and its internal subset are skipped unread, so declared
 * entities never expand (billion-laughs and quadratic-blowup feeds are inert); only the five
 * predefined entities and numeric references are decoded; anything else stays as written.
 * It is lenient like feed readers must be: mismatched or missing end tags are repaired, and
 * `wellFormed` says whether that was needed.
 */

export interface XmlElement {
  /** Local name, without prefix ("encoded" for content:encoded). */
  local: string;
  /** Namespace URI; "" for none; for an undeclared prefix, "prefix:" so it still can be matched. */
  ns: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The base address for relative links (xml:base resolved against the parent's). */
  base: string | null;
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  root: XmlElement | null;
  wellFormed: boolean;
}

/** Deeper nesting than this is not a feed; it is cut off (it is never read recursively anyway). */
const MAX_DEPTH = 256;

/** Feed elements that never contain themselves: a second one opening means the first was left open. */
const NEVER_NESTED = new Set(['item', 'entry']);

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric references; any other `&name;` stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,30});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    // Lone surrogates and out-of-range code points would corrupt offsets later: replace them.
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
    return String.fromCodePoint(code);
  });
}

function resolveBase(href: string | undefined, parent: string | null): string | null {
  if (!href) return parent;
  try {
    return new URL(href, parent ?? undefined).href;
  } catch {
    return parent;
  }
}

interface Frame {
  el: XmlElement;
  qname: string;
  /** Prefix -> namespace URI declared here or inherited. */
  scope: Map<string, string>;
}

const NAME_END = /[\s/>]/;

/** Reads the attributes of a start tag from `i` (just after its name); returns them and where the tag ends. */
function readAttributes(xml: string, i: number): { attrs: Array<[string, string]>; end: number; selfClosing: boolean } {
  const attrs: Array<[string, string]> = [];
  const n = xml.length;
  while (i < n) {
    const c = xml[i]!;
    if (c === '>') return { attrs, end: i + 1, selfClosing: false };
    if (c === '/' && xml[i + 1] === '>') return { attrs, end: i + 2, selfClosing: true };
    if (c <= ' ' || c === '/') {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !/[\s=/>]/.test(xml[j]!)) j++;
    const name = xml.slice(i, j);
    while (j < n && xml[j]! <= ' ') j++;
    if (xml[j] !== '=') {
      // An attribute without a value (HTML habit): keep it as empty.
      if (name) attrs.push([name, '']);
      i = j === i ? j + 1 : j;
      continue;
    }
    j++;
    while (j < n && xml[j]! <= ' ') j++;
    const quote = xml[j];
    if (quote === '"' || quote === "'") {
      const close = xml.indexOf(quote, j + 1);
      if (close < 0) return { attrs, end: n, selfClosing: false };
      attrs.push([name, decodeEntities(xml.slice(j + 1, close))]);
      i = close + 1;
    } else {
      let k = j;
      while (k < n && !/[\s>]/.test(xml[k]!)) k++;
      attrs.push([name, decodeEntities(xml.slice(j, k))]);
      i = k;
    }
  }
  return { attrs, end: n, selfClosing: false };
}

/** Skips a DOCTYPE, including an internal subset in [...], without reading any of it. */
function skipDoctype(xml: string, i: number): number {
  // Walk only as far as the first '>' or '[' so that every character is looked at once.
  let k = i;
  while (k < xml.length && xml[k] !== '>' && xml[k] !== '[') k++;
  if (k >= xml.length) return xml.length;
  if (xml[k] === '>') return k + 1;
  const subsetEnd = xml.indexOf(']', k);
  if (subsetEnd < 0) return xml.length;
  const end = xml.indexOf('>', subsetEnd);
  return end < 0 ? xml.length : end + 1;
}

function splitName(qname: string): [string, string] {
  const colon = qname.indexOf(':');
  return colon < 0 ? ['', qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

function openElement(qname: string, rawAttrs: Array<[string, string]>, parent: Frame | null, docBase: string | null): Frame {
  let scope = parent?.scope ?? new Map<string, string>();
  const attrs: Record<string, string> = {};
  for (const [name, value] of rawAttrs) {
    if (name === 'xmlns' || name.startsWith('xmlns:')) {
      if (scope === parent?.scope) scope = new Map(scope);
      scope.set(name === 'xmlns' ? '' : name.slice(6), value);
    } else {
      attrs[name] = value;
    }
  }
  const [prefix, local] = splitName(qname);
  const ns = scope.get(prefix) ?? (prefix ? prefix + ':' : '');
  const base = resolveBase(attrs['xml:base'], parent ? parent.el.base : docBase);
  return { el: { local, ns, attrs, children: [], base }, qname, scope };
}

/**
 * Parses XML text into a light tree of elements and text.
 *
 * @param baseUrl The document's address: relative links and xml:base resolve against it.
 * @example
 * const { root } = parseXml(text, 'https://example.org/feed.xml');
 */
export function parseXml(xml: string, baseUrl: string | null = null): XmlDocument {
  const stack: Frame[] = [];
  let root: XmlElement | null = null;
  let wellFormed = true;
  let skippedDepth = 0;
  const n = xml.length;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;

  const addText = (text: string): void => {
    const top = stack[stack.length - 1];
    if (top && text && skippedDepth === 0) top.el.children.push(text);
  };

  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      addText(decodeEntities(xml.slice(i)));
      break;
    }
    if (lt > i) addText(decodeEntities(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      addText(xml.slice(lt + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
    } else if (xml.startsWith('<!', lt)) {
      i = skipDoctype(xml, lt);
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      i = end < 0 ? n : end + 2;
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt + 2);
      const qname = xml.slice(lt + 2, end < 0 ? n : end).trim();
      i = end < 0 ? n : end + 1;
      if (skippedDepth > 0) {
        skippedDepth--;
        continue;
      }
      const at = stack.map((f) => f.qname).lastIndexOf(qname);
      if (at < 0) {
        wellFormed = false; // a stray end tag: ignore it
        continue;
      }
      if (at !== stack.length - 1) wellFormed = false; // unclosed children: close them too
      stack.length = at;
    } else {
      let j = lt + 1;
      while (j < n && !NAME_END.test(xml[j]!)) j++;
      const qname = xml.slice(lt + 1, j);
      if (!qname) {
        addText('<'); // a lone "<" in text (not XML, but seen in the wild)
        i = lt + 1;
        wellFormed = false;
        continue;
      }
      const { attrs, end, selfClosing } = readAttributes(xml, j);
      i = end;
      if (skippedDepth > 0 || stack.length >= MAX_DEPTH) {
        wellFormed = false;
        if (!selfClosing) skippedDepth++;
        continue;
      }
      if (NEVER_NESTED.has(qname)) {
        // An unclosed <item> before the next one: close it, as a feed reader would expect.
        const open = stack.map((f) => f.qname).lastIndexOf(qname);
        if (open >= 0) {
          wellFormed = false;
          stack.length = open;
        }
      }
      const parent = stack[stack.length - 1] ?? null;
      if (!parent && root) {
        wellFormed = false; // a second root: not XML; keep the first
        if (!selfClosing) skippedDepth++;
        continue;
      }
      const frame = openElement(qname, attrs, parent, baseUrl);
      if (parent) parent.el.children.push(frame.el);
      else root = frame.el;
      if (!selfClosing) stack.push(frame);
    }
  }
  if (stack.length || skippedDepth) wellFormed = false;
  return { root, wellFormed };
}

export { textOf, childrenNamed, childNamed } from './xml-query';
