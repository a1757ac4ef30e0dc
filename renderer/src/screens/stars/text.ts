export const T = {
  title: '星级文明户',
  year: '年度',
  yearOption: (y: number) => `${y}年`,
  rule: {
    title: '评定标准（按年度累计积分）',
    level: (n: number) => `${n}星`,
    points: '分以上',
    help: '由村民代表大会或村两委会议确定；一星必填，更高星级可不设。改动后以最新标准为准，原标准留档。',
    note: '说明（如通过的会议）',
    save: '保存标准',
    saved: '评定标准已保存',
    none: (year: number) => `还没有设定 ${year} 年的评定标准。`,
    current: (by: string, at: string) => `当前标准由 ${by} 于 ${at} 设定`,
  },
  counts: (stars: number, n: number) => (stars === 0 ? `未达星级 ${n} 户` : `${stars}星 ${n} 户`),
  cols: { number: '户号', head: '户主', group: '村小组', points: '年度积分', stars: '星级' },
  print: { list: '打印名单', certificates: '打印证书', minStars: '证书星级', minOption: (n: number) => `${n}星及以上` },
};
