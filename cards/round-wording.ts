import type { Session } from '../domain/session';

/**
 * The key's round version for a check-in round: a round is neither an "øvelse" nor has it
 * proposals or a vote (its definition has only the answer phase), so its texts say "runden"
 * and promise only the round's summary. Every key passed here has a `.round` twin in the strings.
 *
 * @example roundWording({ round: undefined }, 'answer.closed') // 'answer.closed'
 * @example roundWording(roundSession, 'answer.closed') // 'answer.closed.round'
 */
export function roundWording(session: Pick<Session, 'round'>, key: string): string {
  return session.round ? `${key}.round` : key;
}
