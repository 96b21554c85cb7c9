/**
 * Where the time goes in a `node --cpu-prof` profile of the bot:
 * `npx tsx bench/profile-summary.ts build/profile/<file>.cpuprofile [fromUs toUs]`.
 *
 * Self time per function, and per group (the storage SDK, botbuilder, restify, our folders…).
 * Native frames (JSON, regular expressions, crypto, buffers) and Node's own modules have no
 * group of their own worth reading, so the second table charges them to the nearest caller
 * that has one: JSON.stringify called by the storage SDK counts as storage SDK.
 * With a window (µs on the monotonic clock, as `process.hrtime.bigint() / 1000n` gives in any
 * process on the machine), only samples inside it count: the answers, not the start-up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Top functions by self time: "name (file:line)" → ms. */
  functions: [string, number][];
  /** Self time by group, ms. */
  groups: [string, number][];
  /** Self time of native and Node-internal frames charged to their nearest grouped caller, ms. */
  attributed: [string, number][];
}

const ROOT = join(__dirname, '..');
const SPECIAL = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);
const DEPENDENCY_GROUPS: [RegExp, string][] = [
  // core-client and ts-http-runtime also carry botbuilder's connector calls, but those are ~0.2 per answer against ~8 storage requests.
  [/node_modules\/(@azure\/(core-|data-tables|abort|logger)|@typespec\/)/, 'Azure SDK HTTP stack (@azure/data-tables, core-client, core-rest-pipeline)'],
  [/node_modules\/(botbuilder|botframework-|zod\/)/, 'botbuilder (CloudAdapter, connector, zod)'],
  [/node_modules\/(@azure\/msal|jsonwebtoken|jws|jwa)/, 'auth (msal, jwt)'],
  [/node_modules\/(restify|find-my-way|formidable)\//, 'restify (HTTP server)'],
  [/node_modules\/(adaptivecards-templating|adaptive-expressions|adaptivecards)\//, 'card templating'],
  [/node_modules\/tsx\//, 'tsx (loader, source maps)'],
  [/node_modules\/lokijs\//, 'Azurite: LokiJS (its in-memory database)'],
  [/node_modules\/azurite\/dist\/src\/table\/persistence\//, 'Azurite: persistence (query interpreter, Loki store)'],
  [/node_modules\/azurite\//, 'Azurite: request handling, (de)serialisation'],
  [/node_modules\//, 'other dependencies'],
];

/**
 * The group a frame belongs to, or undefined for native and Node-internal frames.
 *
 * @example groupOf({ functionName: 'x', url: 'file:///repo/node_modules/@azure/core-rest-pipeline/dist/index.js', lineNumber: 1 }) // 'storage SDK …'
 */
export function groupOf(frame: ProfileNode['callFrame']): string | undefined {
  if (SPECIAL.has(frame.functionName)) return frame.functionName;
  const url = frame.url;
  if (!url || url.startsWith('node:')) return undefined;
  for (const [re, name] of DEPENDENCY_GROUPS) if (re.test(url)) return name;
  const local = decodeURI(url.replace(/^file:\/\//, ''));
  if (local.startsWith(`${ROOT}/bench/`)) return 'bench instrumentation (request counter)';
  if (local.startsWith(ROOT)) return `ours: ${local.slice(ROOT.length + 1).split('/')[0]}/`;
  return 'other';
}

/**
 * Sums a profile's samples (optionally only those inside [fromUs, toUs]).
 *
 * @example summarise(JSON.parse(readFileSync(file, 'utf8'))).groups[0] // ['storage SDK …', 1234.5]
 */
export function summarise(profile: Profile, fromUs = -Infinity, toUs = Infinity, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  let t = profile.startTime;
  let total = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    if (t < fromUs || t > toUs) return;
    const dt = profile.timeDeltas[i] / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
    total += dt;
  });
  const functions = new Map<string, number>();
  const groups = new Map<string, number>();
  const attributed = new Map<string, number>();
  for (const [id, ms] of self) {
    const frame = byId.get(id)!.callFrame;
    const where = frame.url ? `${frame.url.replace(/^file:\/\//, '').replace(`${ROOT}/`, '')}:${frame.lineNumber + 1}` : 'native';
    add(functions, `${frame.functionName || '(anonymous)'} (${where})`, ms);
    add(groups, groupOf(frame) ?? (frame.url ? 'node internals' : 'native (JSON, RegExp, crypto, …)'), ms);
    add(attributed, nearestGroup(id, byId, parent), ms);
  }
  return { totalMs: total, functions: sorted(functions).slice(0, top), groups: sorted(groups), attributed: sorted(attributed) };
}

function nearestGroup(id: number, byId: Map<number, ProfileNode>, parent: Map<number, number>): string {
  let sockets = false;
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!.callFrame;
    const group = groupOf(frame);
    if (group && group !== '(root)') return group;
    sockets ||= /^node:(_http_|net|internal\/stream_base_commons|internal\/streams)/.test(frame.url);
  }
  // Socket writes flushed from a tick of their own (uncork) have no caller left on the stack.
  return sockets ? 'Node HTTP and sockets (no caller on the stack)' : 'Node internals (no caller on the stack)';
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function sorted(map: Map<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]);
}

/** The summary as Markdown tables: ms, and share of the busy (not idle) CPU time. */
export function profileMarkdown(s: ProfileSummary): string {
  const idle = s.groups.find(([k]) => k === '(idle)')?.[1] ?? 0;
  const busy = s.totalMs - idle;
  const pct = (k: string, ms: number) => (k.startsWith('(idle)') ? '–' : `${((100 * ms) / busy).toFixed(1)} %`);
  const table = (title: string, rows: [string, number][]) =>
    [`| ${title} | ms | share of busy |`, '|---|---:|---:|', ...rows.map(([k, ms]) => `| ${k.replace(/\|/g, '\\|')} | ${ms.toFixed(0)} | ${pct(k, ms)} |`)].join('\n');
  return [
    `Sampled ${s.totalMs.toFixed(0)} ms in the window, ${busy.toFixed(0)} ms of it busy (not idle).`,
    '',
    table('Group (self time)', s.groups),
    '',
    table('Group (native and Node frames charged to their caller)', s.attributed),
    '',
    table('Function (self time)', s.functions),
  ].join('\n');
}

if (require.main === module) {
  const [file, from, to] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [fromUs toUs]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  process.stdout.write(profileMarkdown(summarise(profile, from ? Number(from) : undefined, to ? Number(to) : undefined)) + '\n');
}
