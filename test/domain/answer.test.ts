import assert from 'node:assert/strict';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { checkAnswer, normalise, type AnswerTexts } from '../../domain/validation/answer';
import type { Problem } from '../../domain/validation/problem';

const ALL = ['formal', 'performed', 'experienced'];

function ok(input: Record<string, unknown>, asked: readonly string[] = ALL): AnswerTexts {
  const result = checkAnswer(hvemDefinerer, asked, input);
  assert.ok(result.ok, `expected a valid answer, got ${JSON.stringify(!result.ok && result.problems)}`);
  return result.value;
}

function problems(input: Record<string, unknown>, asked: readonly string[] = ALL): Problem[] {
  const result = checkAnswer(hvemDefinerer, asked, input);
  assert.equal(result.ok, false, `expected problems for ${JSON.stringify(input)}`);
  return result.ok ? [] : result.problems;
}

describe('checkAnswer', () => {
  it('takes the texts of the questions asked', () => {
    assert.deepEqual(ok({ formal: 'Loven siger læring.', performed: 'Vi dokumenterer.', experienced: 'Borgerne venter.' }), {
      formal: 'Loven siger læring.',
      performed: 'Vi dokumenterer.',
      experienced: 'Borgerne venter.',
    });
  });

  it('lets a participant skip some questions', () => {
    assert.deepEqual(ok({ formal: 'Læring', performed: '', experienced: '   ' }), { formal: 'Læring' });
  });

  describe('empty answers', () => {
    it('refuses an answer with no text at all', () => {
      assert.deepEqual(problems({}), [{ key: 'answer.error.empty' }]);
      assert.deepEqual(problems({ formal: '', performed: '', experienced: '' }), [{ key: 'answer.error.empty' }]);
    });

    it('counts whitespace, line breaks and control characters only as empty', () => {
      assert.deepEqual(problems({ formal: '   ', performed: '\n\r\n\t', experienced: '\u0000\u0007 ' }), [{ key: 'answer.error.empty' }]);
    });

    it('counts null as not answered', () => {
      assert.deepEqual(problems({ formal: null }), [{ key: 'answer.error.empty' }]);
    });
  });

  describe('length', () => {
    it('accepts exactly 1000 characters, untouched', () => {
      const text = 'æ'.repeat(1000);
      assert.equal(ok({ formal: text }).formal, text);
    });

    it('refuses 1001 characters with the limit and the length, and does not shorten the text', () => {
      const result = checkAnswer(hvemDefinerer, ALL, { formal: 'x'.repeat(1001), performed: 'Kort svar' });
      assert.equal(result.ok, false);
      assert.equal('value' in result, false, 'no shortened value is handed back');
      assert.deepEqual(!result.ok && result.problems, [{ field: 'formal', key: 'answer.error.tooLong', vars: { max: 1000, length: 1001, question: 'perspective.formal' } }]);
    });

    it('measures the text after trimming', () => {
      assert.equal(ok({ formal: `  ${'y'.repeat(1000)}  \n` }).formal, 'y'.repeat(1000));
    });

    it('reports each over-long field', () => {
      const ps = problems({ formal: 'a'.repeat(1200), experienced: 'b'.repeat(1500) });
      assert.deepEqual(
        ps.map((p) => [p.field, p.vars?.length]),
        [
          ['formal', 1200],
          ['experienced', 1500],
        ],
      );
    });
  });

  describe('types', () => {
    for (const value of [42, true, {}, ['tekst'], { text: 'tekst' }]) {
      it(`refuses ${JSON.stringify(value)} with 'answer.error.wrongType'`, () => {
        assert.deepEqual(problems({ formal: value, performed: 'Et fint svar' }), [{ field: 'formal', key: 'answer.error.wrongType' }]);
      });
    }
  });

  describe('only the questions asked', () => {
    it('ignores texts for questions the participant was not given', () => {
      assert.deepEqual(ok({ formal: 'Ikke spurgt', performed: 'Spurgt' }, ['performed']), { performed: 'Spurgt' });
    });

    it('is empty when only questions not asked have text', () => {
      assert.deepEqual(problems({ formal: 'Ikke spurgt' }, ['performed']), [{ key: 'answer.error.empty' }]);
    });

    it('ignores unknown fields, including __proto__ and constructor', () => {
      const input = JSON.parse(
        '{"__proto__": {"formal": "indsmuglet", "isAdmin": true}, "constructor": {"prototype": {"x": 1}}, "sessionId": "s1", "verb": "session.answer", "performed": "Ægte svar"}',
      ) as Record<string, unknown>;
      const value = ok(input);
      assert.deepEqual(value, { performed: 'Ægte svar' });
      assert.deepEqual(Object.keys(value), ['performed']);
      assert.equal(Object.getPrototypeOf(value), Object.prototype);
      assert.equal(({} as Record<string, unknown>).isAdmin, undefined, 'Object.prototype is untouched');
    });

    it('ignores questions that the exercise does not have, even if asked', () => {
      assert.deepEqual(ok({ performed: 'Svar', constructor: 'x', __proto__x: 'y' }, ['performed', 'constructor', 'toString']), { performed: 'Svar' });
    });
  });

  describe('cleaning', () => {
    it('strips control characters but keeps tabs and line breaks', () => {
      assert.equal(ok({ formal: 'a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh' }).formal, 'abcdef\tg\nh');
    });

    it('unifies line breaks and collapses long runs of blank lines', () => {
      assert.equal(ok({ formal: 'et\r\nto\rtre\n\n\n\n\nfire' }).formal, 'et\nto\ntre\n\nfire');
    });

    it('keeps æøå, ÆØÅ and other letters as written', () => {
      const text = 'Ærlig snak om børnenes trivsel på Åbo Skole – “ikke” ü é ß 😀';
      assert.equal(ok({ experienced: text }).experienced, text);
    });

    it('normalise is the same cleaning, trimmed', () => {
      assert.equal(normalise('  \u0001Hej\r\n\r\n\r\n\r\nmed dig  '), 'Hej\n\nmed dig');
    });
  });
});
