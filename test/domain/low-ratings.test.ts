import assert from 'node:assert/strict';
import { dilemmaer } from '../../domain/exercises/dilemmaer';
import { faggrupper } from '../../domain/exercises/faggrupper';
import { vildfarelser } from '../../domain/exercises/vildfarelser';
import { lowRatingComments } from '../../domain/summary/low-ratings';
import { summarise } from '../../domain/summary/summarise';

const GROUPS = ['Lærere', 'Pædagoger'];
/** A rating of the leader's proposal and what the person would change in it. */
const answer = (rating: string, change: string) => ({
  rating,
  change,
  group: 'Lærere',
  contribution: 'Vi giver eleverne ro og struktur i hverdagen',
  collaboration: 'Fælles møder om eleverne hver uge',
});
const SHARP = [
  answer('1', 'Buddet siger intet om eleverne og lyder som en tekst fra forvaltningen.'),
  answer('2', 'Eleverne mangler i buddet, som lyder som en tekst fra forvaltningen.'),
  answer('2', 'Buddet er en tekst fra forvaltningen, og eleverne mangler helt.'),
];
const PLEASED = [answer('4', 'Godt bud, gerne et ord om forældrene.'), answer('4', 'Et ord om forældrene ville være godt.'), answer('5', 'Rammer godt, også forældrene.')];

