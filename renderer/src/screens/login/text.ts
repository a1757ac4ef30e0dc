export const T = {
  title: '登录',
  operator: '操作员',
  pin: 'PIN',
  pinPh: '请输入 PIN',
  submit: '登录',
  choose: '请选择操作员',
};
