import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { basePackages, debianMirror } from "./build-base-image";
import { hashInputs } from "./hash-inputs";

describe("image content hashes", () => {
  it("change with content, mode or extra inputs, and ignore dist/ and tests", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "hash-"));
    fs.mkdirSync(path.join(root, "img/dist"), { recursive: true });
    fs.writeFileSync(path.join(root, "img/a.ts"), "one");
    const h1 = hashInputs(root, ["img"]);
    expect(h1).toMatch(/^[0-9a-f]{12}$/);
    fs.writeFileSync(path.join(root, "img/dist/out.js"), "generated");
    fs.writeFileSync(path.join(root, "img/a.test.ts"), "test");
    expect(hashInputs(root, ["img"])).toBe(h1);
    expect(hashInputs(root, ["img"], ["base:123"])).not.toBe(h1);
    fs.chmodSync(path.join(root, "img/a.ts"), 0o755);
    const h2 = hashInputs(root, ["img"]);
    expect(h2).not.toBe(h1);
    fs.writeFileSync(path.join(root, "img/a.ts"), "two");
    expect(hashInputs(root, ["img"])).not.toBe(h2);
  });

  it("reads the base package list and the Debian mirror apt uses", () => {
    expect(basePackages()).toEqual(expect.arrayContaining(["nodejs", "openssl", "curl", "jq", "tmux", "nmap", "less", "nano", "bash"]));
    expect(debianMirror()).toMatch(/^https?:\/\/\S+\/debian\/?$/);
  });
});
