import { rules as builtIn } from './registry.js';
import type { Rule } from './types.js';

/** What a plugin module's default export may be: a rule, an array of rules, or `{ rules }`. */
export type PluginExport = Rule | readonly Rule[] | { rules: readonly Rule[] };

/** The rules a plugin adds, or what is wrong with them (errors are data). */
export interface PluginRules {
  rules: Rule[];
  errors: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function ruleProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'is not an object';
  const names = value.names;
  if (!Array.isArray(names) || names.length !== 2 || !names.every((name) => typeof name === 'string' && name !== '')) return 'needs `names`: [id, alias]';
  const description = value.description;
  if (!isRecord(description) || typeof description.en !== 'string' || typeof description.zh !== 'string') return 'needs `description`: { en, zh }';
  if (!['error', 'warning', 'info'].includes(value.severity as string)) return 'needs `severity`: error, warning or info';
  if (typeof value.check !== 'function') return 'needs a `check(context)` function';
  if (!Array.isArray(value.tags)) return 'needs `tags`: an array';
  if (!isRecord(value.examples) || !Array.isArray(value.examples.bad) || !Array.isArray(value.examples.good)) return 'needs `examples`: { bad, good }';
  return undefined;
}

/**
 * Read the rules a plugin module exports (its default export), checking each has the shape of
 * the built-in rules ({@link Rule}) and a name no other rule has.
 *
 * @param value The module's default export.
 * @param origin The plugin as the configuration names it, for messages.
 * @param taken The rules already known (the built-in ones and other plugins').
 * @returns The rules and the errors.
 */
export function pluginRules(value: unknown, origin: string, taken: readonly Rule[] = builtIn): PluginRules {
  const list: unknown = isRecord(value) && 'rules' in value && !('check' in value) ? value.rules : value;
  const candidates: unknown[] = Array.isArray(list) ? list : [list];
  const found: PluginRules = { rules: [], errors: [] };
  const names = new Set(taken.flatMap((rule) => rule.names.map((name) => name.toLowerCase())));
  candidates.forEach((candidate, at) => {
    const problem = ruleProblem(candidate);
    const label = Array.isArray(list) ? `${origin}: rule ${at}` : `${origin}: its default export`;
    if (problem !== undefined) {
      found.errors.push(`${label} ${problem} (see docs/plugins.md)`);
      return;
    }
    const rule = candidate as Rule;
    const clash = rule.names.find((name) => names.has(name.toLowerCase()));
    if (clash !== undefined) {
      found.errors.push(`${origin}: rule \`${clash}\` is already defined`);
      return;
    }
    for (const name of rule.names) names.add(name.toLowerCase());
    found.rules.push(rule);
  });
  return found;
}
