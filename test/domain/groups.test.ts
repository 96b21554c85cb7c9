import assert from 'node:assert/strict';
import { summariseGroups, type GroupsSummary } from '../../domain/summary/groups';

const identity = <T>(xs: T[]): T[] => xs;
const LIST = ['Pædagog', 'Pædagogmedhjælper', 'Leder', 'Køkken', 'Sygeplejerske'];

const PAEDAGOG = [
  'Børnene skal have nærvær og trygge rammer.',
  'Læreplanerne styrer for meget, børnene mangler nærvær.',
  'Pædagogisk arbejde med læreplanerne og børnenes udvikling.',
  'Nærvær i hverdagen med børnene.',
  'Læreplanerne giver retning, men tiden mangler.',
  'Trygge rammer for alle børn.',
];
const MEDHJAELPER = [
  'Rengøring og madlavning tager tiden fra børnene.',
  'Børnene skal have det godt, også ved madlavning.',
  'Rengøring fylder for meget.',
  'Vi leger med børnene, når der er tid.',
  'Madlavning og rengøring er også en del af hverdagen.',
];
const LEDER = ['Budgettet og personalet skal hænge sammen.', 'Budgettet styrer prioriteringerne.'];
const KOEKKEN = ['Økologisk frokost til alle, hver dag.'];

/** One answer per text: the group and the text to the core-task question. */
const people = (group: string, texts: readonly string[]) => texts.map((kerneopgave) => ({ faggruppe: group, kerneopgave }));
/** n members of a group, each with a short text. */
const members = (group: string, n: number) =>
  people(
    group,
    Array.from({ length: n }, (_, i) => `Svar ${i} fra ${group}: borgerne og hverdagen.`),
  );

const summarise = (answers: Record<string, string>[], k = 5, list = LIST) => summariseGroups('faggruppe', ['kerneopgave'], answers, list, k, identity);

function shown(s: GroupsSummary) {
  assert.equal(s.shown, true, JSON.stringify(s));
  if (!s.shown) throw new Error('unreachable');
  return s;
}

const counts = (s: GroupsSummary) => shown(s).groups.map((g) => [g.group, g.count]);
const quotes = (s: GroupsSummary) => {
  const x = shown(s);
  // Every quote the card shows: the themes' and those under "Andre svar".
  return [...x.groups, ...(x.others ? [x.others] : [])].flatMap((g) => [...g.themes.flatMap((t) => t.quotes), ...(g.otherQuotes ?? [])]);
};

