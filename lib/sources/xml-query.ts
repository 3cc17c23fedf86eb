/** Reading the light XML tree of xml.ts: text content and children by local name and namespace. */
import type { XmlElement, XmlNode } from './xml';

/** The element's text content, with its descendants' (iterative: depth is never a risk). */
export function textOf(el: XmlElement): string {
  const parts: string[] = [];
  const todo: XmlNode[] = [el];
  while (todo.length) {
    const node = todo.pop()!;
    if (typeof node === 'string') parts.push(node);
    else for (let k = node.children.length - 1; k >= 0; k--) todo.push(node.children[k]!);
  }
  return parts.join('');
}

/** Child elements with this local name, in one of these namespaces (any namespace when omitted). */
export function childrenNamed(el: XmlElement, local: string, namespaces?: readonly string[]): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && c.local === local && (!namespaces || namespaces.includes(c.ns)),
  );
}

export function childNamed(el: XmlElement, local: string, namespaces?: readonly string[]): XmlElement | null {
  return childrenNamed(el, local, namespaces)[0] ?? null;
}
