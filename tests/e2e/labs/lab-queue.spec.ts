import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { ensureFixtureImage } from "../../../src/modules/labs/runtime/build-fixture-image";

// A full academy: this journey runs its own server (same build, own database) with room for one lab and
// three per address, so a second learner queues, watches their place, and gets a shell when the first
// finishes; a forged X-Forwarded-For does not buy a third account from the same address a place.
const PASSWORD = "Queue-Journey-Strong-Pass-7";
const port = Number(process.env.E2E_PORT ?? 3100) + 5;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await ensureFixtureImage();
  server = spawn("bash", ["scripts/serve-e2e.sh", String(port)], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, LAB_MAX_TOTAL: "1", LAB_MAX_PER_IP: "3" },
  });
  for (const end = Date.now() + 150_000; Date.now() < end; await new Promise((r) => setTimeout(r, 500))) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
  }
  throw new Error(`the queue journey's server did not come up on ${base}`);
});
test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
});

async function learner(browser: Browser, name: string) {
  const page = await (await browser.newContext({ baseURL: base })).newPage();
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/gu, "-"));
  await signUp(page, name, email, PASSWORD);
  await signIn(page, email, PASSWORD);
  await page.goto("/labs/terminal-basics");
  return page;
}

const terminal = (page: Page) => page.getByTestId("terminal");

test("a queued learner sees their place, can leave, and gets a shell when the running lab ends", async ({ browser }) => {
  test.setTimeout(150_000);
  const first = await learner(browser, "First Learner");
  await first.getByRole("button", { name: "Start lab" }).click();
  await expect(terminal(first)).toHaveAttribute("data-state", "open", { timeout: 30_000 });

  const second = await learner(browser, "Second Learner");
  await second.getByRole("button", { name: "Start lab" }).click();
  await expect(second.getByTestId("queue-position")).toHaveText("You are number 1 in the queue (1 waiting).");
  await expect(second.getByTestId("queue-estimate")).toContainText(/Estimated wait: (less than a minute|about \d+ min)/u);

  const third = await learner(browser, "Third Learner");
  await third.getByRole("button", { name: "Start lab" }).click();
  await expect(third.getByTestId("queue-position")).toHaveText("You are number 2 in the queue (2 waiting).");
  // The second learner's card follows the queue live.
  await expect(second.getByTestId("queue-position")).toHaveText("You are number 1 in the queue (2 waiting).");

  // A fourth account from the same address, claiming to be elsewhere: the address holds its share (3).
  const fourth = await learner(browser, "Fourth Learner");
  const forged = await fourth.request.post("/api/labs/sessions", {
    data: { lab: "terminal-basics" },
    headers: { "X-Forwarded-For": "192.0.2.77", "X-Real-IP": "192.0.2.77", Origin: base },
  });
  expect(forged.status()).toBe(429);
  expect((await forged.json()).error).toContain("Your network already has 3 labs running or queued");

  await third.getByRole("button", { name: "Leave the queue" }).click();
  await expect(third.getByRole("button", { name: "Start lab" })).toBeVisible();
  await expect(second.getByTestId("queue-position")).toHaveText("You are number 1 in the queue (1 waiting).");

  first.once("dialog", (d) => void d.accept());
  await first.getByRole("button", { name: "Finish" }).click();
  await expect(first.getByTestId("previous-session")).toBeVisible();

  // No reload: the queue stream says "admitted", the page follows the new session to its shell.
  await expect(terminal(second)).toHaveAttribute("data-state", "open", { timeout: 45_000 });
  await expect(second.getByTestId("queue-card")).toHaveCount(0);
  await terminal(second).click();
  await second.keyboard.type("echo queued-$((6*7))\n", { delay: 5 });
  await expect(second.locator("[data-testid=terminal] .xterm-rows")).toContainText("queued-42");
});
