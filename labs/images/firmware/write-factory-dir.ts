// The camera's /opt/camos/factory: vendor CA certificates, the intermediate key that plays the factory's
// provisioning station (TEST KEY), the signed factory OS image and the vendor's revocation list.
import fs from "node:fs";
import path from "node:path";
import { factoryFirmware, KEYS_DIR, REVOKED_VERSIONS } from "./generate-firmware-samples";

export function writeFactoryDir(dir: string, osPayload: Buffer, model = "CW-P3265", keysDir = KEYS_DIR): void {
  fs.mkdirSync(dir, { recursive: true });
  // World-readable inside the image: the camera runs as the unprivileged `camos` user.
  for (const f of ["vendor-root.pem", "vendor-intermediate.pem", "vendor-intermediate.key.pem"])
    fs.writeFileSync(path.join(dir, f), fs.readFileSync(path.join(keysDir, f)), { mode: 0o644 });
  fs.writeFileSync(path.join(dir, "firmware.cwfw"), factoryFirmware(model, osPayload, keysDir));
  fs.writeFileSync(path.join(dir, "revoked.json"), JSON.stringify({ versions: REVOKED_VERSIONS }, null, 2) + "\n");
}
