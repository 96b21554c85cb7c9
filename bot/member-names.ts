/** What a Teams member record says about a person's name (TeamsChannelAccount's fields). */
export interface MemberName {
  givenName?: string;
  surname?: string;
  name?: string;
}

/**
 * The words of a member's name to mask in answers: given name and surname when Teams has them,
 * otherwise the display name without what organisations add after it ("(lærer, TR)", "- BUF").
 *
 * @example namesOfMember({ givenName: 'Søren', surname: 'Østergaard', name: 'Søren Østergaard (skolepsykolog)' }) // ['Søren', 'Østergaard']
 * @example namesOfMember({ name: 'Hanne Holm - Skovbakkeskolen' }) // ['Hanne Holm']
 */
export function namesOfMember(member: MemberName): string[] {
  const parts = [member.givenName, member.surname].map((s) => s?.trim()).filter((s): s is string => !!s);
  if (parts.length > 0) return parts;
  const display = (member.name ?? '').split(/\s[-–|]\s|\(/)[0].trim();
  return display ? [display] : [];
}
