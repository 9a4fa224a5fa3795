// CamOS launcher: runs /opt/camos/camos.js from V8's code cache. Compiling the 100 KB bundle is the largest
// part of a camera's boot CPU, so the image build runs `boot.cjs --make-cache` once: it boots a throwaway
// camera, lets it reach ready (so the functions a boot runs are compiled), and saves the code cache beside
// the bundle. A cache V8 rejects (other Node, other flags, changed bundle) is ignored: plain compile.
/* global require, module, process, __dirname, setTimeout */
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS file run by the image's node, no bundler */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

const file = process.env.CAMOS_BUNDLE || path.join(__dirname, "camos.js");
const cacheFile = `${file}.cache`;
const makeCache = process.argv[2] === "--make-cache";
if (makeCache) {
  const tmp = fs.mkdtempSync("/tmp/camos-cache-");
  Object.assign(process.env, {
    CAMOS_STATE_DIR: tmp,
    CAMOS_CONTROL_SOCKET: path.join(tmp, "ctl.sock"),
    CAMOS_LISTEN: "127.0.0.1",
    CAMOS_HTTP_PORT: "0",
    CAMOS_HTTPS_PORT: "0",
    CAMOS_SSDP_PORT: "0",
    CAMOS_MDNS_PORT: "0",
    CAMOS_WSD_PORT: "0",
    CAMOS_QUIET: "1",
  });
}
let cachedData;
try {
  if (!makeCache) cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined; // no cache baked: compile as usual
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
const mod = new Module(file, module);
mod.filename = file;
mod.paths = Module._nodeModulePaths(path.dirname(file));
script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
if (makeCache)
  setTimeout(() => {
    fs.writeFileSync(cacheFile, script.createCachedData());
    fs.rmSync(process.env.CAMOS_STATE_DIR, { recursive: true, force: true });
    process.exit(0);
  }, 1500);
