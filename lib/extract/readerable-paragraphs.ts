/**
 * The elements Readability's isProbablyReaderable weighs, found in one pass over a list of the
 * page's elements instead of by selector queries: every <p>, <pre> and <article>, and every
 * <div> holding a <br> directly ("div > br"), less those hidden, those whose class or id reads
 * like page furniture, and paragraphs inside a list item ("li p"). Each rule below is
 * Readability's (Readability-readerable.js), with the same regular expressions.
 */

const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;

/**
 * Readability's isNodeVisible: inline display:none, `hidden`, or aria-hidden (bar fallback images).
 * Read from the attributes where that is the same thing (an element without a style attribute has
 * no inline display; `className` is the class attribute): on linkedom, `style` and `className`
 * build an object per element.
 */
export function isVisible(node: Element): boolean {
  return (
    (!node.hasAttribute('style') || (node as HTMLElement).style?.display != 'none') &&
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true' || classOf(node).includes('fallback-image'))
  );
}

function classOf(node: Element): string {
  return node.getAttribute('class') ?? '';
}

/** Whether some ancestor is an <li>: `p.matches("li p")` without a selector engine. */
function insideListItem(node: Element): boolean {
  for (let up = node.parentElement; up; up = up.parentElement) if (up.localName === 'li') return true;
  return false;
}

function isWeighed(node: Element): boolean {
  if (!isVisible(node)) return false;
  const classAndId = classOf(node) + ' ' + (node.getAttribute('id') ?? '');
  if (UNLIKELY.test(classAndId) && !MAYBE_CANDIDATE.test(classAndId)) return false;
  return !(node.localName === 'p' && insideListItem(node));
}

/**
 * The paragraphs the gate weighs, in page order (Readability lists the <br> holders after the
 * others; the order cannot change the verdict, since every paragraph adds a score of zero or more).
 *
 * @example
 * scoredParagraphs(document.querySelectorAll('*')) // [<p>, <p>, <div> with <br>s, ...]
 */
export function scoredParagraphs(elements: ArrayLike<Element>): Element[] {
  const found: Element[] = [];
  const brHolders = new Set<Element>();
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const name = el.localName;
    if (name === 'p' || name === 'pre' || name === 'article') {
      if (isWeighed(el)) found.push(el);
    } else if (name === 'br') {
      const parent = el.parentElement;
      if (parent?.localName === 'div' && !brHolders.has(parent)) {
        brHolders.add(parent);
        if (isWeighed(parent)) found.push(parent);
      }
    }
  }
  return found;
}
