import { formatMarker } from '../../markers/registry.js';
import type { Rule, RuleFinding } from '../types.js';

/** JY012: 首先 … 其次 mixed with 第一 … 第二 in one sequence. */
export const mixedSequence: Rule = {
  names: ['JY012', 'mixed-sequence'],
  description: {
    en: '`首先` `其次` `再次` mixed with `第一` `第二` in one sequence; `最后` may close a `第一` sequence.',
    zh: '序次语混用：同一组中“首先”“其次”“再次”与“第一”“第二”混用；“第一”组以“最后”收尾不算错。',
  },
  severity: 'warning',
  tags: ['numbering', 'consistency'],
  examples: {
    bad: ['首先，要提高思想认识。', '第二，要加强组织领导。', '最后，要强化工作保障。'],
    good: ['首先，要提高思想认识。', '其次，要加强组织领导。', '最后，要强化工作保障。'],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const run of context.runs()) {
      if (run.family !== 'di') continue;
      const lead = run.members.find((member) => member.marker !== undefined);
      const style = lead?.style;
      run.members.forEach((member, index) => {
        if (member.marker === undefined || member.style === style || style === undefined) return;
        // 第一，… 第二，… 最后，… is how speeches end a list.
        if (style === 'di' && member.marker.startsWith('最后') && index === run.members.length - 1) return;
        const expected = formatMarker(style, member.ordinal, member.marker);
        findings.push({
          place: member.position,
          reason: {
            zh: `序次语混用：“${member.marker}”与本组的“${lead?.marker ?? ''}”不是一类，应为“${expected}”`,
            en: `首先/其次 mixed with 第一/第二 in one sequence: expected ${expected}, found ${member.marker}`,
          },
          actual: member.marker,
          expected,
        });
      });
    }
    return findings;
  },
};
