export const T = {
  welcome: (name: string) => `${name}，您好`,
  households: '在册户数',
  groups: '村小组',
  todo: '待办事项',
  noHouseholds: '花名册还是空的：请先到“农户花名册”添加农户或从 Excel 导入。',
  allDone: '暂无待办事项',
  setup: {
    lists: '选择清单：本村采用哪些清单（四大清单、政府事务清单），并登记通过清单的会议。',
    cadres: '登记村干部：录入村两委干部、村小组长等，之后给他们分配职责事项。',
    operators: '添加操作员：录入员和审核员须由不同的人担任，请为村里其他工作人员建立账号。',
    go: (screen: string) => `去${screen}`,
  },
  lowStock: (names: string[]) => `积分超市有 ${names.length} 种商品库存不足（${names.slice(0, 5).join('、')}${names.length > 5 ? ' 等' : ''}）：请到“积分超市”入库。`,
  publish: {
    dutyWeekly: (period: string) => `${period}的干部履职积分周公示还没有发布：请到“公示与打印”发布。`,
    monthly: (period: string, deadline: string | null) => `${period}的村民积分月公示还没有发布：请在 ${deadline ?? ''} 前发布（每月 10 日前公开）。`,
    quarterly: (period: string) => `${period}的积分季度公示还没有发布：请到“公示与打印”发布。`,
  },
  openObjections: (n: number) => `有 ${n} 条公示异议待处理：请到“公示与打印 → 异议处理”查看。`,
};
