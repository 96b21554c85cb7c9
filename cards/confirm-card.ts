import type { PhaseKind } from '../domain/exercise';
import { nextPhase, phaseOf, type Session } from '../domain/session';
import type { ExerciseDefinition } from '../domain/exercise';
import { t } from './i18n';
import { render, type AdaptiveCard } from './render';
import { progressText } from './session-card';

/**
 * "Vil du afslutte …?": asked once before a phase ends early. "Ja" ends it (`session.close`);
 * "Nej, fortsæt" shows the facilitator's card again (`session.view`), so there is always a way back.
 */
export function closeConfirmCard(session: Session, def: Pick<ExerciseDefinition, 'phases'>, count: number): AdaptiveCard {
  const lang = session.settings.language;
  const phase = phaseOf(session) as Exclude<PhaseKind, 'result'>;
  const last = nextPhase(def, phase) === undefined;
  const progress = `${progressText(lang, phase, count, session.settings.k)} ${t(lang, 'closeAsk.belowK', { k: session.settings.k })}`;
  return render('confirm', {
    title: t(lang, `closeAsk.title.${phase}`),
    lines: [t(lang, phase === 'answer' && last ? 'closeAsk.body.answer.last' : `closeAsk.body.${phase}`, { progress })],
    confirm: t(lang, `closeAsk.confirm.${phase}`),
    back: t(lang, 'controls.back'),
    verb: 'session.close',
    sessionId: session.id,
  });
}

/** "Vil du aflyse …?", with "Nej, fortsæt". */
export function cancelConfirmCard(session: Session): AdaptiveCard {
  const lang = session.settings.language;
  const round = session.round ? '.round' : '';
  return render('confirm', {
    title: t(lang, `cancel.confirmTitle${round}`),
    lines: [t(lang, 'cancel.confirmBody')],
    confirm: t(lang, `cancel.confirm${round}`),
    back: t(lang, 'controls.back'),
    verb: 'session.cancelConfirm',
    sessionId: session.id,
  });
}
