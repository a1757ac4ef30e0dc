import { z } from 'zod';
import { fieldLabel } from './labels.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  array: '列表',
  object: '一组内容',
  bigint: '整数',
  date: '日期',
  null: '空',
  undefined: '空',
};

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

/**
 * Chinese refusals that name the field. zod's own Chinese locale says
 * “无效输入：期望 string，实际接收 undefined” — English type names and no
 * field, which a clerk cannot act on. A schema's own message still wins.
 */
export function chineseError(iss: Issue): string {
  const label = fieldLabel(iss.path) ?? '输入内容';
  const i = iss as Issue & { expected?: string; origin?: string; minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean; keys?: string[] };
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined || iss.input === null) return `请填写${label}`;
      return `${label}应为${TYPE_NAMES[i.expected ?? ''] ?? '正确的内容'}`;
    case 'too_small': {
      const min = Number(i.minimum);
      if (i.origin === 'string') return min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`;
      if (i.origin === 'array' || i.origin === 'set') return min <= 1 ? `请至少选择一项${label}` : `${label}至少 ${min} 项`;
      return i.inclusive === false ? `${label}必须大于 ${min}` : `${label}不能小于 ${min}`;
    }
    case 'too_big': {
      const max = Number(i.maximum);
      if (i.origin === 'string') return `${label}不能超过 ${max} 个字`;
      if (i.origin === 'array' || i.origin === 'set') return `${label}最多 ${max} 项`;
      return i.inclusive === false ? `${label}必须小于 ${max}` : `${label}不能大于 ${max}`;
    }
    case 'invalid_value':
      return `${label}不在可选范围内，请重新选择`;
    case 'invalid_format':
      return `${label}格式不对`;
    case 'not_multiple_of':
      return `${label}必须是 ${String((iss as { divisor?: number }).divisor)} 的倍数`;
    case 'unrecognized_keys':
      return `有不认识的项目：${(i.keys ?? []).join('、')}`;
    default:
      return `${label}不正确`;
  }
}

/** Installs the Chinese error map for every schema parsed in this process. */
export function useChineseErrors(): void {
  z.config({ customError: chineseError });
}
