// The firmware and system page's script: firmwaremanagement.cgi (status, upload with the signature verdict,
// commit, rollback, factory default), ntp.cgi, remotesyslog.cgi and sbom.cgi, all by fetch.
export const SYSTEM_JS = String.raw`"use strict";
var VERDICT = { 409: "downgrade refused", 410: "revoked version", 415: "corrupt image", 421: "wrong model", 422: "unsigned or untrusted signature" };
async function api(path, method, params) {
  var r = await fetch(path, { method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ apiVersion: "1.0", method: method, params: params || {} }) });
  var j = await r.json().catch(function () { return { error: { code: r.status, message: "unexpected answer" } }; });
  return { ok: r.ok && !j.error, status: r.status, json: j };
}
function show(id, value) { document.getElementById(id).textContent = JSON.stringify(value, null, 2); }
async function load() {
  var fw = await api("/axis-cgi/firmwaremanagement.cgi", "status");
  show("fw", fw.json.data || fw.json.error);
  show("ntp", (await api("/axis-cgi/ntp.cgi", "getNTPInfo")).json);
  show("syslog", (await api("/axis-cgi/remotesyslog.cgi", "getConfiguration")).json);
}
function report(r) {
  if (r.ok) return camos.say("OK: " + JSON.stringify(r.json.data || {}), true);
  var e = r.json.error || {};
  camos.say("Refused " + r.status + (VERDICT[r.status] ? " (" + VERDICT[r.status] + ")" : "") + ": " + (e.message || ""), false);
}
document.getElementById("upload").addEventListener("submit", async function (ev) {
  ev.preventDefault();
  var r = await fetch("/axis-cgi/firmwaremanagement.cgi", { method: "POST", credentials: "same-origin", body: new FormData(ev.target) });
  var j = await r.json().catch(function () { return {}; });
  report({ ok: r.ok && !j.error, status: r.status, json: j });
  await load();
});
document.querySelectorAll("button[data-method]").forEach(function (b) {
  b.addEventListener("click", async function () {
    var params = b.dataset.mode ? { factoryDefaultMode: b.dataset.mode } : {};
    if (b.dataset.mode && !confirm("Factory default (" + b.dataset.mode + ")?")) return;
    report(await api("/axis-cgi/firmwaremanagement.cgi", b.dataset.method, params));
    await load();
  });
});
load();
`;
