/**
 * Masking rules — the one place that decides what of a person's identity may
 * show on a screen facing villagers or on public paper.
 */

/** 138****1234; landlines keep the area code and the last 2 digits. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  if (phone.length <= 4) return '*'.repeat(phone.length);
  return `${phone.slice(0, Math.min(4, phone.length - 4))}${'*'.repeat(Math.max(0, phone.length - 6))}${phone.slice(-2)}`;
}

/** 460***********123X — never the birth date. */
export function maskIdCard(idCard: string | null | undefined): string {
  if (!idCard) return '';
  return `${idCard.slice(0, 3)}${'*'.repeat(Math.max(0, idCard.length - 7))}${idCard.slice(-4)}`;
}

/** 张*明, 李*, 欧阳**: first character kept, and the last for names of three or more. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/**
 * Free text (a note) as it may go on paper handed out: anything shaped like
 * an ID-card or mobile number is masked, the rest is left as written.
 */
export function maskNumbersInText(text: string): string {
  return text.replace(/\d{17}[\dXx]/g, (n) => maskIdCard(n)).replace(/1\d{10}/g, (n) => maskPhone(n));
}
