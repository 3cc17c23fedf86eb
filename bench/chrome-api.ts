/**
 * The type of the `chrome` global inside the extension's worker and pages, for the functions the
 * browser suite hands to Playwright's evaluate(). Each such function reads it as
 * `(globalThis as unknown as { chrome: Chrome }).chrome`: evaluate() sends the function's source
 * alone, so nothing outside it can be referenced at run time, only types.
 */
import type { browser } from '@wxt-dev/browser';

export type Chrome = typeof browser;
