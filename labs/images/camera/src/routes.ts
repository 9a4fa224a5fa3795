// Every endpoint the camera serves: allowed methods and the lowest role that can use some part of it
// (documentation for readers; each handler authorises itself, since roles differ per action).
import type { Camera } from "./camera";
import type { Req } from "./http-util";
import { certificatesCgi } from "./routes-certs";
import { firmwareCgi } from "./routes-firmware";
import { ntpCgi, remoteSyslogCgi, rootDesc, sbomCgi, signedVideoCgi, timeCgi } from "./routes-services";
import { apiDiscoveryCgi, basicDeviceInfo } from "./routes-apidiscovery";
import { applicationsList, portManagementCgi, ptzCgi, streamProfileCgi, userGroupCgi, viewAreaCgi } from "./routes-devices";
import { vapixServices } from "./routes-events";
import { onvifDevice, onvifMedia } from "./routes-onvif";
import { paramCgi, pwdgrpCgi, systemReady } from "./routes-vapix";
import type { Role } from "./store";
import { WEB_PATHS, webCgi } from "./routes-web";

// web: a page of the web interface (plain HTTP under HTTPS only redirects to HTTPS instead of refusing).
type Route = { methods: string[]; min: Role | "anonymous"; handler: (cam: Camera, req: Req) => unknown; web?: true };
const GP = ["GET", "POST"];

export const routes: Record<string, Route> = {
  "/axis-cgi/systemready.cgi": { methods: GP, min: "anonymous", handler: systemReady },
  "/axis-cgi/apidiscovery.cgi": { methods: GP, min: "viewer", handler: apiDiscoveryCgi },
  "/axis-cgi/basicdeviceinfo.cgi": { methods: GP, min: "anonymous", handler: basicDeviceInfo },
  "/axis-cgi/usergroup.cgi": { methods: GP, min: "viewer", handler: userGroupCgi },
  "/axis-cgi/streamprofile.cgi": { methods: GP, min: "viewer", handler: streamProfileCgi },
  "/axis-cgi/io/portmanagement.cgi": { methods: GP, min: "viewer", handler: portManagementCgi },
  "/axis-cgi/viewarea/info.cgi": { methods: GP, min: "viewer", handler: viewAreaCgi },
  "/axis-cgi/applications/list.cgi": { methods: GP, min: "viewer", handler: applicationsList },
  "/axis-cgi/com/ptz.cgi": { methods: GP, min: "viewer", handler: ptzCgi },
  "/vapix/services": { methods: ["POST"], min: "viewer", handler: vapixServices },
  "/onvif/device_service": { methods: ["POST"], min: "anonymous", handler: onvifDevice },
  "/onvif/media_service": { methods: ["POST"], min: "viewer", handler: onvifMedia },
  "/axis-cgi/param.cgi": { methods: GP, min: "viewer", handler: paramCgi },
  "/axis-cgi/pwdgrp.cgi": { methods: GP, min: "anonymous", handler: pwdgrpCgi },
  "/axis-cgi/firmwaremanagement.cgi": { methods: GP, min: "admin", handler: firmwareCgi },
  "/axis-cgi/certificates.cgi": { methods: GP, min: "admin", handler: certificatesCgi },
  "/axis-cgi/remotesyslog.cgi": { methods: GP, min: "admin", handler: remoteSyslogCgi },
  "/axis-cgi/ntp.cgi": { methods: GP, min: "admin", handler: ntpCgi },
  "/axis-cgi/time.cgi": { methods: GP, min: "admin", handler: timeCgi },
  "/axis-cgi/sbom.cgi": { methods: ["GET"], min: "viewer", handler: sbomCgi },
  "/axis-cgi/signedvideo.cgi": { methods: GP, min: "viewer", handler: signedVideoCgi },
  "/rootdesc.xml": { methods: ["GET"], min: "anonymous", handler: rootDesc },
  // The web interface: pages viewer+ (the wizard anonymous, only before setup), scripts and styles anonymous.
  ...Object.fromEntries(WEB_PATHS.map((p) => [p, { methods: ["GET", "HEAD"], min: "anonymous", handler: webCgi, web: true } as Route])),
};
