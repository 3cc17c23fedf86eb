import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(p.nodes.map(n => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map(); const total = new Map();
const dt = new Map(); 
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
let all = 0;
const key = n => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
const under = process.env.UNDER;
for (const [id, t] of dt) {
  if (under) { let c = id, ok = false; while (c !== undefined) { if (byId.get(c).callFrame.functionName === under) { ok = true; break; } c = parent.get(c); } if (!ok) continue; }
  all += t;
  const n = byId.get(id);
  self.set(key(n), (self.get(key(n)) ?? 0) + t);
  const seen = new Set();
  let cur = id;
  while (cur !== undefined) { const k = key(byId.get(cur)); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + t); } cur = parent.get(cur); }
}
const N = Number(process.argv[3] ?? 300);
const filt = process.argv[4] ? new RegExp(process.argv[4]) : null;
const rows = [...total.keys()].map(k => [k, (self.get(k) ?? 0) / 1000 / N, total.get(k) / 1000 / N]).filter(r => !filt || filt.test(r[0]));
console.log('total ms/iter', (all / 1000 / N).toFixed(2));
console.log('--- by self'); for (const r of [...rows].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(r[1].toFixed(3).padStart(8), r[2].toFixed(3).padStart(8), r[0]);
console.log('--- by total'); for (const r of [...rows].sort((a, b) => b[2] - a[2]).slice(0, 45)) console.log(r[1].toFixed(3).padStart(8), r[2].toFixed(3).padStart(8), r[0]);
