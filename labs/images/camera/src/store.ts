// Persistent camera state in <stateDir>/state.json (a volume in the container), written atomically.
import fs from "node:fs";
import path from "node:path";

export type Role = "viewer" | "operator" | "admin";
export const ROLE_RANK: Record<Role, number> = { viewer: 1, operator: 2, admin: 3 };
// ptz: the extra "ptz" group; sealed: the password encrypted under the device key, because ONVIF's
// UsernameToken digest (SHA-1 over nonce + created + password) cannot be checked against HA1 values.
export type Account = { role: Role; ha1md5: string; ha1sha256: string; createdAt: string; ptz?: boolean; sealed?: string };
type InstalledCert = { id: string; pem: string; keyPem?: string; csrPem?: string; subject: string };

export type CamState = {
  schema: 1;
  serial: string;
  model: string;
  hostname: string;
  firstBootAt: string;
  bootCount: number;
  accounts: Record<string, Account>;
  params: Record<string, string>; // only values that differ from the defaults
  clockOffsetMs: number;
  firmware: { pendingCommit: boolean; rollbackAt?: number; lastUpgradeAt?: string };
  certs: { ca: InstalledCert[]; client: InstalledCert[]; httpsCertId: string };
};

export function freshState(serial: string, model: string, hostname: string): CamState {
  return {
    schema: 1,
    serial,
    model,
    hostname,
    firstBootAt: new Date().toISOString(),
    bootCount: 0,
    accounts: {},
    params: {},
    clockOffsetMs: 0,
    firmware: { pendingCommit: false },
    certs: { ca: [], client: [], httpsCertId: "deviceid" },
  };
}

export class Store {
  readonly file: string;
  state: CamState;
  constructor(
    readonly dir: string,
    init: () => CamState,
  ) {
    fs.mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, "state.json");
    let loaded: CamState | undefined;
    try {
      loaded = JSON.parse(fs.readFileSync(this.file, "utf8"));
    } catch {
      loaded = undefined; // first boot (or an unreadable file: start from factory state)
    }
    this.state = loaded?.schema === 1 ? loaded : init();
  }
  get firstBoot(): boolean {
    return this.state.bootCount === 0;
  }
  save(): void {
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.state));
    fs.renameSync(tmp, this.file);
  }
}
