import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/kernedialog';

/** The CLI as a user runs it: through the bin shim, in a child process. */
const BIN = join(__dirname, '..', '..', 'cli', 'bin.js');

type Json = Record<string, any>;
type Ran = { status: number | null; stdout: string; stderr: string };

/** Async, so the cases of one test can run side by side: each child pays tsx's start-up. */
function viaBin(...args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 15_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

/** The CLI's own entry point in this process, with its output captured: what the bin shim runs. */
async function kernedialog(...args: string[]): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const status = main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s), readFile: (p) => readFileSync(p, 'utf8') });
  return { status, stdout, stderr };
}

const FREE_TEXT = [
  'Vi bruger for meget tid på dokumentation af borgerens pleje',
  'Borgerens trivsel er det vigtigste',
  'Dokumentation tager tid fra borgerne',
  'Vi skal sikre borgerens tryghed i eget hjem',
  'For meget dokumentation og for lidt tid',
  'Faglighed og tryghed for borgeren',
  'Kaffe på kontoret',
];

const PERSPECTIVE_ROWS: [string, string][] = [
  ['formal', 'Loven siger at vi skal sikre borgerens selvhjulpenhed'],
  ['performed', 'Vi dokumenterer og kører mellem borgerne'],
  ['experienced', 'Vi oplever at tiden går med dokumentation'],
  ['formal', 'Serviceloven og kommunens kvalitetsstandard for hjemmepleje'],
  ['performed', 'Vi dokumenterer mere end vi taler med borgerne'],
  ['experienced', 'Borgerne oplever travlhed'],
  ['formal', 'Rehabilitering efter serviceloven'],
  ['performed', 'Praktisk hjælp og dokumentation hele dagen'],
  ['experienced', 'Vi oplever at relationen til borgerne er kernen'],
  ['formal', 'Kvalitetsstandarden beskriver borgerens rehabilitering'],
  ['performed', 'Mest kørsel og dokumentation'],
  ['experienced', 'Relationen er det vigtigste for os'],
  ['formal', 'Borgerens selvhjulpenhed står i loven'],
  ['performed', 'Vi dokumenterer alt'],
  ['experienced', 'Borgerne oplever tryghed når relationen er god'],
];

