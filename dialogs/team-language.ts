import { noticeCard } from '../cards/notice-card';
import { t } from '../cards/i18n';
import type { AdaptiveCard } from '../cards/render';
import type { Language } from '../domain/exercise';
import { facilitates, storedInTeam } from './data-facilitators';
import type { DialogDeps } from './deps';
import { refusal, reply, type PrivateReply } from './reply';
import type { Actor, Where } from './teams-port';
import { chatWording } from '../cards/chat-naming';

const LANGUAGES: Readonly<Record<string, Language>> = { da: 'da', dansk: 'da', danish: 'da', en: 'en', engelsk: 'en', english: 'en' };

/**
 * "@Kernedialog sprog" shows the team's language; "sprog en" / "sprog da" changes it, for the
 * team's facilitators only (data-facilitators.ts), or anyone while nothing has run in the team. The team's language decides every card in its
 * channels, whatever the Teams locale says (many Danish teams run Teams in English); an exercise keeps the language
 * chosen at its setup. `lang` is the team's language as the bot read it for this message: the
 * answer is in it, unless the command changes it.
 *
 * @example await teamLanguage(deps, 'da', mette, where, 'en') // "New language for the team", in English, if Mette facilitates in the team
 */
export async function teamLanguage(deps: DialogDeps, lang: Language, actor: Actor, where: Where, choice: string | undefined): Promise<PrivateReply> {
  if (!where.teamId) return refusal(lang, 'notInTeam', 'language.error.notInTeam');
  if (choice === undefined) return reply('languageShown', currentLanguage(lang, true, where));
  const wanted = Object.hasOwn(LANGUAGES, choice.toLowerCase()) ? LANGUAGES[choice.toLowerCase()] : undefined;
  if (!wanted) return refusal(lang, 'unknownLanguage', 'language.error.unknown');
  // A team where nothing has run yet has no facilitators: whoever sets it up may choose, or an
  // English-speaking team could not read its own catalogue before its first exercise.
  const stored = await storedInTeam(deps, where.teamId);
  const untouched = stored.sessions.length === 0 && stored.schedules.length === 0;
  if (!untouched && !facilitates(stored, actor.id)) return refusal(lang, 'notFacilitator', 'language.error.notFacilitator');
  if (wanted === lang) return reply('languageUnchanged', currentLanguage(lang, false, where));
  await deps.teams.setLanguage(where.teamId, wanted);
  deps.log.info('team language changed', { team: where.teamId, language: wanted });
  return reply('languageChanged', noticeCard(t(wanted, 'language.changedTitle'), [t(wanted, chatWording(where, 'language.changed'), { language: t(wanted, `language.name.${wanted}`) })]));
}

function currentLanguage(lang: Language, howto: boolean, where: Where): AdaptiveCard {
  const now = t(lang, chatWording(where, 'language.current'), { language: t(lang, `language.name.${lang}`) });
  return noticeCard(t(lang, 'language.title'), howto ? [now, t(lang, 'language.howto')] : [now]);
}
