import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ACData from 'adaptivecards-templating';

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/** Teams allows a bot message at most 100 KB; we aim for 80 KB and refuse to build larger cards. */
export const CARD_BYTES_MAX = 80 * 1024;
const templates = new Map<string, ACData.Template>();

/**
 * Binds a JSON template from cards/templates/ to data. Every text in `data` is already
 * localised and escaped; templates only lay it out.
 */
export function render(name: string, data: object): AdaptiveCard {
  const card = renderWithin(name, data);
  if (!card) throw new Error(`render(): the '${name}' card is over the ${CARD_BYTES_MAX}-byte limit; shorten its content before rendering.`);
  return card;
}

/** The card, or undefined when it would be larger than CARD_BYTES_MAX, so the caller can shorten it. */
export function renderWithin(name: string, data: object): AdaptiveCard | undefined {
  let template = templates.get(name);
  if (!template) {
    template = new ACData.Template(JSON.parse(readFileSync(join(__dirname, 'templates', `${name}.json`), 'utf8')));
    templates.set(name, template);
  }
  const card = template.expand({ $root: data }) as AdaptiveCard;
  return Buffer.byteLength(JSON.stringify(card), 'utf8') > CARD_BYTES_MAX ? undefined : card;
}

/** A long text cut at a word boundary with an ellipsis, for cards that must stay small. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20)).trimEnd()} …`;
}

export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
