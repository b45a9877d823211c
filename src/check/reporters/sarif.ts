import type { Severity } from '../../tree/types.js';
import { ruleId } from '../registry.js';
import { projectUrl, ruleUrl } from '../rule-url.js';
import { artifactLocation, findingFingerprints, folderUri, sourceRootId } from './artifact-uri.js';
import type { Reporter } from './types.js';

const level: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The key of jyparse's own fingerprint in `partialFingerprints` (versioned, as GitHub asks). */
export const fingerprintKey = 'jyparseFinding/v1';

/**
 * A SARIF 2.1.0 log with one run, as GitHub code scanning reads it: the rules (id, name,
 * descriptions, help, `helpUri`, default level) in `tool.driver.rules`; one result per finding,
 * its file relative to the repository's top (`uriBaseId` `%SRCROOT%`, resolved in
 * `originalUriBaseIds`), its region (columns in UTF-16 code units, as positions are) and a
 * fingerprint that does not change when lines move (`partialFingerprints`), so that uploads do not
 * duplicate alerts.
 */
export const sarif: Reporter = (results, options) => {
  const { lang, rules } = options;
  const index = new Map(rules.map((rule, at) => [ruleId(rule), at]));
  const located = options.cwd !== undefined && options.root !== undefined;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jyparse',
            version: options.version,
            informationUri: projectUrl,
            rules: rules.map((rule) => ({
              id: rule.names[0],
              name: rule.names[1],
              shortDescription: { text: rule.description[lang] },
              fullDescription: { text: rule.description[lang] },
              help: {
                text: `${rule.description[lang]}\n${lang === 'zh' ? '错误示例' : 'Bad'}: ${rule.examples.bad.join(' / ')}\n${lang === 'zh' ? '正确示例' : 'Good'}: ${rule.examples.good.join(' / ')}`,
              },
              helpUri: ruleUrl(rule),
              defaultConfiguration: { level: level[rule.severity] },
              properties: { tags: [...rule.tags] },
            })),
          },
        },
        ...(located && options.root !== undefined ? { originalUriBaseIds: { [sourceRootId]: { uri: folderUri(options.root) } } } : {}),
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, messages }) => {
          const location = artifactLocation(file, options.cwd, options.root);
          const fingerprints = findingFingerprints(messages, location.uri);
          return messages.map((message, at) => ({
            ruleId: message.ruleId.split('/')[0],
            ...(index.has(message.ruleId) ? { ruleIndex: index.get(message.ruleId) } : {}),
            level: level[message.severity],
            message: { text: message.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: location,
                  region: {
                    startLine: message.line,
                    startColumn: message.column,
                    endLine: message.endLine,
                    endColumn: message.endColumn,
                  },
                },
              },
            ],
            partialFingerprints: { [fingerprintKey]: fingerprints[at] as string },
          }));
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
