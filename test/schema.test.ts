import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { markerFamilies } from '../src/markers/registry.js';
import { parse } from '../src/parse.js';
import { stripTree } from '../src/tree/strip.js';
import { schemaVersion } from '../src/tree/types.js';
import { toJson } from '../src/write/json.js';
import { newspaperize } from './support/newspaperize.js';
import { seedAndFixtures } from './support/texts.js';

const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as Record<string, unknown> & {
  $defs: Record<string, Record<string, unknown>>;
};
const fixtures = new URL('../fixtures/', import.meta.url);
const texts = seedAndFixtures();

// Strict, as a careful user would run it: unknown keywords and loose types in the schema fail.
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addVocabulary(['schemaVersion']);
const validate = ajv.compile(schema);

const errorsOf = (value: unknown): string[] =>
  validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);

describe('schema.json', () => {
  it('is a draft 2020-12 schema with $id, title and the tree schemaVersion', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toEqual(expect.any(String));
    expect(schema.title).toEqual(expect.any(String));
    expect(schema.schemaVersion).toBe(schemaVersion);
    expect((schema.$defs.documentData?.properties as Record<string, unknown>).schemaVersion).toMatchObject({ const: schemaVersion });
  });

  it('has a definition per node type, and the marker styles of the registry', () => {
    for (const type of ['document', 'section', 'list', 'item', 'paragraph', 'figure', 'diagnostic', 'position', 'point']) {
      expect(schema.$defs, type).toHaveProperty(type);
    }
    expect([...(schema.$defs.markerStyle?.enum as string[])].sort()).toEqual(markerFamilies.map((family) => family.style).sort());
  });

  for (const [name, text] of texts) {
    it(`validates the JSON output of ${name} (also newspaperized, and as --outline)`, () => {
      const tree = parse(text);
      expect(errorsOf(JSON.parse(toJson(tree)))).toEqual([]);
      expect(errorsOf(JSON.parse(toJson(parse(newspaperize(text, 1)))))).toEqual([]);
      expect(errorsOf(JSON.parse(toJson(stripTree(tree, { outline: true }))))).toEqual([]);
      expect(errorsOf(JSON.parse(toJson(stripTree(tree, { positions: true }))))).toEqual([]);
    });
  }

  it('validates the reviewed JSON files of every fixture', () => {
    const files = readdirSync(fixtures).filter((file) => file.endsWith('.json'));
    for (const file of files) expect(errorsOf(JSON.parse(readFileSync(new URL(file, fixtures), 'utf8'))), file).toEqual([]);
  });

  const sample = '全市经济工作会议要点\n\n一、总体要求\n\n坚持稳中求进。一是稳增长，增加就业5708人；二是防风险。\n';
  type Loose = Record<string, unknown> & { children: Loose[] };
  const broken: Array<[string, (tree: Loose) => void, string]> = [
    ['an unknown node type', (tree) => { (tree.children[0] as Loose).type = 'heading'; }, '/children/0/type must be equal to one of the allowed values'],
    ['an unknown field', (tree) => { (tree.children[0] as Loose).depth = 2; }, '/children/0 must NOT have additional properties'],
    ['ordinal 0', (tree) => { ((tree.children[0] as Loose).children[1] as Loose).children[0]!.ordinal = 0; }, '/children/0/children/1/children/0/ordinal must be >= 1'],
    ['an unknown style', (tree) => { ((tree.children[0] as Loose).children[1] as Loose).style = 'roman'; }, '/children/0/children/1/style must be equal to one of the allowed values'],
    ['a paragraph in a list', (tree) => { ((tree.children[0] as Loose).children[1] as Loose).children.push((tree.children[0] as Loose).children[0] as Loose); }, '/children/0/children/1/children/2/type must be equal to one of the allowed values'],
    ['an empty list', (tree) => { ((tree.children[0] as Loose).children[1] as Loose).children = []; }, '/children/0/children/1/children must NOT have fewer than 1 items'],
    ['a 0-based line', (tree) => { ((tree.children[0] as Loose).position as { start: { line: number } }).start.line = 0; }, '/children/0/position/start/line must be >= 1'],
    ['no diagnostics', (tree) => { delete tree.diagnostics; }, ' must have required property \'diagnostics\''],
    ['another schemaVersion', (tree) => { (tree.data as Loose).schemaVersion = '0.9.0'; }, '/data/schemaVersion must be equal to constant'],
    ['inferred with a marker', (tree) => { ((tree.children[0] as Loose).children[1] as Loose).children[0]!.inferred = true; }, '/children/0/children/1/children/0 must match exactly one schema in oneOf'],
    ['a number with neither marker nor inferred', (tree) => { delete (tree.children[0] as Loose).marker; }, '/children/0 must match exactly one schema in oneOf'],
    ['a figure of an unknown kind', (tree) => {
      const paragraph = (((tree.children[0] as Loose).children[1] as Loose).children[0] as Loose).children[0] as Loose;
      (paragraph.figures as Array<Record<string, unknown>>)[0]!.kind = 'area';
    }, '/children/0/children/1/children/0/children/0/figures/0/kind must be equal to one of the allowed values'],
  ];

  for (const [name, breakTree, message] of broken) {
    it(`rejects ${name}`, () => {
      const tree = JSON.parse(toJson(parse(sample))) as Loose;
      expect(errorsOf(tree)).toEqual([]);
      breakTree(tree);
      expect(errorsOf(tree)).toContain(message);
    });
  }
});
