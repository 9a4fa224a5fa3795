// apidiscovery.cgi (the first call a VMS makes: which APIs, which versions) and basicdeviceinfo.cgi.
import type { Camera } from "./camera";
import type { Req } from "./http-util";
import { ERR, fail, serveJsonApi } from "./vapix-json";

/** Every API the camera implements, as getApiList reports it (README "VAPIX APIs" documents each request). */
export const API_LIST = [
  { id: "api-discovery", version: "1.0", name: "API Discovery Service", path: "/axis-cgi/apidiscovery.cgi" },
  { id: "basic-device-info", version: "1.1", name: "Basic Device Information", path: "/axis-cgi/basicdeviceinfo.cgi" },
  { id: "systemready", version: "1.2", name: "Systemready", path: "/axis-cgi/systemready.cgi" },
  { id: "param-cgi", version: "1.0", name: "Legacy Parameter Handling", path: "/axis-cgi/param.cgi" },
  { id: "user-management", version: "1.0", name: "User Management", path: "/axis-cgi/pwdgrp.cgi" },
  { id: "stream-profiles", version: "1.0", name: "Stream Profiles", path: "/axis-cgi/streamprofile.cgi" },
  { id: "io-port-management", version: "1.0", name: "IO Port Management", path: "/axis-cgi/io/portmanagement.cgi" },
  { id: "view-area", version: "1.0", name: "View Area", path: "/axis-cgi/viewarea/info.cgi" },
  { id: "fwmgr", version: "1.4", name: "Firmware Management", path: "/axis-cgi/firmwaremanagement.cgi" },
  { id: "certificates", version: "1.0", name: "Certificate Management", path: "/axis-cgi/certificates.cgi" },
  { id: "remote-syslog", version: "1.0", name: "Remote Syslog", path: "/axis-cgi/remotesyslog.cgi" },
  { id: "ntp", version: "1.0", name: "NTP", path: "/axis-cgi/ntp.cgi" },
  { id: "time-service", version: "1.0", name: "Time API", path: "/axis-cgi/time.cgi" },
  { id: "signed-video", version: "1.0", name: "Signed Video", path: "/axis-cgi/signedvideo.cgi" },
  { id: "sbom", version: "1.0", name: "Software Bill of Materials", path: "/axis-cgi/sbom.cgi" },
] as const;

export const apiDiscoveryCgi = (cam: Camera, req: Req) =>
  serveJsonApi(cam, req, {
    versions: ["1.0"],
    methods: {
      getApiList: {
        role: "viewer",
        run: () => ({
          apiList: API_LIST.map(({ id, version, name, path }) => ({
            id,
            version,
            name,
            docLink: `https://docs.cyberwall.example/camos/vapix#${id}`,
            status: "official",
            path,
          })),
        }),
      },
    },
  });

function unrestricted(cam: Camera): Record<string, string> {
  const model = cam.store.state.model;
  return {
    Brand: "Cyberwall",
    ProdNbr: model,
    ProdFullName: `Cyberwall ${model} Network Camera`,
    ProdShortName: `Cyberwall ${model}`,
    ProdType: "Network Camera",
    ProdVariant: "",
    HardwareID: "7A1",
    WebURL: "https://www.example.com/cyberwall",
  };
}

function allProperties(cam: Camera): Record<string, string> {
  const s = cam.store.state;
  const fw = cam.firmware.active;
  return {
    ...unrestricted(cam),
    SerialNumber: s.serial,
    Version: fw.version,
    BuildDate: fw.buildDate,
    Architecture: "aarch64",
    Soc: "Cyberwall CV25",
    SocSerialNumber: s.serial.split("").reverse().join(""),
    OSTrack: fw.track,
    OSEndOfSupport: fw.endOfSupport,
  };
}

export const basicDeviceInfo = (cam: Camera, req: Req) =>
  serveJsonApi(cam, req, {
    versions: ["1.0", "1.1"],
    defaultMethod: "getAllProperties",
    methods: {
      getAllUnrestrictedProperties: { role: "anonymous", run: () => ({ propertyList: unrestricted(cam) }) },
      getAllProperties: { role: "viewer", run: () => ({ propertyList: allProperties(cam) }) },
      getProperty: {
        role: "viewer",
        run: (p) => {
          const names = p.propertyList;
          if (!Array.isArray(names) || !names.length || !names.every((n) => typeof n === "string")) return ERR.param("propertyList");
          const all = allProperties(cam);
          const unknown = names.find((n) => !Object.hasOwn(all, n));
          if (unknown) return fail(1000, `Invalid parameter value specified: ${unknown}`);
          return { propertyList: Object.fromEntries(names.map((n) => [n, all[n]])) };
        },
      },
    },
  });
