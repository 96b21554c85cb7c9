/**
 * `npx tsx scripts/azure-stage.ts`, after `npm run build`: fills build/azure with dist/ and the
 * production dependencies, and zips it to build/azure.zip for `az webapp deploy` (README, "Deploy
 * to Azure"). m365agents.yml deploys the folder itself.
 */
import { resolve } from 'node:path';
import { stageForAzure } from './azure-stage/stage';
import { zipFolder } from './azure-stage/zip-folder';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const out = resolve(root, 'build', 'azure');
  stageForAzure({ root, out });
  const files = await zipFolder(out, resolve(root, 'build', 'azure.zip'));
  console.log(`Staged ${out} and zipped ${files.length} files to build/azure.zip`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
