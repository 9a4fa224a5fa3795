// SSH and FTP are simulated as banners only: enabling Network.SSH.Enabled / Network.FTP.Enabled opens the
// port (so a scan shows the larger attack surface) and greets like the real daemon, then closes.
import net from "node:net";

type Cam = {
  config: { sshPort: number; ftpPort: number; host: string };
  param(n: string): string;
  firmware: { active: { version: string } };
};
const SERVICES = {
  ssh: { param: "Network.SSH.Enabled", port: (c: Cam) => c.config.sshPort, banner: () => "SSH-2.0-OpenSSH_9.3p2\r\n" },
  ftp: {
    param: "Network.FTP.Enabled",
    port: (c: Cam) => c.config.ftpPort,
    banner: (c: Cam) => `220 CamOS ${c.firmware.active.version} FTP server ready.\r\n`,
  },
} as const;

export class LegacyServices {
  private open = new Map<string, net.Server>();
  ports: Record<string, number> = {};
  constructor(private cam: Cam) {}

  /** Opens or closes each listener to match its parameter; safe to call after every parameter change. */
  sync(): void {
    for (const [name, svc] of Object.entries(SERVICES)) {
      const want = this.cam.param(svc.param) === "yes" && svc.port(this.cam) !== 0;
      const server = this.open.get(name);
      if (want && !server) {
        const s = net.createServer((sock) => {
          sock.on("error", () => sock.destroy());
          sock.end(svc.banner(this.cam));
        });
        s.on("error", () => this.open.delete(name));
        s.listen(
          svc.port(this.cam) === -1 ? 0 : svc.port(this.cam),
          this.cam.config.host,
          () => (this.ports[name] = (s.address() as net.AddressInfo).port),
        );
        this.open.set(name, s);
      } else if (!want && server) {
        server.close();
        this.open.delete(name);
        delete this.ports[name];
      }
    }
  }
  close(): void {
    for (const s of this.open.values()) s.close();
    this.open.clear();
  }
}
