/** Removes what would point straight at a person before a text is quoted: e-mail addresses and @-handles. */
export function maskPersonalDetails(text: string): string {
  return text
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[e-mail]')
    .replace(/(^|\s)@[\p{L}\p{N}._-]{2,}/gu, '$1@[…]');
}
