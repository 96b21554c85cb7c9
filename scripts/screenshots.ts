import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { chromium } from 'playwright-core';
import { readOptions } from '../config/options';
import { PlaygroundPage } from './look/playground-page';

/**
 * `npm run screenshots`: walks through the README's "What you will see" in the Agents Playground
 * as Mette (skoleleder) would, with Chromium, and saves a screenshot at each step plus every card
 * the bot sent, drawn at desktop and phone width. Run it while `npm start` runs in the same folder.
 * It reports what it saw; a step that cannot be done is named, and the walk stops there.
 * `npm run screenshots -- --round` also plans a relational-coordination round and waits for it.
 *
 * Needs Chromium: `apt-get install -y chromium` (or CHROMIUM=/path/to/chrome).
 */
const STEPS: [string, (look: PlaygroundPage) => Promise<void>][] = [
  [
    'help',
    async (look) => {
      await look.channel('Kerneopgaven');
      await look.post('hjælp');
      await look.shot('help');
    },
  ],
  [
    'catalogue',
    async (look) => {
      await look.post('start');
      await look.shot('catalogue');
    },
  ],
  [
    'setup',
    async (look) => {
      await look.press(/Hvem definerer/);
      await look.shot('setup');
    },
  ],
  [
    'start',
    async (look) => {
      await look.fill(/Titel|Title/, 'Vores kerneopgave på mellemtrinnet');
      await look.fill(/Anonymitetsgrænse|Anonymity threshold/, '3');
      await look.press(/Start øvelsen|Start the exercise/);
      await look.shot('started');
    },
  ],
  [
    'answer',
    async (look) => {
      await look.fill(/formelle|formal/i, 'Folkeskoleloven: eleverne skal lære så meget, de kan, og trives.');
      await look.fill(/udførte|performed/i, 'Vi underviser, men konflikter og dokumentation tager meget tid.');
      await look.press(/Send anonymt svar|Send anonymous answer/);
      // What her click answers reaches her alone, and keeps her buttons.
      await look.show(/dit svar er gemt|your answer is saved/i);
      await look.shot('answered');
    },
  ],
  [
    'colleagues',
    async (look) => {
      colleagues();
      // The shared card counts in steps of k once k have answered.
      await look.show(/Mindst \d+ svar indtil videre|At least \d+ answers so far/);
      await look.shot('after-colleagues');
    },
  ],
  // The Playground has no per-user views, so the shared card shows her no buttons there (Teams
  // does): she writes the command in the thread instead.
  [
    'luk in the thread',
    async (look) => {
      await look.replyInThread(/Vores kerneopgave/, 'luk');
      await look.show(/Vil du afslutte|End the answers now/);
      await look.shot('close-confirm');
    },
  ],
  [
    'carry on',
    async (look) => {
      await look.press(/Nej, fortsæt|No, carry on/);
      await look.shot('carry-on');
    },
  ],
  ['close', (look) => endPhase(look, /Ja, afslut svarrunden|Yes, end the answers/, /Opsamling|Summary/, 'summary')],
  [
    'proposals',
    async (look) => {
      colleagues();
      await endPhase(look, /Ja, afslut forslagene|Yes, end the proposals/, /Afstemning|Vote/, 'ballot');
    },
  ],
  [
    'vote',
    async (look) => {
      colleagues();
      await endPhase(look, /Ja, afslut afstemningen|Yes, end the vote/, /Afstemning:|Vote:/, 'tally');
    },
  ],
  [
    'result form',
    async (look) => {
      // In the result phase, luk gives a button; the form it opens is hers alone.
      await look.replyInThread(/Vores kerneopgave/, 'luk');
      await look.press(/Skriv det aftalte resultat|Write down the agreed result/);
      await look.show(/Det har vi aftalt|What we agreed/);
      await look.shot('result-form');
    },
  ],
  [
    'result',
    async (look) => {
      // Pre-filled only when one proposal's count was shown; the colleagues' votes may spread thinner.
      await look.fillIfEmpty(/^Det har vi aftalt|^What we agreed/, 'Alle elever skal lære så meget, de kan, og opleve, at de hører til.');
      await look.fill(/^Handling 1|^Action 1/, 'Kerneopgaven som fast punkt på personalemødet');
      await look.press(/Læg resultatet i tråden|Post the result/);
      // The posted result has nothing to press; her own confirmation offers the follow-up.
      await look.show(/Følg op om 4 uger|Follow up in 4 weeks/);
      await look.shot('result');
    },
  ],
  [
    'follow-up',
    async (look) => {
      await look.press(/Følg op om 8 uger|Follow up in 8 weeks/);
      await look.show(/Opfølgningen er planlagt|follow-up is planned/i);
      await look.shot('follow-up');
    },
  ],
  [
    'status',
    async (look) => {
      await look.post('status');
      await look.shot('status');
    },
  ],
  [
    'planlæg',
    async (look) => {
      await look.post('planlæg');
      await look.shot('planlaeg');
    },
  ],
];

