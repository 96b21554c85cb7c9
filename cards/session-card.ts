import { liveExercise } from '../domain/catalogue';
import { roundDefinition } from '../domain/checkins/templates';
import { deadlineLine } from './deadline-line';
import { buildCustomExercise, CUSTOM_ID } from '../domain/exercises/custom';
import { withOwnSides } from '../domain/exercises/dilemmaer';
import { anonymousPart, isJoint } from '../domain/group-answers/joint-part';
import { executeAction } from './execute-action';
import { forVariant, VOTES_PER_PERSON, type ExerciseDefinition, type Language, type PhaseKind } from '../domain/exercise';
import { progressView } from '../domain/anonymity/progress';
import { phaseOf, type Session } from '../domain/session';
import { escapeMarkdown } from './escape';
import { fieldsFor, limitText } from './question-fields';
import { roundWording } from './round-wording';
import { PROPOSAL_MAX } from '../domain/validation/phase-input';
import { proposalFields } from './proposal-fields';
import { t } from './i18n';
import { clip, render, type AdaptiveCard } from './render';
import { steererIds, withControls, withRefresh } from './facilitator-controls';
import { chatWording } from './chat-naming';
import { phasesFor } from '../domain/meeting';

export const DISPLAY_ZONE = 'Europe/Copenhagen';

/** The shared card at the root of the session's thread. Everyone sees the same; it never shows who answered. */
export function sessionCard(
  session: Session,
  answerCount: number,
  proposals: readonly string[] = [],
  retry: { problems: string[]; proposal: string; values?: Record<string, unknown> } = { problems: [], proposal: '' },
  view: SessionView = 'shared',
): AdaptiveCard {
  const def = definitionOf(session);
  const lang = session.settings.language;
  const phase = phaseOf(session);
  const card = render('session', {
    sessionId: session.id,
    state: session.state,
    phase,
    phaseTitle: t(lang, `phase.${phase}.title`),
    phasePrompt: phasePrompt(lang, def, phase),
    problems: retry.problems,
    proposalMax: PROPOSAL_MAX,
    proposalValue: retry.proposal,
    // Several owned items instead of one proposal, where the exercise asks for them.
    proposalItems: proposalFields(lang, def, retry.values),
    hasItems: !!def.proposalItems,
    // A long proposal is cut on the ballot so that the card stays within Teams' size limit.
    voteChoices: proposals.map((text, i) => ({ title: `${i + 1}. ${clip(text, 300)}`, value: String(i) })),
    distribution: session.settings.distribution,
    title: escapeMarkdown(session.settings.title || t(lang, def.titleKey)),
    // The exercise's name under the title, unless the title already is that name.
    exerciseTitle: session.settings.title === t(lang, def.titleKey) ? '' : t(lang, def.titleKey),
    intro: t(lang, def.introKey),
    facilitatorTexts: setupTexts(lang, session, def),
    // The perspectives exercise explains its three questions up front; others let the fields speak.
    perspectives: def.summaryKind === 'perspectives' ? def.questions.map((q) => ({ label: t(lang, q.labelKey), hint: q.hintKey ? t(lang, q.hintKey) : '' })) : [],
    fields: fieldsFor(
      lang,
      def,
      def.questions.map((q) => q.id),
      { groups: session.settings.groups, k: session.settings.k },
    ).map((f) => ({ ...f, value: '' })),
    anonymity: t(lang, 'session.anonymity', { k: session.settings.k }),
    joint: jointBlock(session, phase),
    // When answering ends, or, once closed, when it ended: an exercise and a round alike.
    deadline: deadlineLine(lang, session),
    facilitator: t(lang, 'session.facilitatorNote', { name: escapeMarkdown(session.facilitator.name) }),
    progress: progressText(lang, phase, answerCount, session.settings.k),
    answerIntro: t(lang, session.round ? chatWording(session.place, 'session.answerIntro.round') : def.summaryKind === 'perspectives' ? 'session.answerIntro' : 'session.answerIntro.questions'),
    assignedIntro: t(lang, 'session.assignedIntro'),
    closingText: t(lang, chatWording(session.place, roundWording(session, 'session.closing'))),
    closedTitle: t(lang, roundWording(session, session.cancelledAt ? 'cancel.cardTitle' : 'session.closedTitle')),
    closedBody: t(lang, chatWording(session.place, roundWording(session, session.cancelledAt ? 'cancel.cardBody' : 'session.closedBody'))),
    labels: {
      send: t(lang, phase === 'vote' ? 'session.sendVote' : phase === 'proposals' ? 'session.sendProposal' : 'session.send'),
      getPerspective: t(lang, 'session.getPerspective'),
      proposalPlaceholder: t(lang, 'phase.proposals.placeholder'),
      proposalLimit: limitText(lang, PROPOSAL_MAX),
    },
  });
  return viewOf(card, session, def, view);
}

