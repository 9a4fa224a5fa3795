// npm run labs:images [-- --verbose] : builds cyberwall/base, camera and workstation through the Engine API.
import { buildLabImages } from "../src/modules/labs/runtime/images/build-lab-images";

buildLabImages({ verbose: process.argv.includes("--verbose") }).catch((err: unknown) => {
  console.error(`labs:images failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
