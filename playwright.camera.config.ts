import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The camera's web interface in Debian's Chromium, against a CamOS started in-process on loopback by the
// spec itself: no academy server needed, so it is its own small config (scripts/test.sh runs it too).
export default defineConfig({
  ...base,
  testDir: "labs/images/camera/e2e",
  webServer: undefined,
  use: { ...base.use, baseURL: undefined, ignoreHTTPSErrors: true },
});
