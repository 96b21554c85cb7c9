import { isRefusal } from '../domain/lifecycle/transition';
import { StorageConflictError } from './storage-errors';

/** An edit of a stored value: the value as it should be, undefined to leave it, or why it stays. */
export type Edit<T> = (current: T) => T | undefined | { refused: string };

/** What a guarded change did: the value as stored now, and whether this call wrote it. */
export interface Changed<T> {
  value: T;
  changed: boolean;
  /** Why it was not changed: the edit's own refusal, 'unchanged', or 'busy' after `tries` conflicts. */
  refused?: string;
}

export interface GuardedStore<T> {
  /** The value and its ETag, or undefined when there is none. */
  read: () => Promise<{ value: T; etag: string } | undefined>;
  /** Writes `next` over `previous` if the ETag still matches; throws StorageConflictError when not. */
  write: (next: T, previous: T, etag: string) => Promise<void>;
}

/** Conflicts a change retries before it gives up as 'busy'. */
export const CHANGE_TRIES = 8;

/**
 * The one guarded write (docs/data.md): read, edit, write with the ETag; when another writer got
 * in between, wait a little (jittered, growing) and do it again on the newer value, so the edit
 * always applies to what is stored. `changed` says whether *this* call made the change, which is
 * all a caller needs to decide who posts. Conflicts never reach the caller: after `tries` it
 * answers 'busy' with the newest value. Undefined when there is nothing stored.
 *
 * @example await guardedChange(store, (s) => (s.state === 'open' ? { ...s, state: 'closing' } : { refused: 'notOpen' }))
 */
export async function guardedChange<T>(store: GuardedStore<T>, edit: Edit<T>, tries = CHANGE_TRIES, pause = jitteredPause): Promise<Changed<T> | undefined> {
  for (let attempt = 1; ; attempt++) {
    const stored = await store.read();
    if (!stored) return undefined;
    const next = edit(stored.value);
    if (next === undefined) return { value: stored.value, changed: false, refused: 'unchanged' };
    if (isRefusal(next)) return { value: stored.value, changed: false, refused: next.refused };
    try {
      await store.write(next, stored.value, stored.etag);
      return { value: next, changed: true };
    } catch (err) {
      if (!(err instanceof StorageConflictError)) throw err;
      if (attempt >= tries) return { value: (await store.read())?.value ?? stored.value, changed: false, refused: 'busy' };
      await pause(attempt);
    }
  }
}

/** Up to 10 ms times the attempt, at random, so two writers that collided do not collide again. */
function jitteredPause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
}
