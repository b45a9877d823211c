import { createMessage, type Message } from '../text/message.js';
import { findRule, ruleId, rules as registry } from './registry.js';
import type { Rule, RuleLevel, RuleLevels } from './types.js';

// A configuration error as the one message type (SPEC section 6): fatal, about no place.
function configError(reason: string): Message {
  return createMessage(reason, { severity: 'error' });
}

/** Rule levels read from one configuration, or what is wrong with it (errors are data). */
export interface LevelsResult {
  levels: RuleLevels;
  /** One message per mistake; empty when the configuration is good. */
  errors: Message[];
}

// ESLint's words and numbers, markdownlint's booleans (true: the rule's default severity).
const levelWords: Record<string, RuleLevel> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };
const levelNumbers: Record<number, RuleLevel> = { 0: 'off', 1: 'warning', 2: 'error' };

function toLevel(value: unknown, fallback: RuleLevel): RuleLevel | undefined {
  if (typeof value === 'string') {
    // `--rule JY001=0` and `--rule JY001=false` arrive as text.
    const word = value.trim().toLowerCase();
    if (/^[0-2]$/u.test(word)) return levelNumbers[Number(word)];
    if (word === 'true' || word === 'false') return word === 'true' ? fallback : 'off';
    // Own keys only: `constructor` or `__proto__` is not a level.
    return Object.hasOwn(levelWords, word) ? levelWords[word] : undefined;
  }
  if (typeof value === 'number') return Object.hasOwn(levelNumbers, value) ? levelNumbers[value] : undefined;
  if (typeof value === 'boolean') return value ? fallback : 'off';
  return undefined;
}

function findRuleIn(known: readonly Rule[], name: string): Rule | undefined {
  const wanted = name.trim().toLowerCase();
  return known.find((rule) => [rule.names[0], rule.names[1], ruleId(rule)].some((each) => each.toLowerCase() === wanted));
}

function knownRange(): string {
  return `${registry[0]?.names[0] ?? ''} to ${registry[registry.length - 1]?.names[0] ?? ''}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value) ?? String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read one rule setting: a rule name (`JY003`, `out-of-order`, `JY003/out-of-order`) and a level
 * (`off`, `info`, `warn`/`warning`, `error`, 0 to 2, or a boolean).
 *
 * @param name The rule name as written.
 * @param value The level as written.
 * @param origin Where the setting comes from, for the error message.
 * @param known The rules the name may refer to.
 * @returns The rule id and level, or an error message.
 */
export function ruleSetting(name: string, value: unknown, origin: string, known: readonly Rule[] = registry): { id: string; level: RuleLevel } | { error: string } {
  const rule = known === registry ? findRule(name) : findRuleIn(known, name);
  if (!rule) return { error: `${origin}: unknown rule \`${name}\` (known: ${knownRange()}, or their names; see docs/rules.md)` };
  const level = toLevel(value, rule.severity);
  if (level === undefined) return { error: `${origin}: rule \`${name}\`: invalid value ${show(value)} (expected off, warn or error)` };
  return { id: rule.names[0], level };
}

/** A block of `overrides`: rule levels for the files that match `files` (gitignore syntax). */
export interface ConfigOverride {
  files: string[];
  /** Files that `files` matches but the block leaves alone. */
  excludedFiles: string[];
  rules: RuleLevels;
}

/** One configuration file's settings, as written (its `extends` not yet loaded). */
export interface ConfigData {
  /** Stop the cascade here: folders above add nothing (ESLint's `root`). */
  root: boolean;
  /** Presets (`jyparse:recommended`, `jyparse:strict`), paths or packages, applied in order before `rules`. */
  extends: string[];
  rules: RuleLevels;
  /** Files not to check, gitignore syntax, relative to the configuration's folder. */
  ignores: string[];
  overrides: ConfigOverride[];
  /** Modules that add rules (their default export: a rule or an array of rules). */
  plugins: string[];
}

/** A configuration read from its object, or what is wrong with it (errors are data). */
export interface ConfigResult {
  config: ConfigData;
  errors: string[];
}

const configKeys = ['$schema', 'root', 'extends', 'rules', 'ignores', 'overrides', 'plugins'];

function strings(value: unknown, key: string, origin: string, errors: string[]): string[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  errors.push(`${origin}: \`${key}\` must be a string or an array of strings`);
  return [];
}