describe('the comments of the low ratings', () => {
  it('are a section of their own when k people gave a rating below the middle', () => {
    const summary = summarise(faggrupper, [...SHARP, ...PLEASED, answer('3', 'Fint nok.')], { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown);
    const low = summary.lowRatings;
    assert.ok(low, 'three gave 1 or 2');
    assert.deepEqual([low.scaleId, low.low, low.rest], ['rating', { from: 1, to: 2 }, { from: 3, to: 5 }]);
    assert.ok(low.comments.shown);
    const [change] = low.comments.perspectives;
    assert.equal(change.id, 'change');
    assert.equal(change.count, 3, 'only the three who gave 1–2');
    const words = change.themes.flatMap((th) => th.label).join(' ');
    assert.match(words, /forvaltningen|eleverne|buddet/);
    assert.doesNotMatch(words, /forældrene/, 'nothing from those who were pleased');
    assert.deepEqual(low.replaces, [], 'four others commented: the question keeps its own section');
  });

  it("are not quoted a second time in their question's own section", () => {
    const summary = summarise(faggrupper, [...SHARP, ...PLEASED, answer('3', 'Fint nok.')], { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown && summary.lowRatings?.comments.shown && summary.texts.shown);
    const quotes = (p: { themes: { quotes: string[] }[]; otherQuotes?: string[] }) => [...p.themes.flatMap((th) => th.quotes), ...(p.otherQuotes ?? [])];
    const low = summary.lowRatings.comments.perspectives.flatMap(quotes);
    const own = summary.texts.perspectives.filter((p) => p.id === 'change').flatMap(quotes);
    assert.ok(low.length > 0 && own.length > 0, JSON.stringify({ low, own }));
    assert.deepEqual(
      own.filter((q) => low.includes(q)),
      [],
    );
  });

  it("leave a low rater's comment out of the question's own section by the answer, also when the two sections redact it differently", () => {
    // "trampolinen" is rare among the three low raters, so redacted there, but four in the team use it.
    const team = [
      answer('1', 'Buddet siger intet om eleverne og lyder som en tekst fra forvaltningen.'),
      answer('2', 'Eleverne mangler i buddet, som lyder som en tekst fra forvaltningen.'),
      answer('2', 'Buddet glemmer eleverne og hele snakken om trampolinen i skolegården.'),
      answer('4', 'Godt bud, men husk trampolinen i skolegården.'),
      answer('4', 'Et ord om trampolinen ville være godt.'),
      answer('5', 'Rammer godt, også trampolinen.'),
    ];
    const summary = summarise(faggrupper, team, { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown && summary.texts.shown);
    const own = summary.texts.perspectives.filter((p) => p.id === 'change').flatMap((p) => [...p.themes.flatMap((th) => th.quotes), ...(p.otherQuotes ?? [])]);
    assert.ok(own.length > 0);
    assert.ok(!own.some((q) => /Buddet glemmer/.test(q)), `a low rater's comment, unredacted: ${JSON.stringify(own)}`);
  });

  it("quote nobody in the question's own section when fewer than k of the others could be quoted (decoys)", () => {
    // Two colleagues who rated 4 write unquotable decoys; without the rule the one 5's comment would be the only quote there.
    const team = [...SHARP, answer('4', 'buddet, bamse'), answer('4', 'buddet, fisken'), answer('5', 'Buddet er godt, men sig mere om forældrene.')];
    const summary = summarise(faggrupper, team, { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown && summary.texts.shown && summary.lowRatings);
    const change = summary.texts.perspectives.find((p) => p.id === 'change');
    assert.ok(change?.shown);
    assert.deepEqual([...change.themes.flatMap((th) => th.quotes), ...(change.otherQuotes ?? [])], []);
    assert.equal(change.heldBack?.belowK, true);
  });

  it('are not set apart below k, and the question keeps its one section', () => {
    const summary = summarise(faggrupper, [...SHARP.slice(0, 2), ...PLEASED, answer('4', 'Fint nok.')], { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown);
    assert.equal(summary.lowRatings, undefined);
    assert.ok(summary.texts.shown && summary.texts.perspectives.some((p) => p.id === 'change' && p.shown));
  });

  it('need k low raters who commented, not just k low ratings', () => {
    const silent = { ...SHARP[2], change: '' };
    assert.equal(lowRatingComments(faggrupper, [SHARP[0], SHARP[1], silent, ...PLEASED], 3, ['change']), undefined);
  });

  it("replace the question's own section when the others' comments are fewer than k, so those are not its difference", () => {
    const summary = summarise(faggrupper, [...SHARP, answer('1', 'Eleverne mangler, og buddet er en tekst fra forvaltningen.'), ...PLEASED.slice(0, 2)], { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown);
    assert.deepEqual(summary.lowRatings?.replaces, ['change']);
    assert.deepEqual(summary.lowRatings?.restHeldBack, ['change']);
    assert.ok(summary.texts.shown);
    assert.equal(
      summary.texts.perspectives.find((p) => p.id === 'change'),
      undefined,
      'no section holding the two pleased comments',
    );
    const everything = JSON.stringify(summary);
    assert.doesNotMatch(everything, /forældrene/, "the two others' comments are nowhere in the summary");
  });

  it("replace the question's own section, with nothing held back, when everyone who commented gave a low rating", () => {
    const summary = summarise(faggrupper, [...SHARP, answer('4', ''), answer('5', '')], { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown);
    assert.deepEqual(summary.lowRatings?.replaces, ['change']);
    assert.deepEqual(summary.lowRatings?.restHeldBack, []);
  });

  it('count rare words among the low raters themselves', () => {
    // "kolonihaven" is used by four people, but by one low rater only: in their section it is rare.
    const garden = answer('2', 'Buddet er en tekst fra forvaltningen, og eleverne mangler i kolonihaven.');
    const others = ['4', '4', '5'].map((r) => answer(r, 'Et ord om kolonihaven og forældrene.'));
    const summary = summarise(faggrupper, [...SHARP, garden, ...others], { k: 3, distribution: 'all', groups: GROUPS });
    assert.ok(summary.kind === 'mixed' && summary.shown && summary.lowRatings?.comments.shown);
    const quotes = summary.lowRatings.comments.perspectives.flatMap((p) => p.themes.flatMap((th) => [...th.quotes, ...th.label]));
    assert.ok(
      quotes.every((q) => !/kolonihaven/i.test(q)),
      quotes.join(' | '),
    );
    assert.notEqual(summary.lowRatings.comments.perspectives[0].heldBack?.redacted.kind, 'zero', 'that answer may only be quoted redacted there');
  });

  it("take a scale's own middle: 0–4 on a 0–10 scale, and never the middle step itself", () => {
    const def = { ...vildfarelser, questions: vildfarelser.questions.map((q) => (q.kind === 'scale' ? { ...q, min: 0, max: 10 } : q)) };
    const row = (fixed: string) => ({ fixed, different: 'Vi ville tale mere om borgerne og mindre om reglerne.' });
    const low = lowRatingComments(def, ['0', '4', '4', '5', '5', '5'].map(row), 3, ['different']);
    assert.deepEqual(
      [low?.low, low?.rest],
      [
        { from: 0, to: 4 },
        { from: 5, to: 10 },
      ],
    );
    assert.equal(
      lowRatingComments(
        vildfarelser,
        ['1', '2', '3', '3', '3'].map((v) => ({ fixed: v, different: 'Vi ville tale mere om borgerne.' })),
        3,
        ['different'],
      ),
      undefined,
      'a 3 on 1–5 is no low rating',
    );
  });

  it('leave a dilemma to its sides', () => {
    const answers = ['1', '2', '2', '4', '4', '5'].map((position) => ({ position, reason: 'Børnene kommer først, og tiden er knap.' }));
    const summary = summarise(dilemmaer, answers, { k: 3, distribution: 'all' });
    assert.ok(summary.kind === 'mixed' && summary.shown);
    assert.equal(summary.lowRatings, undefined);
    assert.ok(summary.sides);
  });
});
