import { languageOfLocale } from '../cards/i18n';
import type { Language } from '../domain/exercise';
import type { DialogDeps } from './deps';

/** What the bot knows of where a message or click came from, enough to choose the language. */
export interface Asking {
  personal: boolean;
  /** The Teams client's locale, e.g. "en-US". */
  locale?: string;
  teamId?: string;
}

/**
 * The language of the cards the bot answers with, worked out once per activity. In personal chat,
 * the person's own Teams locale. Anywhere else, the team's language: Danish until a facilitator
 * changes it with "sprog", because many Danish teams run Teams in English and the Agents
 * Playground always sends en-US. A group or meeting chat is its own team here (bot/activity-context.ts),
 * so it has a language of its own.
 *
 * @example await languageFor(deps, { personal: false, locale: 'en-US', teamId }) // 'da' for a team that never chose English
 */
export async function languageFor(deps: Pick<DialogDeps, 'teams'>, asking: Asking): Promise<Language> {
  if (asking.personal) return languageOfLocale(asking.locale);
  return deps.teams.language(asking.teamId);
}

/** The language when storage cannot say (down or slow): a team's language before anyone changes it. */
export function defaultLanguageFor(asking: Asking): Language {
  return asking.personal ? languageOfLocale(asking.locale) : 'da';
}
