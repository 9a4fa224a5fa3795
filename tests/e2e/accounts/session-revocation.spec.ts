import { type Browser, type BrowserContext } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signIn, signUp, submit, uniqueEmail } from "../fixtures/accounts";

// A hostile copy of the session cookie (a shared computer, a stolen laptop) must die when the owner
// changes the password or presses "Sign out everywhere".
async function copyOf(browser: Browser, context: BrowserContext) {
  return browser.newContext({ storageState: await context.storageState() });
}

async function expectSignedOut(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(await (await page.request.get("/api/me")).json()).toBeNull();
}

test("a password change ends every other copy of the session, and this browser stays signed in", async ({ browser, page, context }) => {
  const email = uniqueEmail("revoke");
  await signUp(page, "Rita Revoke", email, "Tripod-Lens-2026");
  await signIn(page, email, "Tripod-Lens-2026");
  const thief = await copyOf(browser, context);
  const stolen = await thief.newPage();
  await stolen.goto("/profile");
  await expect(stolen.getByRole("heading", { name: "Your profile" })).toBeVisible();

  await page.goto("/profile");
  await page.getByLabel("Current password").fill("Tripod-Lens-2026");
  await page.getByLabel("New password", { exact: true }).fill("Shutter-Focus-2027");
  await page.getByLabel("Repeat new password").fill("Shutter-Focus-2027");
  await submit(page, "Change password");
  await expect(page.getByText("Password changed. You were signed out on every other device.")).toBeVisible();

  await expectSignedOut(thief);
  await page.goto("/profile");
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await thief.close();
});

test("sign out everywhere ends every session of the account", async ({ browser, page, context }) => {
  const email = uniqueEmail("everywhere");
  await signUp(page, "Evan Everywhere", email, "Tripod-Lens-2026");
  await signIn(page, email, "Tripod-Lens-2026");
  const other = await copyOf(browser, context);
  expect(await (await other.request.get("/api/me")).json()).toMatchObject({ name: "Evan Everywhere" });

  await page.goto("/profile");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expectSignedOut(other);
  await expectSignedOut(context);
  await other.close();
});
