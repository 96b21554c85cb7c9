import type { ExerciseDefinition, ProposalItems } from '../exercise';

/**
 * Who owns a rule or task decides what the team can do about it: drop it itself (os), ask the
 * administration (forvaltningen), or live with it or ask for an exemption (loven).
 */
export const OWNERS = ['os', 'forvaltningen', 'loven'] as const;

/** Up to three items per person, each its own anonymous row (docs/anonymity.md, "Proposals with several items"). */
export const TID_ITEMS: ProposalItems = { max: 3, owners: OWNERS };

/**
 * Seeds 002–004, "Tid til kerneopgaven": everyone anonymously names a rule, procedure, meeting or task that
 * takes time without creating value for the core task; the team then votes on which to drop first.
 * It has no answer phase: it starts with proposals, up to three per person, each with its owner.
 */
export const tid: ExerciseDefinition = {
  id: 'tid',
  // 2: up to three owned items per person instead of one proposal.
  version: 2,
  titleKey: 'catalogue.tid',
  introKey: 'exercise.tid.intro',
  phases: ['proposals', 'vote', 'result'],
  guidanceKeys: ['guidance.tid.1', 'guidance.tid.2', 'guidance.tid.3'],
  questions: [],
  proposalPromptKey: 'exercise.tid.proposals',
  proposalItems: TID_ITEMS,
  votePromptKey: 'exercise.tid.vote',
  resultPromptKey: 'exercise.tid.result',
  distributions: ['all'],
  summaryKind: 'themes',
  discussionKey: 'exercise.tid.discussion',
};
