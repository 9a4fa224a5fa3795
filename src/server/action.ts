import "server-only";
import type { z } from "zod";
import { getCurrentUser, requireUser, type CurrentUser } from "./auth/guards";
import { auditDeniedAction } from "./auth/audit-denied-action";
import { withResource, type Permission } from "./auth/authorize-resource";
import type { Role } from "@/src/modules/accounts/schema";

export type FormState = { ok?: boolean; message?: string; errors?: Partial<Record<string, string>>; values?: Record<string, string> };

const MAX_FIELD = 20_000;

/** FormData -> plain strings; Next's internal `$ACTION` fields and oversized values are dropped. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$") || typeof value !== "string") continue;
    values[key] = value.slice(0, MAX_FIELD + 1);
  }
  return values;
}

function fieldErrors(error: z.ZodError): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Echo back what was typed (never passwords) so a failed submit loses nothing. */
function echo(values: Record<string, string>) {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !/password/iu.test(k)));
}

type Handler<S extends z.ZodType, U> = (input: z.output<S>, user: U) => Promise<FormState | void>;

function wrap<S extends z.ZodType, U>(schema: S, getUser: () => Promise<U>, handler: Handler<S, U>) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const user = await getUser();
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error), values: echo(values) };
    const result = (await handler(parsed.data, user)) ?? { ok: true };
    return result.ok === false ? { ...result, values: echo(values) } : result;
  };
}

/** The role guard of every action; a refused call by a signed-in user is audited first. */
async function guard(roles: Role[], name: string): Promise<CurrentUser> {
  await auditDeniedAction(await getCurrentUser(), roles, name);
  return requireUser(...roles);
}

/** A form action that re-checks the session and role, then validates with zod. */
export function userFormAction<S extends z.ZodType>(roles: Role[], schema: S, handler: Handler<S, CurrentUser>) {
  return wrap(schema, () => guard(roles, handler.name), handler);
}

/** A form action on one resource: role guard, zod, then the resource's permission; the handler gets it. */
export function resourceFormAction<S extends z.ZodType, R extends { id: string }>(
  roles: Role[],
  schema: S,
  permission: Permission<z.output<S>, R>,
  handler: (input: z.output<S>, user: CurrentUser, resource: R) => Promise<FormState | void>,
) {
  return wrap(
    schema,
    () => guard(roles, handler.name),
    (input: z.output<S>, user: CurrentUser) =>
      withResource(permission, input, user, handler.name, (resource) => handler(input, user, resource)),
  );
}

/** A form action open to anonymous visitors (sign up, sign in): validation only. */
export function publicFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, null>) {
  return wrap(schema, async () => null, handler);
}

/** A non-form action (called with arguments): session + role + zod. */
export function userAction<S extends z.ZodType, R>(
  roles: Role[],
  schema: S,
  handler: (input: z.output<S>, user: CurrentUser) => Promise<R>,
) {
  return async (input: unknown): Promise<R> => {
    const user = await guard(roles, handler.name);
    return handler(schema.parse(input), user);
  };
}
