import { app, dialog, Menu, type MenuItemConstructorOptions } from 'electron';

/** The menu bar an office PC user expects, in Chinese; no developer items in the installed app. */
export function chineseMenu(title: string): Menu {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { role: 'resetZoom', label: '实际大小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ];
  if (!app.isPackaged) view.push({ type: 'separator' }, { role: 'reload', label: '重新加载' }, { role: 'toggleDevTools', label: '开发者工具' });
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '窗口', submenu: [{ role: 'minimize', label: '最小化' }, { role: 'close', label: '关闭' }] },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于',
          click: () =>
            void dialog.showMessageBox({ type: 'info', title, message: title, detail: `版本 ${app.getVersion()}\n数据目录：${app.getPath('userData')}`, buttons: ['确定'], noLink: true }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
