/** Strings of the PDF pages view and printing, shared by every screen that previews a PDF. */
export const T = {
  region: 'PDF 预览',
  loading: '正在显示 PDF……',
  page: (n: number, total: number) => `第 ${n} 页，共 ${total} 页`,
  failed: 'PDF 无法显示，请点“保存 PDF”后用其他软件打开。',
  settings: {
    open: '打印设置',
    title: '本机打印设置',
    help: '这些设置只对这台电脑有效。',
    printer: '打印机',
    systemDefault: '系统默认打印机',
    paper: '纸张大小',
    receiptPrinter: '兑换凭证打印机',
    receiptHelp: '选定后，兑换凭证不弹出打印对话框，直接在这台打印机上打印。',
    askEachTime: '每次弹出打印对话框',
    saved: '打印设置已保存',
  },
};
