import { renderTemplate } from "./generate-variables";
import { readImageProfile } from "./runtime/image-profile";
import type { HostSpec } from "./runtime/lab-runtime";
import { GRADER_HOST, type Lab } from "./schema";

/** Image of the per-session grader host, in the lab's images folder (labs/images/grader). */
export const GRADER_IMAGE = "grader";

/**
 * The lab's hosts with their image tag, profile and env (variables filled in), plus the session's grader:
 * no terminal, no env (expected values reach it only in a check's exec), nothing listening.
 */
export async function resolveHostSpecs(lab: Lab, vars: Record<string, string>): Promise<HostSpec[]> {
  const hosts = [...lab.hosts, { name: GRADER_HOST, image: GRADER_IMAGE, env: {} as Record<string, string> }];
  return Promise.all(
    hosts.map(async (h) => {
      const image = await readImageProfile(lab.imagesDir, h.image);
      if (!image.ok) throw new Error(image.error);
      const env = Object.fromEntries(Object.entries(h.env).map(([k, v]) => [k, renderTemplate(v, vars)]));
      return { name: h.name, image: h.image, tag: image.tag, profile: image.profile, env };
    }),
  );
}
