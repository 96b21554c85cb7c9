import type { Distribution, ExerciseDefinition, Language, PhaseKind } from './exercise';
import type { CustomSpec } from './exercises/custom';
import { phaseSecret } from './anonymity/participation';
import type { MeetingPace } from './meeting';

export type SessionState = 'open' | 'closing' | 'closed';

export interface SessionSettings {
  title: string;
  /** Anonymity threshold, locked at start and shown to participants (docs/anonymity.md, rule 4). */
  k: number;
  /** ISO instant in UTC, or undefined for "until the facilitator closes it". */
  deadline?: string;
  /** The IANA zone the facilitator typed the deadline in; the card shows it in the same zone. */
  timeZone: string;
  language: Language;
  distribution: Distribution;
  /** The variant the facilitator picked (a route, a dilemma), for exercises that have them. */
  variant?: string;
  /** The professional groups participants choose from, for exercises that ask for one. */
  groups?: string[];
  /**
   * 'joint': each professional group writes one named contribution to the questions after the
   * group question (domain/group-answers/joint-part.ts); absent: everyone answers them anonymously.
   */
  groupAnswers?: 'joint';
  /** The questions of a team's own exercise, as its facilitator wrote them. */
  custom?: CustomSpec;
  /** How many days the later phases stay open before they end by themselves; none means "until the facilitator moves on". */
  phaseDays?: Partial<Record<'proposals' | 'vote', number>>;
  /** "Til et møde": the phases paced in minutes (domain/meeting.ts); absent (older records too): paced in days. */
  meeting?: MeetingPace;
  /** What the facilitator wrote at setup (the change, the leader's proposal), by FacilitatorText id. */
  facilitatorTexts?: Record<string, string>;
}

/** Where the session lives in Teams; enough to post proactively into its thread. */
export interface SessionPlace {
  serviceUrl: string;
  tenantId: string;
  teamsChannelId: string;
  teamId?: string;
  /**
   * 'chat': a group or meeting chat, which is its own channel and team (its conversation id in
   * both) and has no threads: `threadId` is the chat itself, `rootActivityId` the exercise card.
   */
  kind?: 'chat';
  /** `<channel>;messageid=<root>` once the thread is posted (in a chat: the chat's id). */
  threadId?: string;
  rootActivityId?: string;
}

export interface Session {
  /** Shape version of this record; bump and migrate when the fields change. */
  schema: 1;
  id: string;
  exerciseId: string;
  exerciseVersion: number;
  settings: SessionSettings;
  /** The session owner: with any co-facilitators, the only user ids and names stored next to a session. */
  facilitator: { id: string; name: string };
  /** People the facilitator added to help run the session: they may advance, close and write the result. */
  coFacilitators?: { id: string; name: string }[];
  state: SessionState;
  /** The phase that is open (or closing); undefined in records from before phases, meaning 'answer'. */
  phase?: PhaseKind;
  /** When the open phase ends by itself; the setup deadline for the first phase. */
  phaseDeadline?: string;
  place: SessionPlace;
  createdAt: string;
  /** When a delivery of the create click took on posting the thread; a redelivery leaves it alone unless it is stale. */
  threadClaimedAt?: string;
  closedAt?: string;
  closedBy?: 'facilitator' | 'deadline';
  /** When closing began; a close left unfinished longer than a few minutes is taken over. */
  closingAt?: string;
  /** The stepped progress figure last shown on the shared card. */
  shownProgress: number;
  /** When a process took on posting the summary; a stale claim is taken over after a crash. */
  summaryClaimedAt?: string;
  summaryPostedAt?: string;
  /** Set when the summary could not be posted because the app is gone from the team. */
  summaryWithheld?: 'unreachable' | 'noAnswerPhase' | 'cancelled';
  /** Set when the facilitator cancelled the session; nothing of it is posted after that. */
  cancelledAt?: string;
  /** Set when the session is one round of a recurring check-in; `exerciseId` is then its template. */
  round?: SessionRound;
  /** Each phase keys its participation under its own secret (participation.ts phaseSecret); absent in sessions started before. */
  phaseKeys?: true;
  /** When the retention sweep deleted its raw answers (dialogs/retention-sweep.ts); kept: this record, the summary without quotes, the tally and the result. */
  sweptAt?: string;
}

/** What a check-in round knows of its schedule: enough to summarise it and file its figures. */
export interface SessionRound {
  scheduleId: string;
  /** When the round was due by the schedule (ISO); with the schedule id, the round's identity. */
  dueAt: string;
  /** Opened more than a few minutes after it was due (the service was down), and the card says so. */
  late: boolean;
  /** Actions agreed last round, asked about as "did we do it?". */
  carried: string[];
  /**
   * Opened by a meeting's end (a meeting rating's round), not by the schedule's rule. Absent in
   * rounds stored before it: those are known by their schedule id (isMeetingRound).
   */
  afterMeeting?: boolean;
}

export const K_DEFAULT = 5;
export const K_MIN = 3;
export const K_MAX = 50;

export const SESSION_SCHEMA = 1;

/**
 * Whether a stored session can be run by this code: the record's shape and the exercise's
 * questions must be the ones it was started with (its version says so). Otherwise it is refused
 * clearly rather than resumed with questions that no longer exist.
 */
export function isCurrentVersion(session: { schema?: unknown; exerciseVersion?: unknown }, exerciseVersion: number | undefined): boolean {
  return session.schema === SESSION_SCHEMA && session.exerciseVersion === exerciseVersion;
}

export function phaseOf(session: Pick<Session, 'phase'>): PhaseKind {
  return session.phase ?? 'answer';
}

/**
 * The phase after `phase`, skipping a vote when there is nothing to vote on.
 * undefined means the session ends.
 */
export function nextPhase(def: Pick<ExerciseDefinition, 'phases'>, phase: PhaseKind, proposalsShown = true): PhaseKind | undefined {
  const rest = def.phases.slice(def.phases.indexOf(phase) + 1);
  return rest.find((p) => p !== 'vote' || proposalsShown);
}

/** The secret the open phase's participation is keyed under, from the session's own secret. */
export function secretOfPhase(session: Pick<Session, 'phase' | 'phaseKeys'>, secret: Buffer, phase: PhaseKind = phaseOf(session)): Buffer {
  return phaseSecret(secret, phase, session.phaseKeys);
}

/** Who steers the session, by user id: the facilitator first, then any co-facilitators. */
export function facilitatorIds(session: Pick<Session, 'facilitator' | 'coFacilitators'>): string[] {
  return [session.facilitator.id, ...(session.coFacilitators ?? []).map((c) => c.id)];
}

export function isFacilitator(session: Session, userId: string): boolean {
  return facilitatorIds(session).includes(userId);
}

/** When the open phase ends by itself, if ever. Records from before phases used the setup deadline. */
export function deadlineOf(session: Session): string | undefined {
  return session.phaseDeadline ?? (session.phase === undefined ? session.settings.deadline : undefined);
}

export function isPastDeadline(session: Session, now: Date): boolean {
  const deadline = deadlineOf(session);
  return deadline !== undefined && Date.parse(deadline) <= now.getTime();
}

/** Why a participant cannot answer right now, or undefined when they can. */
export function answerRefusal(session: Session, now: Date): 'closed' | undefined {
  if (session.state !== 'open' || isPastDeadline(session, now)) return 'closed';
  return undefined;
}
