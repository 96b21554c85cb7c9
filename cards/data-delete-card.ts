import type { Language } from '../domain/exercise';
import { executeAction } from './execute-action';
import { t } from './i18n';
import { render, type AdaptiveCard } from './render';
import type { SessionPlace } from '../domain/session';
import { chatWording } from './chat-naming';

/**
 * The reply in the channel to "@Kernedialog slet data". A channel reply is seen by everyone, so it
 * only says that a deletion was asked for; the button opens the confirmation for the clicker alone.
 *
 * @example dataDeletePromptCard('da') // 'Slette kanalens data?', …, one button 'Slet data …' with verb data.delete
 */
export function dataDeletePromptCard(lang: Language, place?: Pick<SessionPlace, 'kind'>): AdaptiveCard {
  return render('data-delete', {
    title: t(lang, chatWording(place, 'data.prompt.title')),
    lines: [t(lang, chatWording(place, 'data.prompt.body'))],
    actions: [executeAction(t(lang, 'data.prompt.button'), 'data.delete', {}, 'destructive')],
  });
}

/**
 * The private confirmation: what will be deleted, what stays in Teams, and a way back.
 *
 * @example dataDeleteConfirmCard('en', { sessions: 3, schedules: 1 })
 * // 'Delete all of this channel's data?', '3 exercises and check-in rounds, and 1 recurring check-in …', buttons data.deleteConfirm and data.deleteCancel
 */
export function dataDeleteConfirmCard(lang: Language, counts: { sessions: number; schedules: number }, place?: Pick<SessionPlace, 'kind'>): AdaptiveCard {
  return render('data-delete', {
    title: t(lang, chatWording(place, 'data.confirm.title')),
    lines: [t(lang, chatWording(place, 'data.confirm.what'), counts), t(lang, chatWording(place, 'data.confirm.body'))],
    actions: [executeAction(t(lang, 'data.confirm.yes'), 'data.deleteConfirm', {}, 'destructive'), executeAction(t(lang, 'data.confirm.no'), 'data.deleteCancel', {})],
  });
}