function ruleLevels(value: unknown, origin: string, errors: string[], known: readonly Rule[]): RuleLevels {
  const levels: Record<string, RuleLevel> = {};
  if (value === undefined) return levels;
  if (!isRecord(value)) {
    errors.push(`${origin}: \`rules\` must be an object of rule names and levels`);
    return levels;
  }
  for (const [name, level] of Object.entries(value)) {
    const setting = ruleSetting(name, level, origin, known);
    if ('error' in setting) errors.push(setting.error);
    else levels[setting.id] = setting.level;
  }
  return levels;
}

/**
 * Read a configuration object: `{ "extends": "jyparse:recommended", "rules": { "JY004": "off" },
 * "ignores": ["drafts/"], "overrides": [{ "files": ["*.md"], "rules": { "JY009": "off" } }] }`.
 * Unknown keys, unknown rules and bad values are errors, never ignored.
 *
 * @param value The parsed configuration.
 * @param origin The configuration's path, for error messages.
 * @param known The rules a name may refer to (the built-in ones and those of plugins).
 * @returns The configuration and the errors.
 */
export function parseConfig(value: unknown, origin: string, known: readonly Rule[] = registry): ConfigResult {
  const config: ConfigData = { root: false, extends: [], rules: {}, ignores: [], overrides: [], plugins: [] };
  if (value === null || value === undefined) return { config, errors: [] };
  if (!isRecord(value)) return { config, errors: [`${origin}: expected an object with a \`rules\` key`] };
  const errors: string[] = [];
  for (const key of Object.keys(value)) {
    if (!configKeys.includes(key)) errors.push(`${origin}: unknown key \`${key}\` (expected ${configKeys.slice(1).map((name) => `\`${name}\``).join(', ')})`);
  }
  if (value.root !== undefined && typeof value.root !== 'boolean') errors.push(`${origin}: \`root\` must be true or false`);
  config.root = value.root === true;
  config.extends = strings(value.extends, 'extends', origin, errors);
  config.plugins = strings(value.plugins, 'plugins', origin, errors);
  config.ignores = strings(value.ignores, 'ignores', origin, errors);
  config.rules = ruleLevels(value.rules, origin, errors, known);
  const overrides = value.overrides ?? [];
  if (!Array.isArray(overrides)) errors.push(`${origin}: \`overrides\` must be an array of { files, rules }`);
  else {
    overrides.forEach((block: unknown, at) => {
      const where = `${origin}: overrides[${at}]`;
      if (!isRecord(block)) {
        errors.push(`${where}: expected an object with \`files\` and \`rules\``);
        return;
      }
      for (const key of Object.keys(block)) {
        if (!['files', 'excludedFiles', 'rules'].includes(key)) errors.push(`${where}: unknown key \`${key}\` (expected \`files\`, \`excludedFiles\`, \`rules\`)`);
      }
      const files = strings(block.files, 'files', where, errors);
      if (files.length === 0) errors.push(`${where}: \`files\` is required`);
      config.overrides.push({ files, excludedFiles: strings(block.excludedFiles, 'excludedFiles', where, errors), rules: ruleLevels(block.rules, where, errors, known) });
    });
  }
  return { config, errors };
}

/**
 * Read the rule levels of a configuration object (its `rules` key; see {@link parseConfig}).
 *
 * @param config The parsed configuration.
 * @param origin The configuration's path, for error messages.
 * @returns The levels and the errors.
 */
export function levelsFromConfig(config: unknown, origin: string): LevelsResult {
  const { config: data, errors } = parseConfig(config, origin);
  return { levels: data.rules, errors: errors.map(configError) };
}

/**
 * Read `--rule` flags: `JY003=off`, `out-of-order=warn`, `JY003/out-of-order=error`.
 *
 * @param flags The flags in the order given; a later flag for the same rule wins.
 * @returns The levels and the errors.
 */
export function levelsFromFlags(flags: readonly string[]): LevelsResult {
  const errors: string[] = [];
  const levels: Record<string, RuleLevel> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals < 0) {
      errors.push(`--rule \`${flag}\`: expected RULE=off|warn|error`);
      continue;
    }
    const setting = ruleSetting(flag.slice(0, equals).trim(), flag.slice(equals + 1).trim(), '--rule');
    if ('error' in setting) errors.push(setting.error);
    else levels[setting.id] = setting.level;
  }
  return { levels, errors: errors.map(configError) };
}
