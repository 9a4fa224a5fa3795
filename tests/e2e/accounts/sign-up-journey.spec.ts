import { expect, test } from "../fixtures/test";
import { DEMO, mailsTo, signIn, signOut, signUp, submit, uniqueEmail, verifyEmail } from "../fixtures/accounts";

test("a visitor signs up, signs in unverified (a banner asks to confirm), follows the mailed link and signs out", async ({ page }) => {
  const email = uniqueEmail("installer");
  await page.goto("/sign-up");
  await page.getByLabel("Full name").fill("Ivo Installer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("Tripod-Lens-2026");
  await page.getByLabel(/organisation code/).fill("northwind");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  await signIn(page, email, "Tripod-Lens-2026");
  await expect(page.getByTestId("dashboard-title")).toHaveText("Learner dashboard");
  await expect(page.getByTestId("current-user")).toHaveText("Ivo Installer");
  await expect(page.getByTestId("verify-email-banner")).toBeVisible();
  // The code only asked to join: Northwind's manager decides.
  await expect(page.getByTestId("join-request-pending")).toHaveText(
    /Your request to join Northwind .* is waiting for the manager's approval\./u,
  );
  await verifyEmail(page, email);
  await page.goto("/dashboard");
  await expect(page.getByTestId("dashboard-title")).toBeVisible();
  await expect(page.getByTestId("verify-email-banner")).toHaveCount(0);
  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("sign-up shows a specific message for each kind of bad input and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  const create = () => submit(page, "Create account");
  await page.getByLabel("Full name").fill("Wanda Weak");
  await page.getByLabel("Email").fill(uniqueEmail("weak"));
  await page.getByLabel("Password").fill("password123");
  await create();
  await expect(page.getByText("This password is too common or appears in breach lists. Choose another.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Wanda Weak");

  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("Tripod-Lens-2026");
  await create();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();

  await page.getByLabel("Email").fill(uniqueEmail("org"));
  await page.getByLabel("Password").fill("Tripod-Lens-2026");
  await page.getByLabel("Full name").fill("x".repeat(101));
  await page.getByLabel("Password").fill("Tripod-Lens-2026");
  await create();
  await expect(page.getByText("Name must be at most 100 characters.")).toBeVisible();
});

test("signing up with a registered address looks like a new sign-up; the owner gets a notice", async ({ page }) => {
  for (const email of [uniqueEmail("neutral"), DEMO.learner]) {
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill("Nick Neutral");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("Tripod-Lens-2026");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/sign-up\/check-inbox$/u);
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  }
  await expect(() =>
    expect(mailsTo(DEMO.learner).map((m) => m.subject)).toContain("Someone tried to sign up with your address at Cyberwall Academy"),
  ).toPass();
});

test("a learner opening the admin page gets 403; an admin gets the page", async ({ page }) => {
  await signIn(page, DEMO.learner);
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "403 — Not allowed" })).toBeVisible();
  await signOut(page);
  await signIn(page, DEMO.admin);
  const ok = await page.goto("/admin");
  expect(ok?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Administration" })).toBeVisible();
});

test("a wrong password is refused, and repeated failures delay the next attempt with a clear message", async ({ page }) => {
  const email = uniqueEmail("locked");
  await signUp(page, "Lou Locked", email, "Right-Password-55");
  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await submit(page, "Sign in");
    await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  }
  await page.getByLabel("Password").fill("Right-Password-55");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Too many failed sign-in attempts\. Try again in \d+ seconds?\./)).toBeVisible();
});

test("a user changes their password on the profile page", async ({ page }) => {
  const email = uniqueEmail("changer");
  await signUp(page, "Cara Changer", email, "First-Password-99");
  await signIn(page, email, "First-Password-99");
  await page.goto("/profile");
  await page.getByLabel("Current password").fill("First-Password-99");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Repeat new password").fill("short");
  await submit(page, "Change password");
  await expect(page.getByText(/at least 12 characters/)).toBeVisible();
  await page.getByLabel("Current password").fill("First-Password-99");
  await page.getByLabel("New password", { exact: true }).fill("Second-Password-77");
  await page.getByLabel("Repeat new password").fill("Second-Password-77");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  await signOut(page);
  await signIn(page, email, "Second-Password-77");
});
