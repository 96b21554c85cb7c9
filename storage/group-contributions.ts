import { createHash } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { Contribution } from '../domain/group-answers/contribution';
import { prefixEnd } from './prefix-end';
import { statusCodeOf } from './storage-errors';

/** The row kind of a named group contribution (docs/data.md): deleted by the retention sweep with the raw answers. */
export const CONTRIBUTION_PREFIX = 'group|';

/**
 * Joint contributions of professional groups, in the session's partition: one row per version,
 * 'group|<place on the list>|<version>', holding the group, the texts and the writer's display
 * name, since a contribution is written openly. Nothing here points at an anonymous answer:
 * no key part, column or order is shared with the 'a|' and 's|' rows (docs/anonymity.md,
 * "Professional groups"). A newer version never overwrites an older one.
 */
export class GroupContributions {
  constructor(private readonly table: TableClient) {}

  /** Every version of every group's contribution, oldest first per group. */
  async all(sessionId: string): Promise<Contribution[]> {
    const filter = `PartitionKey eq '${sessionId.replace(/'/g, "''")}' and RowKey ge '${CONTRIBUTION_PREFIX}' and RowKey lt '${prefixEnd(CONTRIBUTION_PREFIX)}'`;
    const out: Contribution[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      out.push({
        group: String(row.group),
        version: Number(row.version),
        writer: String(row.writer),
        texts: JSON.parse(String(row.texts)) as Record<string, string>,
        ...(row.via ? { via: String(row.via) } : {}),
      });
    }
    return out;
  }

  /**
   * Saves `contribution` as its group's version `version`: false when that version exists
   * already (someone else saved first), so the caller reads again and asks before replacing.
   * `activityId` marks the click, so that Teams redelivering it is recognised (viaOf).
   */
  async add(sessionId: string, groupIndex: number, contribution: Contribution, activityId: string): Promise<boolean> {
    try {
      await this.table.createEntity({
        partitionKey: sessionId,
        rowKey: rowKeyOf(groupIndex, contribution.version),
        group: contribution.group,
        version: contribution.version,
        writer: contribution.writer,
        texts: JSON.stringify(contribution.texts),
        via: viaOf(activityId),
      });
      return true;
    } catch (err) {
      if (statusCodeOf(err) === 409) return false;
      throw err;
    }
  }

  /** Takes back a version that came too late: the session closed while it was being saved. */
  async remove(sessionId: string, groupIndex: number, version: number): Promise<void> {
    try {
      await this.table.deleteEntity(sessionId, rowKeyOf(groupIndex, version));
    } catch (err) {
      if (statusCodeOf(err) !== 404) throw err;
    }
  }
}

/** A hash of the click's activity id: enough to know a redelivery, nothing to look up. */
export function viaOf(activityId: string): string {
  return createHash('sha256').update(activityId).digest('hex').slice(0, 16);
}

const rowKeyOf = (groupIndex: number, version: number) => `${CONTRIBUTION_PREFIX}${String(groupIndex).padStart(2, '0')}|${String(version).padStart(4, '0')}`;
