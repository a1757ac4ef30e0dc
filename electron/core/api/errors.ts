/** An error a person can cause and fix; its message is shown as is. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const denied = (action: string) => new UserError('FORBIDDEN', `当前操作员没有“${action}”的权限`);
export const notFound = (what: string) => new UserError('NOT_FOUND', `没有找到该${what}，可能已被删除或编号有误`);
