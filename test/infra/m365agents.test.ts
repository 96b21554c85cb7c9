import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { outputs, readInfra } from './bicep-text';
import { PENDING_SCRIPTS } from './pending';
import { npmScripts, parseDotenv, parseYaml, readRepo, ROOT } from './repo-files';

interface Step {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

interface Lifecycle {
  version: string;
  environmentFolderPath: string;
  provision: Step[];
  deploy: Step[];
  publish: Step[];
}

const TEXT = readRepo('m365agents.yml');
const YML = parseYaml(TEXT) as Lifecycle;
const ENV = parseDotenv(readRepo('env/.env.dev'));
const STEPS = [...YML.provision, ...YML.deploy, ...YML.publish];

/** The Agents Toolkit actions this file may use; a misspelt one fails only at `atk provision`. */
const ACTIONS = [
  'teamsApp/create',
  'arm/deploy',
  'cli/runNpmCommand',
  'cli/runNpxCommand',
  'azureAppService/zipDeploy',
  'teamsApp/validateAppPackage',
  'teamsApp/update',
  'teamsApp/publishAppPackage',
];

const stepsUsing = (action: string) => STEPS.filter((s) => s.uses === action);

describe('m365agents.yml and env/.env.dev', () => {
  it('parse, and provision, deploy and publish use only known actions', () => {
    assert.match(YML.version, /^v1\.\d+$/);
    assert.ok(existsSync(join(ROOT, YML.environmentFolderPath, '.env.dev')));
    for (const stage of ['provision', 'deploy', 'publish'] as const) assert.ok(YML[stage].length > 0, `${stage} is empty`);
    assert.deepEqual(
      STEPS.map((s) => s.uses).filter((a) => !ACTIONS.includes(a)),
      [],
    );
  });

  it('provision deploys infra/main.bicep with a parameter file that exists, and creates the Teams app', () => {
    assert.equal(YML.provision[0].uses, 'teamsApp/create');
    const [arm] = stepsUsing('arm/deploy');
    const templates = arm.with?.templates as { path: string; parameters: string }[];
    assert.deepEqual(
      templates.map((t) => [t.path, t.parameters]),
      [['./infra/main.bicep', './infra/main.parameters.json']],
    );
    for (const t of templates) assert.ok(existsSync(join(ROOT, t.path)) && existsSync(join(ROOT, t.parameters)));
  });

  it('deploy zips the staged build to the App Service that provision made', () => {
    const [zip] = stepsUsing('azureAppService/zipDeploy');
    assert.equal(zip.with?.resourceId, '${{AZURE_APP_SERVICE_RESOURCE_ID}}');
    assert.equal(zip.with?.artifactFolder, './build/azure');
    assert.match(readRepo('scripts/azure-stage.ts'), /resolve\(root, 'build', 'azure'\)/, 'scripts/azure-stage.ts stages somewhere else');
    for (const step of stepsUsing('cli/runNpxCommand')) {
      const script = /^tsx (\S+)$/.exec(String(step.with?.args))?.[1];
      assert.ok(script && existsSync(join(ROOT, script)), `${String(step.with?.args)}: no such script`);
    }
  });

  it('runs only npm scripts package.json has (or that point 2 brings)', () => {
    const scripts = npmScripts();
    const run = stepsUsing('cli/runNpmCommand')
      .map((s) => /^run (\S+)/.exec(String(s.with?.args))?.[1])
      .filter((n): n is string => n !== undefined);
    assert.ok(run.includes('build') && run.includes('package'));
    assert.deepEqual(
      run.filter((n) => !scripts.includes(n) && !PENDING_SCRIPTS.has(n)),
      [],
    );
    const present = [...PENDING_SCRIPTS].filter((n) => scripts.includes(n));
    assert.deepEqual(present, [], 'package.json has these now: remove them from PENDING_SCRIPTS in test/infra/pending.ts');
  });

  it('every ${{VARIABLE}} it uses is declared in env/.env.dev, once', () => {
    const declared = ENV.map(([k]) => k);
    assert.equal(new Set(declared).size, declared.length, 'a variable is declared twice');
    const used = [...TEXT.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
    assert.ok(used.length > 0);
    assert.deepEqual(
      [...new Set(used)].filter((v) => !declared.includes(v)),
      [],
    );
  });

  it('declares every output of main.bicep and every variable a step writes, so an operator sees them', () => {
    const declared = ENV.map(([k]) => k);
    const written = STEPS.flatMap((s) => Object.values(s.writeToEnvironmentFile ?? {}));
    assert.deepEqual(
      [...outputs(readInfra('main.bicep')), ...written].filter((v) => !declared.includes(v)),
      [],
    );
  });

  it('keeps no secret in env/.env.dev', () => {
    // Provision writes ids and names here, which may be committed; keys and passwords never belong.
    const suspicious = ENV.map(([k]) => k).filter((k) => /^SECRET_|PASSWORD|CONNECTION_STRING|^ANONYMITY_KEY$|_KEY$/.test(k));
    assert.deepEqual(suspicious, []);
    assert.match(readRepo('.gitignore'), /^env\/\.env\.\*\.user$/m, "the toolkit's .env.*.user files hold secrets: they must be ignored");
  });
});
