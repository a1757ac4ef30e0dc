/**
 * Normalising and checking what clerks type or paste: full-width digits,
 * stray spaces, a lowercase x, dashes in phone numbers.
 */

export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export function normalizeIdCard(raw: string): string {
  return toHalfWidth(raw).replace(/[\s-]/g, '').toUpperCase();
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** GB 11643 (ISO 7064 MOD 11-2) checksum and a real birth date; null when valid, else a Chinese reason. */
export function idCardProblem(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为 18 位（最后一位可以是 X）';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1890 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) {
    return '身份证号中的出生日期不正确';
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (ID_WEIGHTS[i] ?? 0);
  if (ID_CHECK[sum % 11] !== id[17]) return '身份证号校验位不正确，请核对';
  return null;
}

/** Computes the check character for the first 17 digits (demo data and tests make valid numbers with it). */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? '0';
}

export function normalizePhone(raw: string): string {
  return toHalfWidth(raw).replace(/[\s\-()（）]/g, '');
}

export function phoneProblem(phone: string): string | null {
  if (/^1[3-9]\d{9}$/.test(phone)) return null;
  if (/^0\d{9,11}$/.test(phone) || /^\d{7,8}$/.test(phone)) return null;
  return '电话号码格式不正确（手机 11 位，座机可带区号）';
}
