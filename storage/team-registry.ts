import type { Language } from '../domain/exercise';
import type { CustomSpec } from '../domain/exercises/custom';
import { DAY_MS, DEFAULT_RETENTION, type RetentionPolicy } from '../domain/retention/policy';
import { ShortMemory } from './short-memory';
import { guardedChange, type Edit } from './guarded-change';
import type { TableStateStorage } from './table-state-storage';

/**
 * Per-team facts the bot keeps through TableStateStorage (eTag-checked, one JSON item per team):
 * whether the app is installed (uninstalled teams get no proactive posts), the team's default
 * language, its own templates, its retention choice, and when its data is to be deleted.
 */
export interface TeamRecord {
  schema: 1;
  installed: boolean;
  language: Language;
  /** The team's own exercises, saved by facilitators to run again. */
  templates?: TeamTemplate[];
  /** Days raw answers are kept after a session closes, as the team's facilitators chose; none means the service's default. */
  retentionDays?: number;
  /** Set by an uninstall: when the retention sweep deletes all of the team's data. A reinstall before then clears it. */
  deleteAfter?: string;
  eTag?: string;
}

export interface TeamTemplate {
  title: string;
  custom: CustomSpec;
}

export const TEMPLATES_MAX = 10;

const PREFIX = 'team/';
const keyOf = (teamId: string) => `${PREFIX}${teamId}`;

/**
 * How long a team's language is taken from this process's memory: every card action needs it, and
 * it changes seldom. A change made here is seen at once; one made by another instance within this.
 */
export const LANGUAGE_MEMORY_MS = 5_000;

export class TeamRegistry {
  private readonly languages = new ShortMemory<Language>(LANGUAGE_MEMORY_MS);

  constructor(
    private readonly storage: TableStateStorage,
    readonly policy: RetentionPolicy = DEFAULT_RETENTION,
  ) {}

  async get(teamId: string): Promise<TeamRecord | undefined> {
    const items = await this.storage.read([keyOf(teamId)]);
    return items[keyOf(teamId)] as TeamRecord | undefined;
  }

  /** Installing (again) cancels a pending deletion; a 403 marks the team uninstalled but schedules nothing (it may be a block, not a removal). */
  async setInstalled(teamId: string, installed: boolean, language: Language): Promise<void> {
    await this.change(teamId, (r) => ({ ...r, installed, ...(installed ? { deleteAfter: undefined } : {}) }), { schema: 1, installed, language });
  }

  /**
   * The app was removed from the team: no more posts, and its data is deleted after the grace
   * period unless it is installed again. A repeated event never moves the deletion later.
   *
   * @example await teams.markUninstalled('19:abc', new Date('2027-01-01T00:00:00Z')) // deleteAfter '2027-01-31T00:00:00.000Z' with 30 days' grace
   */
  async markUninstalled(teamId: string, now: Date, graceDays = this.policy.uninstallGraceDays): Promise<void> {
    const due = new Date(now.getTime() + graceDays * DAY_MS).toISOString();
    await this.change(teamId, (r) => ({ ...r, installed: false, deleteAfter: r.deleteAfter && r.deleteAfter < due ? r.deleteAfter : due }));
  }

  /** Teams whose grace period after an uninstall is over. */
  async dueForDeletion(now: Date): Promise<string[]> {
    const items = await this.storage.list(PREFIX);
    return Object.entries(items)
      .filter(([, r]) => typeof (r as TeamRecord).deleteAfter === 'string' && Date.parse((r as TeamRecord).deleteAfter!) <= now.getTime())
      .map(([key]) => key.slice(PREFIX.length));
  }

  /** Deletes the team's record: language, templates, retention choice, everything. */
  async forget(teamId: string): Promise<void> {
    this.languages.forget(teamId);
    await this.storage.delete([keyOf(teamId)]);
  }

  /** The days raw answers are kept in this team: its own choice (never above today's ceiling), else the default. */
  async retentionDays(teamId: string | undefined): Promise<number> {
    const chosen = teamId ? (await this.get(teamId))?.retentionDays : undefined;
    return chosen === undefined ? this.policy.defaultDays : Math.min(chosen, this.policy.maxDays);
  }

  async setRetentionDays(teamId: string, days: number): Promise<void> {
    await this.change(teamId, (r) => ({ ...r, retentionDays: days }));
  }

  /** The language a new exercise in this team starts with: Danish until a facilitator picks another. */
  async language(teamId: string | undefined): Promise<Language> {
    if (!teamId) return 'da';
    const known = this.languages.get(teamId);
    if (known) return known;
    const language = (await this.get(teamId))?.language ?? 'da';
    this.languages.set(teamId, language);
    return language;
  }

  /** Remembers the facilitator's last choice as the team's default; a lost race just keeps the other choice. */
  async setLanguage(teamId: string, language: Language): Promise<void> {
    await this.change(teamId, (r) => (r.language === language ? undefined : { ...r, language }));
  }

  async templates(teamId: string | undefined): Promise<TeamTemplate[]> {
    return (teamId ? (await this.get(teamId))?.templates : undefined) ?? [];
  }

  /** Saves a template, newest first; a template with the same title replaces the older one. */
  async addTemplate(teamId: string, template: TeamTemplate): Promise<void> {
    // The whole record is kept, so a template save keeps the team's retention choice and a pending deletion.
    await this.change(teamId, (r) => ({ ...r, templates: [template, ...(r.templates ?? []).filter((x) => x.title !== template.title)].slice(0, TEMPLATES_MAX) }));
  }

  /** Unknown teams count as installed: the bot only hears from teams that have it. */
  async isInstalled(teamId: string | undefined): Promise<boolean> {
    if (!teamId) return true;
    return (await this.get(teamId))?.installed ?? true;
  }

  /**
   * Applies `edit` to the newest record (or to `fresh` for a team not seen before), retrying when
   * another instance wrote in between; `edit` returns undefined to leave the record as it is.
   */
  /** The guarded change of a team's record (guarded-change.ts); a team with none starts from `fresh`. */
  private async change(teamId: string, edit: Edit<TeamRecord>, fresh: TeamRecord = { schema: 1, installed: true, language: 'da' }): Promise<void> {
    const changed = await guardedChange(
      {
        read: async () => {
          const record = (await this.get(teamId)) ?? fresh;
          return { value: record, etag: record.eTag ?? '' };
        },
        // The record carries its eTag (TableStateStorage): the write applies only if it still matches.
        write: async (next) => {
          await this.storage.write({ [keyOf(teamId)]: next });
        },
      },
      edit,
    );
    // Nothing waits for a team's facts to be written, so one that stays contended must not be lost quietly.
    if (changed?.refused === 'busy') throw new Error(`TeamRegistry.change(): team ${teamId} kept changing under this write; try again.`);
    // A read that began before this write may have put the old language in memory.
    this.languages.forget(teamId);
  }
}
