import type { Severity } from '../../tree/types.js';
import type { Reporter } from './types.js';

const command: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// GitHub's workflow-command escaping: `%`, CR and LF everywhere; `:` and `,` in properties too.
const escapeData = (text: string): string => text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
const escapeProperty = (text: string): string => escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');

/**
 * GitHub Actions workflow commands, one line per finding, which GitHub shows as annotations:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=JY001/numbering-gap::message`.
 */
export const github: Reporter = (results) =>
  results
    .flatMap(({ file, messages }) =>
      messages.map((message) => {
        const properties = [
          `file=${escapeProperty(file)}`,
          `line=${message.line}`,
          `col=${message.column}`,
          `endLine=${message.endLine}`,
          `endColumn=${message.endColumn}`,
          `title=${escapeProperty(message.ruleId)}`,
        ];
        return `::${command[message.severity]} ${properties.join(',')}::${escapeData(message.message)}\n`;
      }),
    )
    .join('');
