/** Strings of the PDF pages view and printing, shared by every screen that previews a PDF. */
export const T = {
  region: 'PDF 预览',
  loading: '正在显示 PDF……',
  page: (n: number, total: number) => `第 ${n} 页，共 ${total} 页`,
  failed: 'PDF 无法显示，请点“保存 PDF”后用其他软件打开。',
};
