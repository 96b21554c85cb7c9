import da from '../../cards/strings/da.json';
import en from '../../cards/strings/en.json';

/** One input on a card the bot sent, with what is needed to fill it validly. */
export interface CardInput {
  id: string;
  type: string;
  choices: { title: string; value: string }[];
  multiSelect: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  valueOn?: string;
  /** The container the input sits in, with the inputs that belong with it (an item and its owner). */
  container: number;
}

/** A button on the card: its verb and the data it sends. */
export interface CardAction {
  verb: string;
  data: Record<string, unknown>;
}

type Node = Record<string, unknown>;

/** Every input on the card, in reading order, wherever it sits (containers, column sets). */
export function inputsOf(card: unknown): CardInput[] {
  const found: CardInput[] = [];
  walk(card, (node, container) => {
    if (typeof node.type !== 'string' || !node.type.startsWith('Input.') || typeof node.id !== 'string') return;
    const choices = Array.isArray(node.choices) ? (node.choices as Node[]).filter((c) => typeof c.value === 'string').map((c) => ({ title: String(c.title ?? c.value), value: String(c.value) })) : [];
    found.push({
      id: node.id,
      type: node.type,
      choices,
      multiSelect: node.isMultiSelect === true,
      ...(typeof node.maxLength === 'number' ? { maxLength: node.maxLength } : {}),
      ...(typeof node.min === 'number' ? { min: node.min } : {}),
      ...(typeof node.max === 'number' ? { max: node.max } : {}),
      ...(typeof node.valueOn === 'string' ? { valueOn: node.valueOn } : {}),
      container,
    });
  });
  return found;
}

/** The card's Action.Execute buttons (a Submit fallback carries the same verb), in order. */
export function actionsOf(card: unknown): CardAction[] {
  const found: CardAction[] = [];
  walk(card, (node) => {
    if (node.type !== 'Action.Execute' || typeof node.verb !== 'string') return;
    found.push({ verb: node.verb, data: node.data && typeof node.data === 'object' ? (node.data as Record<string, unknown>) : {} });
  });
  return found;
}

/** The card's heading: its first text. */
export function titleOf(card: unknown): string {
  return textsOf(card)[0]?.text ?? '';
}

/** What the bot's answer to a colleague's click means: taken, or refused and why. */
export interface Outcome {
  accepted: boolean;
  title: string;
  /** For a refusal: the card's own explanation, in the session's language. */
  reason?: string;
  alreadyAnswered: boolean;
}

const strings = (prefix: string) =>
  new Set(
    [da, en].flatMap((table) =>
      Object.entries(table)
        .filter(([key]) => key.startsWith(prefix))
        .map(([, text]) => text),
    ),
  );
// Read from the bot's own string tables, so a reworded confirmation is still recognised.
const SAVED_TITLES = strings('answer.savedTitle');
const ALREADY_ANSWERED = strings('answer.alreadyAnswered');

/**
 * Taken only when the card is one of the bot's "saved" confirmations and shows no problem in red;
 * anything else (a refusal, a form sent back with problems, an error) counts as refused.
 */
export function outcomeOf(card: unknown): Outcome {
  const texts = textsOf(card);
  const title = texts[0]?.text ?? '(intet kort)';
  const problems = texts
    .slice(1)
    .filter((t) => t.attention)
    .map((t) => t.text);
  if (SAVED_TITLES.has(title) && problems.length === 0) return { accepted: true, title, alreadyAnswered: false };
  const reason = problems.length > 0 ? problems.join(' ') : (texts[1]?.text ?? 'kortet sagde ikke hvorfor');
  return { accepted: false, title, reason, alreadyAnswered: ALREADY_ANSWERED.has(reason) };
}

/** Whether the card is one of the bot's "that did not work" notices (its heading in red). */
export function isErrorCard(card: unknown): boolean {
  return textsOf(card)[0]?.attention === true;
}

function textsOf(card: unknown): { text: string; attention: boolean }[] {
  const found: { text: string; attention: boolean }[] = [];
  walk(card, (node) => {
    if (node.type === 'TextBlock' && typeof node.text === 'string' && node.text.trim()) found.push({ text: node.text, attention: node.color === 'Attention' });
  });
  return found;
}

/** Visits every element with the number of the container it is in (0: the card itself). */
function walk(node: unknown, visit: (node: Node, container: number) => void, container = 0, counter = { n: 0 }): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit, container, counter));
  else if (node && typeof node === 'object') {
    const o = node as Node;
    visit(o, container);
    const inner = o.type === 'Container' || o.type === 'Column' ? ++counter.n : container;
    // An action's data and a fallback are not part of what the card shows.
    for (const [key, value] of Object.entries(o)) if (key !== 'data' && key !== 'fallback' && key !== 'refresh' && typeof value === 'object') walk(value, visit, inner, counter);
  }
}
