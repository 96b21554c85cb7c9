import assert from 'node:assert/strict';
import { appSettings, codeOnly, moduleCalls, params, usesOf } from './bicep-text';

// The reader the infra tests stand on: if it saw too little, they would pass on anything.
describe('reading Bicep without a compiler', () => {
  it("keeps positions, drops comments, and keeps only the code in a string's ${…}", () => {
    const text = "x: 'https://a/${b}' // uses c\ny: /* c */ d";
    const code = codeOnly(text);
    assert.equal(code.length, text.length);
    assert.match(code, /\bb\b/);
    assert.doesNotMatch(code, /https|\bc\b|uses/);
    assert.match(code, /\bd\b/);
  });

  it('counts a param used in a string, not as an object key or after a dot', () => {
    const text = ['param name string', 'param other string', 'var a = {', "  name: 'x'", '  id: other.name', '}'].join('\n');
    assert.equal(usesOf(text, 'name'), 0);
    assert.equal(usesOf(text + "\nvar b = '${name}-x'", 'name'), 1);
    assert.equal(usesOf(text, 'other'), 1);
  });

  it('reads defaults and the decorators that limit a value', () => {
    const text = [
      "@description('Days (7 to 90).')",
      '@minValue(7)',
      '@maxValue(90)',
      'param days int = 30',
      '',
      '@allowed([',
      "  'a'",
      "  'b'",
      '])',
      'param pick string',
      "@description('x')",
      'param free string = tenant().tenantId',
    ].join('\n');
    assert.deepEqual(params(text), [
      { name: 'days', required: false, defaultValue: '30', allowed: undefined, min: 7, max: 90 },
      { name: 'pick', required: true, defaultValue: undefined, allowed: ['a', 'b'], min: undefined, max: undefined },
      { name: 'free', required: false, defaultValue: 'tenant().tenantId', allowed: undefined, min: undefined, max: undefined },
    ]);
  });

  it("finds a module's params, nested objects aside, and the app settings with comments between", () => {
    const text = [
      "module m 'modules/m.bicep' = {",
      "  name: 'm'",
      '  params: {',
      '    a: 1',
      '    b: {',
      '      inner: 2',
      '    }',
      '  }',
      '}',
      'var appSettings = [',
      '  {',
      '    // why',
      "    name: 'A'",
      '    value: x.y',
      '  }',
      ']',
    ].join('\n');
    assert.deepEqual(
      moduleCalls(text).map((c) => [c.symbol, c.path, c.given]),
      [['m', 'modules/m.bicep', ['a', 'b']]],
    );
    assert.deepEqual(appSettings(text), [{ name: 'A', value: 'x.y' }]);
  });
});
