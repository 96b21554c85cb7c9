import { t } from '../cards/i18n';
import { definitionOf, setupTexts } from '../cards/session-card';
import { liveExercise } from '../domain/catalogue';
import { LANGUAGES, LITERAL, type Language, type Question } from '../domain/exercise';
import type { Session } from '../domain/session';
import type { SummaryContext } from '../domain/summary/quotable-texts';
import type { DialogDeps } from './deps';
import { statusCodeOf } from '../storage/storage-errors';

/**
 * What the summary needs beyond the answers, gathered at close: the team's names to mask (from
 * Teams, held in memory for this one summary, never stored or logged), the texts every
 * participant saw, whose words never label a theme, and the fixed catalogue's texts among them,
 * whose words alone may appear in a quote however few people use them (docs/anonymity.md, rule 7).
 */
export async function summaryContext(deps: Pick<DialogDeps, 'port' | 'log'>, session: Session): Promise<SummaryContext> {
  return { names: await teamNames(deps, session), sharedTexts: sharedTexts(session), catalogueTexts: catalogueTexts(session) };
}

/**
 * The team's given names and surnames, or none when Teams will not say: the summary must not
 * wait on a roster, and the heuristic in names.ts still masks capitalised names.
 */
export async function teamNames(deps: Pick<DialogDeps, 'port' | 'log'>, session: Session): Promise<string[]> {
  try {
    return await deps.port.memberNames(session.place);
  } catch (err) {
    // Only the status: an error text could quote the request, and names must never reach a log.
    deps.log.warn('member names unavailable; masking names by the heuristic alone', { session: session.id, status: statusCodeOf(err) });
    return [];
  }
}

/**
 * Everything participants saw, in both languages: the intro, each question as the card showed it
 * (a group's name filled in), its hint, scale ends and options, the groups to choose from, and
 * what the facilitator wrote on the card.
 */
export function sharedTexts(session: Session): string[] {
  const def = definitionOf(session);
  return LANGUAGES.flatMap((lang) => [
    t(lang, def.introKey),
    ...def.questions.flatMap((q) => keysOf(q).map((key) => t(lang, key, q.kind === 'scale' ? { ...q.labelVars } : {}))),
    ...(session.settings.groups ?? []),
    ...setupTexts(lang, session, def).flatMap((s) => [s.label, s.text]),
  ]);
}

/**
 * The fixed catalogue's own texts of this session, in both languages: string keys only, with no
 * placeholder filled. Not a team's own question or dilemma side (a literal), not what the
 * facilitator wrote, not a carried action, and no group name in a relational-coordination item
 * ("{group}: Vi får besked i tide …"): any of these may name what identifies one person.
 *
 * @example catalogueTexts(customSession).some((s) => s.includes('sygemelding')) // false, though the team's question says it
 */
export function catalogueTexts(session: Session): string[] {
  const def = definitionOf(session);
  const fixed = (key: string) => !key.startsWith(LITERAL);
  return LANGUAGES.flatMap((lang) =>
    [def.introKey, ...def.questions.flatMap(keysOf), ...variantKeys(session), ...(def.facilitatorTexts ?? []).filter((f) => session.settings.facilitatorTexts?.[f.id]).map((f) => f.labelKey)]
      .filter(fixed)
      .map((key) => withoutPlaceholders(lang, key)),
  );
}

/** The string keys a question shows: label, hint, scale ends, options. */
function keysOf(q: Question): string[] {
  const keys = [q.labelKey, q.hintKey, ...(q.kind === 'scale' ? [q.minLabelKey, q.maxLabelKey] : []), ...(q.kind === 'choice' ? q.options.map((o) => o.labelKey) : [])];
  return keys.filter((key): key is string => !!key);
}

/** The picked variant's name and description: the catalogue's own dilemma or route. */
function variantKeys(session: Session): string[] {
  const variant = liveExercise(session.exerciseId)?.variants?.find((v) => v.id === session.settings.variant);
  return variant ? [variant.labelKey, variant.descriptionKey].filter((key): key is string => !!key) : [];
}

function withoutPlaceholders(lang: Language, key: string): string {
  return t(lang, key).replace(/\{\w+\}/g, ' ');
}
