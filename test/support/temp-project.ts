import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** A folder of files on disk, and the CLI run in-process with it as the working directory. */
export interface TempProject {
  root: string;
  /** Run `jyparse ARGV` in-process in the folder (or in `cwd`, relative to it). */
  run(argv: string[], options?: { stdin?: string; cwd?: string }): Promise<{ code: number; out: string; err: string }>;
  /** A file's text, relative to the folder. */
  read(path: string): string;
  write(path: string, text: string): void;
}

/**
 * Make a temporary folder holding `files` (paths relative to it; parents are made).
 *
 * @param files The files and their texts.
 */
export function tempProject(files: Record<string, string>): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'jyparse-ci-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  for (const [path, text] of Object.entries(files)) write(path, text);
  return {
    root,
    write,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    async run(argv, options = {}) {
      let out = '';
      let err = '';
      const cwd = resolve(root, options.cwd ?? '.');
      const io: Io = {
        read: async (path) => (path === '-' ? new TextEncoder().encode(options.stdin ?? '') : readFileSync(resolve(cwd, path))),
        stdout: (text) => (out += text),
        stderr: (text) => (err += text),
        isTTY: false,
        env: {},
        cwd,
      };
      const code = await main(argv, io);
      return { code, out, err };
    },
  };
}

const head = [
  '临江市人民政府办公室关于做好2023年度重点工作的通知',
  '各县（市）区人民政府，市政府各部门，各有关单位：',
  '为深入贯彻党的二十大精神，全面落实市委、市政府决策部署，推动全市经济社会高质量发展，确保全年目标任务圆满完成，经市政府同意，现就做好2023年度重点工作有关事项通知如下。各地各部门要提高政治站位，强化责任担当，结合实际抓好贯彻落实，及时报送工作进展情况，确保各项任务落地见效。',
];

/** A notice with the given numbered lines after a fixed head (lines 4 on). */
export const notice = (...lines: string[]): string => `${[...head, ...lines].join('\n')}\n`;

/** Lines 4 to 6: clean. */
export const cleanNotice = notice('（一）加强组织领导。各级党委和政府主要负责人是本地区第一责任人。', '（二）完善工作机制。建立健全定期调度、督查通报制度。', '（三）强化工作保障。优先保障重点项目资金需求。');
/** Line 5: JY007 (a half-width bracket among full-width ones), a warning. */
export const bracketNotice = notice('（一）加强组织领导。各级党委和政府主要负责人是本地区第一责任人。', '(二)完善工作机制。建立健全定期调度、督查通报制度。', '（三）强化工作保障。优先保障重点项目资金需求。');
/** Line 6: JY001 (a gap, 一 二 四), an error. */
export const gapNotice = notice('（一）加强组织领导。各级党委和政府主要负责人是本地区第一责任人。', '（二）完善工作机制。建立健全定期调度、督查通报制度。', '（四）强化工作保障。优先保障重点项目资金需求。');
/** Line 5: JY008 (`2、` among `1.` and `3.`), a warning. */
export const delimiterNotice = notice('1.严格落实领导责任。', '2、强化企业主体责任。', '3.加强监督检查。');
