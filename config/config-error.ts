/** A setting is missing, wrong or in conflict; the message names the variable to set, so an operator knows what to do next. */
export class ConfigError extends Error {
  readonly reason = 'config';
}
