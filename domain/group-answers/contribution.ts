import type { FreeTextQuestion } from '../exercise';
import { normalise } from '../validation/answer';
import type { Checked, Problem } from '../validation/problem';

/** One group's joint answer as one member sent it: the group (by its place on the list) and the texts. */
export interface ContributionInput {
  group: string;
  texts: Record<string, string>;
}

/** One saved version of a group's contribution; a newer one never erases it (storage/group-contributions.ts). */
export interface Contribution extends ContributionInput {
  /** 1 for the first version of this group's contribution, then 2, 3, … */
  version: number;
  /** The display name of who wrote this version on the group's behalf: shown, since it is not anonymous. */
  writer: string;
  /** Which click saved it (a hash), so that a redelivered click saves nothing twice. */
  via?: string;
}

/**
 * Checks a joint contribution: a group from the session's list, at least one text, each within
 * its limit. Nothing is cut: an over-long text is refused with its length and the limit.
 *
 * @example checkContribution(jointQuestions(faggrupper), { group: 'Pædagoger', contribution: 'Trivsel i frikvarteret' }, ['Lærere', 'Pædagoger'])
 * // { ok: true, value: { group: 'Pædagoger', texts: { contribution: 'Trivsel i frikvarteret' } } }
 */
export function checkContribution(questions: readonly FreeTextQuestion[], input: Record<string, unknown>, groups: readonly string[]): Checked<ContributionInput> {
  const problems: Problem[] = [];
  const group = typeof input.group === 'string' ? input.group : '';
  if (!groups.includes(group)) problems.push({ field: 'group', key: 'group.error.group' });
  const texts: Record<string, string> = {};
  for (const q of questions) {
    const raw = input[q.id];
    if (raw !== undefined && raw !== null && typeof raw !== 'string') {
      problems.push({ field: q.id, key: 'answer.error.wrongType' });
      continue;
    }
    const clean = normalise(typeof raw === 'string' ? raw : '');
    if (clean.length > q.maxChars) problems.push({ field: q.id, key: 'answer.error.tooLong', vars: { max: q.maxChars, length: clean.length, question: q.labelKey } });
    else if (clean) texts[q.id] = clean;
  }
  if (problems.length === 0 && Object.keys(texts).length === 0) problems.push({ key: 'group.error.empty' });
  return problems.length ? { ok: false, problems } : { ok: true, value: { group, texts } };
}

/**
 * Whether sending would replace a version the sender has not been shown: their form showed
 * `seen` (group and version) or nothing. They are then shown it and asked first, so nothing a
 * colleague wrote is replaced unread.
 */
export function replacesUnseen(latest: Contribution | undefined, seen: { group?: unknown; version?: unknown }): boolean {
  return latest !== undefined && !(seen.group === latest.group && String(seen.version) === String(latest.version));
}

/**
 * What the summary shows of a group: the newest version, who wrote it and who wrote earlier ones.
 *
 * @example byGroup(['Lærere', 'Pædagoger'], [v1 by Hanne for Pædagoger, v2 by Lars])
 * // [{ group: 'Lærere' }, { group: 'Pædagoger', latest: v2, earlierWriters: ['Hanne Holm'] }]
 */
export function byGroup(groups: readonly string[], versions: readonly Contribution[]): { group: string; latest?: Contribution; earlierWriters: string[] }[] {
  return groups.map((group) => {
    const own = versions.filter((v) => v.group === group).sort((a, b) => a.version - b.version);
    const latest = own.at(-1);
    const earlierWriters = [...new Set(own.slice(0, -1).map((v) => v.writer))].filter((w) => w !== latest?.writer);
    return { group, ...(latest ? { latest } : {}), earlierWriters };
  });
}