/**
 * With `--round`: a relational-coordination check-in planned on that form for the next
 * five-minute step, and its round card once the scheduler opens it (up to five minutes' wait).
 */
const ROUND_STEPS: typeof STEPS = [
  [
    'plan a round',
    async (look) => {
      const at = nextStep();
      await look.page.getByText('Relationel koordinering mellem faggrupper', { exact: true }).last().click();
      await look.page.getByText('Hver uge', { exact: true }).last().click();
      await look.choose(/Ugedag/, WEEKDAYS[at.weekday - 1]);
      await look.choose(/Klokkeslæt/, at.toFormat('HH:mm'));
      await look.fill(/^Anonymitetsgrænse/, '3');
      await look.fill(/^Faggrupper/, 'Lærerne\nPædagogerne\nAdministrationen');
      await look.press(/Gem planen/);
      await look.show(/Det faste tjek er gemt/);
      await look.shot('round-planned');
    },
  ],
  [
    'the round',
    async (look) => {
      await look.show(/Vælg din egen faggruppe/, 7 * 60_000);
      await look.shot('round');
    },
  ],
];

const WEEKDAYS = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'];

/** The next five-minute step in Danish time, at least a minute away. */
function nextStep(): DateTime {
  const now = DateTime.now().setZone('Europe/Copenhagen').plus({ minutes: 1 });
  return now.plus({ minutes: (5 - (now.minute % 5)) % 5 }).startOf('minute');
}

/** `@Kernedialog luk` in the thread, "Ja" on the question, and a look at what it posted. */
async function endPhase(look: PlaygroundPage, yes: RegExp, posted: RegExp, name: string): Promise<void> {
  await look.replyInThread(/Vores kerneopgave/, 'luk');
  await look.press(yes);
  await look.show(posted);
  await look.shot(name);
}

function colleagues(): void {
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'colleagues.ts')], { stdio: 'inherit', env: process.env });
  } catch {
    console.log('npm run colleagues reported a problem (see above); going on.');
  }
}

async function main(): Promise<void> {
  const options = readOptions();
  const file = join(options.dataDir, 'endpoints.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run this while "npm start" is running (with the Playground), in the same folder.`);
  const { playground } = JSON.parse(readFileSync(file, 'utf8')) as { playground: string };
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt-get install -y chromium, or set CHROMIUM to a Chrome or Chromium binary.`);
  const args = process.argv.slice(2);
  const outDir = resolve(args.find((a) => !a.startsWith('--')) ?? join(options.dataDir, 'screenshots'));
  const steps = args.includes('--round') ? [...STEPS, ...ROUND_STEPS] : STEPS;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const look = await PlaygroundPage.open(browser, playground, outDir);
    for (const [name, step] of steps) {
      try {
        await step(look);
        console.log(`✓ ${name}`);
      } catch (err) {
        console.log(`✗ ${name}: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
        await look.shot(`failed-${name.replace(/\W+/g, '-')}`);
        break;
      }
    }
    const drawn = await look.drawCards();
    console.log(`\nScreenshots in ${outDir}; ${drawn.length / 2} cards drawn at desktop and phone width in ${join(outDir, 'cards')}.`);
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
