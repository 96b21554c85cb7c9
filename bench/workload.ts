import type { AnswerTexts } from '../domain/validation/answer';
import { syntheticAnswers } from './answers';

/** One simulated participant: a distinct person, the session they answer, and what they write. */
export interface Participant {
  userId: string;
  name: string;
  /** Index into the run's sessions: participants are dealt round-robin, so sessions fill evenly. */
  session: number;
  texts: AnswerTexts;
}

/**
 * `n` distinct participants over `sessions` sessions, each answering the three perspectives of
 * "Hvem definerer kerneopgaven?" with distinct synthetic Danish texts (bench/answers.ts, seeded,
 * so every run and every pass of a run sends the same answers).
 *
 * @example
 * participants(4, 2).map((p) => p.session) // [0, 1, 0, 1]
 */
export function participants(n: number, sessions: number): Participant[] {
  const texts = syntheticAnswers(3 * n);
  return Array.from({ length: n }, (_, i) => ({
    userId: `bench-user-${i + 1}`,
    name: `Deltager ${i + 1}`,
    session: i % sessions,
    texts: { formal: texts[3 * i], performed: texts[3 * i + 1], experienced: texts[3 * i + 2] },
  }));
}

/** Answers before each timed pass, for the bot and each ceiling alike: a deployed bot is a warm process. */
export const WARM_UP = 200;

/** `count` (default WARM_UP) participants of their own (ids apart from the timed pass's), over `sessions` sessions. */
export function warmUpParticipants(sessions: number, count = WARM_UP): Participant[] {
  return participants(count, sessions).map((p) => ({ ...p, userId: `warm-${p.userId}` }));
}
