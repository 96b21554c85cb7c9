/**
 * Makes text typed by a person safe to show in a TextBlock, which renders a little markdown:
 * no links, emphasis, headings or lists that the author did not mean others to see as such.
 *
 * @example escapeMarkdown('[klik](http://x) *vigtigt*') // '\\[klik\\](http://x) \\*vigtigt\\*'
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]~])/g, '\\$1')
    .replace(/^(\s*)([#>])/gm, '$1\\$2')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3')
    .replace(/</g, '&lt;');
}
