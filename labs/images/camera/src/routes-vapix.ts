// systemready, param.cgi and pwdgrp.cgi: the VAPIX shapes installers' tools expect.
import { ACCOUNT_NAME, checkPassword, hasPtzGroup, roleFromGroups } from "./accounts";
import type { Camera } from "./camera";
import { formParams, sendJson, sendText, type Req } from "./http-util";
import { canRead, canWrite, EMPTY_GROUPS, stripRoot, validValue } from "./params";

export function systemReady(cam: Camera, req: Req) {
  sendJson(req.res, 200, {
    apiVersion: "1.2",
    method: "systemready",
    data: {
      systemready: "yes",
      needsetup: cam.needsSetup ? "yes" : "no",
      uptime: String(Math.floor(cam.uptimeMs() / 1000)),
      bootid: cam.bootId,
      previewmode: "none",
    },
  });
}

export async function paramCgi(cam: Camera, req: Req) {
  const params = await formParams(req);
  const action = params.get("action") ?? "";
  if (action === "list") {
    const who = cam.authorize(req, "viewer");
    if (!who) return;
    const groups = (params.get("group") ?? "").split(",").map((g) => stripRoot(g.trim()));
    const lines: string[] = [];
    const errors: string[] = [];
    const empty: string[] = [];
    for (const g of groups) {
      const hits = Object.entries(cam.defs).filter(
        ([name, def]) => (!g || name === g || name.startsWith(`${g}.`)) && canRead(def, who.role),
      );
      if (!hits.length) (EMPTY_GROUPS.has(g) ? empty : errors).push(`# Error: Error -1 getting param in group '${g}'`);
      for (const [name] of hits) lines.push(`root.${name}=${cam.param(name)}`);
    }
    // A group the camera has but that holds nothing (no such hardware) is a valid, empty answer: 200.
    return sendText(req.res, errors.length && !lines.length && !empty.length ? 400 : 200, [...lines, ...empty, ...errors].join("\n"));
  }
  if (action === "update") {
    const who = cam.authorize(req, "operator");
    if (!who) return;
    const errors: string[] = [];
    let changed = 0;
    for (const [key, value] of params) {
      if (key === "action") continue;
      const name = stripRoot(key);
      const def = cam.defs[name];
      if (!def || !canWrite(def, who.role) || !validValue(def, value)) {
        errors.push(`# Error: Error setting '${name}' to '${value}'!`);
        continue;
      }
      cam.setParam(name, value);
      changed++;
      cam.log("info", `param ${name} set to '${def.read === "admin" && /Community|Identity/.test(name) ? "***" : value}' by ${who.user}`);
    }
    if (changed) cam.store.save();
    if (!changed && !errors.length) errors.push("# Error: no parameter given");
    return sendText(req.res, errors.length ? 400 : 200, errors.length ? errors.join("\n") : "OK");
  }
  if (!cam.authorize(req, "viewer")) return;
  sendText(req.res, 400, `# Error: unknown action '${action}'`);
}

export async function pwdgrpCgi(cam: Camera, req: Req) {
  const p = await formParams(req);
  const action = p.get("action") ?? "";
  const state = cam.store.state;
  const user = p.get("user") ?? "";
  // The one call allowed without authentication: creating the initial administrator on a factory-fresh camera.
  const initial = cam.needsSetup && action === "add";
  const who = initial ? { user: "(setup)", role: "admin" as const } : cam.authorize(req, "admin");
  if (!who) return;
  const exists = Object.hasOwn(state.accounts, user);
  const bad = (msg: string) => sendText(req.res, 400, msg);
  if (action === "get") {
    const names = (keep: (a: (typeof state.accounts)[string]) => boolean) =>
      Object.entries(state.accounts)
        .filter(([, a]) => keep(a))
        .map(([n]) => n)
        .join(",");
    const atLeast = (r: number) => names((a) => ({ viewer: 1, operator: 2, admin: 3 })[a.role] >= r);
    // The full real format: every group line, also the empty ones clients expect to find.
    return sendText(
      req.res,
      200,
      [
        `admin="${atLeast(3)}"`,
        'anonymous=""',
        'api-discovery=""',
        `operator="${atLeast(2)}"`,
        `ptz="${names((a) => !!a.ptz)}"`,
        `users="${atLeast(1)}"`,
        `viewer="${atLeast(1)}"`,
        `digusers="${atLeast(1)}"`,
      ].join("\n"),
    );
  }
  if (action === "add" || action === "update") {
    if (!ACCOUNT_NAME.test(user)) return bad("Error: invalid account name (1-14 characters a-z, A-Z, 0-9).");
    if (action === "add" && exists) return bad(`Error: account ${user} already exists.`);
    if (action === "update" && !exists) return bad(`Error: account ${user} does not exist.`);
    const pwd = p.get("pwd");
    if (action === "add" && pwd === null) return bad("Error: missing parameter pwd.");
    const sgrp = p.get("sgrp");
    const role = sgrp !== null ? roleFromGroups(sgrp) : action === "add" ? null : state.accounts[user].role;
    if (!role) return bad("Error: sgrp must name a group: viewer, operator or admin (e.g. sgrp=admin:operator:viewer:ptz).");
    if (initial && role !== "admin") return bad("Error: the initial account must be an administrator (sgrp=admin:operator:viewer:ptz).");
    if (pwd !== null) {
      const policyError = checkPassword(pwd, cam.passwordPolicy);
      if (policyError) return bad(policyError);
    }
    if (action === "update" && state.accounts[user].role === "admin" && role !== "admin" && adminCount(cam) === 1)
      return bad("Error: cannot remove the last administrator.");
    const prev = state.accounts[user];
    const ptz = sgrp !== null ? hasPtzGroup(sgrp) : !!prev?.ptz;
    const next = pwd !== null ? cam.newAccount(user, pwd, role, ptz) : { ...prev, role, ptz };
    if (!next.ptz) delete next.ptz;
    state.accounts[user] = next;
    cam.store.save();
    cam.log("notice", `${action === "add" ? "created" : "modified"} account ${user} (${role}) by ${who.user}`);
    return sendText(req.res, 200, action === "add" ? `Created account ${user}.` : `Modified account ${user}.`);
  }
  if (action === "remove") {
    if (!exists) return bad(`Error: account ${user} does not exist.`);
    if (state.accounts[user].role === "admin" && adminCount(cam) === 1) return bad("Error: cannot remove the last administrator.");
    delete state.accounts[user];
    cam.store.save();
    cam.log("notice", `removed account ${user} by ${who.user}`);
    return sendText(req.res, 200, `Removed account ${user}.`);
  }
  return bad(`Error: unknown action '${action}'.`);
}

const adminCount = (cam: Camera) => Object.values(cam.store.state.accounts).filter((a) => a.role === "admin").length;
