import assert from 'node:assert/strict';
import { findThemes, shuffled, type Theme } from '../../domain/summary/themes';
import { terms, words } from '../../domain/summary/text';

const identity = <T>(xs: T[]): T[] => xs;

/** Twelve answers as a team in a Danish municipality might write them, typos included. */
const ANSWERS = [
  'Borgerne skal have den rette hjælp til tiden.', // 0 borgerne, tid
  'Vi er her for borgerne, ikke for systemet.', // 1 borgerne
  'At borgerne oplever at blive hørt og taget alvorligt.', // 2 borgerne
  'Borgerne mærker at vi har for travlt og for lidt tid', // 3 borgerne, tid
  'Trivsel for børnene er det vigtigste vi arbejder med.', // 4 trivsel, børn
  'Børnenes trivsel og læring går hånd i hånd', // 5 børn, trivsel, læring
  'God trivsel i hverdagen - og plads til den enkelte.', // 6 trivsel
  'Læring og udvikling for alle børn', // 7 læring, børn
  'Læringen fylder for lidt, dokumentationen fylder for meget', // 8 læring
  'Vi har ikke tid nok til det vigtige arbejde med børn', // 9 tid, børn
  'Der er aldrig tid til fordybelse, kun til dokumentaton', // 10 tid (typo in dokumentation)
  'Kaffe og kage på fredage.', // 11 nothing in common
];

function themeWith(themes: Theme[], word: string): Theme {
  const theme = themes.find((t) => t.label.includes(word));
  assert.ok(theme, `no theme labelled '${word}' in ${JSON.stringify(themes.map((t) => t.label))}`);
  return theme;
}