describe('cli: kernedialog summarize', function () {
  this.timeout(30_000);
  let dir: string;
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const jsonl = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'kernedialog-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the themes as JSON, with member indices and line numbers pointing into the input', async () => {
    // A blank line in the middle: members count answers, lines count the file's lines.
    const lines = FREE_TEXT.map((text, i) => JSON.stringify(i === 1 ? { text, group: 'SOSU' } : { text }));
    lines.splice(2, 0, '');
    const path = file('free.jsonl', lines.join('\n') + '\n');
    const r = await kernedialog('summarize', path, '--k', '5');
    assert.equal(r.status, 0, r.stderr);
    const out: Json = JSON.parse(r.stdout);
    assert.equal(out.mode, 'freeText');
    assert.equal(out.shown, true);
    assert.equal(out.k, 5);
    assert.equal(out.respondents, FREE_TEXT.length);
    assert.ok(out.themes.length >= 1, 'at least one theme');
    for (const theme of out.themes) {
      assert.ok(Array.isArray(theme.label) && theme.label.length >= 1);
      assert.ok(theme.members.length >= 2);
      assert.equal(theme.lines.length, theme.members.length);
      theme.members.forEach((m: number, j: number) => {
        assert.ok(Number.isInteger(m) && m >= 0 && m < FREE_TEXT.length, `member ${m} is an answer index`);
        assert.equal(theme.lines[j], m < 2 ? m + 1 : m + 2, 'line number skips the blank line');
      });
      // Most members use the theme's first word (the others joined for other shared words): the indices point at the right answers.
      const stem = theme.label[0].slice(0, 5).toLowerCase();
      const using = theme.members.filter((m: number) => FREE_TEXT[m].toLowerCase().includes(stem)).length;
      assert.ok(using * 2 >= theme.members.length, `most of ${JSON.stringify(theme.members)} use '${theme.label[0]}'`);
      for (const q of theme.quotes)
        assert.ok(
          theme.members.some((m: number) => FREE_TEXT[m] === q),
          `quote '${q}' is one of the members`,
        );
    }
    const borger = out.themes.find((t: Json) => /^borger/.test(t.label[0]));
    assert.ok(borger, 'a theme about borgerne');
    for (const i of [0, 1, 2, 3, 5]) assert.ok(borger.members.includes(i), `answer ${i} mentions the citizen: ${borger.members}`);
    assert.ok(!borger.members.includes(6), 'the answer about coffee shares nothing with it');
    assert.equal(typeof out.otherCount, 'number');
    assert.ok(Array.isArray(out.frequentWords));
  });

  it('prints only {shown:false,k} below k', async () => {
    const path = file('three.jsonl', jsonl(FREE_TEXT.slice(0, 3).map((text) => ({ text }))));
    const r = await kernedialog('summarize', path, '--k', '5');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { shown: false, k: 5 });
    assert.doesNotMatch(r.stdout, /dokumentation|borger/i, 'no answer text leaks below k');
  });

  it('--card prints the Adaptive Card the bot would post', async () => {
    const path = file('card.jsonl', jsonl(FREE_TEXT.map((text) => ({ text }))));
    const r = await kernedialog('summarize', path, '--card', '--lang', 'en');
    assert.equal(r.status, 0, r.stderr);
    const card: Json = JSON.parse(r.stdout);
    assert.equal(card.type, 'AdaptiveCard');
    assert.equal(card.version, '1.5');
    assert.match(r.stdout, /Summary: Your own exercise/);
    assert.match(r.stdout, /7 /, 'the respondent count is on the card');
  });

  it('summarises perspective input per perspective, with indices into the input', async () => {
    const path = file('perspectives.jsonl', jsonl(PERSPECTIVE_ROWS.map(([perspective, text]) => ({ text, perspective }))));
    const [r, card] = await Promise.all([kernedialog('summarize', path, '--k', '5'), kernedialog('summarize', path, '--card')]);
    assert.equal(r.status, 0, r.stderr);
    const out: Json = JSON.parse(r.stdout);
    assert.equal(out.mode, 'perspectives');
    assert.equal(out.respondents, PERSPECTIVE_ROWS.length);
    assert.deepEqual(
      out.perspectives.map((p: Json) => p.id),
      ['formal', 'performed', 'experienced'],
    );
    assert.equal(out.perspectives[0].label, 'Den formelle kerneopgave');
    for (const p of out.perspectives) {
      assert.equal(p.shown, true);
      assert.equal(p.count, 5);
      assert.ok(p.themes.length >= 1, `${p.id} has a theme`);
      for (const th of p.themes) for (const m of th.members) assert.equal(PERSPECTIVE_ROWS[m][0], p.id, `member ${m} is a ${p.id} line`);
    }
    assert.ok(Array.isArray(out.shared));
    assert.deepEqual(Object.keys(out.distinct).sort(), ['experienced', 'formal', 'performed']);
    assert.equal(typeof out.agreement, 'number');

    assert.equal(card.status, 0, card.stderr);
    assert.match(card.stdout, /Hvem definerer kerneopgaven\?/);
    assert.match(card.stdout, /Den oplevede kerneopgave/);
  });

  it('a malformed line exits 2 and names the line', async () => {
    const path = file('bad.jsonl', '{"text": "ok"}\n{"text": "også ok"}\n{"text": broken\n');
    const [r, noText, mixed] = await Promise.all([
      kernedialog('summarize', path),
      kernedialog('summarize', file('notext.jsonl', '{"text": "ok"}\n{"tekst": "hov"}\n')),
      kernedialog('summarize', file('mixed.jsonl', jsonl([{ text: 'a', perspective: 'formal' }, { text: 'b' }]))),
    ]);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /bad\.jsonl:3: not valid JSON/);

    assert.equal(noText.status, 2);
    assert.match(noText.stderr, /:2: "text" must be a non-empty string/);

    assert.equal(mixed.status, 2);
    assert.match(mixed.stderr, /:2: no "perspective"/);
  });

  it('an empty file, a bad option or a missing file exits 2 with a clear message; --help exits 0', async () => {
    const [empty, badK, missing, help] = await Promise.all([
      kernedialog('summarize', file('empty.jsonl', '\n')),
      kernedialog('summarize', file('x.jsonl', '{"text":"a"}\n'), '--k', 'two'),
      kernedialog('summarize', join(dir, 'nope.jsonl')),
      kernedialog('--help'),
    ]);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /no answers/);

    assert.equal(badK.status, 2);
    assert.match(badK.stderr, /--k must be a whole number/);

    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*nope\.jsonl/);

    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: kernedialog summarize FILE\.jsonl/);
  });

  it('runs through the bin shim as a user runs it: JSON on stdout with 0, a clear message with 2', async () => {
    const path = file('bin.jsonl', jsonl(FREE_TEXT.map((text) => ({ text }))));
    const [ok, bad] = await Promise.all([viaBin('summarize', path, '--k', '5'), viaBin('summarize', join(dir, 'nope.jsonl'))]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).respondents, FREE_TEXT.length);
    assert.equal(bad.status, 2);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /cannot read .*nope\.jsonl/);
  });
});
