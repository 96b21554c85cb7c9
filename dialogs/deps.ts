import type { Logger } from '../config/log';
import type { AnswerBox } from '../storage/answer-box';
import type { GroupContributions } from '../storage/group-contributions';
import type { ScheduleStore } from '../storage/schedule-store';
import type { SessionStore } from '../storage/session-store';
import type { TeamRegistry } from '../storage/team-registry';
import type { TeamsPort } from './teams-port';

/** What the session dialogs need; bot/ wires the real ones, tests may pass a clock. */
export interface DialogDeps {
  sessions: SessionStore;
  schedules: ScheduleStore;
  answers: AnswerBox;
  /** Named joint contributions of professional groups (storage/group-contributions.ts). */
  contributions: GroupContributions;
  teams: TeamRegistry;
  port: TeamsPort;
  log: Logger;
  now: () => Date;
  /** Runs work after the invoke has been answered (the 5 s budget); errors are logged there. */
  later: (what: string, work: () => Promise<void>) => void;
  /** How often a steady stream of answers redraws the shared card; 1 s unless set (answer-session.ts). */
  progressEveryMs?: number;
}
