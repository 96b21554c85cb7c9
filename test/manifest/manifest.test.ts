import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { AppPackageError, writeAppPackage } from '../../manifest/app-package';
import { commandOf } from '../../dialogs/routes';
import { buildManifest, checkIcons, DEV_BOT_ID, DEV_TEAMS_APP_ID, MANIFEST_DIR, validateManifest, type KernedialogManifest } from '../../manifest/build-manifest';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const BOT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

function copyManifestDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kernedialog-manifest-'));
  for (const f of ['manifest.template.json', 'color.png', 'outline.png']) {
    copyFileSync(path.join(MANIFEST_DIR, f), path.join(dir, f));
  }
  return dir;
}

describe('Teams app manifest', () => {
  // Validation must work offline: any attempt to fetch a schema fails the test.
  const realFetch = globalThis.fetch;
  before(() => {
    globalThis.fetch = () => Promise.reject(new Error('network access during manifest tests'));
  });
  after(() => {
    globalThis.fetch = realFetch;
  });

  describe('schema validation (offline)', () => {
    it('the built manifest has zero schema errors', async () => {
      const manifest = buildManifest({ TEAMS_APP_ID: APP_ID, BOT_ID });
      assert.deepEqual(await validateManifest(manifest), []);
    });

    it('pins a GA schema version <= 1.27', () => {
      const manifest = buildManifest({});
      const [major, minor] = manifest.manifestVersion.split('.').map(Number);
      assert.equal(major, 1);
      assert.ok(minor <= 27, `manifestVersion ${manifest.manifestVersion}`);
      assert.match(manifest.$schema ?? '', new RegExp(`/v${manifest.manifestVersion}/MicrosoftTeams\\.schema\\.json$`));
    });

    it('reports errors for a broken manifest (accentColor removed)', async () => {
      const broken: Partial<KernedialogManifest> = { ...buildManifest({}) };
      delete broken.accentColor;
      const errors = await validateManifest(broken as KernedialogManifest);
      assert.ok(
        errors.some((e) => e.includes('accentColor')),
        errors.join('\n'),
      );
    });

    it('reports errors for too many commands in a command list', async () => {
      const manifest = buildManifest({});
      const commands = Array.from({ length: 11 }, (_, i) => ({ title: `c${i}`, description: 'x' }));
      manifest.bots![0].commandLists = [{ scopes: ['personal'], commands }];
      assert.notDeepEqual(await validateManifest(manifest), []);
    });

    it('refuses a $schema that is not bundled (would need the network)', async () => {
      const manifest = { ...buildManifest({}), $schema: 'https://example.com/schema.json' };
      assert.equal((await validateManifest(manifest)).length, 1);
    });
  });

  describe('content', () => {
    it('has one bot in team, groupChat and personal scope with the expected commands', () => {
      const manifest = buildManifest({});
      assert.equal(manifest.name.short, 'Kernedialog');
      assert.equal(manifest.bots?.length, 1);
      const bot = manifest.bots![0];
      assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
      assert.equal(bot.supportsFiles, false);
      assert.equal(bot.isNotificationOnly, false);
      const titles = (scope: string) => (bot.commandLists ?? []).filter((l) => l.scopes.includes(scope as never)).flatMap((l) => l.commands.map((c) => c.title));
      assert.deepEqual(titles('team'), ['start', 'status', 'planlæg', 'planer', 'aftal', 'medfacilitator', 'luk', 'aflys', 'opbevaring', 'slet data']);
      assert.deepEqual(titles('groupChat'), ['hjælp', 'help']);
      assert.deepEqual(titles('personal'), ['hjælp', 'help']);
      for (const list of bot.commandLists ?? []) {
        for (const c of list.commands) assert.ok(c.description.trim().length > 10 && !c.description.includes('\n'), `one line on "${c.title}"`);
      }
    });

    it("lists only commands the bot's command table knows, each calling the command of the same name", () => {
      const listed = (buildManifest({}).bots![0].commandLists ?? []).flatMap((l) => l.commands.map((c) => c.title));
      for (const title of listed) {
        const found = commandOf(title);
        assert.ok(found, `"${title}" is in the manifest, but the bot does not know it`);
        assert.equal(found.rest, '', `"${title}" is the whole command, not a command and an argument`);
        assert.ok(found.command.words.includes(title));
      }
    });
  });

  describe('env substitution', () => {
    it('uses TEAMS_APP_ID and BOT_ID', () => {
      const manifest = buildManifest({ TEAMS_APP_ID: APP_ID, BOT_ID, MicrosoftAppId: DEV_BOT_ID });
      assert.equal(manifest.id, APP_ID);
      assert.equal(manifest.bots![0].botId, BOT_ID);
      assert.ok(!JSON.stringify(manifest).includes('${{'));
    });

    it('falls back to MicrosoftAppId, then to the dev GUIDs', () => {
      assert.equal(buildManifest({ MicrosoftAppId: BOT_ID }).bots![0].botId, BOT_ID);
      const dev = buildManifest({ BOT_ID: '', TEAMS_APP_ID: ' ' });
      assert.equal(dev.id, DEV_TEAMS_APP_ID);
      assert.equal(dev.bots![0].botId, DEV_BOT_ID);
    });

    it('fails with a message naming the env var when an id is not a GUID', () => {
      assert.throws(() => buildManifest({ BOT_ID: 'my-bot' }), /BOT_ID must be a GUID.*"my-bot"/);
      assert.throws(() => buildManifest({ MicrosoftAppId: 'x' }), /MicrosoftAppId must be a GUID/);
      assert.throws(() => buildManifest({ TEAMS_APP_ID: 'not-a-guid' }), /TEAMS_APP_ID must be a GUID/);
    });
  });

  describe('icons', () => {
    it('color.png is 192x192 and outline.png is 32x32', () => {
      const size = (f: string) => PNG.sync.read(readFileSync(path.join(MANIFEST_DIR, f)));
      assert.deepEqual([size('color.png').width, size('color.png').height], [192, 192]);
      assert.deepEqual([size('outline.png').width, size('outline.png').height], [32, 32]);
    });

    it('outline.png is only white on transparent, so checkIcons finds no problems', () => {
      assert.deepEqual(checkIcons(MANIFEST_DIR), []);
    });

    it('checkIcons reports a coloured outline pixel and a wrong size', () => {
      const dir = copyManifestDir();
      try {
        const outline = PNG.sync.read(readFileSync(path.join(dir, 'outline.png')));
        outline.data.set([0x2e, 0x5e, 0x4e, 255], 0);
        writeFileSync(path.join(dir, 'outline.png'), PNG.sync.write(outline));
        writeFileSync(path.join(dir, 'color.png'), PNG.sync.write(new PNG({ width: 100, height: 100 })));
        const problems = checkIcons(dir);
        assert.ok(
          problems.some((p) => /outline\.png: 1 pixel/.test(p)),
          problems.join('\n'),
        );
        assert.ok(
          problems.some((p) => /color\.png: must be 192x192/.test(p)),
          problems.join('\n'),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('app package', () => {
    let tmp: string;
    beforeEach(() => (tmp = mkdtempSync(path.join(tmpdir(), 'kernedialog-pkg-'))));
    afterEach(() => rmSync(tmp, { recursive: true, force: true }));

    it('writes a zip with manifest.json, color.png and outline.png at the root', async () => {
      const outFile = path.join(tmp, 'nested', 'appPackage.zip');
      const result = await writeAppPackage(outFile, { TEAMS_APP_ID: APP_ID, MicrosoftAppId: BOT_ID });
      assert.equal(result.botId, BOT_ID);
      const zip = await JSZip.loadAsync(readFileSync(outFile));
      const files = Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name)
        .sort();
      assert.deepEqual(files, ['color.png', 'manifest.json', 'outline.png']);
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as KernedialogManifest;
      assert.equal(manifest.id, APP_ID);
      assert.equal(manifest.bots![0].botId, BOT_ID);
      const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
      assert.equal(outline.width, 32);
    });

    it('refuses to write a package when the manifest is invalid', async () => {
      const dir = copyManifestDir();
      try {
        const template = path.join(dir, 'manifest.template.json');
        const json = JSON.parse(readFileSync(template, 'utf8')) as Record<string, unknown>;
        delete json.accentColor;
        writeFileSync(template, JSON.stringify(json));
        const outFile = path.join(tmp, 'bad.zip');
        await assert.rejects(writeAppPackage(outFile, {}, dir), (err: unknown) => {
          assert.ok(err instanceof AppPackageError);
          assert.match(err.message, /accentColor/);
          return true;
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
