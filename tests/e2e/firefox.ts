/**
 * Debian's Firefox ESR driven headless over WebDriver BiDi (playwright-core cannot drive it): a
 * fresh profile whose `extensions.webextensions.uuids` pins the moz-extension:// address, the e2e
 * build installed as a temporary add-on, and script evaluation in pages and extension pages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

export const FIREFOX_ADDON_ID = 'parallax@parallax.invalid';
export const FIREFOX_UUID = '5e0f5c1a-9d3b-4c7e-8a41-0c2d7f1b6a90';

type Pending = { resolve: (v: any) => void; reject: (e: Error) => void };

export class Firefox {
  private id = 0;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly child: ChildProcess, private readonly socket: WebSocket, private readonly profile: string) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      const waiting = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.type === 'error') waiting.reject(new Error(`${message.error}: ${message.message}`));
      else waiting.resolve(message.result);
    });
  }

  static async launch(): Promise<Firefox> {
    const profile = mkdtempSync(`${tmpdir()}/parallax-ff-`);
    const prefs: Record<string, unknown> = {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'browser.startup.homepage_override.mstone': 'ignore',
      'app.update.enabled': false,
      'network.proxy.type': 0,
    };
    writeFileSync(`${profile}/user.js`, Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
    const child = spawn('/usr/bin/firefox', ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const endpoint = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi: ${seen.slice(-500)}`)), 30_000);
      const read = (chunk: Buffer) => {
        seen += chunk.toString();
        const match = seen.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
    });
    const socket = new WebSocket(`${endpoint}/session`);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    const firefox = new Firefox(child, socket, profile);
    await firefox.send('session.new', { capabilities: {} });
    return firefox;
  }

  send<T = any>(method: string, params: object): Promise<T> {
    const id = ++this.id;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** Installs an unpacked build as a temporary add-on. */
  install(path: string): Promise<{ extension: string }> {
    return this.send('webExtension.install', { extensionData: { type: 'path', path } });
  }

  /** Opens a tab at `url` and waits for the load; returns its browsing context id. */
  async open(url: string): Promise<string> {
    const { context } = await this.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await this.send('browsingContext.navigate', { context, url, wait: 'complete' });
    return context;
  }

  /**
   * The browsing context (tab) whose address starts with `prefix`, once there is one. Extension
   * pages cannot be navigated to over BiDi; they are found here after the extension opens them.
   */
  async findContext(prefix: string, timeoutMs = 15_000): Promise<string> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const { contexts } = await this.send<{ contexts: Array<{ context: string; url: string }> }>('browsingContext.getTree', { maxDepth: 0 });
      const found = contexts.find((c) => c.url.startsWith(prefix));
      if (found) return found.context;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`No tab at ${prefix}`);
  }

  /** Evaluates an expression (awaiting a promise) in a tab; returns its value as JSON. */
  async evaluate<T>(context: string, expression: string): Promise<T> {
    const result = await this.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`evaluation failed: ${JSON.stringify(result.exceptionDetails).slice(0, 400)}`);
    return JSON.parse(result.result.value ?? 'null') as T;
  }

  async screenshot(context: string): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.send('browser.close', {}).catch(() => undefined);
    this.socket.close();
    await new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve(undefined);
      this.child.once('exit', resolve);
      setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve(undefined);
      }, 5000);
    });
    rmSync(this.profile, { recursive: true, force: true });
  }
}
