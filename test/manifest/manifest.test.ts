import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { AppPackageError, writeAppPackage } from '../../manifest/app-package';
import { commandOf } from '../../dialogs/routes';
import { COMMANDS } from '../../dialogs/routes';
import { buildManifest, checkIcons, DEV_BOT_ID, DEV_TEAMS_APP_ID, MANIFEST_DIR, validateManifest, type KernedialogManifest } from '../../manifest/build-manifest';
import { localizableStrings, readLocalizations, validateLocalization, type LocalizationFile } from '../../manifest/localization';

const APP_ID = '11111111-2222-4333-8444-555555555555';
const BOT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
/** What a package for a real bot needs besides its ids (manifest/app-urls.ts). */
const URLS = {
  TEAMS_APP_WEBSITE_URL: 'https://www.skovbakke.dk/kernedialog',
  TEAMS_APP_PRIVACY_URL: 'https://www.skovbakke.dk/kernedialog/privatliv',
  TEAMS_APP_TERMS_URL: 'https://www.skovbakke.dk/kernedialog/vilkaar',
};
/** Commands left out of the channel's menu (Teams shows one list of at most 10 per scope); the help, which is in it, lists them. */
const HELP_ONLY = ['opbevaring', 'slet data', 'mødevurdering'];

function copyManifestDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kernedialog-manifest-'));
  for (const f of ['manifest.template.json', 'en.json', 'color.png', 'outline.png']) {
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
      const manifest = buildManifest({ TEAMS_APP_ID: APP_ID, BOT_ID, ...URLS });
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
    it('has one bot in team, personal and groupChat scope: exercises run in channels and in group and meeting chats', () => {
      const manifest = buildManifest({});
      assert.equal(manifest.name.short, 'Kernedialog');
      assert.equal(manifest.bots?.length, 1);
      const bot = manifest.bots![0];
      assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
      assert.equal(bot.supportsFiles, false);
      assert.equal(bot.isNotificationOnly, false);
      const titles = (scope: string) => (bot.commandLists ?? []).filter((l) => l.scopes.includes(scope as never)).flatMap((l) => l.commands.map((c) => c.title));
      assert.deepEqual(titles('team'), ['start', 'status', 'hjælp', 'planlæg', 'planer', 'aftal', 'medfacilitator', 'luk', 'aflys', 'sprog']);
      assert.deepEqual(titles('personal'), ['hjælp']);
      assert.deepEqual(titles('groupChat'), ['start', 'status', 'hjælp', 'planlæg', 'planer', 'aftal', 'medfacilitator', 'luk', 'aflys', 'sprog']);
      for (const list of bot.commandLists ?? []) {
        assert.equal(list.scopes.length, 1, 'one list per scope, as Teams asks');
        for (const c of list.commands) assert.ok(c.description.trim().length > 10 && !c.description.includes('\n'), `one line on "${c.title}"`);
      }
    });

    it("lists only commands the bot's command table knows, in both languages, each calling the command of the same name", () => {
      const manifest = buildManifest({});
      const english = readLocalizations(manifest, MANIFEST_DIR)[0].strings;
      const titles = Object.entries(localizableStrings(manifest)).filter(([key]) => key.endsWith('.title'));
      for (const title of [...titles.map(([, da]) => da), ...titles.map(([key]) => english[key])]) {
        const found = commandOf(title);
        assert.ok(found, `"${title}" is in the manifest, but the bot does not know it`);
        assert.equal(found.rest, '', `"${title}" is the whole command, not a command and an argument`);
        assert.ok(found.command.words.includes(title));
      }
      for (const [key, da] of titles) assert.equal(commandOf(english[key])!.command, commandOf(da)!.command, `${key}: the English title is the same command`);
    });

    it('has every command of the bot in the channel menu, but the two the help names for it (10 is the most Teams shows)', () => {
      const bot = buildManifest({}).bots![0];
      const team = bot.commandLists!.find((l) => l.scopes.includes('team'))!;
      const inMenu = new Set(team.commands.map((c) => commandOf(c.title)!.command));
      const outside = COMMANDS.filter((c) => !inMenu.has(c)).map((c) => c.words[0]);
      assert.deepEqual(outside, HELP_ONLY);
      assert.equal(team.commands.length, 10);
      const help = team.commands.find((c) => c.title === 'hjælp')!;
      for (const word of HELP_ONLY) assert.ok(help.description.includes(word), `the help's line names "${word}"`);
    });
  });

  it("asks for the meeting-chat RSC permission the meeting end event needs, with the bot's own app id", () => {
    const manifest = buildManifest({});
    assert.deepEqual(manifest.authorization?.permissions?.resourceSpecific, [{ name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' }]);
    assert.equal(manifest.webApplicationInfo?.id, DEV_BOT_ID);
    assert.ok(manifest.webApplicationInfo?.resource, 'RSC needs a resource, any string');
  });

  it('offers the same commands in a group or meeting chat as in a channel, worded for the chat', () => {
    const bot = buildManifest({}).bots![0];
    const list = (scope: string) => bot.commandLists!.find((l) => l.scopes.includes(scope as never))!.commands;
    assert.deepEqual(
      list('groupChat').map((c) => commandOf(c.title)!.command),
      list('team').map((c) => commandOf(c.title)!.command),
    );
    for (const c of list('groupChat')) assert.doesNotMatch(c.description, /tråd|kanal/i, `"${c.title}" in a chat has no thread or channel`);
  });

  describe('languages: Danish by default, English for an English Teams', () => {
    const localizations = () => readLocalizations(buildManifest({}), MANIFEST_DIR);

    it('declares Danish as the default language and English in en.json', () => {
      const manifest = buildManifest({});
      assert.equal(manifest.localizationInfo?.defaultLanguageTag, 'da');
      assert.deepEqual(
        localizations().map((l) => [l.languageTag, l.file]),
        [['en', 'en.json']],
      );
    });

    it('en.json passes the bundled v1.20 localization schema and translates every string of the manifest (offline)', async () => {
      const manifest = buildManifest({});
      const [english] = localizations();
      assert.deepEqual(await validateLocalization(manifest, english), []);
      const keys = Object.keys(localizableStrings(manifest));
      assert.equal(keys.length, 4 + 2 * 21, 'name, description, and title and description of 21 commands (10 in channels, 1 in personal chat, 10 in group chats)');
      const same = keys.filter((key) => english.strings[key] === localizableStrings(manifest)[key]);
      assert.deepEqual(
        same,
        [
          'name.short',
          'bots[0].commandLists[0].commands[0].title',
          'bots[0].commandLists[0].commands[1].title',
          'bots[0].commandLists[2].commands[0].title',
          'bots[0].commandLists[2].commands[1].title',
        ],
        'only the name, "start" and "status" read the same in both',
      );
    });

    it('reports a missing translation, a key the manifest lacks, a title too long for the schema and another schema version', async () => {
      const manifest = buildManifest({});
      const [english] = localizations();
      const broken: LocalizationFile = { ...english, strings: { ...english.strings } };
      delete broken.strings['bots[0].commandLists[0].commands[9].description'];
      broken.strings['bots[0].commandLists[3].commands[0].title'] = 'meeting';
      broken.strings['bots[0].commandLists[0].commands[3].title'] = 'schedule a recurring check-in now';
      broken.strings.$schema = english.strings.$schema.replace('v1.20', 'v1.19');
      const problems = (await validateLocalization(manifest, broken)).join('\n');
      assert.match(problems, /no en text for bots\[0\]\.commandLists\[0\]\.commands\[9\]\.description/);
      assert.match(problems, /bots\[0\]\.commandLists\[3\]\.commands\[0\]\.title is not a string of the manifest/);
      assert.match(problems, /must NOT have more than 32 characters/);
      assert.match(problems, /v1\.20 localization schema/);
    });
  });

  describe("the developer page's addresses", () => {
    it('are placeholders only in a local package', () => {
      const local = buildManifest({}).developer;
      assert.deepEqual([local.websiteUrl, local.privacyUrl, local.termsOfUseUrl], ['https://kernedialog.example', 'https://kernedialog.example/privacy', 'https://kernedialog.example/terms']);
      const real = buildManifest({ BOT_ID, ...URLS }).developer;
      assert.deepEqual([real.websiteUrl, real.privacyUrl, real.termsOfUseUrl], [URLS.TEAMS_APP_WEBSITE_URL, URLS.TEAMS_APP_PRIVACY_URL, URLS.TEAMS_APP_TERMS_URL]);
    });

    it('are required for a real bot, naming each missing variable', () => {
      assert.throws(() => buildManifest({ BOT_ID }), /needs TEAMS_APP_WEBSITE_URL, TEAMS_APP_PRIVACY_URL, TEAMS_APP_TERMS_URL: the https addresses/);
      assert.throws(() => buildManifest({ MicrosoftAppId: BOT_ID, ...URLS, TEAMS_APP_TERMS_URL: ' ' }), /needs TEAMS_APP_TERMS_URL:/);
    });

    it('must be https, and not a placeholder for a real bot', () => {
      assert.throws(() => buildManifest({ BOT_ID, ...URLS, TEAMS_APP_PRIVACY_URL: 'http://www.skovbakke.dk/privatliv' }), /TEAMS_APP_PRIVACY_URL must be an https address/);
      assert.throws(() => buildManifest({ BOT_ID, ...URLS, TEAMS_APP_TERMS_URL: 'https://www.example.com/terms' }), /TEAMS_APP_TERMS_URL is a placeholder address/);
      assert.throws(() => buildManifest({ TEAMS_APP_WEBSITE_URL: 'kernedialog' }), /TEAMS_APP_WEBSITE_URL must be an https address/);
    });
  });

  describe('env substitution', () => {
    it('uses TEAMS_APP_ID and BOT_ID', () => {
      const manifest = buildManifest({ TEAMS_APP_ID: APP_ID, BOT_ID, MicrosoftAppId: DEV_BOT_ID, ...URLS });
      assert.equal(manifest.id, APP_ID);
      assert.equal(manifest.bots![0].botId, BOT_ID);
      assert.ok(!JSON.stringify(manifest).includes('${{'));
    });

    it('falls back to MicrosoftAppId, then to the dev GUIDs', () => {
      assert.equal(buildManifest({ MicrosoftAppId: BOT_ID, ...URLS }).bots![0].botId, BOT_ID);
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

    it('writes a zip with manifest.json, en.json, color.png and outline.png at the root', async () => {
      const outFile = path.join(tmp, 'nested', 'appPackage.zip');
      const result = await writeAppPackage(outFile, { TEAMS_APP_ID: APP_ID, MicrosoftAppId: BOT_ID, ...URLS });
      assert.equal(result.botId, BOT_ID);
      const zip = await JSZip.loadAsync(readFileSync(outFile));
      const files = Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name)
        .sort();
      assert.deepEqual(files, ['color.png', 'en.json', 'manifest.json', 'outline.png']);
      const english = JSON.parse(await zip.file('en.json')!.async('string')) as Record<string, string>;
      assert.equal(english['bots[0].commandLists[0].commands[3].title'], 'schedule');
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as KernedialogManifest;
      assert.equal(manifest.id, APP_ID);
      assert.equal(manifest.bots![0].botId, BOT_ID);
      assert.equal(manifest.developer.privacyUrl, URLS.TEAMS_APP_PRIVACY_URL);
      const outline = PNG.sync.read(await zip.file('outline.png')!.async('nodebuffer'));
      assert.equal(outline.width, 32);
    });

    it('refuses to write a package when en.json misses a string, naming it', async () => {
      const dir = copyManifestDir();
      try {
        const file = path.join(dir, 'en.json');
        const english = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
        delete english['description.full'];
        writeFileSync(file, JSON.stringify(english));
        await assert.rejects(writeAppPackage(path.join(tmp, 'bad.zip'), {}, dir), (err: unknown) => err instanceof AppPackageError && /en\.json: no en text for description\.full/.test(err.message));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
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
