import { type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { ensureFixtureImage } from "../../../src/modules/labs/runtime/build-fixture-image";

// The fixture lab "terminal-basics" (served when ACADEMY_E2E=1) on real containers, through the browser terminal.
const PASSWORD = "Lab-Journey-Strong-Pass-7";

test.beforeAll(async () => {
  await ensureFixtureImage();
});

async function typeInTerminal(page: Page, text: string) {
  await page.getByTestId("terminal").click();
  await page.keyboard.type(text, { delay: 5 });
}

const screen = (page: Page) => page.locator("[data-testid=terminal] .xterm-rows");

test("a learner starts a lab, uses the terminal, fails a check, takes a hint, passes, and reloads into the same shell", async ({
  page,
}) => {
  const email = uniqueEmail("lab-learner");
  await signUp(page, "Lab Learner", email, PASSWORD);
  await signIn(page, email, PASSWORD);

  await page.goto("/labs");
  const card = page.getByTestId("lab-terminal-basics");
  await expect(card.getByTestId("lab-status")).toHaveText("Not started");
  await card.getByRole("link", { name: "Terminal basics" }).click();

  await page.getByRole("button", { name: "Start lab" }).click();
  // Provisioning: the live progress bar, or (when the engine was quicker than the page) the recorded events.
  await expect(page.getByTestId("provisioning").or(page.getByTestId("provisioning-log"))).toBeVisible();
  await expect(page.getByTestId("terminal")).toHaveAttribute("data-state", "open", { timeout: 30_000 });
  await page.getByTestId("provisioning-log").locator("summary").click();
  await expect(page.getByTestId("provisioning-log")).toContainText("Created workstation");
  await expect(page.getByTestId("provisioning-log")).toContainText("Ready");

  await typeInTerminal(page, "cat ~/welcome.txt\n");
  await expect(screen(page)).toContainText(/Camera serial: ACCC8E[0-9A-F]{6}/u);
  const serial = (await screen(page).textContent())!.match(/Camera serial: (ACCC8E[0-9A-F]{6})/u)![1];
  await expect(page.getByTestId("step-write-note")).toContainText(`Your camera's serial number is ${serial}`);

  const step = page.getByTestId("step-write-note");
  await step.getByRole("button", { name: "Check" }).click();
  await expect(step.getByTestId("feedback")).toHaveText("Not yet: There is no ~/notes.txt yet.");

  await step.getByRole("button", { name: "Show a hint" }).click();
  await expect(step.getByTestId("hints")).toContainText("Hint 1: The serial is printed in ~/welcome.txt");
  await step.getByRole("button", { name: "Next hint" }).click();
  await expect(step.getByTestId("hints")).toContainText(`echo ${serial} > ~/notes.txt`);

  await typeInTerminal(page, `echo ${serial} > ~/notes.txt; echo marker-$((40+2))\n`);
  await expect(screen(page)).toContainText("marker-42");
  await step.getByRole("button", { name: "Check" }).click();
  await expect(step.getByTestId("feedback")).toHaveText(`Passed: The serial ${serial} is in your notes.`);
  await expect(step).toHaveAttribute("data-passed", "true");
  await expect(page.getByTestId("lab-score")).toHaveText("1 / 2 steps passed");

  // A reload re-attaches to the same tmux session: earlier output and shell state are still there.
  await typeInTerminal(page, "KEPT=still-here-$((6*7))\n");
  await page.reload();
  await expect(page.getByTestId("terminal")).toHaveAttribute("data-state", "open");
  await expect(screen(page)).toContainText("marker-42");
  await typeInTerminal(page, "echo $KEPT\n");
  await expect(screen(page)).toContainText("still-here-42");
  await expect(page.getByTestId("step-write-note")).toHaveAttribute("data-passed", "true");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByTestId("previous-session")).toContainText("1 of 2 steps passed");
  await page.goto("/labs");
  await expect(page.getByTestId("lab-terminal-basics").getByTestId("lab-status")).toHaveText("Finished · 1 of 2 steps passed");
});
