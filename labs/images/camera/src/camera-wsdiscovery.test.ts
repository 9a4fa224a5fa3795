// WS-Discovery (issue 21 item 3): Probe/ProbeMatch on UDP 3702, only inside the discovery window.
import dgram from "node:dgram";
import { afterEach, expect, it } from "vitest";
import type { Camera } from "./camera";
import { runControl } from "./control";
import { startCamera } from "./test-camera";

let cam: Camera;
let client: dgram.Socket | undefined;
afterEach(async () => {
  client?.close();
  await cam?.stop();
});

const probe = (id: string, types = "dn:NetworkVideoTransmitter") =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><Envelope xmlns="http://www.w3.org/2003/05/soap-envelope" xmlns:dn="http://www.onvif.org/ver10/network/wsdl">` +
      `<Header><wsa:MessageID xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing">${id}</wsa:MessageID>` +
      `<wsa:To xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing">urn:schemas-xmlsoap-org:ws:2005:04:discovery</wsa:To>` +
      `<wsa:Action xmlns:wsa="http://schemas.xmlsoap.org/ws/2004/08/addressing">http://schemas.xmlsoap.org/ws/2005/04/discovery/Probe</wsa:Action></Header>` +
      `<Body><Probe xmlns="http://schemas.xmlsoap.org/ws/2005/04/discovery"${types ? `><Types>${types}</Types></Probe>` : "/>"}</Body></Envelope>`,
  );

async function asker() {
  client = dgram.createSocket("udp4");
  await new Promise<void>((r) => client!.bind(0, "127.0.0.1", () => r()));
  return (msg: Buffer) =>
    new Promise<string | null>((resolve) => {
      const t = setTimeout(() => (client!.off("message", on), resolve(null)), 300);
      const on = (m: Buffer) => (clearTimeout(t), client!.off("message", on), resolve(m.toString()));
      client!.on("message", on);
      client!.send(msg, cam.ports.wsd, "127.0.0.1");
    });
}

it("answers a Probe with a ProbeMatch (device service address, scopes, RelatesTo) during the window only", async () => {
  cam = await startCamera({ wsdPort: -1, serial: "ACCC8E0A0B0C" });
  const ask = await asker();
  const match = await ask(probe("uuid:1111-probe"));
  expect(match).toContain("<wsa:RelatesTo>uuid:1111-probe</wsa:RelatesTo>");
  expect(match).toContain("/discovery/ProbeMatches</wsa:Action>");
  expect(match).toContain("<d:Types>dn:NetworkVideoTransmitter tds:Device</d:Types>");
  expect(match).toContain("onvif://www.onvif.org/hardware/CW-P3265");
  expect(match).toContain(`<d:XAddrs>http://127.0.0.1:${cam.ports.http}/onvif/device_service</d:XAddrs>`);
  expect(match).toContain("urn:uuid:5f5a69c2-e0ae-504f-829b-accc8e0a0b0c");
  expect(await ask(probe("uuid:2", ""))).toContain("ProbeMatch"); // no Types = everything
  expect(await ask(probe("uuid:3", "tds:Device"))).toContain("ProbeMatch");
  expect(await ask(probe("uuid:4", "p:Printer"))).toBeNull();
  expect(await ask(Buffer.from("<Probe><Types>&#99999999;</Types>"))).toBeNull(); // garbage: ignored, never fatal
  expect(await ask(Buffer.from([0, 1, 2, 255]))).toBeNull();

  runControl(cam, "clock", ["+61m"]);
  expect(await ask(probe("uuid:5"))).toBeNull();
  runControl(cam, "set", ["Network.Discovery.KeepOn", "yes"]);
  expect(await ask(probe("uuid:6"))).toContain("uuid:6");
  runControl(cam, "set", ["WebService.DiscoveryMode.Discoverable", "no"]);
  expect(await ask(probe("uuid:7"))).toBeNull();
  runControl(cam, "set", ["WebService.DiscoveryMode.Discoverable", "yes"]);
  runControl(cam, "set", ["WebService.ONVIF.Enabled", "no"]);
  expect(await ask(probe("uuid:8"))).toBeNull(); // nothing to point at while ONVIF is off
});
