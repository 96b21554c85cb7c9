import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/**
 * Teams allows a bot message about 100 KB, counted in UTF-16 (so "æ" counts once, as in a JS
 * string, not twice as in UTF-8), and advises 80 KB for the message itself. We refuse to build a
 * card above that, measured as cardSize() does.
 */
export const CARD_SIZE_MAX = 80 * 1024;
const templates = new Map<string, ACData.Template>();

/**
 * Binds a JSON template from cards/templates/ to data. Every text in `data` is already
 * localised and escaped; templates only lay it out.
 */
export function render(name: string, data: object): AdaptiveCard {
  const card = renderWithin(name, data);
  if (!card) throw new Error(`render(): the '${name}' card is over the limit of ${CARD_SIZE_MAX} UTF-16 code units; shorten its content before rendering.`);
  return card;
}

/** The card, or undefined when it would be larger than CARD_SIZE_MAX, so the caller can shorten it. */
export function renderWithin(name: string, data: object): AdaptiveCard | undefined {
  let template = templates.get(name);
  if (!template) {
    template = new ACData.Template(JSON.parse(readFileSync(join(__dirname, 'templates', `${name}.json`), 'utf8')));
    templates.set(name, template);
  }
  const card = template.expand({ $root: data }) as AdaptiveCard;
  return cardSize(card) > CARD_SIZE_MAX ? undefined : card;
}

/** A long text cut at a word boundary with an ellipsis, for cards that must stay small. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()} …`;
}

/**
 * A card's size as Teams counts it: UTF-16 code units of its JSON, which is a JS string's length.
 * Danish letters count one each; an emoji outside the BMP counts two.
 *
 * @example cardSize({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Æblegrød 🍎' }] }) // 90
 */
export function cardSize(card: AdaptiveCard): number {
  return JSON.stringify(card).length;
}
