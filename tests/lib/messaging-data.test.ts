import { describe, expect, it, vi } from 'vitest';
import { MAX_IMPORT, checkMessage, dispatch, type ReceiveOptions, type Sender } from '../../lib/messaging';

/** The "Your data" messages: extension pages only, payloads checked before any handler runs. */
const options: ReceiveOptions = { runtimeId: 'parallax-id', extensionBase: 'chrome-extension://parallax-id/', log: () => undefined };
const BG = ['page:', 'ui:'];
const optionsPage: Sender = { id: 'parallax-id', url: 'chrome-extension://parallax-id/options.html', tab: { id: 4, url: 'chrome-extension://parallax-id/options.html' } };
const embeddedOptions: Sender = { id: 'parallax-id', url: 'chrome-extension://parallax-id/options.html' };
const webPage: Sender = { id: 'parallax-id', url: 'https://evil.example/', frameId: 0, tab: { id: 9, url: 'https://evil.example/' } };
const json = JSON.stringify({ format: 'parallax-export', version: 3, reports: [], revisions: [] });

describe('your data messages: accepted from the options page', () => {
  it.each([
    ['a summary request', { name: 'ui:data-summary', request: {} }],
    ['an export request', { name: 'ui:export-data', request: {} }],
    ['an import (merge by default)', { name: 'ui:import-data', request: { json } }],
    ['an import replacing what is stored', { name: 'ui:import-data', request: { json, mode: 'replace' } }],
    ['a delete request', { name: 'ui:delete-data', request: {} }],
  ])('%s', (_label, message) => {
    expect(checkMessage(message, optionsPage, BG, options).ok).toBe(true);
    // The options page embedded in the browser's extension settings has no tab.
    expect(checkMessage(message, embeddedOptions, BG, options).ok).toBe(true);
  });
});

describe('your data messages: malformed payloads are refused', () => {
  it.each([
    ['a delete with a field (strict)', { name: 'ui:delete-data', request: { all: true } }],
    ['a delete without a request', { name: 'ui:delete-data' }],
    ['an export with a filter', { name: 'ui:export-data', request: { since: '2026-01-01' } }],
    ['a summary request as text', { name: 'ui:data-summary', request: 'everything' }],
    ['an import without text', { name: 'ui:import-data', request: {} }],
    ['an import of an object, not text', { name: 'ui:import-data', request: { json: { format: 'parallax-export' } } }],
    ['an import of empty text', { name: 'ui:import-data', request: { json: '' } }],
    ['an import with an unknown mode', { name: 'ui:import-data', request: { json, mode: 'wipe' } }],
    ['an import past the size cap', { name: 'ui:import-data', request: { json: 'x'.repeat(MAX_IMPORT + 1) } }],
  ])('%s', (_label, message) => {
    const verdict = checkMessage(message, optionsPage, BG, options);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/malformed request/);
  });
});

describe('your data messages: other senders are refused', () => {
  it.each<[string, Sender]>([
    ['a web page (content script)', webPage],
    ['our page address inside a web tab', { id: 'parallax-id', url: 'chrome-extension://parallax-id/options.html', tab: { id: 9, url: 'https://evil.example/' } }],
    ['another extension', { ...optionsPage, id: 'other-extension' }],
    ['a page claiming our address in its path', { id: 'parallax-id', url: 'https://evil.example/chrome-extension://parallax-id/options.html' }],
  ])('%s', (_label, sender) => {
    for (const message of [{ name: 'ui:delete-data', request: {} }, { name: 'ui:export-data', request: {} }, { name: 'ui:import-data', request: { json } }]) {
      expect(checkMessage(message, sender, BG, options).ok).toBe(false);
    }
  });

  it('a web page never reaches the delete handler; the options page does', async () => {
    const remove = vi.fn(async () => ({ reports: 2, revisions: 1 }));
    const answer = vi.fn();
    expect(dispatch({ name: 'ui:delete-data', request: {} }, webPage, answer, { 'ui:delete-data': remove }, BG, options)).toBe(false);
    expect(remove).not.toHaveBeenCalled();
    expect(dispatch({ name: 'ui:delete-data', request: {} }, optionsPage, answer, { 'ui:delete-data': remove }, BG, options)).toBe(true);
    await vi.waitFor(() => expect(answer).toHaveBeenCalledWith({ reports: 2, revisions: 1 }));
    expect(remove).toHaveBeenCalledTimes(1);
  });
});
