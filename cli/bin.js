#!/usr/bin/env node
require('tsx/cjs');
process.exitCode = require('./kernedialog.ts').main(process.argv.slice(2));
