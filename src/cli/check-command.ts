import { Command, InvalidArgumentError, Option } from 'commander';
import { encodingNames, type EncodingName } from '../decode/decode.js';
import type { SourceFormat } from '../read/types.js';
import type { CheckCommandOptions } from './check-run.js';
import { fromOption } from './from-option.js';
import type { Io } from './io.js';

/** The reporters of `check` (their code is loaded only when `check` runs). */
export const checkReporterNames = ['stylish', 'json', 'github', 'sarif', 'junit', 'gitlab'] as const;

function count(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const withFrom = (from: SourceFormat | undefined): { from?: SourceFormat } => (from === undefined ? {} : { from });

/** The options as commander parses them. */
interface CheckFlags {
  reporter: string;
  maxWarnings?: number;
  quiet?: boolean;
  lang: CheckCommandOptions['lang'];
  config?: string | false;
  rule?: string[];
  encoding?: EncodingName;
  from?: SourceFormat;
  ignore: boolean;
  ignorePattern?: string[];
  stdinFilename?: string;
  outputFile?: string;
  printConfig?: string;
  init?: boolean;
  sarifRoot?: string;
  fix?: boolean;
  fixDryRun?: boolean;
}

/**
 * The `check` sub-command (definition only: the rules and reporters are loaded when it runs, so
 * that converting never loads them).
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code.
 */
export function checkCommand(io: Io, exit: (code: number) => void): Command {
  return new Command('check')
    .description('lint the numbering of documents, for CI (exit 0 clean, 1 errors, 2 usage or unreadable input)')
    .argument('[files...]', 'files, folders or globs to check (text, PDF, Word, HTML); none or `-` reads standard input')
    .option('-r, --reporter <name>', `output format: ${checkReporterNames.join(', ')}, or a module (./reporter.mjs) whose default export turns the json findings into text`, 'stylish')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings', count)
    .option('-q, --quiet', 'report errors only')
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['zh', 'en']).default('zh'))
    .option('-c, --config <file>', 'use this configuration instead of the .jyparserc.json/.yaml or package.json#jyparse files from the repository top down')
    .option('--no-config', 'use no configuration file, only --rule')
    .option('--rule <rule=level>', 'set a rule to off, warn or error, e.g. JY004=off (repeatable)', collect)
    .option('--ignore-pattern <pattern>', 'skip files matching PATTERN (gitignore syntax, repeatable), besides .jyparseignore', collect)
    .option('--no-ignore', 'check ignored files too (.jyparseignore, --ignore-pattern, `ignores`)')
    .option('--stdin-filename <name>', 'report standard input under NAME (and use the configuration for it)')
    .option('-o, --output-file <file>', 'write the report to FILE (atomically) instead of standard output')
    .option('--fix', 'repair in place what is certain (JY007 brackets, JY008 delimiters, JY011 punctuation), then report the rest')
    .option('--fix-dry-run', 'print those repairs as a unified diff and write nothing')
    .option('--print-config <file>', 'print the configuration for FILE as JSON and check nothing')
    .option('--init', 'write a commented starter .jyparserc.yaml here and check nothing')
    .option('--sarif-root <dir>', 'make SARIF and GitLab paths relative to DIR (default: the git top level)')
    // The program defines --encoding too and commander gives it the value; read it from there.
    .addOption(new Option('--encoding <name>', 'input encoding (default: auto)').choices([...encodingNames]))
    .addOption(fromOption())
    .action(async (files: string[], flags: CheckFlags, command: Command) => {
      const { runCheck } = await import('./check-run.js');
      const options: CheckCommandOptions = {
        reporter: flags.reporter,
        lang: flags.lang,
        rule: flags.rule ?? [],
        encoding: flags.encoding ?? command.optsWithGlobals<{ encoding?: EncodingName }>().encoding ?? 'auto',
        ...withFrom(flags.from ?? command.optsWithGlobals<{ from?: SourceFormat }>().from),
        ...(flags.maxWarnings === undefined ? {} : { maxWarnings: flags.maxWarnings }),
        ...(flags.quiet === true ? { quiet: true } : {}),
        ...(typeof flags.config === 'string' ? { config: flags.config } : {}),
        ...(flags.config === false ? { noConfig: true } : {}),
        ignore: flags.ignore,
        ignorePatterns: flags.ignorePattern ?? [],
        ...(flags.stdinFilename === undefined ? {} : { stdinFilename: flags.stdinFilename }),
        ...(flags.outputFile === undefined ? {} : { outputFile: flags.outputFile }),
        ...(flags.printConfig === undefined ? {} : { printConfig: flags.printConfig }),
        ...(flags.init === true ? { init: true } : {}),
        ...(flags.sarifRoot === undefined ? {} : { sarifRoot: flags.sarifRoot }),
        ...(flags.fix === true ? { fix: true } : {}),
        ...(flags.fixDryRun === true ? { fixDryRun: true } : {}),
      };
      exit(await runCheck(files, options, io));
    });
}
