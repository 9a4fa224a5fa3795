// The camera: boot sequence (state, device ID, secure boot), servers, clock, parameters, factory default
// and logging. Requests go through front-door.ts to the endpoint handlers in routes-*.ts.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import type net from "node:net";
import type { AddressInfo, Socket } from "node:net";
import path from "node:path";
import type tls from "node:tls";
import { makeAccount, type PasswordPolicy } from "./accounts";
import type { CamosConfig } from "./config";
import { startControl } from "./control";
import { ensureDeviceId, type DeviceId } from "./device-id";
import { startDiscovery, type Discovery } from "./discovery";
import { FirmwareSlots } from "./firmware";
import { authorize, handleRequest } from "./front-door";
import type { Req } from "./http-util";
import { ipAllowed, watchAuditor } from "./ip-filter";
import { LegacyServices } from "./legacy-services";
import { paramDefaults, stripRoot, validValue, type ParamDef } from "./params";
import { freshState, Store, type Account, type Role } from "./store";
import { SyslogForwarder } from "./syslog";

export class Camera {
  store!: Store;
  deviceId!: DeviceId;
  firmware!: FirmwareSlots;
  vendorRootPem = "";
  bootId = randomUUID();
  bootClock = Date.now();
  defs: Record<string, ParamDef> = {};
  logLines: string[] = [];
  private servers: (http.Server | https.Server)[] = [];
  private sockets = new Set<Socket>();
  private discovery?: Discovery;
  private timer?: NodeJS.Timeout;
  private control?: net.Server;
  private syslog = new SyslogForwarder(this);
  readonly legacy = new LegacyServices(this);
  httpsServer?: https.Server;
  ports = { http: 0, https: 0, ssdp: 0, mdns: 0, wsd: 0 };

  private auditor = watchAuditor(process.env.CAMOS_AUDITOR ?? "grader");
  constructor(readonly config: CamosConfig) {}

  get realm() {
    return `CWCAM_${this.store.state.serial}`;
  }
  /** Camera wall clock (labs move it with `camctl clock`). */
  now(): number {
    return Date.now() + this.store.state.clockOffsetMs;
  }
  uptimeMs(): number {
    return this.now() - this.bootClock;
  }
  /** Key that seals account passwords (for ONVIF digest); derived from the device key, so it survives factory default. */
  get sealKey(): Buffer {
    return createHash("sha256").update("camos-account-seal\0").update(this.deviceId.keyPem).digest();
  }
  newAccount(user: string, pwd: string, role: Role, ptz = false): Account {
    return makeAccount(user, pwd, role, this.realm, { ptz, sealKey: this.sealKey });
  }
  get needsSetup(): boolean {
    return Object.keys(this.store.state.accounts).length === 0;
  }

