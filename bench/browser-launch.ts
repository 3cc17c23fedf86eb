/**
 * Launches headless Chromium with the built extension (flags from ../shared/TOOLCHAIN.md), serves
 * the fixture pages, and opens a browser-level DevTools connection for what Playwright does not
 * expose for extensions (the service worker's heap, stopping the worker).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { Cdp } from './cdp';
import type { Chrome } from './chrome-api';
import { CHROMIUM } from './machine';
import { ROOT } from './paths';

export interface BrowserSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  cdp: Cdp;
  close(): Promise<void>;
}

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

/** The fixture server of scripts/serve-fixtures.mjs (seed pages under /seed/<outlet>/). */
export async function startServer(): Promise<FixtureServer> {
  // A path in a variable: the script is plain JavaScript without type declarations.
  const script = join(ROOT, 'scripts/serve-fixtures.mjs');
  if (!existsSync(script)) throw new Error('scripts/serve-fixtures.mjs is missing');
  const module = (await import(script)) as { startFixtureServer(o?: { port?: number }): Promise<FixtureServer> };
  return module.startFixtureServer();
}

async function waitFor<T>(what: string, poll: () => T | undefined | null, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = poll();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Chrome's id of an unpacked extension without a manifest key: the folder path's SHA-256, in a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function launch(extensionPath: string): Promise<BrowserSession> {
  const extensionDir = resolve(extensionPath).replace(/\/+$/, '');
  const userDataDir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
    ],
  });
  try {
    // Chromium 156 starts an installed extension's worker before Playwright looks and lets it go
    // idle: wake it with a message from one of the extension's pages.
    const extensionId = unpackedExtensionId(extensionDir);
    let worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (!worker) {
      const waiting = context.waitForEvent('serviceworker', { timeout: 15_000 });
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/manifest.json`);
      await page.evaluate(() => (globalThis as unknown as { chrome?: Chrome }).chrome?.runtime?.sendMessage({ name: 'bench:wake' }).catch(() => undefined));
      worker = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? (await waiting);
      await page.close();
    }
    const portFile = join(userDataDir, 'DevToolsActivePort');
    const [port, path] = await waitFor('DevToolsActivePort', () => (existsSync(portFile) ? readFileSync(portFile, 'utf8').trim().split('\n') : null));
    const cdp = await Cdp.connect(`ws://127.0.0.1:${port}${path}`);
    return {
      context,
      extensionId,
      worker,
      cdp,
      close: async () => {
        cdp.close();
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The extension's service worker target, attached (flat session), or null when it is not running. */
export async function attachWorker(cdp: Cdp, extensionId: string): Promise<string | null> {
  const { targetInfos } = await cdp.send<{ targetInfos: TargetInfo[] }>('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!target) return null;
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
  return sessionId;
}

/** The worker's JavaScript heap after a full garbage collection, in bytes. */
export async function workerHeap(cdp: Cdp, sessionId: string): Promise<{ used: number; total: number }> {
  await cdp.send('HeapProfiler.collectGarbage', {}, sessionId).catch(() => undefined);
  const { usedSize, totalSize } = await cdp.send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage', {}, sessionId);
  return { used: usedSize, total: totalSize };
}
