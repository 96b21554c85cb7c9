/**
 * Errors thrown by TableStateStorage. Both carry an HTTP-like `statusCode` so callers can branch
 * without string-matching, and the storage key (the caller's key, not the encoded table key).
 */

/** A write used an eTag that no longer matches the stored item (someone else wrote first). */
export class StorageConflictError extends Error {
  readonly statusCode = 412;

  constructor(
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    // Same wording as botbuilder's MemoryStorage, so logs look alike whichever storage is in use.
    super(`Storage: error writing "${key}" due to eTag conflict.`, options);
    this.name = 'StorageConflictError';
  }
}

/** An item serializes to more than a single table entity can hold. */
export class StorageItemTooLargeError extends Error {
  readonly statusCode = 413;

  constructor(
    readonly key: string,
    readonly sizeBytes: number,
    readonly limitBytes: number,
  ) {
    super(`Storage: item "${key}" is too large to store: about ${sizeBytes} bytes serialized, ` + `but a table entity holds at most ${limitBytes} bytes. Keep less data in this state object.`);
    this.name = 'StorageItemTooLargeError';
  }
}

/** Reads `statusCode` off an error from @azure/data-tables (a RestError) or anything else. */
export function statusCodeOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null || !('statusCode' in err)) return undefined;
  const code = err.statusCode;
  return typeof code === 'number' ? code : undefined;
}
