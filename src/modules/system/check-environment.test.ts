import { expect, it } from "vitest";
import { checkEnvironment } from "./check-environment";

const good = { AUTH_SECRET: "x".repeat(32), NODE_ENV: "test" } as NodeJS.ProcessEnv;

it("accepts the defaults", () => {
  expect(checkEnvironment(good)).toEqual([]);
});

it("reports every bad setting of every domain at once, each naming its variable", () => {
  const problems = checkEnvironment({
    ...good,
    PORT: "70000",
    LAB_MAX_TOTAL: "0",
    LAB_DOCKER_CONCURRENCY: "many",
    LAB_ENGINE: "kubernetes",
    SMTP_URL: "http://mail.example",
    RETAIN_AUDIT_DAYS: "-1",
  });
  for (const name of ["PORT", "LAB_MAX_TOTAL", "LAB_DOCKER_CONCURRENCY", "LAB_ENGINE", "SMTP_URL", "RETAIN_AUDIT_DAYS"])
    expect(problems.join("\n")).toContain(name);
  expect(problems.length).toBeGreaterThanOrEqual(6);
});

it("checks the Swarm settings only when LAB_ENGINE=swarm", () => {
  expect(checkEnvironment({ ...good, LAB_SWARM_NODES: "garbage" })).toEqual([]);
  expect(checkEnvironment({ ...good, LAB_ENGINE: "swarm" }).join("\n")).toMatch(/LAB_SWARM/u);
});
