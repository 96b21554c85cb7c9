import type { Language } from '../domain/exercise';
import { clip, render, type AdaptiveCard } from './render';
import { escapeMarkdown } from './escape';
import { t } from './i18n';
import { chatWording } from './chat-naming';

export interface HelpOptions {
  /** The word that was not understood, as written: the card starts by saying so. */
  notUnderstood?: string;
  /** In personal chat: a last line on what the bot does there. */
  personal?: boolean;
  /** In a group or meeting chat: the intro says the chat stands for the channel and the thread. */
  chat?: boolean;
}

/**
 * The commands, one line each on what it does and where to write it: most work only in a channel
 * or a session's thread, so a command written in the wrong place must not look broken.
 * `helpKeys` come from the bot's command table, in its order, so the help lists exactly what the
 * bot understands.
 *
 * @example helpCard('da', ['help.command.start'], { notUnderstood: 'hej' }) // 'Jeg forstod ikke »hej«. …', then '**start** – i kanalen: …'
 */
export function helpCard(lang: Language, helpKeys: readonly string[], options: HelpOptions = {}): AdaptiveCard {
  const place = options.chat ? ({ kind: 'chat' } as const) : undefined;
  return render('help', {
    notUnderstood: options.notUnderstood ? t(lang, 'help.notUnderstood', { word: escapeMarkdown(clip(options.notUnderstood, 40)) }) : '',
    title: t(lang, 'help.title'),
    intro: t(lang, chatWording(place, 'help.intro')),
    lines: helpKeys.map((key) => t(lang, chatWording(place, key))),
    personal: options.personal ? t(lang, 'help.personal') : '',
  });
}
