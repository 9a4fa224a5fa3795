import { renderTemplate } from "./generate-variables";
import type { HostSpec } from "./runtime/lab-runtime";
import { GRADER_HOST, GRADER_IMAGE, type Lab } from "./schema";

/**
 * The lab's hosts with their image tag, profile and env (variables filled in), plus the session's grader:
 * no terminal, no env (expected values reach it only in a check's exec), nothing listening.
 */
export function resolveHostSpecs(lab: Lab, vars: Record<string, string>): HostSpec[] {
  const hosts = [...lab.hosts, { name: GRADER_HOST, image: GRADER_IMAGE, env: {} as Record<string, string> }];
  return hosts.map((h) => {
    const env = Object.fromEntries(Object.entries(h.env).map(([k, v]) => [k, renderTemplate(v, vars)]));
    return { name: h.name, image: h.image, tag: lab.images[h.image].tag, profile: lab.images[h.image].profile, env };
  });
}
