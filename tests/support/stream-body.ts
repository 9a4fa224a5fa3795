// A client that streams a large chunked body (no Content-Length) and stops as soon as the server answers.
import http from "node:http";

/** Streams `total` bytes in 16 KB chunks (chunked, no Content-Length) until the answer comes; what was written. */
export function streamUntilAnswered(url: string, total: number, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; sent: number; body: string }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = http.request(url, { method: "POST", headers: { "content-type": "application/octet-stream", ...headers } });
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, sent, body }));
      res.on("error", () => resolve({ status: res.statusCode!, sent, body }));
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const chunk = Buffer.alloc(16 * 1024, "x");
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}
