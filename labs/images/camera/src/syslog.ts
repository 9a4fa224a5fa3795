// Remote syslog (RFC 5424 over UDP, or octet-counted over TCP) of the camera's log, as configured by RemoteSyslog.*.
import dgram from "node:dgram";
import net from "node:net";

const SEVERITY = ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"];

export class SyslogForwarder {
  private udp?: dgram.Socket;
  constructor(private cam: { param(name: string): string; store?: { state: { hostname: string } } }) {}
  send(level: string, msg: string): void {
    try {
      if (!this.cam.store || this.cam.param("RemoteSyslog.Enabled") !== "yes") return;
      const host = this.cam.param("RemoteSyslog.Server");
      const port = Number(this.cam.param("RemoteSyslog.Port"));
      const sev = SEVERITY.indexOf(level);
      if (!host || sev < 0 || sev > SEVERITY.indexOf(this.cam.param("RemoteSyslog.Severity"))) return;
      const line = `<${4 * 8 + sev}>1 ${new Date().toISOString()} ${this.cam.store.state.hostname} camos - - - ${msg}`;
      if (this.cam.param("RemoteSyslog.Protocol") === "tcp") {
        const sock = net.connect({ host, port }, () => sock.end(`${Buffer.byteLength(line)} ${line}`));
        sock.on("error", () => sock.destroy());
        sock.setTimeout(2000, () => sock.destroy());
      } else {
        this.udp ??= dgram.createSocket("udp4").on("error", () => undefined);
        this.udp.unref();
        this.udp.send(line, port, host, () => undefined);
      }
    } catch {
      // logging must never take the camera down
    }
  }
  close() {
    this.udp?.close();
    this.udp = undefined;
  }
}
