/** A setting is missing, wrong or in conflict; the message names the variable to set (STYLE habit 9). */
export class ConfigError extends Error {
  readonly reason = 'config';
}
