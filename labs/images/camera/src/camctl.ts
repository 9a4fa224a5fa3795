// camctl: lab-only control of the running camera over its Unix socket (run with docker exec).
import net from "node:net";

const [cmd = "status", ...args] = process.argv.slice(2);
const json = args.includes("--json");
const sock = net.connect(process.env.CAMOS_CONTROL_SOCKET || "/tmp/camos-control.sock");
let buf = "";
sock.on("connect", () => sock.write(JSON.stringify({ cmd, args: args.filter((a) => a !== "--json") }) + "\n"));
sock.on("data", (d) => (buf += d.toString()));
sock.on("end", () => {
  try {
    const answer = JSON.parse(buf);
    console.log(json ? JSON.stringify(answer.data ?? answer, null, 2) : answer.message);
    process.exit(answer.ok ? 0 : 1);
  } catch {
    console.error("camctl: no answer from the camera");
    process.exit(2);
  }
});
sock.on("error", (e) => {
  console.error(`camctl: camera not running (${e.message})`);
  process.exit(2);
});
