// certificates.cgi (JSON): device ID, CA certificates, CSR generation, CA-signed certificate install,
// choice of the HTTPS certificate. 802.1X itself is configured with the Network.Interface.I0.dot1x.* params.
import { execFile } from "node:child_process";
import { createPublicKey, generateKeyPairSync, X509Certificate } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Camera } from "./camera";
import { jsonError, sendJson, type Req } from "./http-util";
import { readRpc } from "./json-rpc";
import { oneLine, splitPem, verifyChain } from "../../shared/pki";

const ID = /^[a-zA-Z0-9_-]{1,32}$/;
// eslint-disable-next-line no-control-regex -- the subject must not contain control characters
const SUBJECT = /^(\/[A-Za-z]+=[^/=\x00-\x1f]{1,64}){1,8}$/;

function describe(pem: string) {
  const c = new X509Certificate(pem);
  return {
    subject: oneLine(c.subject),
    issuer: oneLine(c.issuer),
    validFrom: c.validFrom,
    validTo: c.validTo,
    serialNumber: c.serialNumber,
    fingerprint256: c.fingerprint256,
    ca: c.ca,
  };
}

/** Node cannot write a CSR; openssl does, from a short-lived key file (stdin is a socket under Node, not a file). */
function csr(stateDir: string, keyPem: string, subject: string): Promise<string> {
  const keyFile = path.join(stateDir, `csr-${process.pid}-${Date.now()}.key`);
  fs.writeFileSync(keyFile, keyPem, { mode: 0o600 });
  return new Promise<string>((resolve, reject) => {
    execFile("openssl", ["req", "-new", "-key", keyFile, "-subj", subject, "-sha256"], { timeout: 10_000 }, (err, out) =>
      err ? reject(err) : resolve(out),
    );
  }).finally(() => fs.rmSync(keyFile, { force: true }));
}

export async function certificatesCgi(cam: Camera, req: Req) {
  const body = await readRpc(cam, req, "admin");
  if (!body) return;
  const { method, params } = body;
  const certs = cam.store.state.certs;
  const ok = (data: unknown) => sendJson(req.res, 200, { apiVersion: "1.0", method, data });
  const err = (m: string, code = 400) => jsonError(req.res, code, method, m);
  const id = String(params.id ?? "");
  const pem = String(params.certificate ?? params.pem ?? "");
  switch (method) {
    case "getDeviceId": {
      const chain = verifyChain(cam.deviceId.chain, cam.vendorRootPem);
      return ok({
        id: "deviceid",
        ...describe(cam.deviceId.certPem),
        keyType: "EC P-256",
        certificate: cam.deviceId.certPem,
        chain: cam.deviceId.chain,
        chainsToVendorRoot: chain.ok,
      });
    }
    case "listCertificates":
      return ok({
        httpsCertificate: certs.httpsCertId,
        certificates: [
          { id: "deviceid", ...describe(cam.deviceId.certPem) },
          ...certs.client.map((c) => (c.pem ? { id: c.id, ...describe(c.pem) } : { id: c.id, subject: c.subject, pending: true })),
        ],
        caCertificates: certs.ca.map((c) => ({ id: c.id, ...describe(c.pem) })),
      });
    case "createCSR": {
      const subject = String(params.subject ?? `/CN=${cam.store.state.hostname}`);
      if (!ID.test(id) || id === "deviceid") return err("id must be 1-32 characters a-z, A-Z, 0-9, _ or - (not deviceid).");
      if (!SUBJECT.test(subject)) return err('subject must look like "/O=Example/CN=camera1".');
      if (certs.client.some((c) => c.id === id)) return err(`certificate ${id} already exists.`);
      const keyPem = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;
      const csrPem = await csr(cam.config.stateDir, keyPem, subject);
      certs.client.push({ id, keyPem, csrPem, subject, pem: "" });
      cam.store.save();
      return ok({ id, csr: csrPem });
    }
    case "installCertificate": {
      const slot = certs.client.find((c) => c.id === id);
      if (!slot) return err(`no CSR with id ${id}; call createCSR first.`, 404);
      const leaf = splitPem(pem);
      let cert: X509Certificate;
      try {
        cert = new X509Certificate(leaf[0]);
      } catch {
        return err("certificate is not a PEM X.509 certificate.");
      }
      const keyMatches = createPublicKey(slot.keyPem!)
        .export({ type: "spki", format: "der" })
        .equals(cert.publicKey.export({ type: "spki", format: "der" }));
      if (!keyMatches) return err(`certificate does not match the key of CSR ${id}.`);
      const trusted = certs.ca.some((ca) => verifyChain(leaf, ca.pem).ok);
      slot.pem = leaf.join("\n");
      slot.subject = oneLine(cert.subject);
      cam.store.save();
      cam.log("notice", `installed certificate ${id} (${slot.subject})`);
      return ok({ id, ...describe(slot.pem), issuerTrusted: trusted });
    }
    case "installCACertificate": {
      if (!ID.test(id)) return err("id must be 1-32 characters a-z, A-Z, 0-9, _ or -.");
      const first = splitPem(pem)[0];
      let cert: X509Certificate;
      try {
        cert = new X509Certificate(first ?? "");
      } catch {
        return err("certificate is not a PEM X.509 certificate.");
      }
      if (!cert.ca) return err("certificate is not a CA certificate (basicConstraints CA:TRUE missing).");
      certs.ca = certs.ca.filter((c) => c.id !== id).concat({ id, pem: first, subject: oneLine(cert.subject) });
      cam.store.save();
      cam.log("notice", `installed CA certificate ${id} (${oneLine(cert.subject)})`);
      return ok({ id, ...describe(first) });
    }
    case "removeCertificate":
    case "removeCACertificate": {
      const list = method === "removeCertificate" ? "client" : "ca";
      if (!certs[list].some((c) => c.id === id)) return err(`no certificate with id ${id}.`, 404);
      if (list === "client" && certs.httpsCertId === id) return err(`certificate ${id} is in use for HTTPS.`, 409);
      certs[list] = certs[list].filter((c) => c.id !== id);
      cam.store.save();
      return ok({});
    }
    case "setHttpsCertificate": {
      if (id !== "deviceid" && !certs.client.some((c) => c.id === id && c.pem)) return err(`no installed certificate with id ${id}.`, 404);
      certs.httpsCertId = id;
      cam.store.save();
      cam.reloadTls();
      cam.log("notice", `HTTPS now uses certificate ${id}`);
      return ok({ httpsCertificate: id });
    }
    default:
      return err(`Unknown method "${method}".`);
  }
}
