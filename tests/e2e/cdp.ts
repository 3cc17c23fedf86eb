/**
 * A minimal Chrome DevTools Protocol client over WebSocket (Node 22 has one built in), to reach
 * targets Playwright does not list, such as the real side panel.
 */
import { readFileSync, existsSync } from 'node:fs';

type Pending = { resolve: (value: any) => void; reject: (error: Error) => void };

export class Cdp {
  private id = 0;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data));
      const waiting = message.id !== undefined ? this.pending.get(message.id) : undefined;
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
    });
  }

  /** Connects to the browser endpoint written in the profile's DevToolsActivePort file. */
  static async connect(userDataDir: string, timeoutMs = 15_000): Promise<Cdp> {
    const file = `${userDataDir}/DevToolsActivePort`;
    const until = Date.now() + timeoutMs;
    while (!existsSync(file) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
    const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`);
    await new Promise((resolve, reject) => {
      socket.addEventListener('open', resolve, { once: true });
      socket.addEventListener('error', reject, { once: true });
    });
    return new Cdp(socket);
  }

  send<T = any>(method: string, params: object = {}, sessionId?: string): Promise<T> {
    const id = ++this.id;
    this.socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** Attaches to the first page target whose address passes `test`; returns its session. */
  async attach(test: (url: string, type: string) => boolean): Promise<CdpPage | null> {
    const { targetInfos } = await this.send<{ targetInfos: Array<{ targetId: string; url: string; type: string }> }>('Target.getTargets');
    const target = targetInfos.find((t) => test(t.url, t.type));
    if (!target) return null;
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId: target.targetId, flatten: true });
    return new CdpPage(this, sessionId, target.url);
  }

  async targets(): Promise<Array<{ url: string; type: string }>> {
    return (await this.send<{ targetInfos: Array<{ url: string; type: string }> }>('Target.getTargets')).targetInfos;
  }

  close(): void {
    this.socket.close();
  }
}

export class CdpPage {
  constructor(private readonly cdp: Cdp, private readonly sessionId: string, readonly url: string) {}

  /** Evaluates an expression in the page and returns its value (JSON-serialisable). */
  async evaluate<T>(expression: string): Promise<T> {
    const result = await this.cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, this.sessionId);
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? 'evaluation failed');
    return result.result.value as T;
  }

  async screenshot(): Promise<Buffer> {
    const { data } = await this.cdp.send('Page.captureScreenshot', { format: 'png' }, this.sessionId);
    return Buffer.from(data, 'base64');
  }
}
