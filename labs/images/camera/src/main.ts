// CamOS entry point (bundled to dist/camos.js). Exit code 3 = secure boot refused the installed OS image.
import { Camera } from "./camera";
import { configFromEnv } from "./config";
import { SecureBootError } from "./firmware";
import { serveRecovery } from "./recovery";

const cam = new Camera(configFromEnv());
cam.start().then(
  () =>
    cam.log(
      "info",
      `ready: http ${cam.ports.http}, https ${cam.ports.https}, ssdp ${cam.ports.ssdp || "off"}, mdns ${cam.ports.mdns || "off"}, ws-discovery ${cam.ports.wsd || "off"}`,
    ),
  (err: unknown) => {
    if (err instanceof SecureBootError) {
      console.error(`camos: SECURE BOOT FAILED: ${err.message}. Refusing to boot.`);
      // On a bench with a service console attached (a lab scenario), the boot ROM stays up and shows why;
      // otherwise the device simply does not come up.
      if (cam.config.scenario.recoveryConsole) return void serveRecovery(cam.config, err.message);
      process.exit(3);
    }
    console.error(`camos: boot failed: ${(err as Error).stack ?? err}`);
    process.exit(1);
  },
);
for (const sig of ["SIGTERM", "SIGINT"] as const) process.on(sig, () => void cam.stop().finally(() => process.exit(0)));
process.on("uncaughtException", (err) => cam.log("err", `uncaught: ${err.stack ?? err}`)); // a camera keeps serving