/**
 * Who the card is for (docs/security.md): everyone sees the shared card, which has no facilitator
 * buttons; while the session is open, Teams asks for the facilitators' own view (`session.view`),
 * which adds them. Clients without per-user views fall back on `@Kernedialog luk` and `status`.
 */
export type SessionView = 'shared' | 'facilitator';

function viewOf(card: AdaptiveCard, session: Session, def: ExerciseDefinition, view: SessionView): AdaptiveCard {
  if (session.state === 'closed') return card;
  const own = view === 'facilitator' ? withControls(card, session, def, 'top') : card;
  return withRefresh(own, 'session.view', { sessionId: session.id }, steererIds(session));
}

/** What the setup said, for the card and the summary: the variant (dilemma, route) and the facilitator's texts. */
export function setupTexts(lang: Language, session: Session, def = definitionOf(session)): { label: string; text: string }[] {
  const written = (def.facilitatorTexts ?? [])
    .filter((f) => session.settings.facilitatorTexts?.[f.id])
    .map((f) => ({ label: t(lang, f.labelKey), text: escapeMarkdown(session.settings.facilitatorTexts![f.id]) }));
  return [...variantText(lang, session), ...written];
}

/** The picked variant, shown like a facilitator text: the dilemma, the route. */
function variantText(lang: Language, session: Session): { label: string; text: string }[] {
  const variant = liveExercise(session.exerciseId)?.variants?.find((v) => v.id === session.settings.variant);
  if (!variant) return [];
  return [{ label: t(lang, variant.labelKey), text: variant.descriptionKey ? t(lang, variant.descriptionKey) : '' }];
}

/** "Fewer than k …" or "at least n …" (docs/anonymity.md, rule 6), naming what is counted: answers, people who proposed, or votes. */
export function progressText(lang: Language, phase: PhaseKind, count: number, k: number): string {
  const view = progressView(count, k);
  const suffix = phase === 'proposals' || phase === 'vote' ? `.${phase}` : '';
  return view.belowK ? t(lang, `session.progressBelowK${suffix}`, { k: view.k }) : t(lang, `session.progressAtLeast${suffix}`, { count: view.atLeast });
}

function phasePrompt(lang: Language, def: ExerciseDefinition, phase: PhaseKind): string {
  const key = phase === 'proposals' ? def.proposalPromptKey : phase === 'vote' ? def.votePromptKey : phase === 'result' ? def.resultPromptKey : undefined;
  const prompt = key ? t(lang, key) : '';
  if (phase === 'result') return `${prompt} ${t(lang, 'phase.result.waiting')}`.trim();
  return phase === 'vote' ? `${prompt} ${t(lang, 'phase.vote.howMany', { n: VOTES_PER_PERSON })}`.trim() : prompt;
}

/** A private form with some of the questions, prefilled so that nothing typed is lost on an error. */
export function answerFormCard(session: Session, questionIds: string[], heading: string, problems: string[] = [], values: Record<string, unknown> = {}): AdaptiveCard {
  const lang = session.settings.language;
  const fields = fieldsFor(lang, definitionOf(session), questionIds, { groups: session.settings.groups, k: session.settings.k }).map((f) => ({
    ...f,
    value: typeof values[f.id] === 'string' ? values[f.id] : '',
  }));
  return render('answer-form', {
    sessionId: session.id,
    heading,
    problems,
    fields,
    anonymity: t(lang, 'session.anonymity', { k: session.settings.k }),
    labels: { send: t(lang, 'session.send') },
  });
}

/**
 * In a joint-contribution session, the way to the named, non-anonymous form, set apart from the
 * anonymous answer and saying so (domain/group-answers/joint-part.ts).
 */
function jointBlock(session: Session, phase: PhaseKind) {
  const lang = session.settings.language;
  if (!isJoint(session.settings) || session.state !== 'open' || phase !== 'answer') return { shown: false, title: '', body: '', actions: [] };
  const button = t(lang, 'session.jointButton');
  return { shown: true, title: t(lang, 'session.jointTitle'), body: t(lang, 'session.jointBody'), actions: [executeAction(button, 'group.form', { sessionId: session.id })] };
}

/** The exercise as this session runs it: the questions of the variant the facilitator picked. */
export function definitionOf(session: Session): ExerciseDefinition {
  if (session.round) return roundDefinition({ templateId: session.exerciseId, groups: session.settings.groups }, session.round.carried);
  const live = liveExercise(session.exerciseId);
  if (!live) throw new Error(`definitionOf(): session ${session.id} names exercise '${session.exerciseId}', which is not in the catalogue.`);
  const own = live.id === CUSTOM_ID && session.settings.custom ? buildCustomExercise(session.settings.custom) : live;
  // A joint-contribution session asks only the anonymous part on this card (domain/group-answers/joint-part.ts).
  const def = anonymousPart(withOwnSides(forVariant(own, session.settings.variant), session.settings), session.settings);
  // A meeting that agrees face to face goes from the summary straight to the result (domain/meeting.ts).
  return session.settings.meeting ? { ...def, phases: phasesFor(def.phases, session.settings.meeting) } : def;
}
