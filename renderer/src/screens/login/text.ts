export const T = {
  title: '登录',
  operator: '操作员',
  pin: 'PIN',
  pinPh: '请输入 PIN',
  submit: '登录',
  choose: '请选择操作员',
  locked: (name: string) => `屏幕已锁定。${name}请输入 PIN 继续；其他人可选择自己的名字登录。`,
};
