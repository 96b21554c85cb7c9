import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import da from '../../cards/strings/da.json';
import en from '../../cards/strings/en.json';

/**
 * Issue 11 point 1, for the notices and errors no test draws one by one: every place the code
 * asks for a text (`t(lang, key, vars)`, `errorCard(lang, key, vars)`, `refusal(lang, outcome,
 * key, vars)`, a validation `{ key, vars }`) passes a value for each `{placeholder}` the text has, in
 * both languages. Read from the source, so a new notice is checked the day it is written.
 */

const ROOT = join(__dirname, '..', '..');
const FOLDERS = ['bot', 'cards', 'dialogs', 'domain', 'config', 'cli'];
const TABLES: Record<string, Record<string, string>> = { da, en };
const ALL_KEYS = Object.keys(da);

/** Which argument is the key and which the values, for each function that turns a key into text. */
const CALLS: Record<string, { key: number; vars?: number }> = {
  t: { key: 1, vars: 2 },
  errorCard: { key: 1, vars: 2 },
  refusal: { key: 2, vars: 3 },
};

interface Use {
  where: string;
  keys: string[];
  /** The names passed, or undefined when they cannot be read from the source (a variable, a spread). */
  vars: string[] | undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The keys an expression can name: a literal, either branch of a choice, a `${…}` pattern, a key with its round twin. */
function keysOf(node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [keysOf(node.whenTrue), keysOf(node.whenFalse)];
    return a && b ? [...a, ...b] : undefined;
  }
  if (ts.isTemplateExpression(node)) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${escape(node.head.text)}${node.templateSpans.map((s) => `[\\w.]*${escape(s.literal.text)}`).join('')}$`);
    return ALL_KEYS.filter((k) => pattern.test(k));
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'roundWording') {
    const inner = keysOf(node.arguments[1]);
    return inner?.flatMap((k) => [k, `${k}.round`]);
  }
  return undefined;
}

function varsOf(node: ts.Expression | undefined): string[] | undefined {
  if (node === undefined) return [];
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  const names: string[] = [];
  for (const p of node.properties) {
    if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) names.push(p.name.text);
    else return undefined;
  }
  return names;
}

function usesIn(file: string): { uses: Use[]; unread: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const unread: string[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && Object.hasOwn(CALLS, node.expression.text)) {
      const call = CALLS[node.expression.text];
      const keyArg = node.arguments[call.key];
      if (keyArg) {
        const keys = keysOf(keyArg);
        if (keys) uses.push({ where: where(node), keys, vars: call.vars === undefined ? [] : varsOf(node.arguments[call.vars]) });
        else unread.push(`${where(node)} ${keyArg.getText()}`);
      }
    }
    // A validation problem: { field?, key: 'answer.error.tooLong', vars: { max, length } }.
    if (ts.isObjectLiteralExpression(node)) {
      const prop = (name: string) => node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
      const key = prop('key');
      if (key && ts.isStringLiteral(key.initializer) && Object.hasOwn(da, key.initializer.text)) {
        uses.push({ where: where(node), keys: [key.initializer.text], vars: varsOf(prop('vars')?.initializer) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { uses, unread };
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('every text the code asks for gets a value for each of its placeholders', () => {
  const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f)));
  const found = files.map(usesIn);
  const uses = found.flatMap((f) => f.uses);

  it('reads the calls from the source (and would see a missing value)', () => {
    assert.ok(uses.length > 300, `${uses.length} uses found`);
    const probe = join(ROOT, 'cards', 'notice-card.ts');
    assert.ok(
      usesIn(probe).uses.some((u) => u.keys.includes('error.title')),
      'notice-card.ts asks for error.title',
    );
    assert.deepEqual(placeholders('Færre end {k} svar, {count} i alt'), ['k', 'count']);
  });

  it('fills every placeholder, in Danish and in English', () => {
    const holes: string[] = [];
    for (const use of uses.filter((u) => u.vars !== undefined)) {
      for (const key of use.keys.filter((k) => Object.hasOwn(da, k))) {
        for (const lang of ['da', 'en']) {
          const missing = placeholders(TABLES[lang][key]).filter((p) => !use.vars!.includes(p));
          if (missing.length) holes.push(`${use.where} ${lang} '${key}' gets no {${missing.join('}, {')}}`);
        }
      }
    }
    assert.deepEqual(holes, []);
  });

  it('names only keys that exist', () => {
    const unknown = uses.flatMap((u) =>
      u.keys.length === 0
        ? [`${u.where}: a key pattern that matches no text`]
        : u.keys.filter((k) => !k.includes('${') && !Object.hasOwn(da, k) && !k.startsWith('=')).map((k) => `${u.where}: '${k}'`),
    );
    assert.deepEqual(unknown, []);
  });
});