describe('summariseGroups', () => {
  describe('below k members in total', () => {
    it('shows nothing but the threshold', () => {
      assert.deepEqual(summarise([...people('Pædagog', PAEDAGOG.slice(0, 2)), ...people('Leder', LEDER)]), { shown: false, k: 5 });
      assert.deepEqual(summarise([]), { shown: false, k: 5 });
    });

    it('does not count answers whose group is not on the list, or missing', () => {
      const answers = [...people('Pædagog', PAEDAGOG.slice(0, 4)), ...members('Lærer', 5), { kerneopgave: 'Ingen faggruppe valgt' }, ...members('pædagog', 1)];
      assert.deepEqual(summarise(answers), { shown: false, k: 5 });
    });
  });

  describe('when every group with members has at least k', () => {
    const s = shown(summarise([...people('Pædagog', PAEDAGOG), ...people('Pædagogmedhjælper', MEDHJAELPER)]));

    it("shows each group with its count, in the list's order, and no others bucket", () => {
      assert.deepEqual(counts(s), [
        ['Pædagog', 6],
        ['Pædagogmedhjælper', 5],
      ]);
      assert.equal('others' in s, false);
    });

    it('counts the listed groups not shown, empty ones included, so it says nothing about who took part', () => {
      assert.equal(s.hidden, 3);
      assert.equal(shown(summarise([...people('Pædagog', PAEDAGOG), ...people('Pædagogmedhjælper', MEDHJAELPER)], 5, ['Pædagog', 'Pædagogmedhjælper', 'Pædagog'])).hidden, 0);
    });

    it("groups each group's own texts into themes", () => {
      const paedagog = s.groups[0];
      // The sixth pedagogue wrote about "læreplanerne" and joins the theme whose frequent words they share.
      assert.deepEqual(
        paedagog.themes.map((t) => [t.label, t.members.length]),
        [[['børnene', 'nærvær', 'læreplanerne'], 6]],
      );
      for (const q of paedagog.themes.flatMap((t) => t.quotes)) assert.ok(PAEDAGOG.includes(q), q);
      for (const q of s.groups[1].themes.flatMap((t) => t.quotes)) assert.ok(MEDHJAELPER.includes(q), q);
    });

    it('names words frequent in two or more groups as similarities, and words frequent in one only as its differences', () => {
      assert.deepEqual(s.similarities, ['børnene']);
      assert.ok(s.differences['Pædagog'].includes('læreplanerne') && s.differences['Pædagog'].includes('nærvær'), JSON.stringify(s.differences));
      assert.ok(s.differences['Pædagogmedhjælper'].includes('rengøring'), JSON.stringify(s.differences));
      // Fewer than k used "madlavning", and it is no everyday word of the field: it would point at them.
      assert.equal(s.differences['Pædagogmedhjælper'].includes('madlavning'), false, JSON.stringify(s.differences));
      for (const words of Object.values(s.differences)) assert.equal(words.includes('børnene'), false);
    });
  });

  describe('small groups and the others bucket', () => {
    it('merges two small groups into others when together they reach k', () => {
      const s = shown(summarise([...members('Pædagog', 10), ...members('Leder', 3), ...members('Køkken', 3)]));
      assert.deepEqual(counts(s), [['Pædagog', 10]]);
      assert.equal(s.others?.count, 6);
      assert.equal(s.hidden, 4);
    });

    it('refuses an others bucket of C+D = 3 < k, and hides the smallest shown group with them (A:6 B:5 C:2 D:1)', () => {
      const answers = [...people('Pædagog', PAEDAGOG), ...people('Pædagogmedhjælper', MEDHJAELPER), ...people('Leder', LEDER), ...people('Køkken', KOEKKEN)];
      const s = shown(summarise(answers));
      assert.deepEqual(counts(s), [['Pædagog', 6]]);
      assert.equal(s.others?.count, 8, 'B, C and D together, never a bucket of 3');
      assert.equal(s.hidden, 4);
      assert.deepEqual(Object.keys(s.differences), ['Pædagog']);
      assert.deepEqual(s.similarities, [], 'nothing to compare with a single shown group');
      const json = JSON.stringify(s);
      for (const word of ['rengøring', 'budgettet', 'økologisk']) {
        assert.equal(JSON.stringify(s.groups).includes(word), false, `'${word}' leaks into a shown group`);
        assert.equal(JSON.stringify(s.differences).includes(word), false, `'${word}' leaks into the differences`);
      }
      // The leaders' texts are heard inside others: quoted, or counted as held back (a word only they use).
      assert.ok(json.includes('Budgettet') || s.others?.heldBack?.heldBack.kind !== 'zero', json);
    });

    it('never makes a single small group into others: it takes the next-smallest group along (A:10 B:8 C:2)', () => {
      const s = shown(summarise([...members('Pædagog', 10), ...members('Pædagogmedhjælper', 8), ...members('Leder', 2)]));
      assert.deepEqual(counts(s), [['Pædagog', 10]]);
      assert.equal(s.others?.count, 10);
    });

    it('makes everyone others when one large group would otherwise reveal a small one (A:6 B:1)', () => {
      const s = shown(summarise([...people('Pædagog', PAEDAGOG), ...people('Køkken', KOEKKEN)]));
      assert.deepEqual(s.groups, []);
      assert.equal(s.others?.count, 7);
      assert.equal(s.hidden, 5);
      assert.deepEqual(s.differences, {});
    });

    it('does not let a group with no members pass for a hidden group, nor hide anything because of it', () => {
      const s = shown(summarise([...people('Pædagog', PAEDAGOG), ...people('Pædagogmedhjælper', MEDHJAELPER)], 5, ['Pædagog', 'Pædagogmedhjælper', 'Sygeplejerske']));
      assert.deepEqual(counts(s), [
        ['Pædagog', 6],
        ['Pædagogmedhjælper', 5],
      ]);
      assert.equal(s.others, undefined);
    });

    it('builds others from the texts alone: which hidden group wrote what changes nothing', () => {
      const texts = [...LEDER, ...KOEKKEN, 'Budgettet er stramt.', 'Frokost og budgettet.', 'Personalet skal trives.'];
      const one = summarise([...members('Pædagog', 10), ...people('Leder', texts.slice(0, 3)), ...people('Køkken', texts.slice(3))]);
      const other = summarise([...members('Pædagog', 10), ...people('Køkken', [texts[5], texts[0]]), ...people('Leder', [texts[4], texts[1], texts[3], texts[2]])]);
      assert.ok(shown(one).others && shown(one).others!.themes.length > 0, JSON.stringify(one));
      assert.deepEqual(other, one);
    });

    it('never shows a group below k and never leaves a hidden group that can be derived, over many random teams', () => {
      let seed = 7;
      const rand = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
      for (let run = 0; run < 300; run++) {
        const k = 3 + rand(5);
        const sizes = LIST.map(() => (rand(3) === 0 ? 0 : rand(12)));
        const label = JSON.stringify({ k, sizes });
        const total = sizes.reduce((a, b) => a + b, 0);
        const s = summarise(
          LIST.flatMap((g, i) => members(g, sizes[i])),
          k,
        );
        if (total < k) {
          assert.deepEqual(s, { shown: false, k }, label);
          continue;
        }
        const x = shown(s);
        for (const g of x.groups) assert.ok(g.count >= k && g.count === sizes[LIST.indexOf(g.group)], label);
        const hiddenWithMembers = LIST.filter((g, i) => sizes[i] > 0 && !x.groups.some((s) => s.group === g));
        assert.notEqual(hiddenWithMembers.length, 1, `a single hidden group can be derived: ${label}`);
        if (hiddenWithMembers.length > 0) assert.ok((x.others?.count ?? 0) >= k, `others below k: ${label}`);
        else assert.equal(x.others, undefined, label);
        assert.equal(x.groups.reduce((a, g) => a + g.count, 0) + (x.others?.count ?? 0), total, label);
        assert.equal(x.hidden, LIST.length - x.groups.length, label);
        // The pooled names are every listed group not shown, whoever took part: empty ones too.
        assert.deepEqual(
          x.pooled,
          LIST.filter((g) => !x.groups.some((s) => s.group === g)),
          label,
        );
        for (const g of [...x.groups, ...(x.others ? [x.others] : [])]) for (const th of g.themes) assert.ok(th.members.length <= g.count, `a theme larger than its group: ${label}`);
      }
    });
  });

  describe('a school team (Hvilke faggrupper): lærere 4, pædagoger 1, administration 2, k = 3', () => {
    const LAERER = ['Undervisningen og elevernes trivsel.', 'Elevernes trivsel og læring i undervisningen.', 'Undervisningen skal give eleverne læring.', 'Trivsel for eleverne hver dag.'];
    const answers = [
      ...people('Lærere', LAERER),
      ...people('Pædagoger', ['Trivsel og fællesskab for eleverne hver dag.']),
      ...people('Administration', ['Eleverne skal have trivsel og fællesskab hver dag.', 'Fællesskab og trivsel for eleverne hver dag.']),
    ];
    const s = shown(summariseGroups('faggruppe', ['kerneopgave'], answers, ['Lærere', 'Pædagoger', 'Administration', 'Ledelse'], 3, identity));

    it('names the pooled groups, the empty one too, and gives the pool its own content', () => {
      assert.deepEqual(counts(s), [['Lærere', 4]]);
      assert.deepEqual(s.pooled, ['Pædagoger', 'Administration', 'Ledelse']);
      assert.equal(s.others?.count, 3);
      assert.ok(s.others!.themes.length > 0, JSON.stringify(s.others));
      assert.ok(
        s.others!.themes.some((t) => t.quotes.length > 0),
        JSON.stringify(s.others),
      );
    });

    it('counts a theme in people, never more than its group', () => {
      const twice = summariseGroups(
        'faggruppe',
        ['a', 'b'],
        Array.from({ length: 3 }, () => ({ faggruppe: 'Lærere', a: 'Trivsel for eleverne.', b: 'Trivsel i klassen.' })),
        ['Lærere', 'Pædagoger'],
        3,
        identity,
      );
      const themes = shown(twice).groups[0].themes;
      assert.deepEqual(
        themes.map((t) => t.members.length),
        [3],
        JSON.stringify(themes),
      );
    });
  });

  describe('texts', () => {
    it('counts a member who wrote nothing, and pools the texts of every text question', () => {
      const answers = [
        ...Array.from({ length: 2 }, () => ({ faggruppe: 'Pædagog', kerneopgave: '', udfordring: '   ' })),
        { faggruppe: 'Pædagog', kerneopgave: 'Legen er vigtig.', udfordring: 'Vikarer hele tiden.' },
        { faggruppe: 'Pædagog', kerneopgave: 'Legen og nærvær.', udfordring: 'Vikarer ødelægger dagen.' },
        { faggruppe: 'Pædagog', kerneopgave: 'Legen med børnene.', udfordring: 'Vikarer hver uge.' },
      ];
      const s = shown(summariseGroups('faggruppe', ['kerneopgave', 'udfordring'], answers, LIST, 3, identity));
      assert.deepEqual(counts(s), [['Pædagog', 5]]);
      const labels = s.groups[0].themes.map((t) => t.label[0]);
      assert.ok(labels.includes('vikarer') && labels.includes('legen'), JSON.stringify(labels));
    });

    it('leaves answers with an unknown group out of every count, theme and word list', () => {
      const answers = [...people('Pædagog', PAEDAGOG), ...people('Lærer', ['Skolereformen fylder.', 'Skolereformen igen.', 'Skolereformen!'])];
      const s = shown(summarise(answers));
      assert.deepEqual(counts(s), [['Pædagog', 6]]);
      assert.equal(JSON.stringify(s).toLowerCase().includes('skolereformen'), false);
    });

    it('gives the same summary whatever order the answers arrived in', () => {
      const answers = [...people('Pædagog', PAEDAGOG), ...people('Pædagogmedhjælper', MEDHJAELPER)];
      assert.deepEqual(summarise([...answers].reverse()), summarise(answers));
    });

    it('masks e-mail addresses and @-handles before quoting', () => {
      const texts = ['Ring til mette.jensen@kolding.dk om vikarerne.', 'Vikarerne, spørg @mette.j', ...PAEDAGOG.slice(2)];
      const s = summarise(people('Pædagog', texts));
      const all = quotes(s).join(' ');
      assert.ok(all.includes('[e-mail]') && all.includes('@[…]'), all);
      const json = JSON.stringify(s);
      for (const leak of ['mette.jensen', 'kolding.dk', 'mette.j']) assert.equal(json.includes(leak), false, leak);
    });
  });
});
