import { readdirSync, readFileSync } from 'node:fs';

/** The seed and every fixture text, as `[name, text]` pairs in a stable order. */
export function seedAndFixtures(): Array<[string, string]> {
  const fixtures = new URL('../../fixtures/', import.meta.url);
  return [
    ['seed', readFileSync(new URL('../../seeds/000_ef45b06f2ab55175.txt', import.meta.url), 'utf8')],
    ...readdirSync(fixtures)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file): [string, string] => [file.slice(0, -4), readFileSync(new URL(file, fixtures), 'utf8')]),
  ];
}
