export const T = {
  title: '审计日志',
  intro: '每一次修改数据都有记录：谁、什么时间、做了什么。日志只能追加，任何人都不能修改或删除。',
  operator: '操作员',
  allOperators: '全部操作员',
  search: '搜索操作或内容',
  dates: '日期',
  cols: { at: '时间', operator: '操作员', label: '操作', summary: '内容' },
  system: '（未登录）',
  total: (n: number) => `共 ${n} 条`,
};
