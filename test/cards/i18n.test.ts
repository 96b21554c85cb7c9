import assert from 'node:assert/strict';
import da from '../../cards/strings/da.json';
import en from '../../cards/strings/en.json';
import { languageOfLocale, t } from '../../cards/i18n';
import { problemTexts } from '../../cards/notice-card';
import { CATALOGUE } from '../../domain/catalogue';
import type { ExerciseDefinition } from '../../domain/exercise';
import { hvemDefinerer } from '../../domain/exercises/hvem-definerer';
import { checkAnswer } from '../../domain/validation/answer';
import type { Checked, Problem } from '../../domain/validation/problem';
import { stringKeysOf } from '../../domain/exercise';
import { checkSettings } from '../../domain/validation/settings';

const TABLES: Record<'da' | 'en', Record<string, string>> = { da, en };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every string key a definition names. */
function keysOf(def: ExerciseDefinition): string[] {
  return stringKeysOf(def);
}

describe('string tables (cards/strings)', () => {
  it('have exactly the same keys in Danish and English', () => {
    const onlyDa = Object.keys(da).filter((k) => !(k in en));
    const onlyEn = Object.keys(en).filter((k) => !(k in da));
    assert.deepEqual({ onlyDa, onlyEn }, { onlyDa: [], onlyEn: [] });
  });

  it('use the same placeholders for each key in both languages', () => {
    const mismatched = Object.keys(da)
      .filter((key) => key in en)
      .filter((key) => placeholders(TABLES.da[key]).join() !== placeholders(TABLES.en[key]).join());
    assert.deepEqual(mismatched, []);
  });

  it('have a non-empty text for every key', () => {
    for (const [lang, table] of Object.entries(TABLES)) {
      for (const [key, text] of Object.entries(table)) assert.ok(typeof text === 'string' && text.trim() !== '', `${lang}: ${key}`);
    }
  });

  it('have every key that the exercise definitions and the catalogue name', () => {
    const wanted = [...CATALOGUE.map((e) => e.titleKey), ...CATALOGUE.flatMap((e) => (e.definition ? keysOf(e.definition) : []))];
    assert.ok(wanted.length >= 11 + 9, 'the catalogue and its live exercise name their texts');
    for (const lang of ['da', 'en'] as const) {
      const missing = wanted.filter((key) => !(key in TABLES[lang]));
      assert.deepEqual(missing, [], `missing in ${lang}.json`);
    }
  });

  it('have a text for every problem validation can report, with every placeholder filled', () => {
    const now = new Date('2026-11-01T09:00:00Z');
    const problems: Problem[] = [];
    const collect = (result: Checked<unknown>) => {
      if (!result.ok) problems.push(...result.problems);
    };
    collect(checkSettings(hvemDefinerer, { title: 'x'.repeat(121), k: '2', language: 'fr', distribution: 'x', deadlineDate: 'i morgen' }, now));
    collect(checkSettings(hvemDefinerer, { language: 'da', deadlineDate: '2026-10-01' }, now));
    collect(checkSettings(hvemDefinerer, { language: 'da', deadlineDate: '2027-10-01' }, now));
    collect(checkAnswer(hvemDefinerer, ['formal', 'performed'], { formal: 'x'.repeat(1001), performed: 7 }));
    collect(checkAnswer(hvemDefinerer, ['formal'], {}));
    assert.deepEqual(new Set(problems.map((p) => p.key)).size, 10, JSON.stringify(problems.map((p) => p.key)));
    for (const lang of ['da', 'en'] as const) {
      for (const text of problemTexts(lang, problems)) assert.doesNotMatch(text, /\{\w+\}/, `${lang}: ${text}`);
    }
  });
});

describe('t', () => {
  it('gives the text in the asked language', () => {
    assert.equal(t('da', 'catalogue.soon'), 'Kommer snart');
    assert.equal(t('en', 'catalogue.soon'), 'Coming soon');
  });

  it('fills placeholders, numbers included', () => {
    assert.equal(t('en', 'session.progressBelowK', { k: 5 }), 'Fewer than 5 answers so far.');
    assert.equal(t('da', 'session.progressAtLeast', { count: 10 }), 'Mindst 10 svar indtil videre.');
  });

  it('does not expand placeholders inside the values it fills in', () => {
    assert.equal(t('en', 'summary.title', { title: '{k} and {title}' }), 'Summary: {k} and {title}');
  });

  it('throws on a key that does not exist, naming it', () => {
    assert.throws(() => t('da', 'no.such.key'), /no\.such\.key/);
    assert.throws(() => t('en', 'toString'), /no text for key 'toString'/);
    assert.throws(() => t('en', '__proto__'), /no text for key '__proto__'/);
  });
});

describe('languageOfLocale', () => {
  it('maps English locales to en', () => {
    assert.equal(languageOfLocale('en-US'), 'en');
    assert.equal(languageOfLocale('en-GB'), 'en');
    assert.equal(languageOfLocale('EN'), 'en');
  });

  it('maps Danish, other and missing locales to da', () => {
    assert.equal(languageOfLocale('da-DK'), 'da');
    assert.equal(languageOfLocale('de-DE'), 'da');
    assert.equal(languageOfLocale(''), 'da');
    assert.equal(languageOfLocale(undefined), 'da');
  });
});
