import assert from 'node:assert/strict';
import { join } from 'node:path';
import { kMeans, mulberry32, singleCluster, tfidf, tfidfKMeans } from '../../eval/baselines';
import { byQuestion, FIXTURE_PATH, HOLDOUT_PATH, loadFixture } from '../../eval/fixture';
import { adjustedRandIndex, normalizedMutualInformation } from '../../eval/metrics';
import { evaluate, kernedialogPartition } from '../../eval/run-eval';

const close = (actual: number, expected: number, eps = 1e-9) => assert.ok(Math.abs(actual - expected) < eps, `expected ${expected}, got ${actual}`);

describe('adjustedRandIndex', () => {
  it('is 1 for identical partitions', () => {
    close(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['a', 'a', 'b', 'b', 'c']), 1);
  });

  it('is 1 when only the label names differ', () => {
    close(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['3', '3', '1', '1', '2']), 1);
  });

  it('matches hand-computed values', () => {
    // Σ C(n_ij,2) = 1, Σ C(a_i,2) = 2, Σ C(b_j,2) = 1, C(4,2) = 6: E = 1/3, max = 3/2 → (2/3)/(7/6) = 4/7.
    close(adjustedRandIndex(['0', '0', '1', '1'], ['0', '0', '1', '2']), 4 / 7);
    // Σ C(n_ij,2) = 2, Σ C(a_i,2) = 6, Σ C(b_j,2) = 3, C(6,2) = 15: E = 1.2, max = 4.5 → 0.8/3.3 = 8/33.
    close(adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['1', '1', '2', '2', '3', '3']), 8 / 33);
  });

  it('is 0 for one cluster against many, either way round', () => {
    const truth = ['a', 'a', 'b', 'b', 'c', 'c', 'c'];
    const one = singleCluster(truth.length).map(String);
    close(adjustedRandIndex(truth, one), 0);
    close(adjustedRandIndex(one, truth), 0);
  });

  it('can go below 0 for worse-than-chance agreement', () => {
    assert.ok(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y']) < 0);
  });

  it('is symmetric', () => {
    const u = ['a', 'a', 'a', 'b', 'b', 'c', 'c', 'c'];
    const v = ['1', '2', '2', '2', '3', '3', '1', '1'];
    close(adjustedRandIndex(u, v), adjustedRandIndex(v, u));
  });

  it('refuses partitions of different lengths', () => {
    assert.throws(() => adjustedRandIndex(['a'], ['a', 'b']));
  });
});

describe('normalizedMutualInformation (arithmetic mean)', () => {
  it('is 1 for identical partitions', () => {
    close(normalizedMutualInformation(['a', 'a', 'b', 'c', 'c'], ['a', 'a', 'b', 'c', 'c']), 1);
  });

  it('is 1 when only the label names differ', () => {
    close(normalizedMutualInformation(['a', 'a', 'b', 'c', 'c'], ['z', 'z', 'x', 'y', 'y']), 1);
  });

  it('matches a hand-computed value', () => {
    // H(U) = ln 2, H(V) = ln 3, I = 2·(2/6)·ln(6·2/(3·2)) = (2/3) ln 2 → NMI = (4/3) ln 2 / ln 6 ≈ 0.5158.
    close(normalizedMutualInformation(['a', 'a', 'a', 'b', 'b', 'b'], ['1', '1', '2', '2', '3', '3']), ((4 / 3) * Math.log(2)) / Math.log(6));
  });

  it('is 0 for one cluster against many, either way round', () => {
    const truth = ['a', 'a', 'b', 'b', 'c', 'c', 'c'];
    const one = singleCluster(truth.length).map(String);
    close(normalizedMutualInformation(truth, one), 0);
    close(normalizedMutualInformation(one, truth), 0);
  });

  it('is 1 for two single-cluster partitions', () => {
    close(normalizedMutualInformation(['a', 'a', 'a'], ['x', 'x', 'x']), 1);
  });

  it('is 0 for independent partitions', () => {
    close(normalizedMutualInformation(['a', 'a', 'b', 'b'], ['x', 'y', 'x', 'y']), 0);
  });
});

