import { renderTemplate } from "./generate-variables";
import { readImageProfile } from "./runtime/image-profile";
import type { HostSpec } from "./runtime/lab-runtime";
import type { Lab } from "./schema";

/** The lab's hosts with their image tag, profile and env (variables filled in). */
export async function resolveHostSpecs(lab: Lab, vars: Record<string, string>): Promise<HostSpec[]> {
  return Promise.all(
    lab.hosts.map(async (h) => {
      const image = await readImageProfile(lab.imagesDir, h.image);
      if (!image.ok) throw new Error(image.error);
      const env = Object.fromEntries(Object.entries(h.env).map(([k, v]) => [k, renderTemplate(v, vars)]));
      return { name: h.name, image: h.image, tag: image.tag, profile: image.profile, env };
    }),
  );
}
