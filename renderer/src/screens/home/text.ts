export const T = {
  welcome: (name: string) => `${name}，您好`,
  households: '在册户数',
  groups: '村小组',
  todo: '待办事项',
  noHouseholds: '花名册还是空的：请先到“农户花名册”添加农户或从 Excel 导入。',
  allDone: '暂无待办事项',
  lowStock: (names: string[]) => `积分超市有 ${names.length} 种商品库存不足（${names.slice(0, 5).join('、')}${names.length > 5 ? ' 等' : ''}）：请到“积分超市”入库。`,
  openObjections: (n: number) => `有 ${n} 条公示异议待处理：请到“公示与打印 → 异议处理”查看。`,
};
