import type { Turn } from './turn';

/**
 * What the run did, honestly: each colleague's card title (and why, when refused), how many were
 * taken, and the refusals counted by reason. An earlier run's answers are named as such, so that
 * running the script twice is not mistaken for a fault in the bot.
 */
export function reportLines(turns: readonly Turn[]): string[] {
  const lines = turns.map((t) => `${t.colleague.name}: ${t.title}${t.accepted ? '' : ` – ${t.reason}`}`);
  const accepted = turns.filter((t) => t.accepted).length;
  lines.push('', `${accepted} af ${turns.length} svar blev taget imod.`);
  const refused = turns.filter((t) => !t.accepted);
  if (refused.length === 0) return lines;
  const already = refused.filter((t) => t.alreadyAnswered).length;
  lines.push(`${refused.length} blev afvist:`);
  if (already > 0) lines.push(`- ${already} havde allerede svaret i denne fase (fx ved en tidligere kørsel af scriptet); hver kollega kan svare én gang.`);
  const reasons = new Map<string, number>();
  for (const t of refused.filter((x) => !x.alreadyAnswered)) reasons.set(t.reason ?? t.title, (reasons.get(t.reason ?? t.title) ?? 0) + 1);
  for (const [reason, count] of reasons) lines.push(`- ${count}: ${reason}`);
  return lines;
}
