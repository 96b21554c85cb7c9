import { maskNames } from './names';

/**
 * Removes what would point straight at a person before a text is grouped, quoted or put on a
 * ballot: e-mail addresses, @-handles and person names (names.ts; `roster` is the team's given
 * names and surnames, when Teams could give them).
 *
 * @example maskPersonalDetails('Skriv til hanne@aarhus.dk eller spørg Hanne') // 'Skriv til [e-mail] eller spørg [NN]'
 */
export function maskPersonalDetails(text: string, roster: readonly string[] = []): string {
  const masked = text.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[e-mail]').replace(/(^|\s)@[\p{L}\p{N}._-]{2,}/gu, '$1@[…]');
  return maskNames(masked, roster);
}
