import type { Contribution } from '../domain/group-answers/contribution';
import { jointQuestionsOf } from '../domain/group-answers/joint-part';
import type { Session } from '../domain/session';
import { escapeMarkdown } from './escape';
import { executeAction } from './execute-action';
import { t } from './i18n';
import { limitText } from './question-fields';
import { render, type AdaptiveCard } from './render';
import { chatWording } from './chat-naming';

/** Where each group stands: its newest version, if any. */
export type GroupStanding = readonly { group: string; latest?: Contribution }[];

/**
 * The private form for one group's joint contribution. It says first, before any field, that
 * the contribution is not anonymous and carries the writer's name; and that their own answers on
 * the thread's card stay anonymous and apart (docs/anonymity.md, "Professional groups").
 * `asking` is a colleague's version the writer is about to replace: it is shown, and sending
 * again replaces it (the form then carries its version as seen).
 */
export function groupContributionCard(
  session: Session,
  writer: string,
  standing: GroupStanding,
  opts: { values?: Record<string, unknown>; problems?: string[]; asking?: Contribution } = {},
): AdaptiveCard {
  const lang = session.settings.language;
  const values = opts.values ?? {};
  const value = (id: string) => (typeof values[id] === 'string' ? (values[id] as string) : '');
  const questions = jointQuestionsOf(session);
  const label = (key: string) => t(lang, key);
  const asking = opts.asking;
  const send = t(lang, 'group.send');
  return render('group-contribution', {
    heading: t(lang, 'group.heading'),
    title: escapeMarkdown(session.settings.title),
    notAnonymous: t(lang, 'group.notAnonymous', { name: escapeMarkdown(writer) }),
    anonymousApart: t(lang, chatWording(session.place, 'group.anonymousApart')),
    problems: opts.problems ?? [],
    asking: asking
      ? {
          shown: true,
          title: t(lang, 'group.askTitle', { group: escapeMarkdown(asking.group), name: escapeMarkdown(asking.writer) }),
          texts: questions.filter((q) => asking.texts[q.id]).map((q) => ({ label: label(q.labelKey), text: escapeMarkdown(asking.texts[q.id]) })),
          note: t(lang, 'group.askNote', { name: escapeMarkdown(asking.writer) }),
        }
      : { shown: false, title: '', texts: [], note: '' },
    standingTitle: t(lang, 'group.standingTitle'),
    standing: standing.map((s) =>
      s.latest ? t(lang, 'group.standingWritten', { group: escapeMarkdown(s.group), name: escapeMarkdown(s.latest.writer) }) : t(lang, 'group.standingNone', { group: escapeMarkdown(s.group) }),
    ),
    groupLabel: t(lang, 'group.groupLabel'),
    groupChoices: standing.map((s) => ({ title: s.group, value: s.group })),
    groupValue: asking?.group ?? value('group'),
    noGroupNote: t(lang, chatWording(session.place, 'group.noGroup')),
    fields: questions.map((q) => ({ id: q.id, label: label(q.labelKey), hint: label(q.hintKey), maxChars: q.maxChars, limit: limitText(lang, q.maxChars), value: value(q.id) })),
    actions: [executeAction(send, 'group.contribute', { sessionId: session.id, ...(asking ? { seenGroup: asking.group, seenVersion: asking.version } : {}) }, 'positive')],
  });
}
