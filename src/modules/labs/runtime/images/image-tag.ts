/**
 * The tag labs run (default `current`). Each checkout that builds its own images can set its own
 * `LAB_IMAGE_TAG`, so several academies on one engine never run each other's camera builds.
 * Its own file: the app imports it, and image-paths.ts's `new URL(…, import.meta.url)` breaks Turbopack's build.
 */
export function imageTag(source: NodeJS.ProcessEnv = process.env): string {
  const tag = source.LAB_IMAGE_TAG || "current";
  if (!/^[a-z][a-z0-9_.-]{0,40}$/u.test(tag)) throw new Error(`LAB_IMAGE_TAG: "${tag}" is not a valid image tag (a-z, 0-9, . _ -)`);
  return tag;
}
