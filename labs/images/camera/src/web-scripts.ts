// Browser scripts of the web interface (plain ES2020, no framework). They only call VAPIX endpoints with
// fetch and put camera data into the page as textContent, never as HTML.
export const CORE_JS = String.raw`"use strict";
var camos = {
  el: function (tag, attrs, kids) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { if (k === "text") e.textContent = attrs[k]; else e.setAttribute(k, attrs[k]); });
    (kids || []).forEach(function (c) { e.append(c); });
    return e;
  },
  vapix: async function (path, params) {
    var r = await fetch(path, { method: "POST", body: new URLSearchParams(params), credentials: "same-origin" });
    return { ok: r.ok, status: r.status, text: (await r.text()).trim() };
  },
  say: function (text, ok) {
    var m = document.getElementById("msg");
    m.textContent = text;
    m.dataset.ok = ok ? "yes" : "no";
  },
  // The camera's own rules (config.js, from the same table the server checks), shown as the user types.
  watchRules: function (input, list) {
    var draw = function () {
      list.replaceChildren.apply(list, window.CAMOS.rules.map(function (r) {
        var ok = new RegExp(r.pattern).test(input.value);
        return camos.el("li", { "data-ok": ok ? "yes" : "no", text: (ok ? "\u2713 " : "\u2717 ") + r.text });
      }));
    };
    input.addEventListener("input", draw);
    draw();
  },
  sgrp: { admin: "admin:operator:viewer:ptz", operator: "operator:viewer", viewer: "viewer" },
};
`;

export const SETUP_JS = String.raw`"use strict";
var form = document.getElementById("setup");
camos.watchRules(form.pwd, form.querySelector(".rules"));
form.addEventListener("submit", async function (ev) {
  ev.preventDefault();
  if (form.pwd.value !== form.pwd2.value) return camos.say("The two passwords differ.", false);
  var r = await camos.vapix("/axis-cgi/pwdgrp.cgi", { action: "add", user: form.user.value, pwd: form.pwd.value, grp: "root", sgrp: camos.sgrp.admin });
  if (!r.ok) return camos.say(r.text, false);
  camos.say(r.text, true);
  location.assign("/camera/users.html");
});
`;

export const USERS_JS = String.raw`"use strict";
var body = document.getElementById("users");
var add = document.getElementById("add");
camos.watchRules(add.pwd, add.querySelector(".rules"));
async function load() {
  var r = await fetch("/axis-cgi/pwdgrp.cgi?action=get", { credentials: "same-origin" });
  var text = await r.text();
  if (!r.ok) return camos.say(text.trim(), false);
  var groups = {};
  text.split("\n").forEach(function (line) {
    var m = /^([a-z-]+)="([^"]*)"$/.exec(line.trim());
    if (m) groups[m[1]] = m[2] ? m[2].split(",") : [];
  });
  body.replaceChildren.apply(body, (groups.users || []).map(function (user) {
    var role = groups.admin.includes(user) ? "admin" : groups.operator.includes(user) ? "operator" : "viewer";
    var pwd = camos.el("input", { type: "password", "aria-label": "New password for " + user, autocomplete: "new-password" });
    var change = camos.el("button", { type: "button", text: "Change password" });
    var del = camos.el("button", { type: "button", text: "Delete" });
    change.onclick = function () { act({ action: "update", user: user, pwd: pwd.value }); };
    del.onclick = function () { if (confirm("Delete " + user + "?")) act({ action: "remove", user: user }); };
    return camos.el("tr", { "data-user": user }, [
      camos.el("td", { text: user }), camos.el("td", { text: role }), camos.el("td", {}, [pwd]), camos.el("td", {}, [change, del]),
    ]);
  }));
}
async function act(params) {
  var r = await camos.vapix("/axis-cgi/pwdgrp.cgi", params);
  camos.say(r.text, r.ok);
  await load();
  return r.ok;
}
add.addEventListener("submit", async function (ev) {
  ev.preventDefault();
  if (await act({ action: "add", user: add.user.value, pwd: add.pwd.value, grp: "users", sgrp: camos.sgrp[add.role.value] })) add.reset();
});
load();
`;

export const NETWORK_JS = String.raw`"use strict";
var form = document.getElementById("params");
var fields = document.getElementById("fields");
var shown = {};
async function load() {
  var names = window.CAMOS.params.map(function (p) { return p.name; });
  var r = await fetch("/axis-cgi/param.cgi?action=list&group=" + encodeURIComponent(names.join(",")), { credentials: "same-origin" });
  var values = {};
  (await r.text()).split("\n").forEach(function (line) {
    var eq = line.indexOf("=");
    if (line.startsWith("root.") && eq > 0) values[line.slice(5, eq)] = line.slice(eq + 1);
  });
  shown = values;
  fields.replaceChildren.apply(fields, window.CAMOS.params.filter(function (p) { return p.name in values; }).map(function (p) {
    var v = values[p.name];
    var input;
    if (p.type === "bool") input = camos.el("input", { type: "checkbox", name: p.name });
    else if (p.type === "enum") input = camos.el("select", { name: p.name }, p.values.map(function (x) { return camos.el("option", { value: x, text: x }); }));
    else input = camos.el("input", { name: p.name, size: "40" });
    if (p.type === "bool") input.checked = v === "yes"; else input.value = v;
    return camos.el("label", {}, [input, " " + p.name]);
  }));
}
form.addEventListener("submit", async function (ev) {
  ev.preventDefault();
  var changed = {};
  window.CAMOS.params.forEach(function (p) {
    var input = form.elements.namedItem(p.name);
    if (!input) return;
    var v = p.type === "bool" ? (input.checked ? "yes" : "no") : input.value;
    if (v !== shown[p.name]) changed[p.name] = v;
  });
  if (!Object.keys(changed).length) return camos.say("Nothing changed.", true);
  changed.action = "update";
  var r = await camos.vapix("/axis-cgi/param.cgi", changed);
  camos.say(r.text, r.ok);
  // Plain HTTP just got refused by the camera: reload, and the camera sends the browser to HTTPS.
  if (r.ok && changed["Network.HTTP.HTTPSOnly"] === "yes" && location.protocol === "http:") return location.reload();
  await load();
});
load();
`;
