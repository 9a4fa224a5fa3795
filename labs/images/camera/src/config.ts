// Everything the camera reads from its environment, with the in-image defaults. Documented in ../README.md.
import os from "node:os";

export type CamosConfig = {
  stateDir: string;
  factoryDir: string;
  host: string;
  httpPort: number;
  httpsPort: number;
  ssdpPort: number; // 0 = off
  mdnsPort: number; // 0 = off
  wsdPort: number; // WS-Discovery; 0 = off
  sshPort: number; // banner only, while Network.SSH.Enabled=yes; 0 = never
  ftpPort: number;
  controlSocket: string;
  serial: string;
  model: string;
  hostname: string;
  discoveryWindowMs: number;
  rollbackMs: number;
  maxUploadBytes: number;
  scenario: {
    adminUser?: string;
    adminPassword?: string;
    params?: string;
    passwordPolicy?: string;
    tamperOs?: boolean;
    recoveryConsole?: boolean;
  };
  quiet: boolean;
};

const num = (v: string | undefined, d: number) => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : d);

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): CamosConfig {
  return {
    stateDir: env.CAMOS_STATE_DIR || "/var/lib/camos",
    factoryDir: env.CAMOS_FACTORY_DIR || "/opt/camos/factory",
    host: env.CAMOS_LISTEN || "0.0.0.0",
    httpPort: num(env.CAMOS_HTTP_PORT, 80),
    httpsPort: num(env.CAMOS_HTTPS_PORT, 443),
    ssdpPort: num(env.CAMOS_SSDP_PORT, 1900),
    mdnsPort: num(env.CAMOS_MDNS_PORT, 5353),
    wsdPort: num(env.CAMOS_WSD_PORT, 3702),
    sshPort: num(env.CAMOS_SSH_PORT, 22),
    ftpPort: num(env.CAMOS_FTP_PORT, 21),
    controlSocket: env.CAMOS_CONTROL_SOCKET || "/tmp/camos-control.sock",
    serial: (env.CAMOS_SERIAL || "B8A44F3C2D10").toUpperCase(),
    model: env.CAMOS_MODEL || "CW-P3265",
    hostname: env.CAMOS_HOSTNAME || os.hostname(),
    discoveryWindowMs: num(env.CAMOS_DISCOVERY_WINDOW_SECONDS, 3600) * 1000,
    rollbackMs: num(env.CAMOS_ROLLBACK_SECONDS, 300) * 1000,
    maxUploadBytes: num(env.CAMOS_MAX_UPLOAD_BYTES, 64 * 1024 * 1024),
    scenario: {
      adminUser: env.CAMOS_ADMIN_USER || undefined,
      adminPassword: env.CAMOS_ADMIN_PASSWORD || undefined,
      params: env.CAMOS_PARAMS || undefined,
      passwordPolicy: env.CAMOS_PASSWORD_POLICY || undefined,
      tamperOs: env.CAMOS_TAMPER_OS === "1",
      recoveryConsole: env.CAMOS_RECOVERY_CONSOLE === "1",
    },
    quiet: env.CAMOS_QUIET === "1",
  };
}
