import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { INFRA, moduleCalls, params, readInfra, usesOf } from './bicep-text';

const BICEP = ['main.bicep', 'anonymity-key.bicep', ...readdirSync(join(INFRA, 'modules')).map((f) => `modules/${f}`)];

interface ParameterFile {
  parameters: Record<string, { value: unknown }>;
}

// No Bicep compiler runs here (README, "Deploy to Azure"): these are the checks that can run offline.
describe('infra/*.bicep', () => {
  for (const file of BICEP) {
    it(`${file}: every param is used`, () => {
      const text = readInfra(file);
      const unused = params(text).filter((p) => usesOf(text, p.name) === 0);
      assert.deepEqual(
        unused.map((p) => p.name),
        [],
      );
    });
  }

  it('main.bicep gives each module only params it declares, and all it requires', () => {
    const calls = moduleCalls(readInfra('main.bicep'));
    assert.ok(calls.length >= 5, `expected the modules of main.bicep, found ${calls.length}`);
    for (const call of calls) {
      assert.ok(existsSync(join(INFRA, call.path)), `${call.symbol}: ${call.path} is missing`);
      const declared = params(readInfra(call.path));
      const unknown = call.given.filter((g) => !declared.some((p) => p.name === g));
      const missing = declared.filter((p) => p.required && !call.given.includes(p.name)).map((p) => p.name);
      assert.deepEqual({ module: call.symbol, unknown, missing }, { module: call.symbol, unknown: [], missing: [] });
    }
  });

  it('main.parameters.json parses, names only params of main.bicep, and keeps to their limits', () => {
    const file = JSON.parse(readInfra('main.parameters.json')) as ParameterFile;
    const declared = params(readInfra('main.bicep'));
    for (const [name, { value }] of Object.entries(file.parameters)) {
      const param = declared.find((p) => p.name === name);
      assert.ok(param, `main.parameters.json sets "${name}", which main.bicep does not declare`);
      if (param.allowed) assert.ok(param.allowed.includes(String(value)), `${name}: ${String(value)} is not one of ${param.allowed.join(', ')}`);
      if (param.min !== undefined) assert.ok(Number(value) >= param.min, `${name}: ${String(value)} is below ${param.min}`);
      if (param.max !== undefined) assert.ok(Number(value) <= param.max, `${name}: ${String(value)} is above ${param.max}`);
    }
    const unset = declared.filter((p) => p.required && !(p.name in file.parameters));
    assert.deepEqual(
      unset.map((p) => p.name),
      [],
    );
  });

  it('the defaults of main.bicep keep to their own limits too', () => {
    for (const p of params(readInfra('main.bicep')).filter((x) => x.defaultValue !== undefined)) {
      const literal = /^'(.*)'$|^(-?\d+)$/.exec(p.defaultValue ?? '');
      if (!literal) continue; // an expression such as resourceGroup().location
      const value = literal[1] ?? literal[2];
      if (p.allowed) assert.ok(p.allowed.includes(value), `${p.name}: default ${value} is not allowed`);
      if (p.min !== undefined) assert.ok(Number(value) >= p.min, `${p.name}: default ${value} is below ${p.min}`);
      if (p.max !== undefined) assert.ok(Number(value) <= p.max, `${p.name}: default ${value} is above ${p.max}`);
    }
  });

  it('the one-time key template writes the secret that ANONYMITY_KEY reads', () => {
    const readName = /var anonymityKeySecretName = '([^']+)'/.exec(readInfra('main.bicep'))?.[1];
    const writtenName = /resource secret 'Microsoft\.KeyVault\/vaults\/secrets@[^']+' = \{[^}]*?name: '([^']+)'/.exec(readInfra('anonymity-key.bicep'))?.[1];
    assert.ok(readName, 'main.bicep: no anonymityKeySecretName');
    assert.equal(writtenName, readName);
    assert.match(readInfra('anonymity-key.bicep'), /@secure\(\)[^]*?param anonymityKey string/, 'the key must be a @secure() parameter, kept out of the deployment history');
  });
});
