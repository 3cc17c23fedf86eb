import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const fn = process.argv[3]; const line0 = Number(process.argv[4]);
const src = readFileSync(process.argv[5], 'utf8').split('\n');
const ticks = new Map();
for (const n of p.nodes) if (n.callFrame.functionName === fn && (isNaN(line0) || n.callFrame.lineNumber === line0)) for (const t of n.positionTicks ?? []) ticks.set(t.line, (ticks.get(t.line) ?? 0) + t.ticks);
for (const [l, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(String(t).padStart(6), l, src[l - 1]?.trim().slice(0, 150));
