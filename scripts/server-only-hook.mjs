// Outside Next's bundler (server.ts, scripts, benchmarks) the "server-only" marker package would
// throw on import; these processes are server-side by definition, so resolve it to an empty module.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
      return next(specifier, context);
    }`),
  import.meta.url,
);
