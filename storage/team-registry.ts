import type { Language } from '../domain/exercise';
import type { TableStateStorage } from './table-state-storage';

/**
 * Per-team facts the bot keeps through TableStateStorage (eTag-checked, one JSON item per team):
 * whether the app is installed (uninstalled teams get no proactive posts) and the team's default language.
 */
export interface TeamRecord {
  schema: 1;
  installed: boolean;
  language: Language;
  eTag?: string;
}

const keyOf = (teamId: string) => `team/${teamId}`;

export class TeamRegistry {
  constructor(private readonly storage: TableStateStorage) {}

  async get(teamId: string): Promise<TeamRecord | undefined> {
    const items = await this.storage.read([keyOf(teamId)]);
    return items[keyOf(teamId)] as TeamRecord | undefined;
  }

  async setInstalled(teamId: string, installed: boolean, language: Language): Promise<void> {
    const current = await this.get(teamId);
    const next: TeamRecord = { schema: 1, language: current?.language ?? language, installed, ...(current?.eTag ? { eTag: current.eTag } : {}) };
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
    await this.storage.write({ [keyOf(teamId)]: { schema: 1, installed: current?.installed ?? true, language, ...(current?.eTag ? { eTag: current.eTag } : {}) } satisfies TeamRecord });
  }

  /** Unknown teams count as installed: the bot only hears from teams that have it. */
  async isInstalled(teamId: string | undefined): Promise<boolean> {
    if (!teamId) return true;
    return (await this.get(teamId))?.installed ?? true;
  }
}
