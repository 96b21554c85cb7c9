import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One free-text answer and what a reader of the summary should learn from it: [cue, meaning]. */
export interface FixtureText {
  text: string;
  /** `cue` is the word or phrase (lower case, as written) that carries the unit. */
  units: [cue: string, meaning: string][];
}

export interface FixturePerson {
  id: string;
  /** Scales, choices and the professional group, as the card stores them. */
  values: Record<string, string>;
  texts: Record<string, FixtureText>;
}

/** A position few hold, and who holds it; `section` matches the label of a section of only theirs. */
export interface Minority {
  position: string;
  question: string;
  holders: string[];
  section?: string;
}

export interface SubstanceSession {
  id: string;
  exercise: string;
  language: 'da' | 'en';
  k: number;
  groups?: string[];
  variant?: string;
  facilitatorTexts?: Record<string, string>;
  names: string[];
  people: FixturePerson[];
  minorities: Minority[];
}

export const SUBSTANCE_DIR = join(__dirname, '..', 'test', 'fixtures', 'substance');
/** The held-out set, written blind (its README says how); never tuned on. */
export const SUBSTANCE_HOLDOUT_DIR = join(__dirname, '..', 'test', 'fixtures', 'substance-holdout');

/** Every session of a fixture folder (test/fixtures/substance/ by default), in file order. */
export function loadSubstanceSessions(dir = SUBSTANCE_DIR): SubstanceSession[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SubstanceSession);
}

/** The answers as the bot stores them: values and texts of one person in one record, no author. */
export function answersOf(session: SubstanceSession): Record<string, string>[] {
  return session.people.map((p) => ({ ...p.values, ...Object.fromEntries(Object.entries(p.texts).map(([q, t]) => [q, t.text])) }));
}
