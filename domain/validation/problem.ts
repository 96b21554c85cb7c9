/** A problem with what someone typed or clicked, as a string key plus values for the message. */
export interface Problem {
  field?: string;
  key: string;
  vars?: Record<string, string | number>;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
