import type { ExerciseDefinition, Language, PhaseKind } from '../../domain/exercise';
import { CUSTOM_ID } from '../../domain/exercises/custom';
import type { Session } from '../../domain/session';
import type { AnswerTexts } from '../../domain/validation/answer';

/** Sessions of any exercise or check-in template, in any phase and state, for tests that draw their cards. */

export const GROUPS = ['Lærerne', 'Pædagogerne', 'Administrationen'];
export const CARRIED = ['Fast punkt på personalemødet'];
export const NOW = new Date('2027-03-01T09:00:00Z');
export const K = 3;

export const SENTENCES = [
  'Vi bruger for meget tid på dokumentation og for lidt tid sammen med eleverne.',
  'Eleverne skal lære mest muligt og trives i skolen.',
  'Samarbejdet med forældrene fylder meget, og det er godt for børnene.',
  'Møderne tager tid fra undervisningen, men de giver også fælles retning.',
  'Vi skal skabe trivsel og læring for alle børn i skolen.',
  'Dokumentation og møder tager tid fra eleverne.',
  'Forældrene oplever, at vi har travlt, men at vi tager os af børnene.',
  'Læring og trivsel hænger sammen for eleverne.',
];

function facilitatorTextsOf(def: ExerciseDefinition): Record<string, string> | undefined {
  return def.facilitatorTexts?.length ? Object.fromEntries(def.facilitatorTexts.map((f) => [f.id, 'Vi skal bruge mindre tid på møder og mere tid med eleverne.'])) : undefined;
}

/** One session of `def` as it could be stored: any phase, state and language. */
export interface SessionOptions {
  lang: Language;
  phase?: PhaseKind;
  state?: Session['state'];
  cancelled?: boolean;
  variant?: string;
  distribution?: Session['settings']['distribution'];
  /** A round of a recurring check-in, with the groups and one carried action. */
  round?: boolean;
}

export function sessionOf(def: ExerciseDefinition, over: SessionOptions): Session {
  return {
    schema: 1,
    id: 'sess-1',
    exerciseId: def.id,
    exerciseVersion: def.version,
    settings: {
      title: 'Skovbakkeskolen, mellemtrinnet',
      k: K,
      language: over.lang,
      distribution: over.distribution ?? 'all',
      timeZone: 'Europe/Copenhagen',
      ...(def.needsGroups || over.round ? { groups: GROUPS } : {}),
      ...(over.variant ? { variant: over.variant } : {}),
      ...(def.id === CUSTOM_ID
        ? {
            custom: {
              questions: [
                { kind: 'freeText' as const, text: 'Hvad fylder mest i din hverdag?' },
                { kind: 'scale' as const, text: 'Vi har tid til kerneopgaven.' },
              ],
            },
          }
        : {}),
      ...(facilitatorTextsOf(def) ? { facilitatorTexts: facilitatorTextsOf(def) } : {}),
    },
    facilitator: { id: '29:mette', name: 'Mette Holm' },
    state: over.state ?? 'open',
    phase: over.phase ?? def.phases[0],
    phaseDeadline: '2027-03-04T16:00:00Z',
    place: { serviceUrl: 'https://smba.trafficmanager.net/emea/', tenantId: 't1', teamsChannelId: '19:abc@thread.tacv2', threadId: '19:abc@thread.tacv2;messageid=1', rootActivityId: '1' },
    createdAt: '2027-03-01T08:00:00Z',
    shownProgress: 0,
    ...(over.cancelled ? { cancelledAt: '2027-03-02T08:00:00Z' } : {}),
    ...(over.round ? { round: { scheduleId: 's-1', dueAt: '2027-03-01T08:00:00Z', late: false, carried: CARRIED } } : {}),
  };
}

/** `n` made-up answers to every question of `def`, varied enough for themes, spreads and groups. */
export function answersTo(def: ExerciseDefinition, n: number): AnswerTexts[] {
  return Array.from({ length: n }, (_, i) =>
    Object.fromEntries(
      def.questions.map((q) => {
        switch (q.kind) {
          case 'freeText':
            return [q.id, SENTENCES[(i + q.id.length) % SENTENCES.length]];
          case 'scale':
            return [q.id, String(q.min + (i % (q.max - q.min + 1)))];
          case 'choice':
            return [q.id, q.options[i % q.options.length].value];
          case 'group':
            return [q.id, GROUPS[i % GROUPS.length]];
        }
      }),
    ),
  );
}
