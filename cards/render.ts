import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/**
 * Teams allows a bot message about 100 KB, and we aim for 80 KB for the card itself. Which unit
 * Teams counts in is not settled (its page says the message is "encoded as UTF-16"), so we refuse
 * to build a card above 80 K in either UTF-8 bytes or UTF-16 code units: never laxer than before.
 */
export const CARD_SIZE_MAX = 80 * 1024;
const templates = new Map<string, ACData.Template>();

/**
 * Binds a JSON template from cards/templates/ to data. Every text in `data` is already
 * localised and escaped; templates only lay it out.
 */
export function render(name: string, data: object): AdaptiveCard {
  const card = renderWithin(name, data);
  if (!card) throw new Error(`render(): the '${name}' card is over the limit of ${CARD_SIZE_MAX} (UTF-8 bytes or UTF-16 code units); shorten its content before rendering.`);
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
 * A card's size for the limit: the larger of its JSON's UTF-16 code units (a JS string's length;
 * an emoji outside the BMP counts two) and its UTF-8 bytes (a Danish letter counts two).
 *
 * @example cardSize({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Æblegrød 🍎' }] }) // 92
 */
export function cardSize(card: AdaptiveCard): number {
  const json = JSON.stringify(card);
  return Math.max(json.length, Buffer.byteLength(json, 'utf8'));
}
