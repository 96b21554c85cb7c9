import { t } from '../cards/i18n';
import { definitionOf, setupTexts } from '../cards/session-card';
import { LANGUAGES } from '../domain/exercise';
import type { Session } from '../domain/session';
import type { SummaryContext } from '../domain/summary/quotable-texts';
import type { DialogDeps } from './deps';
import { statusCodeOf } from '../storage/storage-errors';

/**
 * What the summary needs beyond the answers, gathered at close: the team's names to mask (from
 * Teams, held in memory for this one summary, never stored or logged) and the texts every
 * participant saw, whose words identify no one.
 */
export async function summaryContext(deps: DialogDeps, session: Session): Promise<SummaryContext> {
  return { names: await teamNames(deps, session), sharedTexts: sharedTexts(session) };
}

/**
 * The team's given names and surnames, or none when Teams will not say: the summary must not
 * wait on a roster, and the heuristic in names.ts still masks capitalised names.
 */
export async function teamNames(deps: DialogDeps, session: Session): Promise<string[]> {
  try {
    return await deps.port.memberNames(session.place);
  } catch (err) {
    // Only the status: an error text could quote the request, and names must never reach a log.
    deps.log.warn('member names unavailable; masking names by the heuristic alone', { session: session.id, status: statusCodeOf(err) });
    return [];
  }
}

/** The exercise's questions and hints in both languages, and what the facilitator wrote on the card. */
export function sharedTexts(session: Session): string[] {
  const def = definitionOf(session);
  return LANGUAGES.flatMap((lang) => [
    t(lang, def.introKey),
    ...def.questions.flatMap((q) => [q.labelKey, q.hintKey].filter((key): key is string => !!key).map((key) => t(lang, key))),
    ...setupTexts(lang, session, def).flatMap((s) => [s.label, s.text]),
  ]);
}
