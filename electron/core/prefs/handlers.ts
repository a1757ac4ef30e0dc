import type { DomainHandlers } from '../api/dispatcher.js';
import type { prefsApi } from '../contract/prefs.js';

export const prefsHandlers: DomainHandlers<keyof typeof prefsApi> = {
  'prefs.get': (_i, ctx) => ctx.prefs.read(),

  'prefs.set': (input, ctx) => {
    const next = ctx.prefs.write(input);
    ctx.audit(`本机打印设置：打印机 ${next.printer || '系统默认'}，纸张 ${next.paperSize}，凭证打印机 ${next.receiptPrinter || '未设置'}`);
    return next;
  },
};
