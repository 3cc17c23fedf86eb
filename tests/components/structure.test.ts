import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

const uiFiles = ['components', 'lib/ui', 'entrypoints/sidepanel', 'entrypoints/popup', 'entrypoints/welcome'].flatMap(walk).filter((f) => /\.(tsx?|html)$/.test(f));

describe('UI structure', () => {
  // Page text reaches the panel from web pages; it must only ever become text nodes.
  it.each(uiFiles)('%s inserts no HTML', (file) => {
    const source = readFileSync(join(root, file), 'utf8');
    expect(source).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|document\.write/);
  });

  const components = readdirSync(join(root, 'components')).filter((f) => f.endsWith('.tsx'));

  it.each(components)('%s is one PascalCase component with its exported Props type', (file) => {
    const name = file.replace(/\.tsx$/, '');
    expect(name).toMatch(/^[A-Z][A-Za-z]+$/);
    const source = readFileSync(join(root, 'components', file), 'utf8');
    expect(source).toMatch(new RegExp(`export type ${name}Props\\b`));
    expect(source).toMatch(new RegExp(`export function ${name}\\b|export function ${name}Provider\\b`));
    // Every stylesheet a component imports sits beside it.
    for (const [, css] of source.matchAll(/import '\.\/([^']+\.css)'/g)) expect(existsSync(join(root, 'components', css!))).toBe(true);
  });

  it('keeps every UI file under about 250 lines', () => {
    const long = uiFiles.filter((f) => readFileSync(join(root, f), 'utf8').split('\n').length > 250);
    expect(long).toEqual([]);
  });
});
