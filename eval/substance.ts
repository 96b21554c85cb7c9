/**
 * `npm run eval:substance [-- --code <dir>] [--set holdout] [--out <file>]`: how much of what a
 * small team wrote reaches its summary card, and whether its minority positions do.
 *
 * For each session of test/fixtures/substance/ (10+ small teams, 5–12 people, da and en, written
 * by hand with minority views and low ratings), summarises the answers with the real summarise()
 * and the context the bot gathers at close (summaryContext: the roster's names, the texts
 * everyone saw), renders the real summary card and reads its visible text, as the team would.
 * `--code` runs another checkout's code on the same fixture (e.g. a `git worktree` of an older
 * commit, with node_modules linked), so before and after can be compared.
 *
 * The figures, over all sessions:
 * - **reach** (a): of the non-empty free-text answers, the share shown as a quote on the card,
 *   whole or with words redacted as […]. A quote is an answer's when its words, less placeholders
 *   and redactions, appear in the answer in order and cover at least half of it (substance-measure.ts).
 *   Split into full and redacted. Also **units**: of the annotated content units, the share whose
 *   cue word is in a quote of their own answer; and the loose **in a shown theme**: the share of
 *   answers that use a word of a theme label the card shows (it may be another question's theme).
 * - **minorities** (b): of the annotated minority positions with at least k holders, the share
 *   represented: a quote from a holder's answer to the question is shown, or a section of their
 *   own (its label matches the annotation, it is not hidden, it has themes). Positions with fewer
 *   than k holders are listed apart; no rule promises them anything.
 * - **held back** (c): sections that say something is held back or not shown, and sections that
 *   say some quotes are redacted, of all the card's sections.
 * Scales and choices are not counted: from k answers they are shown in full anyway.
 *
 * Writes build/eval-substance.json (build/eval-substance-holdout.json for `--set holdout`, or
 * `--out`) and prints a table. Always exits 0: it measures, it does not gate. Targets: reach
 * ≥ 70 %, every minority position with ≥ k holders represented.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { answersOf, loadSubstanceSessions, SUBSTANCE_DIR, SUBSTANCE_HOLDOUT_DIR, type SubstanceSession } from './substance-fixture';
import { measure, type SessionResult } from './substance-measure';

interface Code {
  summarise: (def: unknown, answers: Record<string, string>[], settings: unknown, context: unknown) => unknown;
  summaryCard: (session: unknown, summary: unknown) => unknown;
  definitionOf: (session: unknown) => unknown;
  summaryContext: (deps: unknown, session: unknown) => Promise<unknown>;
}

async function loadCode(dir: string): Promise<Code> {
  const from = (path: string) => import(join(dir, path));
  const [{ summarise }, { summaryCard }, { definitionOf }, { summaryContext }] = await Promise.all([
    from('domain/summary/summarise.ts'),
    from('cards/summary-card.ts'),
    from('cards/session-card.ts'),
    from('dialogs/summary-context.ts'),
  ]);
  return { summarise, summaryCard, definitionOf, summaryContext };
}

function sessionOf(s: SubstanceSession) {
  return {
    schema: 1,
    id: s.id.padEnd(24, '0').slice(0, 24),
    exerciseId: s.exercise,
    exerciseVersion: 1,
    settings: {
      title: '',
      k: s.k,
      language: s.language,
      distribution: 'all',
      timeZone: 'Europe/Copenhagen',
      ...(s.groups ? { groups: s.groups } : {}),
      ...(s.variant ? { variant: s.variant } : {}),
      ...(s.facilitatorTexts ? { facilitatorTexts: s.facilitatorTexts } : {}),
    },
    facilitator: { id: 'facilitator', name: 'Facilitator' },
    state: 'closed',
    phase: 'answer',
    place: { serviceUrl: 'http://localhost', tenantId: 'tenant', teamsChannelId: 'channel' },
    createdAt: '2026-12-01T09:00:00Z',
    shownProgress: 0,
  };
}

/** The words of every theme label in the summary, wherever it sits (sections, groups, sides). */
function themeLabels(summary: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (Array.isArray(o.label) && Array.isArray(o.quotes)) out.push(...(o.label as string[]).flatMap((l) => l.split(/\s+/)));
      Object.values(o).forEach(walk);
    }
  };
  walk(summary);
  return out;
}

