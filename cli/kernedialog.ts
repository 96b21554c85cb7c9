/**
 * `kernedialog summarize FILE.jsonl [--k 5] [--lang da|en] [--card]`
 *
 * Summarises anonymous answers outside Teams with the bot's own summary code (domain/summary), so a
 * facilitator or developer can see what the bot would post. One answer per line:
 *   {"text": "…", "group"?: "…", "perspective"?: "formal" | "performed" | "experienced"}
 * With `perspective` on the lines the answers are summarised as "Hvem definerer kerneopgaven?";
 * otherwise as one free-text question. Below k answers nothing but {shown:false,k} is printed.
 * Exit codes: 0 ok, 2 bad usage or bad input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { t } from '../cards/i18n';
import { LANGUAGES, type ExerciseDefinition, type Language } from '../domain/exercise';
import { buildCustomExercise, CUSTOM_ID, type CustomSpec } from '../domain/exercises/custom';
import { hvemDefinerer, MAX_ANSWER_CHARS } from '../domain/exercises/hvem-definerer';
import { K_DEFAULT, K_MAX, K_MIN, type Session, type SessionSettings } from '../domain/session';
import type { PerspectivesSummary } from '../domain/summary/perspectives';
import { summarise, type Summary } from '../domain/summary/summarise';
import type { Theme } from '../domain/summary/themes';
import type { AnswerTexts } from '../domain/validation/answer';

export const USAGE = `Usage: kernedialog summarize FILE.jsonl [--k N] [--lang da|en] [--card]

Summarises anonymous answers, one JSON object per line:
  {"text": "…", "group": "…", "perspective": "formal" | "performed" | "experienced"}
"text" is required; "group" is optional (accepted, not used); "perspective" is optional, but
when one line has it, every line must. Blank lines are skipped.

With perspectives, the answers are summarised as "Hvem definerer kerneopgaven?" (themes per
perspective, shared and distinct words); otherwise as one free-text question.

Options:
  --k N        anonymity threshold, ${K_MIN}–${K_MAX} (default ${K_DEFAULT}); below N answers nothing is shown
  --lang L     da or en (default da): the language of labels and of the card
  --card       print the Adaptive Card the bot would post, instead of the summary JSON
  -h, --help   print this help

Output: JSON on stdout. Theme "members" are 0-based indices into the answers (the non-blank
lines, in file order); "lines" are the same answers' 1-based line numbers in the file.
Exit codes: 0 ok, 2 bad usage or bad input.`;

export const PERSPECTIVES = ['formal', 'performed', 'experienced'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export interface InputAnswer {
  text: string;
  group?: string;
  perspective?: Perspective;
  /** 1-based line number in the file. */
  line: number;
}

