import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { liveExercise } from '../../domain/catalogue';
import { runSubstance, totals } from '../../eval/substance';
import { loadSubstanceSessions, SUBSTANCE_DIR, SUBSTANCE_HOLDOUT_DIR } from '../../eval/substance-fixture';
import { quoteOf, quotesOf } from '../../eval/substance-measure';

describe('npm run eval:substance', () => {
  const sessions = loadSubstanceSessions();

  for (const dir of [SUBSTANCE_DIR, SUBSTANCE_HOLDOUT_DIR]) {
    const set = basename(dir);
    const fixture = loadSubstanceSessions(dir);

    it(`${set}: has at least ten small-team sessions in Danish and English, with minorities and low ratings`, () => {
      assert.ok(fixture.length >= 10, `${set}: ${fixture.length} sessions`);
      assert.deepEqual([...new Set(fixture.map((s) => s.language))].sort(), ['da', 'en']);
      for (const s of fixture) {
        assert.ok(s.people.length >= 5 && s.people.length <= 12, `${s.id}: ${s.people.length} people`);
        assert.ok(s.minorities.length > 0, `${s.id} has no minority`);
      }
      assert.ok(fixture.filter((s) => s.people.some((p) => p.values.rating === '1')).length >= 2, 'low ratings of a proposal');
    });

    it(`${set}: annotates only what is there: questions of the exercise, cues in their own answer, holders on the team`, () => {
      for (const s of fixture) {
        const def = liveExercise(s.exercise);
        assert.ok(def, `${s.id}: no exercise '${s.exercise}'`);
        const questions = new Set(def.questions.map((q) => q.id));
        for (const p of s.people) {
          for (const [q, t] of Object.entries(p.texts)) {
            assert.ok(questions.has(q), `${s.id}/${p.id}: no question '${q}'`);
            for (const [cue] of t.units) assert.ok(t.text.toLowerCase().includes(cue), `${s.id}/${p.id}/${q}: cue '${cue}' is not in the answer`);
          }
          for (const q of Object.keys(p.values)) assert.ok(questions.has(q), `${s.id}/${p.id}: no question '${q}'`);
        }
        const ids = new Set(s.people.map((p) => p.id));
        for (const m of s.minorities) {
          assert.ok(
            m.holders.every((h) => ids.has(h) && s.people.find((p) => p.id === h)!.texts[m.question]),
            `${s.id}: '${m.position}' names a holder without an answer to ${m.question}`,
          );
        }
      }
    });
  }

  it("counts a quote as an answer's, whole or redacted, and not another answer's", () => {
    const answer = 'Buddet er en tekst fra forvaltningen, og Hanne siger det samme.';
    assert.equal(quoteOf('Buddet er en tekst fra forvaltningen, og [NN] siger det samme.', answer), 'full');
    assert.equal(quoteOf('buddet er en tekst fra […], og [NN] siger det samme', answer), 'redacted');
    assert.equal(quoteOf('Buddet er en tekst fra forvaltningen.', 'Buddet er en tekst fra forvaltningen, og eleverne mangler i den helt og aldeles.'), undefined, 'less than half of it');
    assert.equal(quoteOf('Eleverne mangler i buddet.', answer), undefined);
    assert.deepEqual(quotesOf(['“Et citat med \\*stjerne\\*”', 'Fra dem, der gav 1–2 på »Hvor godt …«', '“Et klippet citat …']), ['Et citat med *stjerne*', 'Et klippet citat']);
  });

  it("reads the real summary card: the low ratings of the leader's proposal reach it as a section of their own", async () => {
    const results = await runSubstance(join(__dirname, '..', '..'));
    const school = results.find((r) => r.id === 'faggrupper-skole')!;
    const low = school.minorities.find((m) => m.position.startsWith("rates the leader's proposal 1–2"))!;
    assert.ok(
      low.by.some((b) => b.startsWith('section:Fra dem, der gav 1–2')),
      low.by.join(', '),
    );
    const all = totals(results);
    assert.equal(
      all.answers,
      sessions.reduce((n, s) => n + s.people.reduce((m, p) => m + Object.values(p.texts).filter((t) => t.text.trim()).length, 0), 0),
    );
    assert.ok(all.reach > 0 && all.reach <= 1);
  });
});
