export const T = {
  appName: '村级清单积分管理系统',
  loading: '正在打开数据…',
  loadFailed: '无法读取系统状态',
  retry: '重试',
  logout: '退出登录',
  operator: '操作员',
  township: '乡镇版',
};
