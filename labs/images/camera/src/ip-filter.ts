// Network.Filter: accept connections only from the listed addresses / CIDRs (loopback always passes,
// so the camera's own tooling keeps working).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

export function ipAllowed(remote: string, acceptList: string): boolean {
  const addr = remote.startsWith("::ffff:") ? remote.slice(7) : remote;
  if (addr === "127.0.0.1" || addr === "::1") return true;
  const list = new BlockList();
  for (const entry of acceptList
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [ip, bits] = entry.split("/");
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (!isIP(ip)) continue;
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
  }
  const type = isIP(addr) === 6 ? "ipv6" : "ipv4";
  return isIP(addr) > 0 && list.check(addr, type);
}

/**
 * The session's grader inspects the camera from the network side, like a management station the site's
 * IP filter always admits. Its address is looked up by name (Docker's DNS) and kept fresh; the learner
 * cannot take it over (no NET_ADMIN or NET_RAW in a lab container).
 */
export function watchAuditor(name: string | undefined, everyMs = 2000): { has(remote: string): boolean; stop(): void } {
  let addresses = new Set<string>();
  const refresh = () =>
    name
      ? lookup(name, { all: true }).then(
          (found) => (addresses = new Set(found.map((a) => a.address))),
          () => undefined,
        )
      : undefined;
  void refresh();
  const timer = name ? setInterval(refresh, everyMs) : undefined;
  timer?.unref();
  return {
    has: (remote) => addresses.has(remote.startsWith("::ffff:") ? remote.slice(7) : remote),
    stop: () => timer && clearInterval(timer),
  };
}
