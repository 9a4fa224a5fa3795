// The web interface's files, bundled into camos.js (no CDN, no framework). Pages are static HTML: camera
// data only ever reaches them through the scripts, as textContent.
import { SYSTEM_JS } from "./web-script-system";
import { CORE_JS, NETWORK_JS, SETUP_JS, USERS_JS } from "./web-scripts";

const CSS = `body{font:15px system-ui,sans-serif;margin:0;color:#1c2430;background:#f4f6f8}
header{background:#1c2430;color:#fff;padding:.6em 1.2em}header a{color:#cfe3ff;margin-right:1em}
main{max-width:52em;margin:1.5em auto;background:#fff;padding:1.2em 1.6em;border-radius:6px}
label{display:block;margin:.6em 0}input,select{font:inherit;padding:.25em}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #dde;padding:.35em;text-align:left}li[data-ok=yes]{color:#176b2c}li[data-ok=no]{color:#a3161b}
[role=alert]{font-weight:600}fieldset{margin:1em 0;border:1px solid #ccd}`;

function page(title: string, script: string, body: string, nav = true): string {
  const links = nav
    ? '<nav><a href="/camera/users.html">Users</a><a href="/camera/network.html">Network security</a><a href="/camera/system.html">Firmware and system</a></nav>'
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${title} - CamOS</title><link rel="stylesheet" href="/camera/app.css">
<script src="/camera/config.js"></script><script src="/camera/core.js"></script><script src="/camera/${script}" defer></script>
</head><body><header><strong>CamOS</strong> ${links}</header><main><h1>${title}</h1>
${body}
<p id="msg" role="alert" aria-live="polite"></p></main></body></html>
`;
}

const RULES = '<p>The password must have:</p><ul class="rules" aria-live="polite"></ul>';

const SETUP_HTML = page(
  "Set up the camera",
  "setup.js",
  `<p>This camera has no accounts yet. Create the administrator account to continue.</p>
<form id="setup"><label>User name <input name="user" value="root" autocomplete="username" required></label>
<label>Password <input type="password" name="pwd" autocomplete="new-password"></label>${RULES}
<label>Repeat password <input type="password" name="pwd2" autocomplete="new-password"></label>
<button type="submit">Create administrator</button></form>`,
  false,
);

const USERS_HTML = page(
  "Users",
  "users.js",
  `<table><thead><tr><th>User</th><th>Role</th><th>New password</th><th></th></tr></thead><tbody id="users"></tbody></table>
<form id="add"><fieldset><legend>Add user</legend>
<label>User name <input name="user" required></label><label>Password <input type="password" name="pwd" autocomplete="new-password"></label>${RULES}
<label>Role <select name="role"><option value="viewer">Viewer</option><option value="operator">Operator</option><option value="admin">Administrator</option></select></label>
<button type="submit">Add user</button></fieldset></form>`,
);

const NETWORK_HTML = page(
  "Network security",
  "network.js",
  `<p>HTTP/HTTPS and authentication policy, IP filter, discovery and services.</p>
<form id="params"><div id="fields"></div><button type="submit">Save</button></form>`,
);

const SYSTEM_HTML = page(
  "Firmware and system",
  "system.js",
  `<h2>Firmware</h2><pre id="fw"></pre>
<form id="upload"><label>Firmware file (.cwfw) <input type="file" name="file" required></label><button type="submit">Upload</button></form>
<p><button type="button" data-method="commit">Commit</button> <button type="button" data-method="rollback">Roll back</button>
<button type="button" data-method="factoryDefault" data-mode="soft">Factory default (keep network)</button>
<button type="button" data-method="factoryDefault" data-mode="hard">Factory default (all)</button>
<a href="/axis-cgi/sbom.cgi">SBOM (SPDX)</a></p>
<h2>Time (NTP)</h2><pre id="ntp"></pre><h2>Remote syslog</h2><pre id="syslog"></pre>`,
);

const js = (body: string) => ({ type: "text/javascript; charset=utf-8", body });
export const WEB_ASSETS: Record<string, { type: string; body: string }> = {
  "/camera/app.css": { type: "text/css; charset=utf-8", body: CSS },
  "/camera/core.js": js(CORE_JS),
  "/camera/setup.js": js(SETUP_JS),
  "/camera/users.js": js(USERS_JS),
  "/camera/network.js": js(NETWORK_JS),
  "/camera/system.js": js(SYSTEM_JS),
};

export const WEB_PAGES: Record<string, string> = {
  "/camera/setup.html": SETUP_HTML,
  "/camera/users.html": USERS_HTML,
  "/camera/network.html": NETWORK_HTML,
  "/camera/system.html": SYSTEM_HTML,
};