describe('words / terms', () => {
  it('keeps æøå inside words and lowercases', () => {
    assert.deepEqual(words('Børnenes TRIVSEL på Ærø, 2026!'), ['børnenes', 'trivsel', 'på', 'ærø']);
  });

  it('gives Danish inflections of æøå words the same stem', () => {
    const stem = (w: string) => terms(w)[0]?.stem;
    assert.equal(stem('børnene'), stem('børn'));
    assert.equal(stem('børnenes'), stem('børn'));
    assert.equal(stem('læringen'), stem('læring'));
    assert.equal(stem('fællesskabet'), stem('fællesskab'));
    assert.match(stem('børnene') ?? '', /^#?bø/, 'the stem keeps its ø');
    assert.equal(terms('søskende')[0]?.stem, terms('søskendes')[0]?.stem);
    assert.match(terms('søskende')[0]?.stem ?? '', /^søsk/);
  });

  it("stems a Danish answer as Danish even when it contains 'for' or 'to'", () => {
    const stemOf = (text: string, word: string) => terms(text).find((t) => t.surface === word)?.stem;
    const plain = stemOf('Borgerne skal hjælpes', 'borgerne');
    assert.equal(stemOf('Vi er her for borgerne, ikke for systemet', 'borgerne'), plain);
    assert.equal(stemOf('De to borgerne', 'borgerne'), plain);
  });

  it('maps common English words to the Danish stem, so a mixed team shares its themes', () => {
    const stem = (text: string, surface: string) => terms(text).find((t) => t.surface === surface)?.stem;
    assert.equal(stem('We are there for the citizens and their families', 'citizens'), stem('Vi er her for borgerne', 'borgerne'));
    assert.equal(stem('Too many meetings with the team', 'meetings'), stem('For mange møder', 'møder'));
    assert.equal(stem('We are there for the citizens and their families', 'families'), stem('Vi er her for familierne', 'familierne'));
    assert.equal(stem('The weather is lovely', 'weather'), 'weather', 'other English words keep their English stem');
  });

  it("drops stop words and the word 'kerneopgaven' itself", () => {
    assert.deepEqual(
      terms('Det er vores kerneopgave, og det er også meget vigtigt for os').map((t) => t.surface),
      ['vigtigt'],
    );
  });
});

describe('findThemes', () => {
  const { themes, other, otherQuotes } = findThemes(ANSWERS, identity);

  it('groups the answers that share a word into one theme', () => {
    const members = themeWith(themes, 'borgerne').members;
    for (const i of [0, 1, 2, 3]) assert.ok(members.includes(i), `answer ${i} is about borgerne: ${members}`);
    assert.ok(!members.includes(11), 'the answer about cake shares nothing and stays out');
  });

  it('lets a compound word count for its last part', () => {
    const { themes: ts } = findThemes(['For mange møder', 'Møder uden dagsorden', 'Lange personalemøder', 'Kaffe'], identity);
    assert.deepEqual(themeWith(ts, 'møder').members.sort(), [0, 1, 2]);
  });

  it('labels themes with the written word, not the stem', () => {
    const label = themeWith(themes, 'borgerne').label;
    assert.equal(label[0], 'borgerne');
    assert.equal(label.includes('borg'), false);
  });

  it('uses only words that the members actually wrote', () => {
    for (const theme of themes) {
      assert.ok(theme.label.length >= 1 && theme.label.length <= 3, JSON.stringify(theme.label));
      for (const word of theme.label) {
        assert.ok(
          theme.members.some((i) => words(ANSWERS[i]).includes(word)),
          `'${word}' is not written by a member of ${JSON.stringify(theme)}`,
        );
      }
    }
  });

  it('groups æøå inflections together (børn, børnene, børnenes)', () => {
    const theme = themeWith(themes, 'børn');
    for (const i of [4, 5, 7, 9]) assert.ok(theme.members.includes(i), `answer ${i} ('${ANSWERS[i]}') is missing`);
  });

  it('adds a frequent companion word to the label', () => {
    assert.deepEqual(themeWith(themes, 'borgerne').label, ['borgerne', 'tid']);
  });

  it("quotes the theme's share of about eight quotes a section shows, at least two, its own answers verbatim", () => {
    for (const theme of themes) {
      const share = Math.max(2, Math.ceil((8 * theme.members.length) / ANSWERS.length));
      assert.ok(theme.quotes.length >= 1 && theme.quotes.length <= share, `${theme.quotes.length} quotes in ${JSON.stringify(theme.label)}`);
      const memberTexts = theme.members.map((i) => ANSWERS[i]);
      for (const quote of theme.quotes) assert.ok(memberTexts.includes(quote), `'${quote}' is not a member of ${JSON.stringify(theme.label)}`);
    }
  });

  it("quotes the answer that uses most of the label's words first, then those least like it", () => {
    const theme = themeWith(themes, 'borgerne');
    assert.equal(theme.quotes.length, 3);
    assert.ok(theme.quotes.includes(ANSWERS[0]), 'the shortest answer with both label words');
    // Answer 3 says what answer 0 says (borgerne, tid); the two others add something.
    assert.ok(!theme.quotes.includes(ANSWERS[3]), JSON.stringify(theme.quotes));
  });

  it('quotes the answers in no theme too, by the same share', () => {
    assert.ok(otherQuotes.length >= 1 && otherQuotes.length <= Math.max(2, Math.ceil((8 * other.length) / ANSWERS.length)));
    for (const quote of otherQuotes) assert.ok(other.map((i) => ANSWERS[i]).includes(quote), quote);
  });

  it('quotes the same texts whatever order the answers came in', () => {
    // Sixteen of one length, equally alike: about eight are quoted, and only the order they came in could choose.
    const texts = ['mad', 'lys', 'ro', 'tid', 'kop', 'bil', 'hus', 'vej', 'sol', 'is', 'ur', 'ko', 'fag', 'ven', 'dag', 'uge'].map((w) => `Møder om ${w.padEnd(3, 'x')}`);
    const quoted = (xs: string[]) => {
      const found = findThemes(xs, identity, { minSize: 3 });
      return [...found.themes.flatMap((t) => t.quotes), ...found.otherQuotes].sort();
    };
    const forwards = quoted(texts);
    assert.deepEqual(quoted([...texts].reverse()), forwards);
    assert.equal(forwards.length, 8);
  });

  it("puts every answer in at most one theme, and the rest in 'other'", () => {
    const placed = [...themes.flatMap((t) => t.members), ...other].sort((a, b) => a - b);
    assert.deepEqual(
      placed,
      ANSWERS.map((_, i) => i),
    );
    assert.ok(other.includes(11), 'the answer about cake shares nothing');
  });

  it('makes no theme out of one answer', () => {
    assert.deepEqual(findThemes(['Kaffe og kage', 'Borgerne venter', 'Læring hver dag'], identity).themes, []);
  });

  it('makes no theme out of shared stop words', () => {
    const result = findThemes(['Det er vores kerneopgave og det er vigtigt', 'Det er vores kerneopgave og det er svært'], identity);
    assert.deepEqual(result.themes, []);
  });

  it('lets the data decide how many themes there are, up to ten', () => {
    const pairs = (ws: string[]) => ws.flatMap((w) => [`${w}hus`, `${w}hus`]);
    assert.equal(findThemes(pairs(['alfa', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'theta']), identity).themes.length, 7);
    const twelve = pairs(['alfa', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'omega']);
    assert.equal(findThemes(twelve, identity).themes.length, 10);
  });

  it('is the same for the same answers, apart from the quote order', () => {
    const strip = (ts: Theme[]) => ts.map((t) => ({ ...t, quotes: [...t.quotes].sort() }));
    assert.deepEqual(strip(findThemes(ANSWERS).themes), strip(themes));
  });

  it('passes the quotes through the shuffle, so their order says nothing about arrival', () => {
    const reversed = findThemes(ANSWERS, <T>(xs: T[]) => [...xs].reverse());
    const a = themeWith(themes, 'borgerne').quotes;
    const b = themeWith(reversed.themes, 'borgerne').quotes;
    assert.deepEqual(b, [...a].reverse());
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input);
    assert.deepEqual(input, [1, 2, 3, 4, 5, 6]);
    assert.deepEqual([...out].sort(), input);
  });

  it('puts every element first some of the time', () => {
    const firsts = new Set<number>();
    for (let i = 0; i < 400; i++) firsts.add(shuffled([1, 2, 3, 4])[0]);
    assert.deepEqual([...firsts].sort(), [1, 2, 3, 4]);
  });
});
