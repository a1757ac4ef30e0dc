/** What crosses either transport: a value, or an error a person can read. */
export interface ApiError {
  /** Stable machine code, e.g. `INVALID_INPUT`, `NOT_ENOUGH_POINTS`. */
  code: string;
  /** Simplified Chinese, shown to the user as is. */
  message: string;
}
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A generated file (xlsx, pdf) travelling to the renderer. */
export interface FileResult {
  fileName: string;
  mime: string;
  dataBase64: string;
}

export const GENERIC_ERROR_MESSAGE = '操作没有完成，出现了意外错误。数据没有改动，请重试；多次出现请联系技术人员。';
