import { type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { ensureFixtureImage } from "../../../src/modules/labs/runtime/build-fixture-image";

// The fixture lab "early-shell": its setup.sh waits until ~/go exists, so the lab stays "being set up"
// for as long as this test needs to show the shell is already usable.
const PASSWORD = "Watch-Provisioning-Go-7";

test.beforeAll(async () => {
  await ensureFixtureImage();
});

async function type(page: Page, line: string, expectOnScreen: string | RegExp) {
  await page.getByTestId("terminal").click();
  await page.keyboard.type(`${line}\n`, { delay: 5 });
  await expect(page.locator("[data-testid=terminal] .xterm-rows")).toContainText(expectOnScreen);
}

test("the shell opens while the lab is still being set up, and checks unlock when it is ready", async ({ page }) => {
  const email = uniqueEmail("early-shell");
  await signUp(page, "Early Learner", email, PASSWORD);
  await signIn(page, email, PASSWORD);
  await page.goto("/labs/early-shell");
  await page.getByRole("button", { name: "Start lab" }).click();

  const workspace = page.getByTestId("lab-workspace");
  const step = page.getByTestId("step-copy-site");
  await expect(page.getByTestId("terminal")).toHaveAttribute("data-state", "open", { timeout: 30_000 });
  await expect(workspace).toHaveAttribute("data-status", "provisioning");
  await expect(page.getByTestId("provisioning")).toContainText("Your shell is ready");
  await expect(step.getByRole("button", { name: "Check" })).toHaveCount(0);
  await type(page, "ls ~/site.txt; echo early-$((6*7))", "early-42");
  await expect(page.locator("[data-testid=terminal] .xterm-rows")).toContainText("No such file");

  await type(page, "touch ~/go", "touch ~/go");
  await expect(workspace).toHaveAttribute("data-status", "ready", { timeout: 30_000 });
  // The same shell carries on: nothing was reconnected or lost when the lab turned ready.
  await expect(page.locator("[data-testid=terminal] .xterm-rows")).toContainText("early-42");
  await type(page, "cp ~/site.txt ~/answer.txt && echo copied-$((6*7))", "copied-42");
  await step.getByRole("button", { name: "Check" }).click();
  await expect(step.getByTestId("feedback")).toHaveText(/^Passed: Copied: (north-gate|south-dock)\.$/u);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByTestId("previous-session")).toContainText("1 of 1 steps passed");
});
