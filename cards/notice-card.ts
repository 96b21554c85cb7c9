import { LITERAL, type Language } from '../domain/exercise';
import type { Problem } from '../domain/validation/problem';
import { t } from './i18n';
import { render, type AdaptiveCard } from './render';
import type { SessionPlace } from '../domain/session';
import { chatWording } from './chat-naming';

/** A short card with a heading and lines of text: confirmations, errors, welcome, help. */
export function noticeCard(title: string, lines: string[], isError = false): AdaptiveCard {
  return render('notice', { title, lines, isError });
}

export function errorCard(lang: Language, key: string, vars?: Record<string, string | number>): AdaptiveCard {
  return noticeCard(t(lang, 'error.title'), [t(lang, key, vars)], true);
}

/** Problems from validation, each as a localised sentence. */
export function problemTexts(lang: Language, problems: readonly Problem[]): string[] {
  return problems.map((p) => t(lang, p.key, localisedVars(lang, p.vars)));
}

function localisedVars(lang: Language, vars: Problem['vars'] = {}): Record<string, string | number> {
  // A var that names a string key (e.g. the question's label) is shown in the reader's language.
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'string' && (/^[a-z]+\.[\w.]+$/.test(v) || v.startsWith(LITERAL)) ? t(lang, v) : v]));
}

export function welcomeCard(lang: Language, place?: Pick<SessionPlace, 'kind'>): AdaptiveCard {
  return noticeCard(t(lang, 'welcome.title'), [t(lang, chatWording(place, 'welcome.body')), t(lang, 'welcome.anonymity'), t(lang, chatWording(place, 'welcome.howto'))]);
}
