/**
 * Just enough of Bicep's syntax to check infra/ offline, where no Bicep compiler runs: comments,
 * strings with their ${…} holes, params, outputs, module calls and the app settings list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const INFRA = join(__dirname, '..', '..', 'infra');

export const readInfra = (file: string) => readFileSync(join(INFRA, file), 'utf8');

/**
 * The text with comments removed and every string's characters blanked, except the code in its
 * ${…} holes; positions and line breaks are kept. `'https://x'` is then no comment.
 *
 * @example codeOnly("x: 'a${b}c' // d") // "x:    b      "
 */
export function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (text.startsWith('/*', i)) {
      const stop = text.indexOf('*/', i) + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (text[i] === "'") {
      const { code, end } = stringCode(text, i);
      out += code;
      i = end;
    } else {
      out += text[i++];
    }
  }
  return out;
}

/** One single-quoted string from `start`: its holes' code kept, the rest blanked. */
function stringCode(text: string, start: number): { code: string; end: number } {
  let code = ' ';
  let i = start + 1;
  while (i < text.length && text[i] !== "'") {
    if (text[i] === '\\') {
      code += '  ';
      i += 2;
    } else if (text.startsWith('${', i)) {
      const close = text.indexOf('}', i);
      code += '  ' + text.slice(i + 2, close) + ' ';
      i = close + 1;
    } else {
      code += text[i] === '\n' ? '\n' : ' ';
      i++;
    }
  }
  return { code: code + ' ', end: i + 1 };
}

export interface Param {
  name: string;
  required: boolean;
  /** The default's expression as written, e.g. `90`, `'info'`, `tenant().tenantId`. */
  defaultValue?: string;
  /** From @allowed([…]), @minValue(…) and @maxValue(…). */
  allowed?: string[];
  min?: number;
  max?: number;
}

/**
 * The params, each with its default and the decorators that limit its value.
 *
 * @example params("@minValue(7)\nparam a int = 90") // [{ name: 'a', required: false, defaultValue: '90', min: 7, … }]
 */
export function params(text: string): Param[] {
  const code = codeOnly(text);
  let from = 0;
  return [...code.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((m) => {
    const at = m.index ?? 0;
    const decorators = text.slice(from, at);
    from = at + m[0].length;
    const line = text.slice(at, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
    const allowed = /@allowed\(\[([\s\S]*?)\]\)\s*$/.exec(decorators.replace(/@(description|minValue|maxValue|minLength|maxLength|secure)\([^\n]*\)\s*/g, ''));
    return {
      name: m[1],
      required: !m[2],
      defaultValue: m[2] ? line.slice(line.indexOf('=') + 1).trim() : undefined,
      allowed: allowed ? [...allowed[1].matchAll(/'([^']*)'/g)].map((v) => v[1]) : undefined,
      min: numberIn(decorators, 'minValue'),
      max: numberIn(decorators, 'maxValue'),
    };
  });
}

function numberIn(decorators: string, name: string): number | undefined {
  const m = new RegExp(`@${name}\\((-?\\d+)\\)`).exec(decorators);
  return m ? Number(m[1]) : undefined;
}

/** Names of the outputs. @example outputs('output A string = x') // ['A'] */
export const outputs = (text: string) => [...codeOnly(text).matchAll(/^output\s+(\w+)\s/gm)].map((m) => m[1]);

/**
 * How often `name` is used as an identifier outside its own declaration: object keys at the start
 * of a line and `.name` member access are not uses.
 *
 * @example usesOf("param a string\nvar b = a", 'a') // 1
 */
export function usesOf(text: string, name: string): number {
  const code = codeOnly(text).replace(new RegExp(`^\\s*(param|var|resource|module|output)\\s+${name}\\b`, 'gm'), '');
  const hits = [...code.matchAll(new RegExp(`(?<![.\\w])${name}\\b`, 'g'))];
  return hits.filter((m) => !isKeyAt(code, m.index ?? 0, name)).length;
}

function isKeyAt(code: string, index: number, name: string): boolean {
  const lineStart = code.lastIndexOf('\n', index) + 1;
  return code.slice(lineStart, index).trim() === '' && /^\s*:/.test(code.slice(index + name.length));
}

export interface ModuleCall {
  symbol: string;
  path: string;
  /** The keys given under `params:`. */
  given: string[];
  /** The whole `params: { … }` block, as code. */
  body: string;
}

/** Every `module x 'path' = { params: { … } }` in the text. */
export function moduleCalls(text: string): ModuleCall[] {
  const code = codeOnly(text);
  return [...text.matchAll(/^module\s+(\w+)\s+'([^']+)'\s*=\s*\{/gm)].map((m) => {
    const open = code.indexOf('params:', m.index) + 'params:'.length;
    const body = block(code, code.indexOf('{', open));
    return { symbol: m[1], path: m[2], given: keysAtTop(body), body };
  });
}

/** The text from the `{` at `open` to its matching `}`, both included. */
function block(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{' || code[i] === '[') depth++;
    if (code[i] === '}' || code[i] === ']') depth--;
    if (depth === 0) return code.slice(open, i + 1);
  }
  throw new Error(`block(): no closing brace for the one at ${open}`);
}

function keysAtTop(body: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  for (const line of body.split('\n')) {
    const key = /^\s*(\w+)\s*:/.exec(line);
    if (key && depth === 1) keys.push(key[1]);
    for (const ch of line) depth += ch === '{' || ch === '[' ? 1 : ch === '}' || ch === ']' ? -1 : 0;
  }
  return keys;
}

export interface AppSetting {
  name: string;
  /** The value's Bicep expression, as written. */
  value: string;
}

/** The `{ name: '…' value: … }` entries of `var appSettings = [ … ]`. */
export function appSettings(text: string): AppSetting[] {
  const start = text.indexOf('var appSettings = [');
  if (start === -1) throw new Error('appSettings(): no "var appSettings = [" in the text');
  const open = text.indexOf('[', start);
  // codeOnly keeps every position, so the block it finds spans the same characters in `text`.
  const list = text.slice(open, open + block(codeOnly(text), open).length);
  return [...list.matchAll(/\{\s*(?:\/\/[^\n]*\n\s*)*name:\s*'([^']+)'\s*\n\s*value:\s*(.+)\n\s*\}/g)].map((m) => ({ name: m[1], value: m[2].trim() }));
}
