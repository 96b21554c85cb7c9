import type { Language } from '../domain/exercise';
import { t } from './i18n';
import { clip } from './render';

/**
 * A proposal as the ballot and the top list show it: with its owner where it has one, because
 * what the team can drop itself differs from what it must ask the administration or the law about.
 *
 * @example proposalLabel('da', 'Ugentlig registrering af elevfravær', 'forvaltningen') // 'Ugentlig registrering af elevfravær (forvaltningen)'
 * @example proposalLabel('en', 'Weekly absence records', 'loven') // 'Weekly absence records (the law)'
 */
export function proposalLabel(lang: Language, text: string, owner?: string): string {
  return owner ? `${text} (${t(lang, `proposals.owner.${owner}`)})` : text;
}

/**
 * Every proposal on a ballot, labelled with its owner (the owners are by index, when there are
 * any). The text is cut first, so that the ballot's own cut at 300 characters never takes the owner.
 */
export function ballotLabels(lang: Language, proposals: { texts: readonly string[]; owners?: readonly string[] } | undefined): string[] {
  return (proposals?.texts ?? []).map((text, i) => (proposals?.owners?.[i] ? proposalLabel(lang, clip(text, 270), proposals.owners[i]) : text));
}
