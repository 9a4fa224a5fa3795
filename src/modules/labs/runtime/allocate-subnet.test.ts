import { describe, expect, it } from "vitest";
import { gatewayOf, parsePool, pickFreeSubnet, subnetAt } from "./allocate-subnet";

describe("lab subnet pool", () => {
  it("carves the default pool into 4096 /28s", () => {
    expect(parsePool("10.213.0.0/16").size).toBe(4096);
    expect(subnetAt("10.213.0.0/16", 0)).toEqual({ subnet: "10.213.0.0/28", gateway: "10.213.0.1" });
    expect(subnetAt("10.213.0.0/16", 17).subnet).toBe("10.213.1.16/28");
    expect(subnetAt("10.213.0.0/16", 4095).subnet).toBe("10.213.255.240/28");
    expect(() => subnetAt("10.213.0.0/16", 4096)).toThrow(RangeError);
  });
  it("skips used subnets and wraps around", () => {
    const used = new Set(["10.213.0.0/28", "10.213.0.16/28"]);
    expect(pickFreeSubnet(used)).toBe("10.213.0.32/28");
    expect(pickFreeSubnet(new Set(["10.9.0.0/28", "10.9.0.16/28"]), "10.9.0.0/27", 1)).toBeUndefined();
    expect(pickFreeSubnet(new Set(["10.9.0.16/28"]), "10.9.0.0/27", 1)).toBe("10.9.0.0/28");
  });
  it("rejects malformed pools", () => {
    expect(() => parsePool("10.213.0.0/30")).toThrow(/LAB_SUBNET_POOL/u);
    expect(() => parsePool("nonsense")).toThrow();
  });
  it("derives the gateway", () => {
    expect(gatewayOf("10.213.4.32/28")).toBe("10.213.4.33");
  });
});