describe('TF-IDF + k-means baseline', () => {
  const texts = [
    'møder møder',
    'for mange møder',
    'lange møder',
    'dokumentation',
    'al den dokumentation',
    'dokumentation og registrering',
    'it systemer',
    'langsomme it systemer',
    'systemer der driller',
  ];

  it('gives the same clusters for the same seed', () => {
    for (const seed of [1, 2, 3, 42]) assert.deepEqual(tfidfKMeans(texts, 3, seed), tfidfKMeans(texts, 3, seed));
  });

  it('uses at most k clusters, one index per text', () => {
    const clusters = tfidfKMeans(texts, 3, 7);
    assert.equal(clusters.length, texts.length);
    assert.ok(clusters.every((c) => Number.isInteger(c) && c >= 0 && c < 3));
  });

  it('separates clearly separate groups', () => {
    const clusters = tfidfKMeans(texts, 3, 1).map(String);
    const truth = ['m', 'm', 'm', 'd', 'd', 'd', 'i', 'i', 'i'];
    close(adjustedRandIndex(truth, clusters), 1);
  });

  it('makes L2-normalised vectors, zero for an answer without words', () => {
    const vs = tfidf(['møder og møder', '?']);
    close(Math.hypot(...vs[0]), 1);
    assert.ok(vs[1].every((x) => x === 0));
  });

  it('copes with more clusters than distinct points', () => {
    assert.equal(
      kMeans(
        [
          [1, 0],
          [1, 0],
        ],
        5,
        1,
      ).length,
      2,
    );
  });

  it('has a seeded PRNG that repeats and differs by seed', () => {
    const a = mulberry32(5);
    const b = mulberry32(5);
    const c = mulberry32(6);
    const xs = [a(), a(), a()];
    assert.deepEqual(xs, [b(), b(), b()]);
    assert.notDeepEqual(xs, [c(), c(), c()]);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
  });
});

// The second held-out set, written blind to the theming code (test/fixtures/eval/README.md).
const HOLDOUT2_PATH = join(__dirname, '..', 'fixtures', 'eval', 'holdout2.jsonl');

for (const [name, path] of [
  ['development', FIXTURE_PATH],
  ['held-out', HOLDOUT_PATH],
  ['second held-out', HOLDOUT2_PATH],
] as const)
  describe(`evaluation fixture: ${name} set`, () => {
    const answers = loadFixture(path);

    it('has at least 300 valid answers', () => {
      assert.ok(answers.length >= 300, `${answers.length} answers`);
    });

    it('has at least 3 questions, each with 4–7 themes besides other', () => {
      const groups = byQuestion(answers);
      assert.ok(groups.size >= 3, `${groups.size} questions`);
      for (const [q, as] of groups) {
        const themes = new Set(as.map((a) => a.label).filter((l) => l !== 'other'));
        assert.ok(themes.size >= 4 && themes.size <= 7, `${q}: ${themes.size} themes`);
      }
    });

    it('has no duplicate texts within a question', () => {
      const seen = new Map<string, number>();
      answers.forEach((a, i) => {
        const key = `${a.question}|${a.text.trim().toLowerCase()}`;
        assert.ok(!seen.has(key), `line ${i + 1} repeats line ${(seen.get(key) ?? 0) + 1}: ${a.text}`);
        seen.set(key, i);
      });
    });

    it('is mostly Danish with some English', () => {
      const en = answers.filter((a) => a.lang === 'en').length;
      const da = answers.filter((a) => a.lang === 'da').length;
      assert.ok(en > 0 && da > 0);
      assert.ok(da / answers.length >= 0.6 && en / answers.length >= 0.15, `da ${da}, en ${en}`);
    });

    it('has answers that fit no theme', () => {
      assert.ok(answers.some((a) => a.label === 'other'));
    });
  });

describe('evaluation fixture: the second held-out set stands apart', () => {
  const second = loadFixture(HOLDOUT2_PATH);
  const earlier = [...loadFixture(FIXTURE_PATH), ...loadFixture(HOLDOUT_PATH)];

  it('asks questions that neither earlier set asks', () => {
    const earlierQuestions = new Set(earlier.map((a) => a.question));
    const shared = [...new Set(second.map((a) => a.question))].filter((q) => earlierQuestions.has(q));
    assert.deepEqual(shared, []);
  });

  it('repeats no text from the earlier sets, whatever the case', () => {
    const earlierTexts = new Set(earlier.map((a) => a.text.trim().toLowerCase()));
    const repeated = second.filter((a) => earlierTexts.has(a.text.trim().toLowerCase())).map((a) => a.text);
    assert.deepEqual(repeated, []);
  });

  it('repeats no text across its own questions', () => {
    const texts = second.map((a) => a.text.trim().toLowerCase());
    assert.equal(new Set(texts).size, texts.length);
  });
});

describe('evaluate', () => {
  it('scores every question for every method, single cluster at 0', () => {
    const result = evaluate();
    assert.ok(result.questions.length >= 3);
    for (const q of result.questions) {
      close(q.scores.single.ari, 0);
      close(q.scores.single.nmi, 0);
      for (const s of Object.values(q.scores)) assert.ok(Number.isFinite(s.ari) && Number.isFinite(s.nmi));
    }
  });

  it('turns findThemes into one label per answer', () => {
    const p = kernedialogPartition(['møder', 'mange møder', 'dokumentation', 'dokumentation igen', 'kaffe']);
    assert.deepEqual(p.length, 5);
    assert.equal(p[0], p[1]);
    assert.equal(p[2], p[3]);
    assert.notEqual(p[0], p[2]);
    assert.equal(p[4], 'other');
  });
});
