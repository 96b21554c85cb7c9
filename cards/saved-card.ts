import type { PhaseKind } from '../domain/exercise';
import type { Session } from '../domain/session';
import { t } from './i18n';
import { noticeCard } from './notice-card';
import type { AdaptiveCard } from './render';
import { roundWording } from './round-wording';
import { chatWording } from './chat-naming';

/**
 * The private "saved" card after an answer, a proposal or a vote: what was saved, and what
 * happens next in that phase. A round's answer leads only to the round's summary.
 *
 * @example savedCard(session, 'vote') // 'Tak – din stemme er gemt', 'Stemmen er gemt anonymt. … Når afstemningen lukker, …'
 */
export function savedCard(session: Session, phase: Exclude<PhaseKind, 'result'>): AdaptiveCard {
  const lang = session.settings.language;
  const title = phase === 'answer' ? 'answer.savedTitle' : `answer.savedTitle.${phase}`;
  const body = phase === 'answer' ? roundWording(session, 'answer.savedBody') : `answer.savedBody.${phase}`;
  return noticeCard(t(lang, title), [t(lang, chatWording(session.place, body), { k: session.settings.k })]);
}
