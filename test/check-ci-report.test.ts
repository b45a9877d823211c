import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/check/registry.js';
import { ruleUrl } from '../src/check/rule-url.js';
import { bracketNotice, delimiterNotice, gapNotice, tempProject } from './support/temp-project.js';

// The SARIF 2.1.0 schema (rtm.5, as Microsoft's jest-sarif package ships it: the last draft-04
// schema before the OASIS final, with the same objects and properties). It is draft-04, which Ajv 8
// reads as draft-07 once `id` is `$id`: the keywords it uses mean the same in both.
const schema = JSON.parse(readFileSync(new URL('fixtures/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const { id, $schema: _draft04, ...rest } = schema;
const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile({ ...rest, $id: String(id) });

function repository() {
  return tempProject({ '.git/HEAD': 'ref: refs/heads/main\n', 'docs/a.txt': gapNotice, 'docs/b c.txt': bracketNotice, 'notes/n.txt': delimiterNotice });
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } } }>;
  partialFingerprints: Record<string, string>;
}

describe('SARIF for GitHub code scanning', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const result = await repository().run(['check', '-r', 'sarif', '.', '../notes'], { cwd: 'docs' });
    expect(result).toMatchObject({ code: 1, err: '' });
    const log = JSON.parse(result.out) as { runs: Array<{ results: unknown[] }> };
    expect(log.runs[0]?.results).toHaveLength(3);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The validator is not one that passes anything: a result without its message fails.
    const broken = structuredClone(log) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete broken.runs[0]?.results[0]?.message;
    expect(validate(broken)).toBe(false);
  });

  it('has URIs relative to the repository top with a base id, fingerprints and help URIs (written by --output-file)', async () => {
    const project = repository();
    // Run from a sub-folder: paths are still relative to the repository's top, not to the working directory.
    const written = await project.run(['check', '-r', 'sarif', '--output-file', '../out.sarif', '.', '../notes'], { cwd: 'docs' });
    expect(written).toMatchObject({ code: 1, out: '' });
    const log = JSON.parse(project.read('out.sarif'));
    const [run] = log.runs;
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(project.root).href}/` } });
    const results = run.results as SarifResult[];
    expect(results.map((each) => [each.ruleId, each.locations[0]?.physicalLocation.artifactLocation])).toEqual([
      ['JY001', { uri: 'docs/a.txt', uriBaseId: '%SRCROOT%' }],
      ['JY007', { uri: 'docs/b%20c.txt', uriBaseId: '%SRCROOT%' }],
      ['JY008', { uri: 'notes/n.txt', uriBaseId: '%SRCROOT%' }],
    ]);
    // GitHub's requirements: a tool name; every result's rule described, a message, one location
    // with a start line, a level it knows; rules with a help URI; fingerprints, distinct per result.
    expect(run.tool.driver.name).toBe('jyparse');
    for (const each of results) {
      expect(run.tool.driver.rules[each.ruleIndex].id).toBe(each.ruleId);
      expect(each.message.text).not.toBe('');
      expect(each.locations).toHaveLength(1);
      expect(each.locations[0]?.physicalLocation.region.startLine).toBeGreaterThan(0);
      expect(['none', 'note', 'warning', 'error']).toContain(each.level);
      expect(Object.values(each.partialFingerprints)[0]).toMatch(/^[0-9a-f]{16}$/u);
    }
    expect(new Set(results.map((each) => JSON.stringify(each.partialFingerprints))).size).toBe(results.length);
    expect(run.tool.driver.rules.map((rule: { helpUri: string }) => rule.helpUri)).toEqual(rules.map(ruleUrl));
  });

  it('keeps a fingerprint when lines are added above the finding', async () => {
    const project = repository();
    const before = JSON.parse((await project.run(['check', '-r', 'sarif', 'docs/a.txt'])).out).runs[0].results[0] as SarifResult;
    project.write('docs/a.txt', gapNotice.replace('\n', '\n补充说明一段文字。\n'));
    const after = JSON.parse((await project.run(['check', '-r', 'sarif', 'docs/a.txt'])).out).runs[0].results[0] as SarifResult;
    expect(after.locations[0]?.physicalLocation.region.startLine).toBe((before.locations[0]?.physicalLocation.region.startLine ?? 0) + 1);
    expect(after.partialFingerprints).toEqual(before.partialFingerprints);
  });

  it('--sarif-root sets the folder paths are relative to', async () => {
    const project = repository();
    const log = JSON.parse((await project.run(['check', '-r', 'sarif', '--sarif-root', 'docs', 'docs/a.txt'])).out);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'a.txt', uriBaseId: '%SRCROOT%' });
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(`${project.root}/docs`).href}/`);
  });
});

describe('every finding carries the URL of its rule page', () => {
  it('in the json report', async () => {
    const findings = JSON.parse((await repository().run(['check', '-r', 'json', 'docs', 'notes'])).out) as Array<{ ruleId: string; url: string }>;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding.url).toBe(`https://github.com/jyparse/jyparse/blob/main/docs/rules/${finding.ruleId.slice(0, 5)}.md`);
  });
});

describe('reporters junit and gitlab', () => {
  it('junit: a testsuite per file, a failing testcase per finding, a passing one for a clean file', async () => {
    const project = tempProject({ 'a.txt': gapNotice, 'clean.txt': gapNotice.replace('（四）', '（三）') });
    const result = await project.run(['check', '-r', 'junit', '--lang', 'en', 'a.txt', 'clean.txt']);
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="jyparse check" tests="2" failures="1" errors="0">',
        '  <testsuite name="a.txt" tests="1" failures="1" errors="0">',
        '    <testcase classname="a.txt" name="JY001/numbering-gap 6:1">',
        '      <failure type="error" message="Numbering gap: expected （三）, found （四）">a.txt:6:1 error Numbering gap: expected （三）, found （四） (JY001/numbering-gap)',
        'https://github.com/jyparse/jyparse/blob/main/docs/rules/JY001.md</failure>',
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="clean.txt" tests="1" failures="0" errors="0">',
        '    <testcase classname="clean.txt" name="jyparse check"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('gitlab: Code Quality issues with paths from the repository top and stable fingerprints', async () => {
    const project = repository();
    const issues = JSON.parse((await project.run(['check', '-r', 'gitlab', '.'], { cwd: 'docs' })).out) as Array<Record<string, unknown>>;
    expect(issues.map((issue) => [issue.check_name, issue.severity, (issue.location as { path: string }).path])).toEqual([
      ['JY001/numbering-gap', 'major', 'docs/a.txt'],
      ['JY007/mixed-brackets', 'minor', 'docs/b c.txt'],
    ]);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(expect.arrayContaining(['description', 'check_name', 'fingerprint', 'severity', 'location']));
      expect((issue.location as { positions: { begin: { line: number } } }).positions.begin.line).toBeGreaterThan(0);
    }
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect((await project.run(['check', '-r', 'gitlab', 'docs/a.txt'], {})).out).toContain('"fingerprint"');
    expect((await tempProject({ 'a.txt': gapNotice.replace('（四）', '（三）') }).run(['check', '-r', 'gitlab', 'a.txt'])).out).toBe('[]\n');
  });
});
