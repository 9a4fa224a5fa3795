import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { ensureFixtureImage } from "../../../src/modules/labs/runtime/build-fixture-image";

// The running lab page on a laptop (resizable split, full screen, screen-reader mode) and on a phone.
const PASSWORD = "Split-Screen-Strong-Pass-7";

test.beforeAll(async () => {
  await ensureFixtureImage();
});

const box = async (page: Page, testId: string) => (await page.getByTestId(testId).boundingBox())!;

test("the running lab: a resizable split on a laptop, full screen, screen-reader mode, and stacked on a 375 px phone", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 800 });
  const email = uniqueEmail("lab-layout");
  await signUp(page, "Lara Layout", email, PASSWORD);
  await signIn(page, email, PASSWORD);
  await page.goto("/labs/terminal-basics");
  await page.getByRole("button", { name: "Start lab" }).click();
  await expect(page.getByTestId("terminal")).toHaveAttribute("data-state", "open", { timeout: 60_000 });

  // Laptop: steps beside the terminal; the divider resizes them by keyboard and by drag, and is remembered.
  const divider = page.getByRole("separator", { name: "Width of the steps beside the terminal" });
  await expect(divider).toHaveAttribute("aria-valuenow", "40");
  expect((await box(page, "lab-terminal-column")).x).toBeGreaterThan((await box(page, "lab-steps")).x);
  const before = (await box(page, "lab-steps")).width;
  await divider.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(divider).toHaveAttribute("aria-valuenow", "50");
  expect((await box(page, "lab-steps")).width).toBeGreaterThan(before + 100);
  const d = (await divider.boundingBox())!;
  await page.mouse.move(d.x + d.width / 2, d.y + 50);
  await page.mouse.down();
  await page.mouse.move(d.x - 300, d.y + 50, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await divider.getAttribute("aria-valuenow"));
  expect(dragged).toBeLessThan(35);
  await page.reload();
  await expect(page.getByTestId("terminal")).toHaveAttribute("data-state", "open", { timeout: 30_000 });
  await expect(divider).toHaveAttribute("aria-valuenow", String(dragged));
  // The terminal is large: it fills the height of a laptop screen, not a fixed small box.
  expect((await box(page, "terminal")).height).toBeGreaterThan(500);

  // Full screen: the terminal covers the window and still takes input; it comes back out.
  await page.getByRole("button", { name: "Full screen" }).click();
  const panel = await box(page, "terminal-panel");
  expect(panel.width).toBeGreaterThanOrEqual(1366 - 1);
  expect(panel.height).toBeGreaterThanOrEqual(800 - 1);
  await page.getByTestId("terminal").click();
  await page.keyboard.type("echo full-$((6*7))\n", { delay: 5 });
  await expect(page.locator("[data-testid=terminal] .xterm-rows")).toContainText("full-42");
  await page.getByRole("button", { name: "Exit full screen" }).click();
  await expect(page.getByTestId("terminal-panel")).toHaveAttribute("data-full-screen", "false");

  // Screen-reader mode: xterm keeps an accessible copy of the screen; the choice survives a reload.
  await expect(page.locator("[data-testid=terminal] .xterm-accessibility-tree")).toHaveCount(0);
  await page.getByLabel("Screen reader mode").check();
  await expect(page.locator("[data-testid=terminal] .xterm-accessibility-tree")).toContainText("full-42");
  await page.reload();
  await expect(page.getByLabel("Screen reader mode")).toBeChecked();
  await expect(page.locator("[data-testid=terminal] .xterm-accessibility-tree")).toHaveCount(1, { timeout: 30_000 });
  const { violations } = await new AxeBuilder({ page }).exclude("[data-testid=terminal]").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Phone: steps stacked above the terminal, no divider, nothing wider than the screen.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(divider).toBeHidden();
  const steps = await box(page, "lab-steps");
  expect((await box(page, "lab-terminal-column")).y).toBeGreaterThanOrEqual(steps.y + steps.height);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
