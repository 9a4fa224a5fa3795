// The VAPIX event service (SOAP at /vapix/services): GetEventInstances lists the events this camera can send
// (motion, tampering, day/night, system ready), in the wstop:TopicSet shape event clients parse.
import type { Camera } from "./camera";
import { readBody, type Req } from "./http-util";
import { operation, sendFault, sendSoap } from "./soap";

const topic = (name: string, nice: string, source: string, data: string, stateful = true) =>
  `<${name} wstop:topic="true" aev:NiceName="${nice}"><aev:MessageInstance aev:isProperty="${stateful}">` +
  `<aev:SourceInstance>${source}</aev:SourceInstance>` +
  `<aev:DataInstance><aev:SimpleItemInstance aev:NiceName="${nice}" Type="xsd:boolean" Name="${data}"/></aev:DataInstance>` +
  `</aev:MessageInstance></${name}>`;
const channel =
  '<aev:SimpleItemInstance aev:NiceName="Video source" Type="xsd:int" Name="VideoSourceConfigurationToken"><aev:Value>1</aev:Value></aev:SimpleItemInstance>';

const TOPICS =
  '<wstop:TopicSet xmlns:xsd="http://www.w3.org/2001/XMLSchema">' +
  `<tns1:VideoSource>` +
  topic("tns1:MotionAlarm", "Motion alarm", channel, "State") +
  topic("tnsaxis:Tampering", "Camera tampering", channel, "tampering", false) +
  topic("tnsaxis:DayNightVision", "Day night vision", channel, "day") +
  `</tns1:VideoSource>` +
  `<tns1:Device><tnsaxis:Status>${topic("tnsaxis:SystemReady", "System ready", "", "ready")}</tnsaxis:Status></tns1:Device>` +
  "</wstop:TopicSet>";

export async function vapixServices(cam: Camera, req: Req) {
  if (!cam.authorize(req, "viewer")) return;
  const body = (await readBody(req.raw)).toString("utf8");
  const op = operation(body);
  if (op === "GetEventInstances")
    return sendSoap(req.res, 200, `<aev:GetEventInstancesResponse>${TOPICS}</aev:GetEventInstancesResponse>`, [
      "aev",
      "wstop",
      "tns1",
      "tnsaxis",
    ]);
  sendFault(req.res, 400, "Sender", "", op ? `operation ${op} is not supported` : "not a SOAP request");
}