  /** Boots like firmware would; throws SecureBootError when the installed image fails verification. */
  async start(): Promise<void> {
    const c = this.config;
    this.vendorRootPem = fs.readFileSync(path.join(c.factoryDir, "vendor-root.pem"), "utf8");
    this.store = new Store(c.stateDir, () => freshState(c.serial, c.model, c.hostname));
    const s = this.store.state;
    this.firmware = new FirmwareSlots(c.stateDir, c.factoryDir, this.vendorRootPem);
    if (this.store.firstBoot && c.scenario.tamperOs) this.firmware.tamperInstalled();
    this.firmware.boot(s.model);
    this.deviceId = ensureDeviceId(c.stateDir, c.factoryDir, { serial: s.serial, hostname: s.hostname });
    this.refreshDefs();
    if (this.store.firstBoot) this.applyScenario();
    s.bootCount++;
    this.store.save();
    this.log(
      "info",
      `boot ${s.bootCount}: ${s.model} ${s.serial} CamOS ${this.firmware.active.version} (secure boot: image signature verified)`,
    );

    const handler = (secure: boolean) => (raw: http.IncomingMessage, res: http.ServerResponse) =>
      void handleRequest(this, raw, res, secure);
    const plain = http.createServer(handler(false));
    const secure = https.createServer(this.tlsOptions(), handler(true));
    this.httpsServer = secure;
    for (const [server, port, key] of [
      [plain, c.httpPort, "http"],
      [secure, c.httpsPort, "https"],
    ] as const) {
      server.on("connection", (sock: Socket) => this.admit(sock));
      server.on("secureConnection", (sock: Socket) => this.admit(sock));
      server.on("clientError", (_err, sock: Socket) => {
        if (sock.writable)
          sock.end("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\nError: malformed request.\n");
        else sock.destroy();
      });
      server.headersTimeout = 10_000;
      server.requestTimeout = 120_000;
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, c.host, () => resolve());
      });
      this.ports[key] = (server.address() as AddressInfo).port;
      this.servers.push(server);
    }
    this.discovery = await startDiscovery(this);
    this.legacy.sync();
    if (c.controlSocket) this.control = startControl(this, c.controlSocket);
    this.timer = setInterval(() => this.tick(), 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.discovery?.close();
    this.legacy.close();
    this.control?.close();
    for (const sock of this.sockets) sock.destroy();
    await Promise.all(this.servers.map((s) => new Promise((r) => s.close(r))));
    this.syslog.close();
    this.auditor.stop();
  }

  private admit(sock: Socket) {
    this.sockets.add(sock);
    sock.once("close", () => this.sockets.delete(sock));
    sock.on("error", () => sock.destroy());
    if (
      this.param("Network.Filter.Enabled") === "yes" &&
      !ipAllowed(sock.remoteAddress ?? "", this.param("Network.Filter.Input.AcceptAddresses")) &&
      !this.auditor.has(sock.remoteAddress ?? "")
    ) {
      this.log("notice", `IP filter: dropped connection from ${sock.remoteAddress}`);
      sock.destroy();
    }
  }

  tlsOptions(): tls.SecureContextOptions {
    const id = this.store.state.certs.httpsCertId;
    const cert = this.store.state.certs.client.find((x) => x.id === id && x.keyPem);
    const minVersion = this.param("Network.HTTPS.MinTLSVersion") as tls.SecureVersion;
    if (cert) return { key: cert.keyPem, cert: cert.pem, minVersion };
    return { key: this.deviceId.keyPem, cert: this.deviceId.chain.join(""), minVersion };
  }
  reloadTls(): void {
    this.httpsServer?.setSecureContext(this.tlsOptions());
  }

  refreshDefs(): void {
    const s = this.store.state;
    const fw = this.firmware.active;
    this.defs = paramDefaults({ serial: s.serial, model: s.model, version: fw.version, buildDate: fw.buildDate, hostname: s.hostname });
  }
  param(name: string): string {
    return this.store.state.params[name] ?? this.defs[name]?.value ?? "";
  }
  /** Sets without authorisation (scenario setup, camctl); false when the name or value is invalid. */
  setParam(name: string, value: string): boolean {
    const def = this.defs[name];
    if (!def || !validValue(def, value)) return false;
    if (value === def.value) delete this.store.state.params[name];
    else this.store.state.params[name] = value;
    if (name === "Network.HTTPS.MinTLSVersion") this.reloadTls();
    if (name === "Network.SSH.Enabled" || name === "Network.FTP.Enabled") this.legacy.sync();
    return true;
  }
  get passwordPolicy(): PasswordPolicy {
    return this.param("Security.PasswordPolicy") as PasswordPolicy;
  }

  private applyScenario(): void {
    const sc = this.config.scenario;
    if (sc.passwordPolicy) this.setParam("Security.PasswordPolicy", sc.passwordPolicy);
    for (const pair of (sc.params ?? "").split(/[;\n]/).filter(Boolean)) {
      const eq = pair.indexOf("=");
      if (!this.setParam(stripRoot(pair.slice(0, eq).trim()), pair.slice(eq + 1).trim()))
        this.log("warning", `CAMOS_PARAMS: ignored "${pair}"`);
    }
    if (sc.adminUser && sc.adminPassword)
      this.store.state.accounts[sc.adminUser] = this.newAccount(sc.adminUser, sc.adminPassword, "admin", true);
  }

  reboot(reason: string): void {
    this.bootId = randomUUID();
    this.bootClock = Date.now();
    this.store.state.bootCount++;
    this.refreshDefs();
    this.store.save();
    this.log("notice", `reboot (${reason})`);
  }

  /** soft keeps network settings; hard resets everything. The device ID and installed firmware always stay. */
  factoryDefault(mode: "soft" | "hard"): void {
    const s = this.store.state;
    const fresh = freshState(s.serial, s.model, s.hostname);
    const keep = mode === "soft" ? Object.fromEntries(Object.entries(s.params).filter(([k]) => k.startsWith("Network."))) : {};
    if (mode === "hard") fs.rmSync(path.join(this.config.stateDir, "clips"), { recursive: true, force: true });
    this.store.state = { ...fresh, firstBootAt: s.firstBootAt, bootCount: s.bootCount, params: keep, firmware: s.firmware };
    this.reloadTls();
    this.legacy.sync();
    this.reboot(`factory default ${mode}`);
  }

  private tick(): void {
    const fw = this.store.state.firmware;
    if (fw.pendingCommit && fw.rollbackAt && this.now() >= fw.rollbackAt) {
      fw.pendingCommit = false;
      fw.rollbackAt = undefined;
      this.firmware.rollback();
      this.log("warning", `firmware not committed in time: rolled back to ${this.firmware.active.version}`);
      this.reboot("automatic rollback");
    }
  }

  log(level: string, msg: string): void {
    const line = `${new Date(this.now()).toISOString()} ${this.store?.state.hostname ?? "camera"} camos[${level}]: ${msg}`;
    this.logLines.push(line);
    if (this.logLines.length > 500) this.logLines.shift();
    if (!this.config.quiet) console.log(line);
    this.syslog.send(level, msg);
  }

  /** Authenticates and checks the role; on failure answers the request itself and returns null. */
  authorize(req: Req, min: Role): { user: string; role: Role } | null {
    return authorize(this, req, min);
  }
}
