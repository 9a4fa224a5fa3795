// Recovery mode after a failed secure boot: the OS is not started; the boot ROM answers plain HTTP with the
// reason (503 everywhere), so a technician on the bench can read it. Nothing else runs, nothing else listens.
import http from "node:http";
import type { CamosConfig } from "./config";

export function serveRecovery(config: CamosConfig, reason: string): http.Server {
  const at = new Date().toISOString();
  const log = [
    `${at} CamOS boot ROM (${config.model}, serial ${config.serial})`,
    `${at} secure boot: verifying the installed OS image against the vendor key ... FAILED`,
    `${at} secure boot: ${reason}`,
    `${at} Refusing to boot. The OS image does not match its vendor signature; return the device for service.`,
  ];
  const server = http.createServer((req, res) => {
    res.setHeader("Server", "CamOS-bootrom");
    if ((req.url ?? "").startsWith("/axis-cgi/systemready.cgi")) {
      res.writeHead(503, { "Content-Type": "application/json" });
      return res.end(
        JSON.stringify(
          { apiVersion: "1.2", method: "systemready", data: { systemready: "no", securebootfailed: "yes", reason, bootlog: log } },
          null,
          2,
        ) + "\n",
      );
    }
    res.writeHead(503, { "Content-Type": "text/plain" });
    res.end(log.join("\n") + "\n");
  });
  server.listen(config.httpPort, config.host);
  return server;
}
