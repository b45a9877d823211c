// `node --import ./record-loads.mjs …`: appends the URL of every file the module loader loads, one
// a line, to the file named by JY_RECORD_LOADS (test/slow/startup.test.ts).
import { register } from 'node:module';

register('./record-loads-hooks.mjs', import.meta.url);
