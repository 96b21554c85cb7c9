#!/usr/bin/env node
// Beside the compiled CLI (dist/cli/, from npm run build) it runs that JavaScript and needs no
// TypeScript tooling; in the source tree tsx compiles kernedialog.ts on the fly.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, 'kernedialog.js');
if (!existsSync(built)) require('tsx/cjs');
process.exitCode = require(existsSync(built) ? built : './kernedialog.ts').main(process.argv.slice(2));
