// ONVIF media service (/onvif/media_service): one H.264 profile per stream profile, the video source, and an
// RTSP stream URI (no video flows; the URI is what a VMS records from).
import type { Camera } from "./camera";
import type { Req } from "./http-util";
import { localAddr, type OnvifOps } from "./onvif-device";
import { esc, field } from "./soap";
import { STREAM_PROFILES } from "./stream-profiles";

const profileToken = (i: number) => `profile_${i + 1}_h264`;

function profileXml(cam: Camera, i: number, tag = "trt:Profiles"): string {
  const p = STREAM_PROFILES[i];
  const q = new URLSearchParams(p.parameters);
  const [w, h] = (q.get("resolution") ?? cam.param("Image.I0.Resolution")).split("x");
  const [sw, sh] = cam.param("Image.I0.Resolution").split("x");
  return (
    `<${tag} token="${profileToken(i)}" fixed="true"><tt:Name>${esc(p.name)}</tt:Name>` +
    `<tt:VideoSourceConfiguration token="vsc0"><tt:Name>VideoSourceConfig</tt:Name><tt:UseCount>${STREAM_PROFILES.length}</tt:UseCount><tt:SourceToken>vs0</tt:SourceToken>` +
    `<tt:Bounds x="0" y="0" width="${sw}" height="${sh}"/></tt:VideoSourceConfiguration>` +
    `<tt:VideoEncoderConfiguration token="vec${i}"><tt:Name>${esc(p.name)}</tt:Name><tt:UseCount>1</tt:UseCount><tt:Encoding>H264</tt:Encoding>` +
    `<tt:Resolution><tt:Width>${w}</tt:Width><tt:Height>${h}</tt:Height></tt:Resolution><tt:Quality>${100 - Number(q.get("compression") ?? 30)}</tt:Quality>` +
    `<tt:RateControl><tt:FrameRateLimit>${q.get("fps") ?? 30}</tt:FrameRateLimit><tt:EncodingInterval>1</tt:EncodingInterval><tt:BitrateLimit>4096</tt:BitrateLimit></tt:RateControl>` +
    `<tt:H264><tt:GovLength>32</tt:GovLength><tt:H264Profile>Main</tt:H264Profile></tt:H264><tt:SessionTimeout>PT60S</tt:SessionTimeout></tt:VideoEncoderConfiguration>` +
    `</${tag}>`
  );
}

const findProfile = (xml: string) => STREAM_PROFILES.findIndex((_, i) => profileToken(i) === field(xml, "ProfileToken"));

export const MEDIA_OPS: OnvifOps = {
  GetProfiles: {
    role: "viewer",
    run: (cam) => `<trt:GetProfilesResponse>${STREAM_PROFILES.map((_, i) => profileXml(cam, i)).join("")}</trt:GetProfilesResponse>`,
  },
  GetProfile: {
    role: "viewer",
    run: (cam, _req, xml) => {
      const i = findProfile(xml);
      return i < 0
        ? { fault: "no such profile token" }
        : `<trt:GetProfileResponse>${profileXml(cam, i, "trt:Profile")}</trt:GetProfileResponse>`;
    },
  },
  GetVideoSources: {
    role: "viewer",
    run: (cam) => {
      const [w, h] = cam.param("Image.I0.Resolution").split("x");
      return `<trt:GetVideoSourcesResponse><trt:VideoSources token="vs0"><tt:Framerate>30</tt:Framerate><tt:Resolution><tt:Width>${w}</tt:Width><tt:Height>${h}</tt:Height></tt:Resolution></trt:VideoSources></trt:GetVideoSourcesResponse>`;
    },
  },
  GetStreamUri: {
    role: "viewer",
    run: (_cam, req: Req, xml) => {
      const i = findProfile(xml);
      if (i < 0) return { fault: "no such profile token" };
      const uri = `rtsp://${localAddr(req)}:554/axis-media/media.amp?${STREAM_PROFILES[i].parameters}`;
      return (
        `<trt:GetStreamUriResponse><trt:MediaUri><tt:Uri>${esc(uri)}</tt:Uri><tt:InvalidAfterConnect>false</tt:InvalidAfterConnect>` +
        `<tt:InvalidAfterReboot>false</tt:InvalidAfterReboot><tt:Timeout>PT60S</tt:Timeout></trt:MediaUri></trt:GetStreamUriResponse>`
      );
    },
  },
};
