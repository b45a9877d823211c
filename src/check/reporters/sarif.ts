import type { Severity } from '../../tree/types.js';
import { ruleId } from '../registry.js';
import type { Reporter } from './types.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

// A path as a URI reference: forward slashes, each segment percent-encoded; absolute paths as
// `file:` URIs.
function toUri(file: string): string {
  const path = file.split(/[\\/]/u).map((segment) => encodeURIComponent(segment)).join('/');
  return path.startsWith('/') ? `file://${path}` : path;
}

/**
 * A SARIF 2.1.0 log with one run: the rules (id, name, short description, help, default level)
 * in `tool.driver.rules`, and one result per finding with its location (columns in UTF-16 code
 * units, as positions are).
 */
export const sarif: Reporter = (results, options) => {
  const { lang, rules } = options;
  const index = new Map(rules.map((rule, at) => [ruleId(rule), at]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jyparse',
            version: options.version,
            informationUri: 'https://www.npmjs.com/package/jyparse',
            rules: rules.map((rule) => ({
              id: rule.names[0],
              name: rule.names[1],
              shortDescription: { text: rule.description[lang] },
              fullDescription: { text: rule.description[lang] },
              help: {
                text: `${rule.description[lang]}\n${lang === 'zh' ? '错误示例' : 'Bad'}: ${rule.examples.bad.join(' / ')}\n${lang === 'zh' ? '正确示例' : 'Good'}: ${rule.examples.good.join(' / ')}`,
              },
              ...(rule.url === undefined ? {} : { helpUri: rule.url }),
              defaultConfiguration: { level: level[rule.severity] },
              properties: { tags: [...rule.tags] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, messages }) =>
          messages.map((message) => ({
            ruleId: message.ruleId.split('/')[0],
            ...(index.has(message.ruleId) ? { ruleIndex: index.get(message.ruleId) } : {}),
            level: level[message.severity],
            message: { text: message.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: toUri(file) },
                  region: {
                    startLine: message.line,
                    startColumn: message.column,
                    endLine: message.endLine,
                    endColumn: message.endColumn,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
