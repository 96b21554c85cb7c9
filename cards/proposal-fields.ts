import type { ExerciseDefinition, Language } from '../domain/exercise';
import { itemField, ownerField, PROPOSAL_MAX } from '../domain/validation/phase-input';
import { t } from './i18n';
import { limitText } from './question-fields';

/** The choice that means "no owner", so an owner picked by mistake can be taken back on the card. */
export const NO_OWNER = '';

export interface ProposalField {
  id: string;
  ownerId: string;
  label: string;
  placeholder: string;
  value: string;
  owner: string;
  limit: string;
  ownerLabel: string;
  ownerChoices: { title: string; value: string }[];
}

/**
 * The item inputs of an exercise that takes several owned proposals per person (e.g. "Tid til
 * kerneopgaven": three items, each with os / forvaltningen / loven), filled with what was typed
 * when the card comes back with a problem. Empty for exercises that take one proposal.
 */
export function proposalFields(lang: Language, def: ExerciseDefinition, values: Record<string, unknown> = {}): ProposalField[] {
  const items = def.proposalItems;
  if (!items) return [];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  return Array.from({ length: items.max }, (_, i) => i + 1).map((n) => ({
    id: itemField(n),
    ownerId: ownerField(n),
    label: t(lang, 'proposals.item', { n }),
    placeholder: t(lang, 'proposals.itemPlaceholder'),
    value: str(values[itemField(n)]),
    owner: str(values[ownerField(n)]),
    limit: limitText(lang, PROPOSAL_MAX),
    ownerLabel: t(lang, 'proposals.ownerLabel'),
    ownerChoices: [{ title: t(lang, 'proposals.ownerNone'), value: NO_OWNER }, ...items.owners.map((owner) => ({ title: t(lang, `proposals.ownerChoice.${owner}`), value: owner }))],
  }));
}
