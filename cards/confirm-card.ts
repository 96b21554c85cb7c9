import type { PhaseKind } from '../domain/exercise';
import { nextPhase, phaseOf, type Session } from '../domain/session';
import type { ExerciseDefinition } from '../domain/exercise';
import { t } from './i18n';
import { roundWording } from './round-wording';
import { render, type AdaptiveCard } from './render';
import { progressText } from './session-card';
import { progressView } from '../domain/anonymity/progress';
import { chatWording } from './chat-naming';

/**
 * Where "Nej, fortsæt" leads: back to the whole card (asked from the card in the thread), or to a
 * short note with her buttons (asked by `@Kernedialog luk` as a reply, where a second copy of the
 * exercise would only confuse).
 */
export type BackTo = 'card' | 'note';

/**
 * "Vil du afslutte …?": asked once before a phase ends early. "Ja" ends it (`session.close`);
 * "Nej, fortsæt" shows the facilitator's card again (`session.view`), so there is always a way back.
 */
export function closeConfirmCard(session: Session, def: Pick<ExerciseDefinition, 'phases'>, count: number, back: BackTo = 'card'): AdaptiveCard {
  const lang = session.settings.language;
  const phase = phaseOf(session) as Exclude<PhaseKind, 'result'>;
  const last = nextPhase(def, phase) === undefined;
  // Only when it matters: ending below k means the team gets nothing back (rule 3).
  const below = progressView(count, session.settings.k).belowK ? ` ${t(lang, 'closeAsk.belowK', { k: session.settings.k })}` : '';
  const progress = `${progressText(lang, phase, count, session.settings.k)}${below}`;
  return render('confirm', {
    // A round has only its answer phase, so it has one question and one "Ja" of its own.
    title: t(lang, session.round ? 'closeAsk.title.round' : `closeAsk.title.${phase}`),
    lines: [t(lang, chatWording(session.place, phase === 'answer' && last ? roundWording(session, 'closeAsk.body.answer.last') : `closeAsk.body.${phase}`), { progress })],
    confirm: t(lang, session.round ? 'closeAsk.confirm.round' : `closeAsk.confirm.${phase}`),
    back: t(lang, 'controls.back'),
    verb: 'session.close',
    sessionId: session.id,
    view: back,
    whoAnswers: t(lang, roundWording(session, 'controls.whoAnswers')),
  });
}

/** "Vil du aflyse …?", with "Nej, fortsæt". */
export function cancelConfirmCard(session: Session, back: BackTo = 'card'): AdaptiveCard {
  const lang = session.settings.language;
  return render('confirm', {
    title: t(lang, roundWording(session, 'cancel.confirmTitle')),
    lines: [t(lang, chatWording(session.place, 'cancel.confirmBody'))],
    confirm: t(lang, roundWording(session, 'cancel.confirm')),
    back: t(lang, 'controls.back'),
    verb: 'session.cancelConfirm',
    sessionId: session.id,
    view: back,
    whoAnswers: t(lang, roundWording(session, 'controls.whoAnswers')),
  });
}
