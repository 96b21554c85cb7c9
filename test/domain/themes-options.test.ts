import assert from 'node:assert/strict';
import { findThemes } from '../../domain/summary/themes';
import { byQuestion, FIXTURE_PATH, loadFixture } from '../../eval/fixture';
import { kernedialogPartition } from '../../eval/run-eval';
import { adjustedRandIndex } from '../../eval/metrics';

const identity = <T>(xs: T[]): T[] => xs;

describe('findThemes: small themes (minSize, callers pass k)', () => {
  const answers = ['for mange møder', 'lange møder', 'møder uden dagsorden', 'møder hver fredag', 'møder om møder', 'kørsel mellem borgerne', 'parkering ved rådhuset', 'kaffe og kage'];

  it("shows no theme of fewer than minSize answers: one near no other theme goes to 'other'", () => {
    const { themes, other } = findThemes(answers, identity, { minSize: 3 });
    for (const t of themes) assert.ok(t.members.length >= 3, `a theme of ${t.members.length}: ${t.label}`);
    assert.ok(other.includes(5) && other.includes(6), `the two answers about driving: ${JSON.stringify(other)}`);
    assert.deepEqual(
      [...themes.flatMap((t) => t.members), ...other].sort(),
      answers.map((_, i) => i),
    );
  });

  it('keeps a theme of two when no minSize is asked (the answers still share their words)', () => {
    assert.ok(findThemes(answers, identity).themes.some((t) => t.label.includes('kørsel')));
  });
});

describe("findThemes: labels in the team's own words", () => {
  it("labels with the word most members wrote, counting its forms together ('elever' over 'børn')", () => {
    const { themes } = findThemes(['eleverne lærer at læse', 'elevernes trivsel', 'elever der keder sig', 'børn der trives', 'børn og leg'], identity);
    assert.deepEqual(
      themes.map((t) => t.label[0]),
      ['elever'],
    );
  });

  it('never labels with a word of the question, also not inflected, and says what the answers add', () => {
    const answers = ['Forældrene oplever at vi lytter', 'forældrene oplever ro', 'forældrene føler sig hørt', 'Børnene oplever tryghed', 'børnene er trygge', 'børnene trives', 'Trygge børn'];
    const question = 'Hvad oplever børnene og forældrene?';
    const { themes } = findThemes(answers, identity, { unlabelled: [question] });
    const labels = themes.flatMap((t) => t.label);
    for (const word of ['oplever', 'forældrene', 'børnene', 'børn']) assert.ok(!labels.includes(word), `'${word}' is the question's: ${JSON.stringify(labels)}`);
    assert.deepEqual(
      themes.map((t) => t.label),
      [['trygge'], ['hørt']],
    );
  });

  it("keeps a rare term off the labels (sayable) even when it is the theme's own word", () => {
    const answers = ['sygemelding i teamet', 'en sygemelding mere', 'sygemelding og travlhed', 'travlhed hele dagen', 'travlhed og stress'];
    const labels = findThemes(answers, identity, { sayable: (w) => w !== 'sygemelding' }).themes.flatMap((t) => t.label);
    assert.ok(!labels.includes('sygemelding'), JSON.stringify(labels));
  });

  it('uses at most three words, each written by a member', () => {
    const answers = ['Forældrene oplever at vi lytter', 'forældrene oplever ro', 'forældrene føler sig hørt', 'Børnene oplever tryghed', 'børnene er trygge', 'børnene trives', 'Trygge børn'];
    for (const t of findThemes(answers, identity).themes) {
      assert.ok(t.label.length >= 1 && t.label.length <= 3);
      for (const w of t.label)
        assert.ok(
          t.members.some((i) => answers[i].toLowerCase().includes(w)),
          `${w} in ${t.members}`,
        );
    }
  });
});

describe('findThemes on the development set (test/fixtures/eval/answers.jsonl)', () => {
  const questions = [...byQuestion(loadFixture(FIXTURE_PATH))];
  const partitions = questions.map(([, answers]) => kernedialogPartition(answers.map((a) => a.text)));

  it("leaves at most a tenth of the answers in 'other', joining leftovers by meaning (it left 13 %)", () => {
    const share = partitions.reduce((s, p) => s + p.filter((c) => c === 'other').length / p.length, 0) / partitions.length;
    assert.ok(share <= 0.1, `${(100 * share).toFixed(1)} % in other`);
  });

  it('still groups as well as before on the set it was made on (mean ARI ≥ 0.738 − 0.05)', () => {
    const ari =
      questions.reduce(
        (s, [, answers], i) =>
          s +
          adjustedRandIndex(
            answers.map((a) => a.label),
            partitions[i],
          ),
        0,
      ) / questions.length;
    assert.ok(ari >= 0.688, `mean ARI ${ari.toFixed(3)}`);
  });
});
