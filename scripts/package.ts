/**
 * Builds the Teams app package: npm run package [-- <out.zip>]
 * Ids come from env (and .env, if present): TEAMS_APP_ID, and BOT_ID (or MicrosoftAppId);
 * dev GUIDs are used when unset. A package for a real bot (BOT_ID or MicrosoftAppId set) also needs
 * TEAMS_APP_WEBSITE_URL, TEAMS_APP_PRIVACY_URL and TEAMS_APP_TERMS_URL (manifest/app-urls.ts).
 * Exits non-zero with a readable list of problems if invalid.
 */
import path from 'node:path';
import dotenv from 'dotenv';
import { DEFAULT_PACKAGE_PATH, writeAppPackage } from '../manifest/app-package';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const outFile = path.resolve(process.argv[2] ?? DEFAULT_PACKAGE_PATH);
  const result = await writeAppPackage(outFile, process.env);
  console.log(`Wrote ${path.relative(process.cwd(), result.outFile) || result.outFile}`);
  console.log(`  Teams app id: ${result.appId}`);
  console.log(`  Bot id:       ${result.botId}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
