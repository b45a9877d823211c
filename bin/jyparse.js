#!/usr/bin/env node
// The CLI as bundled by esbuild after tsc (scripts/bundle.mjs): its few files load much faster
// than the modules of dist/cli/ and its dependencies one by one (42 for --format json, 138 for md).
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv.slice(2));
