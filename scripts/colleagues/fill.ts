import type { PhaseKind, Question } from '../../domain/exercise';
import { isCarriedQuestion } from '../../domain/checkins/carry-forward';
import { ANSWER_TEXTS, GENERAL_TEXTS } from './answer-texts';
import type { CardInput } from './card-reading';
import { CHOICE_PICKS, LEANINGS, TILTS } from './choice-picks';
import { PROPOSAL_TEXTS, GENERAL_PROPOSALS } from './proposal-texts';
import type { Colleague } from './team';

/** What the colleague is answering: the exercise (or check-in), its phase and its questions. */
export interface FillContext {
  exerciseId: string;
  phase: PhaseKind;
  /** The session's questions by id (cards/session-card.ts definitionOf). */
  questions: ReadonlyMap<string, Question>;
}

export interface Filled {
  values: Record<string, string>;
  /** Fields filled with a general value because the script knows nothing better, said once each. */
  notes: string[];
}

/**
 * The colleague's answer to the inputs of a card, built from what each input offers (its kind,
 * choices and limits) and, where the script knows the question, an answer that fits it.
 * Colleague `n` of five gives the n-th answer, so the five differ.
 *
 * @example fill(inputs, 2, colleague, { exerciseId: 'hvem-definerer', phase: 'answer', questions })
 * // { values: { formal: 'At eleverne bliver så dygtige, de kan, …', … }, notes: [] }
 */
export function fill(inputs: readonly CardInput[], n: number, colleague: Colleague, ctx: FillContext): Filled {
  const values: Record<string, string> = {};
  const notes: string[] = [];
  const ownGroup = ownGroupOf(inputs, n, colleague, ctx);
  const leftEmpty = new Set<number>();
  let texts = 0;
  inputs.forEach((input, position) => {
    const question = ctx.questions.get(input.id);
    // Relational coordination: one rates the other groups, not one's own (the item's hint asks so).
    if (ownGroup !== undefined && question?.kind === 'scale' && question.labelVars?.group === ownGroup) return;
    const value = valueFor(input, question, n, position, texts, colleague, ctx, ownGroup, notes);
    if (input.type === 'Input.Text') texts++;
    if (value !== undefined && value !== '') values[input.id] = value;
    else if (input.type === 'Input.Text' && input.container !== 0) leftEmpty.add(input.container);
  });
  // An item left empty leaves what belongs with it empty too (e.g. who owns a proposal).
  for (const input of inputs) if (leftEmpty.has(input.container)) delete values[input.id];
  return { values, notes };
}

function valueFor(
  input: CardInput,
  question: Question | undefined,
  n: number,
  position: number,
  textIndex: number,
  colleague: Colleague,
  ctx: FillContext,
  ownGroup: string | undefined,
  notes: string[],
): string | undefined {
  switch (input.type) {
    case 'Input.Text':
      return clip(ctx.phase === 'proposals' ? proposalText(ctx.exerciseId, n, textIndex, notes) : answerText(ctx.exerciseId, input.id, n, notes), input.maxLength);
    case 'Input.ChoiceSet':
      // "(ikke valgt)" is a choice with an empty value: never what a colleague picks.
      input = { ...input, choices: input.choices.filter((c) => c.value !== '') };
      if (input.choices.length === 0) {
        notes.push(`Feltet "${input.id}" har ingen valgmuligheder og blev sprunget over.`);
        return undefined;
      }
      if (input.id === 'votes' || (ctx.phase === 'vote' && input.multiSelect)) return votes(input, n);
      if (question?.kind === 'group' || input.id === 'group') return ownGroup ?? pickGroup(input, n, colleague);
      return picked(input, ctx.exerciseId, n) ?? spread(input, n, position);
    case 'Input.Number': {
      const min = input.min ?? 0;
      const max = input.max ?? Math.max(min, 10);
      return String(Math.round(min + leaning(n, position) * (max - min)));
    }
    case 'Input.Toggle':
      return input.valueOn ?? 'true';
    case 'Input.Date':
      return new Date().toISOString().slice(0, 10);
    case 'Input.Time':
      return '09:00';
    default:
      notes.push(`Feltet "${input.id}" (${input.type}) kender scriptet ikke og blev sprunget over.`);
      return undefined;
  }
}

function answerText(exerciseId: string, id: string, n: number, notes: string[]): string {
  const known = ANSWER_TEXTS[`${exerciseId}.${id}`];
  if (known) return known[n % known.length];
  notes.push(`Feltet "${id}" i "${exerciseId}" har ingen skrevne svar i scriptet og fik et generelt svar.`);
  return GENERAL_TEXTS[n % GENERAL_TEXTS.length];
}

/**
 * The first proposal field gets the colleague's own proposal; a second or third (where the card
 * allows more items) gets one of the extra proposals, while there are any left.
 */
function proposalText(exerciseId: string, n: number, item: number, notes: string[]): string | undefined {
  const known = PROPOSAL_TEXTS[exerciseId];
  if (!known) notes.push(`"${exerciseId}" har ingen skrevne forslag i scriptet; kollegerne sendte generelle forslag.`);
  const list = known ?? GENERAL_PROPOSALS;
  if (item === 0) return list[n % list.length];
  return list[n + item * 5];
}

/** Up to two proposals per colleague, spread over the ballot. */
function votes(input: CardInput, n: number): string {
  const count = input.choices.length;
  const picks = new Set([n % count]);
  if (input.multiSelect && count > 2 && n % 2 === 0) picks.add((n * 2 + 1) % count);
  return [...picks].map((i) => input.choices[i].value).join(',');
}

/** The colleague's own professional group among the card's groups, or one spread over them. */
function ownGroupOf(inputs: readonly CardInput[], n: number, colleague: Colleague, ctx: FillContext): string | undefined {
  const group = inputs.find((i) => i.type === 'Input.ChoiceSet' && (ctx.questions.get(i.id)?.kind === 'group' || i.id === 'group') && i.choices.length > 0);
  return group ? pickGroup(group, n, colleague) : undefined;
}

function pickGroup(input: CardInput, n: number, colleague: Colleague): string {
  return (input.choices.find((c) => colleague.profession.test(c.title)) ?? input.choices[n % input.choices.length]).value;
}

function picked(input: CardInput, exerciseId: string, n: number): string | undefined {
  const key = isCarriedQuestion(input.id) ? 'carried' : input.id;
  const wanted = (CHOICE_PICKS[`${exerciseId}.${key}`] ?? CHOICE_PICKS[key])?.[n];
  return input.choices.some((c) => c.value === wanted) ? wanted : undefined;
}

/** A scale (or any list) answered along the colleague's leaning, shifted per question. */
function spread(input: CardInput, n: number, position: number): string {
  const index = Math.round(leaning(n, position) * (input.choices.length - 1));
  return input.choices[index].value;
}

function leaning(n: number, position: number): number {
  const tilt = TILTS[position % TILTS.length];
  return Math.min(1, Math.max(0, LEANINGS[(n + position) % LEANINGS.length] + tilt));
}

function clip(text: string | undefined, max: number | undefined): string | undefined {
  return text !== undefined && max !== undefined && text.length > max ? text.slice(0, max) : text;
}
