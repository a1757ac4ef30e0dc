export const T = {
  title: '登录',
  operator: '操作员',
  pin: 'PIN',
  pinPh: '请输入 PIN',
  submit: '登录',
  choose: '请选择操作员',
  switched: '切换操作员：请接班的人选择自己的名字并输入 PIN，登录后回到刚才的页面。',
  loggedOut: '已退出登录。',
  locked: (name: string) => `屏幕已锁定。${name}请输入 PIN 继续；其他人可选择自己的名字登录。`,
};