export async function runSubstance(codeDir: string, fixtureDir = SUBSTANCE_DIR): Promise<SessionResult[]> {
  const code = await loadCode(codeDir);
  const results: SessionResult[] = [];
  for (const s of loadSubstanceSessions(fixtureDir)) {
    const session = sessionOf(s);
    const deps = { port: { memberNames: async () => s.names.flatMap((n) => n.split(' ')) }, log: { warn() {}, info() {}, error() {}, debug() {} } };
    const context = await code.summaryContext(deps, session);
    const summary = code.summarise(code.definitionOf(session), answersOf(s), session.settings, context);
    results.push(measure(s, code.summaryCard(session, summary), themeLabels(summary)));
  }
  return results;
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

export function totals(results: readonly SessionResult[]) {
  const sum = (f: (r: SessionResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const minorities = results.flatMap((r) => r.minorities);
  const counted = minorities.filter((m) => m.countsTowardTarget);
  const answers = sum((r) => r.answers);
  return {
    sessions: results.length,
    answers,
    reach: (sum((r) => r.full) + sum((r) => r.redacted)) / answers,
    full: sum((r) => r.full) / answers,
    redacted: sum((r) => r.redacted) / answers,
    units: sum((r) => r.unitsReached) / sum((r) => r.units),
    inShownTheme: sum((r) => r.inShownTheme) / answers,
    minoritiesAtK: counted.length,
    minoritiesRepresented: counted.filter((m) => m.represented).length,
    minoritiesBelowK: minorities.length - counted.length,
    minoritiesBelowKRepresented: minorities.filter((m) => !m.countsTowardTarget && m.represented).length,
    sections: sum((r) => r.sections),
    sectionsHeldBack: sum((r) => r.sectionsHeldBack),
    sectionsRedacted: sum((r) => r.sectionsRedacted),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const codeDir = resolve(opt('--code') ?? join(__dirname, '..'));
  const set = opt('--set') ?? 'dev';
  if (set !== 'dev' && set !== 'holdout') throw new Error(`--set ${set}: dev or holdout`);
  const holdout = set === 'holdout';
  const out = resolve(opt('--out') ?? join(__dirname, '..', 'build', holdout ? 'eval-substance-holdout.json' : 'eval-substance.json'));
  const fixtureDir = holdout ? SUBSTANCE_HOLDOUT_DIR : SUBSTANCE_DIR;
  const results = await runSubstance(codeDir, fixtureDir);
  const all = totals(results);
  console.log(`Code: ${codeDir}`);
  console.log(`Fixture: ${fixtureDir}`);
  console.log('session                   k  ppl  answers  full  redacted  none  units   minorities (≥k repr.)  sections held-back');
  for (const r of results) {
    const atK = r.minorities.filter((m) => m.countsTowardTarget);
    console.log(
      `${r.id.padEnd(24)} ${String(r.k).padStart(2)} ${String(r.people).padStart(4)} ${String(r.answers).padStart(8)} ${String(r.full).padStart(5)} ${String(r.redacted).padStart(9)} ${String(r.notQuoted).padStart(5)}  ${`${r.unitsReached}/${r.units}`.padStart(6)}   ${`${atK.filter((m) => m.represented).length}/${atK.length}`.padStart(20)}  ${String(r.sections).padStart(8)} ${String(r.sectionsHeldBack).padStart(9)}`,
    );
  }
  console.log(
    `\nReach (quoted whole or redacted): ${pct(all.reach * all.answers, all.answers)} of ${all.answers} answers (whole ${pct(all.full * all.answers, all.answers)}, redacted ${pct(all.redacted * all.answers, all.answers)}); target ≥ 70 %`,
  );
  console.log(`Content units in a quote of their answer: ${pct(all.units, 1)}; loose, in a shown theme: ${pct(all.inShownTheme, 1)}`);
  console.log(
    `Minority positions with ≥ k holders represented: ${all.minoritiesRepresented} of ${all.minoritiesAtK}; target all. Below k: ${all.minoritiesBelowKRepresented} of ${all.minoritiesBelowK} quoted`,
  );
  console.log(`Sections saying something is held back: ${all.sectionsHeldBack} of ${all.sections}; saying quotes are redacted: ${all.sectionsRedacted}`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ code: codeDir, fixture: fixtureDir, totals: all, sessions: results }, null, 2) + '\n');
  console.log(`Written to ${out}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
