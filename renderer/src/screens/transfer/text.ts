export const T = {
  title: '导出数据包（报送乡镇）',
  intro: '把本村的数据导出成一个数据包文件，用 U 盘带到乡镇。数据包里没有身份证号和电话号码。',
  fingerprint: '本村密钥指纹',
  fingerprintHelp: '乡镇第一次导入本村数据包时会显示同样的指纹，请在纸上抄下来交给乡镇核对。',
  noKey: '首次导出时自动生成',
  nextFile: '下一个数据包',
  drives: '找到的 U 盘',
  refresh: '重新查找 U 盘',
  noDrive: '没有找到 U 盘。请插好 U 盘后点“重新查找”，或在下面直接填写文件夹。',
  free: (mb: number) => `剩余 ${mb} MB`,
  folder: '写入的文件夹',
  folderPlaceholder: '例如 E:\\ 或 /media/用户名/U盘',
  write: '写入 U 盘',
  download: '下载数据包',
  writing: '正在写入并核对…',
  written: (name: string, path: string) => `已写入并核对无误：${name}（${path}）`,
  downloaded: (name: string) => `已生成 ${name}，请保存到 U 盘`,
  history: '导出记录',
  cols: { sequence: '序号', period: '月份', fileName: '文件名', createdAt: '导出时间' },
  lists: {
    title: '乡镇下发的政府事务清单',
    intro: '乡镇下发的依法履职清单、依法协助清单（.cunjilist 文件）经本村会议通过后导入，成为本村这两个清单的新版本；名称不变的事项保留原来的责任人。',
    choose: '选择清单文件',
    chosen: (name: string) => `已选择：${name}。请填写通过清单的会议：`,
    adopt: '导入清单',
    adopted: (a: { township: string; issuedOn: string; lists: { name: string; version: number }[] }) =>
      `已采用${a.township}${a.issuedOn}下发的政府事务清单：${a.lists.map((l) => `${l.name}第 ${l.version} 版`).join('、')}`,
    fingerprint: (fp: string) => `乡镇密钥指纹：${fp}（可与乡镇纸面核对）`,
  },
};

/** Home-page to-dos from the transfer screens. */
export const TODO = {
  neverSent: '本村还没有向乡镇报送过数据包（“报送乡镇”页面）',
  overdue: (days: number) => `距上次报送乡镇已经 ${days} 天，请导出数据包送到乡镇`,
  noPackages: '还没有导入任何村的数据包（“乡镇汇总”页面）',
  stale: (n: number) => `${n} 个村超过 45 天没有报送数据包`,
};
