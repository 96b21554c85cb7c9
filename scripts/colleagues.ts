import { readOptions } from '../config/options';
import { runColleagues } from './colleagues/run';

/** `npm run colleagues [-- --session <id>]`: see colleagues/run.ts. Exits 1 when any answer was refused. */
runColleagues(readOptions().dataDir, process.argv.slice(2), (line) => console.log(line)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
