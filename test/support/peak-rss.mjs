// Loaded with `node --import` by the fault tests: at exit, the process's peak resident memory (in
// kilobytes) goes to the file JYPARSE_PEAK_RSS names. Nothing else changes.
import { writeFileSync } from 'node:fs';

const file = process.env.JYPARSE_PEAK_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
