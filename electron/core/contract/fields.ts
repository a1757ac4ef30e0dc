import { z } from 'zod';

/** Shared field schemas with Chinese messages, used by every domain contract. */
export const id = z.number().int().positive();
export const nonEmpty = (label: string, max = 100) =>
  z.string().trim().min(1, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);
export const optionalText = (label: string, max = 500) =>
  z.string().trim().max(max, `${label}不能超过 ${max} 个字`).default('');
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
export const pin = z.string().regex(/^\d{4,8}$/, 'PIN 应为 4 到 8 位数字');
/** Points and stock: integers only — a string from a form is parsed before it gets here. */
export const points = z.number().int('积分必须是整数').min(-1_000_000).max(1_000_000);
export const empty = z.object({}).strict();
export const page = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export const file = z.object({
  fileName: z.string().max(255),
  dataBase64: z.string().max(30_000_000, '文件太大（超过 20 MB）'),
});
