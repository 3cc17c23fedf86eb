import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The views say everything through messages (lib/ui/i18n): words typed straight into markup
 * stay English in a French, German or Spanish browser. This finds text between tags and
 * literal labels (aria-label, title, placeholder, alt); names that read the same in every
 * language are listed.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const VIEWS = ['components', 'entrypoints/options', 'entrypoints/popup', 'entrypoints/sidepanel', 'entrypoints/welcome'];
const NAMES = new Set(['Parallax']);

function views(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? views(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** Text between a tag's end and the next tag or expression, and quoted label attributes. */
function wordsIn(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const between = [...code.matchAll(/(?<![\w.])<[A-Za-z](?:=>|[^<>])*?(?<!=)>([^<>{}]+)(?=[<{])/g)].map((m) => m[1]!.trim());
  const labels = [...code.matchAll(/\b(?:aria-label|aria-description|title|placeholder|alt)=(?:"([^"]*)"|\{`([^`]*)`\}|\{'([^']*)'\})/g)].map((m) => (m[1] ?? m[2] ?? m[3]!).replace(/\$\{[^}]*\}/g, '').trim());
  return [...between, ...labels].filter((text) => /[A-Za-z]{2,}/.test(text) && !NAMES.has(text));
}

describe('no English typed into the views', () => {
  it.each(VIEWS.flatMap(views))('%s', (file) => {
    expect(wordsIn(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  it.each([
    ['<p class="x">Loading…</p>', ['Loading…']],
    ['<button>\n  Check feeds now\n</button>', ['Check feeds now']],
    ['<button aria-label={`Move ${name} up`}>↑</button>', ['Move  up']],
    ['<h1>{t(\'optionsTitle\')}</h1>', []],
    ['<input /> {t(\'sourceEnabled\')}', []],
    ['<h1 class="px-popup__name">Parallax</h1>', []],
    ['<input onChange={(e) => set(e)} /> Enabled\n</label>', ['Enabled']],
    ['const [a, b] = useState<string | null>(null);', []],
  ] as const)('finds the words in %j', (source, expected) => {
    expect(wordsIn(source)).toEqual(expected);
  });
});
