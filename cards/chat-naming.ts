import type { SessionPlace } from '../domain/session';
import { hasText } from './i18n';

/**
 * The key's chat twin where the place is a group or meeting chat: a chat has no threads and is
 * not a channel, so texts that say "tråden"/"kanalen" say "chatten" there. A key without a
 * `.chat` twin reads right in both and is returned as it is.
 *
 * @example chatWording({ kind: 'chat' }, 'status.title') // 'status.title.chat'
 * @example chatWording({}, 'status.title') // 'status.title'
 */
export function chatWording(place: Pick<SessionPlace, 'kind'> | undefined, key: string): string {
  return place?.kind === 'chat' && hasText('da', `${key}.chat`) ? `${key}.chat` : key;
}
