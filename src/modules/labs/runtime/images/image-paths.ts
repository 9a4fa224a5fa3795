import { fileURLToPath } from "node:url";

/** labs/images in this checkout (src/modules/labs/runtime/images -> repo root). */
export const REPO_ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));
export const IMAGES_DIR = fileURLToPath(new URL("../../../../../labs/images/", import.meta.url));
export type ImageName = "base" | "camera" | "workstation" | "grader";
export const imageRepo = (name: ImageName) => `cyberwall/${name}`;

export { imageTag } from "./image-tag";
