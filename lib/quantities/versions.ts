import type { Token } from './tokens';
import type { Mention } from './mention';

/**
 * Version numbers are names, not amounts: "version 5.3", "Update 5.3", "iOS 17.2", "OS X 10.10",
 * "Android 14", "Windows 11", in any language that borrows the words ("Version 5.3 seines").
 */
const VERSION_WORDS = /^(version|versión|versão|v|update|firmware|ios|ipados|macos|android|windows|osx|watchos|tvos|python|java|php|kernel)$/;

export function isVersion(tokens: readonly Token[], m: Mention): boolean {
  if (m.words || m.grouped && !/\./.test(tokens[m.core]!.text)) return false;
  const b = tokens[m.first - 1];
  if (!b || b.kind !== 'word') return false;
  // "OS X 10.10".
  if (b.lower === 'x' && tokens[m.first - 2]?.text === 'OS') return true;
  // A name is capitalised ("Windows 11", "Update 5.3") or a version has a decimal ("version 5.3");
  // "update 5 systems" and "windows 2 floors up" are counts.
  return VERSION_WORDS.test(b.lower) && (/^\p{Lu}/u.test(b.text) || b.lower === 'ios' || /\./.test(tokens[m.core]!.text) || b.lower === 'version');
}
