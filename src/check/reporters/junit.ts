import type { Reporter } from './types.js';

const escapeXml = (text: string): string =>
  text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&apos;');

/**
 * JUnit XML, as ESLint's `junit` formatter writes it: one `<testsuite>` per file, one failing
 * `<testcase>` per finding (its `<failure>` holding place, message and rule), a passing one for a
 * clean file; for CI systems that show test reports (GitLab `reports: junit`, Jenkins, Azure).
 */
export const junit: Reporter = (results) => {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const total = results.reduce((sum, { messages }) => sum + Math.max(1, messages.length), 0);
  const failures = results.reduce((sum, { messages }) => sum + messages.length, 0);
  lines.push(`<testsuites name="jyparse check" tests="${total}" failures="${failures}" errors="0">`);
  for (const { file, messages } of results) {
    const name = escapeXml(file);
    lines.push(`  <testsuite name="${name}" tests="${Math.max(1, messages.length)}" failures="${messages.length}" errors="0">`);
    if (messages.length === 0) lines.push(`    <testcase classname="${name}" name="jyparse check"/>`);
    for (const message of messages) {
      lines.push(`    <testcase classname="${name}" name="${escapeXml(`${message.ruleId} ${message.line}:${message.column}`)}">`);
      const body = `${file}:${message.line}:${message.column} ${message.severity} ${message.message} (${message.ruleId})${message.url === undefined ? '' : `\n${message.url}`}`;
      lines.push(`      <failure type="${message.severity}" message="${escapeXml(message.message)}">${escapeXml(body)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
