import { z } from "zod";
import { parseEnv } from "@/src/server/env";
import { mailSettings } from "@/src/server/mail";
import { labConfig } from "@/src/modules/labs/lab-config";
import { runtimeSettings } from "@/src/modules/labs/runtime";
import { readSwarmConfig } from "@/src/modules/labs/runtime/swarm/read-swarm-config";
import { retention } from "@/src/modules/operations/retention";
import { issuerKeyPath } from "@/src/modules/certificates/issuer-key";

// Every setting the academy reads, validated together when server.ts starts: a bad value anywhere stops
// start-up with one message per problem, instead of surfacing at the first lab start, mail or prune.
// Each domain keeps its schema beside the code that uses it; this is the one place that runs them all.
const CHECKS: [string, (source: NodeJS.ProcessEnv) => unknown][] = [
  ["core", parseEnv],
  ["labs", labConfig],
  ["lab runtime", runtimeSettings],
  ["swarm", (s) => s.LAB_ENGINE === "swarm" && readSwarmConfig(s)],
  ["mail", mailSettings],
  ["retention", retention],
  ["certificates", issuerKeyPath],
];

/** The problems with the environment, one message each; empty when the academy may start. */
export function checkEnvironment(source: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  for (const [area, check] of CHECKS) {
    try {
      check(source);
    } catch (error) {
      if (error instanceof z.ZodError) problems.push(...error.issues.map((i) => `${area}: ${i.path.join(".")}: ${i.message}`));
      else {
        // Domain checks throw "Invalid environment:\n  NAME: message" lines: one problem per line.
        const lines = (error instanceof Error ? error.message : String(error)).split("\n").map((l) => l.trim());
        problems.push(...lines.filter((l) => l && l !== "Invalid environment:"));
      }
    }
  }
  return problems;
}
