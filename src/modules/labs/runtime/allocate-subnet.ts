// Lab networks come from one dedicated pool carved into /28s (16 addresses: gateway + up to 13 hosts).
// The host drops traffic from the pool (scripts/setup-lab-engine.sh), so nothing here touches other addresses.
export const DEFAULT_POOL = "10.213.0.0/16";

function toInt(ip: string): number {
  return ip.split(".").reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;
}
function toIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => (n >>> shift) & 255).join(".");
}

export function parsePool(pool: string): { base: number; size: number } {
  const match = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/u.exec(pool);
  if (!match || Number(match[2]) > 28 || Number(match[2]) < 8)
    throw new Error(`LAB_SUBNET_POOL must be an IPv4 CIDR between /8 and /28, got "${pool}"`);
  const bits = Number(match[2]);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return { base: (toInt(match[1]) & mask) >>> 0, size: 2 ** (28 - bits) };
}

/** The i-th /28 of the pool, with its gateway (first usable address). */
export function subnetAt(pool: string, index: number): { subnet: string; gateway: string } {
  const { base, size } = parsePool(pool);
  if (index < 0 || index >= size) throw new RangeError(`subnet index ${index} outside the pool (${size} subnets)`);
  const start = base + index * 16;
  return { subnet: `${toIp(start)}/28`, gateway: toIp(start + 1) };
}

/** The first free /28, starting at a random offset so parallel processes rarely race for the same one. */
export function pickFreeSubnet(used: Set<string>, pool = DEFAULT_POOL, offset = 0): string | undefined {
  const { size } = parsePool(pool);
  for (let k = 0; k < size; k++) {
    const { subnet } = subnetAt(pool, (offset + k) % size);
    if (!used.has(subnet)) return subnet;
  }
  return undefined;
}

export function gatewayOf(subnet: string): string {
  return toIp(toInt(subnet.split("/")[0]) + 1);
}
