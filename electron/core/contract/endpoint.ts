import type { z } from 'zod';

/** Operator roles. A person may hold several. */
export const ROLES = ['admin', 'clerk', 'reviewer', 'cashier'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who may call an endpoint: `public` before login (setup, login),
 * `session` any logged-in operator, or a list of roles (any one suffices).
 */
export type Access = 'public' | 'session' | readonly Role[];

/**
 * `read` runs as is; `write` must be synchronous and runs inside one
 * IMMEDIATE transaction opened by the dispatcher; `async` may await (file
 * parsing, PDF rendering) and opens its own transactions with `ctx.tx`.
 */
export type Mode = 'read' | 'write' | 'async';

export interface Endpoint<I extends z.ZodType = z.ZodType, O = unknown> {
  /** What the action is called in Chinese: shown in the audit log and in refusals. */
  readonly label: string;
  readonly input: I;
  readonly access: Access;
  readonly mode: Mode;
  /** Phantom: carries the result type; never set at run time. */
  readonly __output?: O;
}

/** `endpoint<Result>()('新增农户', schema, access, mode)` — the result type is given, the input inferred. */
export function endpoint<O>() {
  return <I extends z.ZodType>(label: string, input: I, access: Access, mode: Mode): Endpoint<I, O> => ({ label, input, access, mode });
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Merges domain contracts into one map; a name defined twice is a programming error. */
export function mergeContracts<T extends Record<string, Endpoint>[]>(...parts: T): UnionToIntersection<T[number]> {
  const merged: Record<string, Endpoint> = {};
  for (const part of parts) {
    for (const [name, ep] of Object.entries(part)) {
      if (name in merged) throw new Error(`duplicate API method: ${name}`);
      merged[name] = ep;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
