// Network.Filter: accept connections only from the listed addresses / CIDRs (loopback always passes,
// so the camera's own tooling keeps working).
import { BlockList, isIP } from "node:net";

export function ipAllowed(remote: string, acceptList: string): boolean {
  const addr = remote.startsWith("::ffff:") ? remote.slice(7) : remote;
  if (addr === "127.0.0.1" || addr === "::1") return true;
  const list = new BlockList();
  for (const entry of acceptList.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [ip, bits] = entry.split("/");
    const type = isIP(ip) === 6 ? "ipv6" : "ipv4";
    if (!isIP(ip)) continue;
    if (bits === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(bits), type);
  }
  const type = isIP(addr) === 6 ? "ipv6" : "ipv4";
  return isIP(addr) > 0 && list.check(addr, type);
}
