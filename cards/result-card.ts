import { DateTime } from 'luxon';
import type { Language } from '../domain/exercise';
import type { Session } from '../domain/session';
import { ACTION_MAX, FORMULATION_MAX, RESULT_ACTIONS, WHO_MAX, actionField, whenField, whoField, type AgreedResult } from '../domain/validation/result';
import { FOLLOW_UP_WEEKS } from '../domain/checkins/follow-up';
import { escapeMarkdown } from './escape';
import { executeAction } from './execute-action';
import { steererIds, withRefresh } from './facilitator-controls';
import { t } from './i18n';
import { noticeCard } from './notice-card';
import { limitText } from './question-fields';
import { definitionOf } from './session-card';
import { render, type AdaptiveCard } from './render';
import { chatWording } from './chat-naming';

/** The facilitator's private form for what the team agreed, with up to three actions: what, who, by when. */
export function resultFormCard(session: Session, values: Record<string, unknown> = {}, problems: string[] = []): AdaptiveCard {
  const lang = session.settings.language;
  const def = definitionOf(session);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return render('result-form', {
    sessionId: session.id,
    heading: t(lang, 'result.formTitle'),
    prompt: def.resultPromptKey ? t(lang, def.resultPromptKey) : '',
    problems,
    values: { formulation: str(values.formulation) },
    max: { formulation: room(str(values.formulation), FORMULATION_MAX) },
    rows: Array.from({ length: RESULT_ACTIONS }, (_, i) => i + 1).map((n) => ({
      actionId: actionField(n),
      whoId: whoField(n),
      whenId: whenField(n),
      action: str(values[actionField(n)]),
      who: str(values[whoField(n)]),
      when: str(values[whenField(n)]),
      actionMax: room(str(values[actionField(n)]), ACTION_MAX),
      whoMax: room(str(values[whoField(n)]), WHO_MAX),
      actionPlaceholder: t(lang, 'result.actionPlaceholder', { n }),
      whoPlaceholder: t(lang, 'result.whoPlaceholder'),
      whenLabel: t(lang, 'result.whenLabel', { n }),
    })),
    labels: {
      formulation: t(lang, 'result.formulation'),
      formulationLimit: limitText(lang, FORMULATION_MAX),
      actions: t(lang, 'result.actions'),
      actionsLimit: t(lang, 'result.actionsLimit', { action: ACTION_MAX, who: WHO_MAX }),
      submit: t(lang, chatWording(session.place, 'result.submit')),
    },
  });
}

/**
 * An input's maxLength: the server's limit, or the length of a text given back after it was
 * refused as too long, so that the client shows it whole instead of cutting it silently (the
 * problem line says the limit; docs/anonymity.md, "An over-long answer is refused, not cut").
 */
function room(value: string, max: number): number {
  return Math.max(max, value.length);
}

/**
 * Who the result card is for (docs/security.md): everyone sees the shared card, which has nothing
 * to press; Teams asks for the facilitators' own view (`result.view`), which adds "Følg op om
 * 4 / 8 / 12 uger", the buttons only they may press.
 */
export type ResultView = 'shared' | 'facilitator';

/** The agreed result, posted in the thread for everyone; the facilitators' view has the follow-up buttons. */
export function resultCard(session: Session, result: AgreedResult, view: ResultView = 'shared'): AdaptiveCard {
  const lang = session.settings.language;
  const own = view === 'facilitator';
  const card = render('result', {
    title: t(lang, 'result.title', { title: escapeMarkdown(session.settings.title) }),
    formulation: escapeMarkdown(result.formulation),
    actions: result.actions.map((a) => actionLine(lang, a)),
    labels: { formulation: t(lang, 'result.formulation'), actions: t(lang, 'result.actions') },
    keepAlive: t(lang, 'result.keepAlive'),
    followUpIntro: own ? t(lang, chatWording(session.place, 'result.followUpIntro')) : '',
    followUps: own ? followUpActions(session) : [],
  });
  return withRefresh(card, 'result.view', { sessionId: session.id }, steererIds(session));
}

/**
 * The facilitator's private "Resultatet er gemt", with the follow-up buttons too: a client without
 * per-user views (the Agents Playground) never shows her the result card's own view.
 */
export function resultSavedCard(session: Session): AdaptiveCard {
  const lang = session.settings.language;
  return {
    ...noticeCard(t(lang, 'result.savedTitle'), [t(lang, chatWording(session.place, 'result.savedBody')), t(lang, chatWording(session.place, 'result.followUpIntro'))]),
    actions: followUpActions(session),
  };
}

/** "Følg op om 4 / 8 / 12 uger": only ever on a card that `steererIds` alone see. */
function followUpActions(session: Session): Record<string, unknown>[] {
  const lang = session.settings.language;
  return FOLLOW_UP_WEEKS.map((weeks) => executeAction(t(lang, 'result.followUp', { weeks }), 'result.followUp', { sessionId: session.id, weeks }));
}

/** "• Tal med IT – ansvarlig: Mette, senest 1. marts 2027": who and when only where they were written. */
function actionLine(lang: Language, a: AgreedResult['actions'][number]): string {
  const vars = { action: escapeMarkdown(a.action), who: escapeMarkdown(a.who ?? ''), when: a.when ? longDate(lang, a.when) : '' };
  const key = a.who && a.when ? 'result.actionWhoWhen' : a.who ? 'result.actionLine' : a.when ? 'result.actionWhen' : 'result.actionOnly';
  return t(lang, key, vars);
}

/**
 * A local date in words, with the year, since an action's date can be months off.
 *
 * @example longDate('da', '2027-03-01') // '1. marts 2027'
 * @example longDate('en', '2027-03-01') // '1 March 2027'
 */
export function longDate(lang: Language, isoDate: string): string {
  return DateTime.fromISO(isoDate)
    .setLocale(lang === 'da' ? 'da' : 'en-GB')
    .toFormat(lang === 'da' ? 'd. LLLL yyyy' : 'd LLLL yyyy');
}
