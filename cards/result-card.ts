import type { Session } from '../domain/session';
import type { AgreedResult } from '../domain/validation/result';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { definitionOf } from './session-card';
import { render, type AdaptiveCard } from './render';

/** The facilitator's private form for what the team agreed, with up to three actions. */
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
    rows: [1, 2, 3].map((n) => ({ actionId: `action${n}`, whoId: `who${n}`, action: str(values[`action${n}`]), who: str(values[`who${n}`]), actionPlaceholder: t(lang, 'result.actionPlaceholder', { n }), whoPlaceholder: t(lang, 'result.whoPlaceholder') })),
    labels: { formulation: t(lang, 'result.formulation'), actions: t(lang, 'result.actions'), submit: t(lang, 'result.submit') },
  });
}

/** The agreed result, posted in the thread for everyone. */
export function resultCard(session: Session, result: AgreedResult): AdaptiveCard {
  const lang = session.settings.language;
  return render('result', {
    title: t(lang, 'result.title', { title: escapeMarkdown(session.settings.title) }),
    formulation: escapeMarkdown(result.formulation),
    actions: result.actions.map((a) => (a.who ? t(lang, 'result.actionLine', { action: escapeMarkdown(a.action), who: escapeMarkdown(a.who) }) : `• ${escapeMarkdown(a.action)}`)),
    labels: { formulation: t(lang, 'result.formulation'), actions: t(lang, 'result.actions') },
    keepAlive: t(lang, 'result.keepAlive'),
  });
}
