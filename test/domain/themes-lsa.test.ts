import assert from 'node:assert/strict';
import { centroid, cosine, lsaVectors } from '../../domain/summary/lsa';
import { joinSimilar } from '../../domain/summary/join-similar';
import { meaningTerms } from '../../domain/summary/meaning-terms';

const sets = (xs: string[][]) => xs.map((x) => new Set(x));

/** Cosine of two documents in the TF-IDF space lsaVectors starts from (terms in ≥ 2 documents, ln(n/df)). */
function tfidfCosine(docs: Set<string>[], a: number, b: number): number {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d) df.set(t, (df.get(t) ?? 0) + 1);
  const vec = (d: Set<string>) => {
    const v = new Map([...d].filter((t) => df.get(t)! >= 2).map((t) => [t, Math.log(docs.length / df.get(t)!)] as const));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0));
    return new Map([...v].map(([t, x]) => [t, x / norm] as const));
  };
  const va = vec(docs[a]);
  const vb = vec(docs[b]);
  return [...va].reduce((s, [t, x]) => s + x * (vb.get(t) ?? 0), 0);
}

describe('lsaVectors', () => {
  const docs = sets([
    ['møder', 'tid'],
    ['møder', 'mail'],
    ['tid', 'travlt', 'vikarer'],
    ['vikarer', 'syge'],
    ['syge', 'møder'],
    ['tid', 'syge', 'mail'],
    ['mail', 'møder'],
  ]);

  it('keeps every cosine of the TF-IDF space when it keeps every dimension', () => {
    const v = lsaVectors(docs, 20);
    for (let a = 0; a < docs.length; a++) for (let b = 0; b < docs.length; b++) assert.ok(Math.abs(cosine(v[a], v[b]) - tfidfCosine(docs, a, b)) < 1e-9, `${a},${b}`);
  });

  it('gives unit vectors in the asked number of dimensions, and the zero vector to an answer sharing no term', () => {
    const v = lsaVectors([...docs, new Set(['kaffe'])], 3);
    assert.equal(v[0].length, 3);
    for (const x of v.slice(0, -1)) assert.ok(Math.abs(cosine(x, x) - 1) < 1e-9);
    assert.ok(v[v.length - 1].every((x) => x === 0));
  });

  it('is the same every time (a fixed seed, no Math.random)', () => {
    const original = Math.random;
    Math.random = () => assert.fail('Math.random was used');
    try {
      assert.deepEqual(lsaVectors(docs, 3), lsaVectors(docs, 3));
    } finally {
      Math.random = original;
    }
  });

  it('brings together answers that share no term but terms that go together', () => {
    // 'referat' and 'dagsorden' never meet, but both go with 'møder'; 'vikarer' goes elsewhere.
    const d = sets([['møder', 'referat'], ['møder', 'referat'], ['møder', 'dagsorden'], ['møder', 'dagsorden'], ['vikarer', 'syge'], ['vikarer', 'syge'], ['referat'], ['dagsorden'], ['syge']]);
    const v = lsaVectors(d, 2);
    assert.ok(cosine(v[6], v[7]) > 0.9, `referat ~ dagsorden: ${cosine(v[6], v[7])}`);
    assert.ok(cosine(v[6], v[8]) < 0.1, `referat !~ syge: ${cosine(v[6], v[8])}`);
    assert.ok(cosine(v[6], centroid(v, [0, 1, 2, 3], 2)) > 0.9);
  });
});

describe('joinSimilar', () => {
  // Six answers about meetings, four about substitutes; 'referat' and 'sygemeldt' each appear with them.
  const terms = sets([
    ['møder'],
    ['møder'],
    ['møder', 'referat'],
    ['møder', 'referat'],
    ['møder'],
    ['møder'],
    ['vikarer'],
    ['vikarer', 'sygemeldt'],
    ['vikarer', 'sygemeldt'],
    ['vikarer'],
    ['referat'],
    ['sygemeldt'],
    ['kaffe'],
  ]);

  it('lets a leftover answer join the theme its words go with, and leaves one that goes with nothing', () => {
    const remaining = new Set([10, 11, 12]);
    const groups = joinSimilar(
      [
        { stem: 'møder', members: [0, 1, 2, 3, 4, 5] },
        { stem: 'vikarer', members: [6, 7, 8, 9] },
      ],
      remaining,
      terms,
      2,
    );
    assert.ok(groups[0].members.includes(10), "'referat' goes with the meetings");
    assert.ok(groups[1].members.includes(11), "'sygemeldt' goes with the substitutes");
    assert.deepEqual([...remaining], [12]);
  });

  it('merges a theme below minSize into the theme nearest to it', () => {
    const remaining = new Set<number>([12]);
    const groups = joinSimilar(
      [
        { stem: 'møder', members: [0, 1, 2, 3, 4, 5] },
        { stem: 'vikarer', members: [6, 9] },
        { stem: 'sygemeldt', members: [7, 8, 11] },
      ],
      remaining,
      terms,
      4,
    );
    assert.deepEqual(
      groups.map((g) => g.stem),
      ['møder', 'sygemeldt'],
    );
    assert.deepEqual(
      [...groups[1].members].sort((a, b) => a - b),
      [6, 7, 8, 9, 11],
    );
    assert.deepEqual([...remaining], [12]);
  });

  it('sends a theme below minSize near no other theme to the leftovers', () => {
    const t = sets([['møder'], ['møder'], ['møder'], ['møder'], ['kørsel'], ['kørsel']]);
    const remaining = new Set<number>();
    const groups = joinSimilar(
      [
        { stem: 'møder', members: [0, 1, 2, 3] },
        { stem: 'kørsel', members: [4, 5] },
      ],
      remaining,
      t,
      3,
    );
    assert.deepEqual(
      groups.map((g) => g.stem),
      ['møder'],
    );
    assert.deepEqual([...remaining].sort(), [4, 5]);
  });
});

describe('meaningTerms', () => {
  it('adds four-letter groups of words the concept list does not know, so a typo meets its word', () => {
    const [right, typo] = meaningTerms([[{ stem: 'anerkend', surface: 'anerkendelse' }], [{ stem: 'anerkendl', surface: 'anerkendlese' }]], sets([['anerkend'], ['anerkendl']]));
    const shared = [...right].filter((t) => typo.has(t));
    assert.ok(shared.includes('~<ane') && shared.includes('~kend'), JSON.stringify(shared));
  });

  it('adds none for a concept, which already meets its other words', () => {
    const [terms] = meaningTerms([[{ stem: '#møder', surface: 'personalemøder' }]], sets([['#møder']]));
    assert.deepEqual([...terms], ['#møder']);
  });
});
