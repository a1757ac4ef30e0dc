export const T = {
  welcome: (name: string) => `${name}，您好`,
  households: '在册户数',
  groups: '村小组',
  todo: '待办事项',
  noHouseholds: '花名册还是空的：请先到“农户花名册”添加农户或从 Excel 导入。',
  allDone: '暂无待办事项',
  openObjections: (n: number) => `有 ${n} 条公示异议待处理：请到“公示与打印 → 异议处理”查看。`,
};
