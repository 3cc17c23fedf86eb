/**
 * The offscreen document's side: answers extraction requests on the named port, from the
 * extension itself only. Anything malformed is dropped (and logged), never acted on.
 */
import * as v from 'valibot';
import { ExtractRequestSchema, OFFSCREEN_PORT, type ExtractResponse, type PortLike } from './offscreen-protocol';
import { extractFromHtml, type HtmlParser } from './page-extract';

export function serveExtraction(port: PortLike, extensionId: string, parse: HtmlParser, log: (message: string) => void = console.warn): boolean {
  // Only the extension's own background may use this document; a tab's content script never.
  if (port.name !== OFFSCREEN_PORT || port.sender?.id !== extensionId || port.sender?.tab) {
    port.disconnect();
    return false;
  }
  port.onMessage.addListener((message) => {
    const request = v.safeParse(ExtractRequestSchema, message);
    if (!request.success) {
      log('Parallax offscreen: dropped a malformed extraction request');
      return;
    }
    const response: ExtractResponse = { id: request.output.id, extraction: extractFromHtml(request.output.html, request.output.url, parse) };
    port.postMessage(response);
  });
  return true;
}
