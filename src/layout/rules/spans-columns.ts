import type { JoinRule } from './types.js';

/** A headline set across the columns does not run on into a column, nor a column into it. */
export const spansColumns: JoinRule = {
  id: 'spans-columns',
  description: 'A headline set across the columns does not run on into a column, nor a column into it.',
  gap: 'any',
  decide: (step) => (step.last.spans === step.next.spans ? undefined : 'break'),
  // A centred title over three columns, as pdftotext -layout prints a newspaper page.
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: [
      '           临江市2023年交通运输重点工作任务分解方案',
      '   为加快建设交通强市，确保全年交通运        二、提升运输服务质量      一时间提醒纠正，严防重特大道路运输事',
      '输重点工作落地见效，根据全市交通运输工     1、城市公共交通。新开通和优化调整 故。',
      '作会议部署，现将主要任务分解如下。     公交线路15条，更新新能源公交车200辆，   2、桥隧安全。开展公路桥梁隧道安全',
      '    一、加快综合立体交通网建设     城区公交站点500米覆盖率达到95%以上。 隐患排查，3月底前完成第一轮排查，对排',
      '   1、高速公路建设。全力推进3个高速公   2、物流降本增效。推动多式联运发 查出的隐患实行清单化管理、销号式整改。',
    ], at: 1, decision: 'break' },
  ];
  },
};
