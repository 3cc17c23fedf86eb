/** The machine a run happened on, so the figures can be read in context. */
import { readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export const CHROMIUM = '/usr/bin/chromium';

export interface Machine {
  date: string;
  cpu: string;
  cores: number;
  memory_gb: number;
  node: string;
  chromium: string | null;
  os: string;
  /** 1-minute load average when the run began: other work on the machine makes times noisier. */
  load_at_start: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // Not Linux: os.cpus() below.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function chromiumVersion(): string | null {
  if (!existsSync(CHROMIUM)) return null;
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

function osName(): string {
  try {
    const line = readFileSync('/etc/os-release', 'utf8').split('\n').find((l) => l.startsWith('PRETTY_NAME='));
    if (line) return line.slice('PRETTY_NAME='.length).replace(/"/g, '');
  } catch {
    // Not Linux.
  }
  return process.platform;
}

export function describeMachine(): Machine {
  let cores = cpus().length;
  try {
    cores = Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || cores;
  } catch {
    // nproc missing: os.cpus() count.
  }
  return {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores,
    memory_gb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(),
    os: osName(),
    load_at_start: Math.round(loadavg()[0]! * 100) / 100,
  };
}