/** Bad usage or bad input: the message is printed and the CLI exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint = false,
  ) {
    super(message);
  }
}

/** Parses JSONL answers; throws UsageError naming the first bad line. */
export function parseAnswers(content: string, file = 'input'): InputAnswer[] {
  const answers: InputAnswer[] = [];
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const bad = (why: string) => new UsageError(`${file}:${line}: ${why}`);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw bad(`not valid JSON (${(e as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('expected a JSON object like {"text": "…"}');
    const o = value as Record<string, unknown>;
    if (typeof o.text !== 'string' || o.text.trim() === '') throw bad('"text" must be a non-empty string');
    if (o.text.length > MAX_ANSWER_CHARS) throw bad(`"text" is ${o.text.length} characters; the bot accepts at most ${MAX_ANSWER_CHARS}`);
    if (o.group !== undefined && typeof o.group !== 'string') throw bad('"group" must be a string when given');
    if (o.perspective !== undefined && !PERSPECTIVES.includes(o.perspective as Perspective)) throw bad(`"perspective" must be one of ${PERSPECTIVES.join(', ')} when given`);
    answers.push({ text: o.text.trim(), line, ...(o.group !== undefined ? { group: o.group as string } : {}), ...(o.perspective !== undefined ? { perspective: o.perspective as Perspective } : {}) });
  });
  if (answers.length === 0) throw new UsageError(`${file}: no answers (the file is empty or has only blank lines).`);
  const withPerspective = answers.filter((a) => a.perspective);
  if (withPerspective.length > 0 && withPerspective.length < answers.length) {
    const first = answers.find((a) => !a.perspective)!;
    throw new UsageError(`${file}:${first.line}: no "perspective", but other lines have one; give every line a perspective or none.`);
  }
  return answers;
}

export interface CliTheme {
  label: string[];
  /** 0-based indices into the answers (non-blank input lines, in order). */
  members: number[];
  /** The same answers' 1-based line numbers in the file. */
  lines: number[];
  quotes: string[];
}

export type CliSummary =
  | { shown: false; k: number }
  | {
      mode: 'freeText';
      shown: true;
      k: number;
      respondents: number;
      themes: CliTheme[];
      /** Answers that share no word with another answer. */
      otherCount: number;
      /** What the card quotes of them under "Andre svar". */
      otherQuotes: string[];
      /** Words used in two or more answers, most used first. */
      frequentWords: string[];
    }
  | {
      mode: 'perspectives';
      shown: true;
      k: number;
      respondents: number;
      perspectives: { id: string; label: string; shown: boolean; count?: number; themes: CliTheme[]; otherCount?: number; otherQuotes?: string[] }[];
      shared: string[];
      distinct: Record<string, string[]>;
      agreement?: number;
    };

export interface Run {
  def: ExerciseDefinition;
  session: Session;
  summary: Summary;
  answers: InputAnswer[];
}

const FREE_TEXT_SPEC: CustomSpec = { questions: [{ kind: 'freeText', text: 'Svar' }] };

/** Summarises the answers with the bot's own code, and builds the minimal session a card needs. */
export function summariseAnswers(answers: InputAnswer[], k: number, language: Language): Run {
  const perspectives = answers.some((a) => a.perspective);
  const def = perspectives ? hvemDefinerer : buildCustomExercise(FREE_TEXT_SPEC);
  const texts: AnswerTexts[] = answers.map((a) => (perspectives ? { [a.perspective!]: a.text } : { q1: a.text }));
  // Each line answers exactly one perspective, which is the 'assigned' distribution: it brings the
  // complementary suppression of small perspectives (docs/anonymity.md, rule 5). Free text has one question: 'all'.
  const settings: SessionSettings = {
    // Empty: the card then reads "Opsamling: <the exercise's title>" rather than "Opsamling: Opsamling".
    title: '',
    k,
    language,
    distribution: perspectives ? 'assigned' : 'all',
    timeZone: 'Europe/Copenhagen',
    ...(perspectives ? {} : { custom: FREE_TEXT_SPEC }),
  };
  const summary = summarise(def, texts, settings);
  const session: Session = {
    schema: 1,
    id: '0'.repeat(24),
    exerciseId: perspectives ? hvemDefinerer.id : CUSTOM_ID,
    exerciseVersion: 1,
    settings,
    facilitator: { id: 'cli', name: 'CLI' },
    state: 'closed',
    place: { serviceUrl: 'https://example.invalid/', tenantId: 'cli', teamsChannelId: 'cli' },
    createdAt: new Date().toISOString(),
    shownProgress: 0,
  };
  return { def, session, summary, answers };
}

/** The summary as JSON, with theme members mapped back to the input's answers and lines. */
export function toCliSummary(run: Run): CliSummary {
  const { def, summary, answers, session } = run;
  const lang = session.settings.language;
  const texts: PerspectivesSummary = summary.kind === 'mixed' ? (summary.shown ? summary.texts : { kind: 'perspectives', shown: false, k: summary.k }) : summary;
  if (!summary.shown || !texts.shown) return { shown: false, k: summary.k };
  // summarisePerspectives numbers each question's non-empty texts from 0; map back to input order.
  const indexOf = (questionId: string) =>
    answers
      .map((a, i) => ({ a, i }))
      .filter(({ a }) => (a.perspective ?? 'q1') === questionId)
      .map(({ i }) => i);
  const themesOf = (questionId: string, themes: Theme[]): CliTheme[] => {
    const index = indexOf(questionId);
    return themes.map((th) => {
      const members = th.members.map((m) => index[m]);
      return { label: th.label, members, lines: members.map((i) => answers[i].line), quotes: th.quotes };
    });
  };
  if (def.id === CUSTOM_ID) {
    const p = texts.perspectives[0];
    return {
      mode: 'freeText',
      shown: true,
      k: texts.k,
      respondents: texts.respondents,
      themes: themesOf(p.id, p.themes),
      otherCount: p.otherCount ?? 0,
      otherQuotes: p.otherQuotes ?? [],
      frequentWords: texts.distinct[p.id] ?? [],
    };
  }
  return {
    mode: 'perspectives',
    shown: true,
    k: texts.k,
    respondents: texts.respondents,
    perspectives: texts.perspectives.map((p) => ({
      id: p.id,
      label: t(lang, p.labelKey),
      shown: p.shown,
      ...(p.shown ? { count: p.count } : {}),
      themes: themesOf(p.id, p.themes),
      ...(p.shown ? { otherCount: p.otherCount ?? 0, otherQuotes: p.otherQuotes ?? [] } : {}),
    })),
    shared: texts.shared,
    distinct: texts.distinct,
    ...(texts.agreement !== undefined ? { agreement: texts.agreement } : {}),
  };
}

function parseK(raw: string | undefined): number {
  if (raw === undefined) return K_DEFAULT;
  const k = Number(raw);
  if (!/^\d+$/.test(raw) || k < K_MIN || k > K_MAX) throw new UsageError(`--k must be a whole number from ${K_MIN} to ${K_MAX}, not '${raw}'.`, true);
  return k;
}

function parseLang(raw: string | undefined): Language {
  if (raw === undefined) return 'da';
  if (!LANGUAGES.includes(raw as Language)) throw new UsageError(`--lang must be ${LANGUAGES.join(' or ')}, not '${raw}'.`, true);
  return raw as Language;
}

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => string;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  readFile: (p) => readFileSync(p, 'utf8'),
};

/** Runs the CLI; returns the exit code rather than exiting, so pending output is flushed. */
export function main(argv: string[], io: Io = defaultIo): number {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: { k: { type: 'string' }, lang: { type: 'string' }, card: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (e) {
      throw new UsageError((e as Error).message, true);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.out(USAGE + '\n');
      return 0;
    }
    const [command, file, ...extra] = positionals;
    if (command === undefined) throw new UsageError('no command given.', true);
    if (command !== 'summarize' && command !== 'summarise') throw new UsageError(`unknown command '${command}'.`, true);
    if (file === undefined) throw new UsageError('summarize needs a FILE.jsonl.', true);
    if (extra.length) throw new UsageError(`unexpected argument '${extra[0]}'.`, true);
    const k = parseK(values.k);
    const lang = parseLang(values.lang);
    let content: string;
    try {
      content = io.readFile(file);
    } catch (e) {
      throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const run = summariseAnswers(parseAnswers(content, file), k, lang);
    // Loaded only when asked for: the card code (templating, luxon) doubles the start-up time.
    const output = values.card ? (require('../cards/summary-card') as typeof import('../cards/summary-card')).summaryCard(run.session, run.summary) : toCliSummary(run);
    io.out(JSON.stringify(output, null, 2) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kernedialog: ${e.message}\n${e.hint ? "Run 'kernedialog --help' for usage.\n" : ''}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
