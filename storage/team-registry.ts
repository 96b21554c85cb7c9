import type { Language } from '../domain/exercise';
import type { CustomSpec } from '../domain/exercises/custom';
import type { TableStateStorage } from './table-state-storage';

/**
 * Per-team facts the bot keeps through TableStateStorage (eTag-checked, one JSON item per team):
 * whether the app is installed (uninstalled teams get no proactive posts) and the team's default language.
 */
export interface TeamRecord {
  schema: 1;
  installed: boolean;
  language: Language;
  /** The team's own exercises, saved by facilitators to run again. */
  templates?: TeamTemplate[];
  eTag?: string;
}

export interface TeamTemplate {
  title: string;
  custom: CustomSpec;
}

export const TEMPLATES_MAX = 10;

const keyOf = (teamId: string) => `team/${teamId}`;

export class TeamRegistry {
  constructor(private readonly storage: TableStateStorage) {}

  async get(teamId: string): Promise<TeamRecord | undefined> {
    const items = await this.storage.read([keyOf(teamId)]);
    return items[keyOf(teamId)] as TeamRecord | undefined;
  }

  async setInstalled(teamId: string, installed: boolean, language: Language): Promise<void> {
    const current = await this.get(teamId);
    const next: TeamRecord = { ...current, schema: 1, language: current?.language ?? language, installed };
    await this.storage.write({ [keyOf(teamId)]: next });
  }

  /** The language a new exercise in this team starts with: Danish until a facilitator picks another. */
  async language(teamId: string | undefined): Promise<Language> {
    return (teamId ? (await this.get(teamId))?.language : undefined) ?? 'da';
  }

  /** Remembers the facilitator's last choice as the team's default; a lost race just keeps the other choice. */
  async setLanguage(teamId: string, language: Language): Promise<void> {
    const current = await this.get(teamId);
    if (current?.language === language) return;
    await this.storage.write({ [keyOf(teamId)]: { ...current, schema: 1, installed: current?.installed ?? true, language } satisfies TeamRecord });
  }

  async templates(teamId: string | undefined): Promise<TeamTemplate[]> {
    return (teamId ? (await this.get(teamId))?.templates : undefined) ?? [];
  }

  /** Saves a template, newest first; a template with the same title replaces the older one. */
  async addTemplate(teamId: string, template: TeamTemplate): Promise<void> {
    const current = await this.get(teamId);
    const templates = [template, ...(current?.templates ?? []).filter((x) => x.title !== template.title)].slice(0, TEMPLATES_MAX);
    await this.storage.write({ [keyOf(teamId)]: { schema: 1, installed: current?.installed ?? true, language: current?.language ?? 'da', templates, ...(current?.eTag ? { eTag: current.eTag } : {}) } satisfies TeamRecord });
  }

  /** Unknown teams count as installed: the bot only hears from teams that have it. */
  async isInstalled(teamId: string | undefined): Promise<boolean> {
    if (!teamId) return true;
    return (await this.get(teamId))?.installed ?? true;
  }
}
