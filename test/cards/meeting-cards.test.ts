import assert from 'node:assert/strict';
import { setupCard } from '../../cards/setup-card';
import { meetingAfterSummaryCard, meetingGuideCard } from '../../cards/meeting-guide-card';
import { CATALOGUE } from '../../domain/catalogue';
import { LANGUAGES, type ExerciseDefinition } from '../../domain/exercise';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { tid } from '../../domain/exercises/tid';
import type { MeetingPace } from '../../domain/meeting';
import { sessionOf } from '../support/card-sessions';
import { nodes, ofType, texts } from '../support/card-nodes';
import { holesIn } from '../support/visible-texts';

const EXERCISES = CATALOGUE.map((e) => e.definition).filter((d): d is ExerciseDefinition => !!d);
const PACE: MeetingPace = { minutes: { answer: 8, proposals: 5, vote: 3 } };
const byId = (card: unknown, id: string) => nodes(card).find((n) => n.id === id);
const text = (card: unknown) => texts(card).join('\n');

function meetingSession(lang: 'da' | 'en', meeting: MeetingPace, def: ExerciseDefinition = hvemDefinerer) {
  const base = sessionOf(def, { lang });
  // 16:00 UTC is 17:00 in Copenhagen, where the session was set up.
  return { ...base, phaseDeadline: '2027-03-04T16:08:00.000Z', settings: { ...base.settings, meeting } };
}

describe('meeting mode cards', () => {
  describe('the setup choice "Til et møde"', () => {
    const expected = {
      da: {
        label: 'Hvornår foregår øvelsen?',
        days: 'Over nogle dage – med frist og dage herunder',
        meeting: 'Til et møde – hver fase tager få minutter og lukker af sig selv',
        answer: 'Svar (5–10 min.)',
      },
      en: {
        label: 'When does the exercise happen?',
        days: 'Over a few days – with the deadline and days below',
        meeting: 'For a meeting – each phase takes a few minutes and closes by itself',
        answer: 'Answers (5–10 min)',
      },
    };
    for (const lang of LANGUAGES) {
      it(`${lang}: offers days (the default) or a meeting, with each phase's minutes prefilled and bounded`, () => {
        const card = setupCard(lang, hvemDefinerer);
        const pace = byId(card, 'pace') as { value: string; choices: { title: string; value: string }[] };
        assert.equal(pace.value, 'days');
        assert.deepEqual(
          pace.choices.map((c) => [c.value, c.title]),
          [
            ['days', expected[lang].days],
            ['meeting', expected[lang].meeting],
          ],
        );
        assert.ok(texts(card).includes(expected[lang].label));
        assert.ok(texts(card).includes(expected[lang].answer));
        assert.deepEqual(
          ['answerMinutes', 'proposalsMinutes', 'voteMinutes'].map((id) => {
            const n = byId(card, id) as { value: number; min: number; max: number };
            return [n.value, n.min, n.max];
          }),
          [
            [8, 5, 10],
            [5, 2, 15],
            [3, 2, 15],
          ],
        );
        assert.equal((byId(card, 'skipToResult') as { value: string }).value, 'false');
        assert.deepEqual(holesIn(card), []);
      });
    }

    it('gives the choice and minutes back after a bad submit', () => {
      const card = setupCard('da', hvemDefinerer, { pace: 'meeting', answerMinutes: '6', proposalsMinutes: 'x', skipToResult: 'true' });
      assert.deepEqual(
        ['pace', 'answerMinutes', 'proposalsMinutes', 'skipToResult'].map((id) => (byId(card, id) as { value: unknown }).value),
        ['meeting', 6, 5, 'true'],
      );
    });

    it('asks only for the minutes of phases the exercise has, and offers the skip only after answers', () => {
      for (const def of EXERCISES) {
        const card = setupCard('da', def);
        const inputs = ofType(card, 'Input.Number').map((n) => n.id);
        for (const phase of ['answer', 'proposals', 'vote'] as const) assert.equal(inputs.includes(`${phase}Minutes`), def.phases.includes(phase), `${def.id} ${phase}`);
        assert.equal(!!byId(card, 'skipToResult'), def.phases.includes('answer'), def.id);
      }
      assert.equal(byId(setupCard('da', tid), 'skipToResult'), undefined);
    });
  });

  describe('the meeting guide', () => {
    it('da: numbers the phases with their minutes, the answers closing at the time in her zone', () => {
      const card = meetingGuideCard(meetingSession('da', PACE));
      assert.deepEqual(texts(card).slice(0, 1), ['Din mødeguide: Skovbakkeskolen, mellemtrinnet']);
      const lines = texts(card).slice(1);
      assert.match(lines[1], /^1\. Svar – 8 min\.: .*Svarrunden lukker kl\. 17:08\.$/);
      assert.match(lines[2], /^2\. Opsamling – med det samme: .*færre end 3 svaret/);
      assert.match(lines[3], /^3\. Drøftelse – 10–15 min\.: .*»Til drøftelse«/);
      assert.match(lines[4], /^4\. Forslag – 5 min\./);
      assert.match(lines[5], /^5\. Afstemning – 3 min\./);
      assert.match(lines[6], /^6\. Resultat – til sidst: Tryk »Skriv det aftalte resultat« på kortet/);
      assert.equal(lines[7], 'I alt ca. 31 minutter med drøftelsen.');
    });

    it('en: skipping to the result leaves out proposals and the vote, and names the result button', () => {
      const lines = texts(meetingGuideCard(meetingSession('en', { ...PACE, skipToResult: true })));
      assert.equal(lines[0], 'Your meeting guide: Skovbakkeskolen, mellemtrinnet');
      assert.match(lines[2], /^1\. Answers – 8 min: .*closes at 17:08\.$/);
      assert.match(lines[4], /^3\. Discussion – 10–15 min: Start from “For discussion”/);
      assert.match(lines[5], /^4\. Result – once you agree: You skip proposals and the vote\. Press “Write down the agreed result”/);
      assert.equal(lines[6], 'About 23 minutes in all, with the discussion.');
      assert.doesNotMatch(lines.join('\n'), /Proposals –|Vote –/);
    });

    it('an exercise that starts with proposals guides through proposals, vote and result only', () => {
      const lines = texts(meetingGuideCard(meetingSession('da', PACE, tid)));
      assert.deepEqual(
        lines.slice(2, 5).map((l) => l.slice(0, 12)),
        ['1. Forslag –', '2. Afstemnin', '3. Resultat '],
      );
    });

    for (const lang of LANGUAGES) {
      it(`${lang}: after the summary, the summary's prompt, what to write down and what comes next, without a hole`, () => {
        const session = meetingSession(lang, PACE);
        const next = meetingAfterSummaryCard({ ...session, phase: 'proposals' }, 'PROMPT', true);
        assert.match(text(next), /PROMPT/);
        assert.match(text(next), lang === 'da' ? /Skriv ned undervejs.*resultatet/ : /Write down as you go.*result/);
        assert.match(text(next), lang === 'da' ? /lukker af sig selv kl\. 17:08/ : /close by themselves at 17:08/);
        const below = meetingAfterSummaryCard({ ...session, phase: 'result' }, 'PROMPT', false);
        assert.doesNotMatch(text(below), /PROMPT/, 'below k the prompt about the answers is not given');
        assert.match(text(below), lang === 'da' ? /Færre end 3 svarede/ : /Fewer than 3 answered/);
        assert.deepEqual([...holesIn(next), ...holesIn(below)], []);
      });
    }
  });
});
