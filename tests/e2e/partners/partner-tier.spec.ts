import { expect, test } from "../fixtures/test";
import { DEMO, signIn, signOut, signUp, uniqueEmail, verifyEmail } from "../fixtures/accounts";
import { certify } from "../fixtures/certify";

const PASSWORD = "Tripod-Lens-Audit-2026";

test("a partner manager sees tier compliance change when a staff member is certified, and downloads the CSV", async ({ page }) => {
  const stamp = Date.now();
  const code = `E2E-${stamp}`;
  const orgName = `E2E Integrators ${stamp}`;
  const manager = { name: "Mia Manager", email: uniqueEmail("mia") };
  const staff = { name: "Sam Staff", email: uniqueEmail("sam") };

  // An admin creates an organisation (tier Authorized: one certified professional) and its manager.
  await signUp(page, manager.name, manager.email, PASSWORD);
  await signIn(page, DEMO.admin);
  await page.goto("/admin/organizations");
  await page.getByLabel("Organisation name").fill(orgName);
  await page.getByLabel("Organisation code").fill(code);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText(`Created ${orgName}.`)).toBeVisible();
  await page.goto("/admin/users");
  await page.getByLabel(`Role for ${manager.email}`, { exact: true }).selectOption("PARTNER_MANAGER");
  await page.getByRole("button", { name: `Save role for ${manager.email}` }).click();
  await expect(page.getByRole("row", { name: manager.email }).getByText("Role saved.")).toBeVisible();
  await page.getByLabel(`Organisation for ${manager.email}`, { exact: true }).selectOption({ label: orgName });
  await page.getByRole("button", { name: `Save organisation for ${manager.email}` }).click();
  await expect(page.getByRole("row", { name: manager.email }).getByText("Organisation saved.")).toBeVisible();
  await page.goto("/admin/audit?action=user.role_changed");
  await expect(page.getByTestId("audit-table")).toContainText("PARTNER_MANAGER");
  await signOut(page);

  // The manager invites a colleague by link; the colleague signs up through it.
  await signIn(page, manager.email, PASSWORD);
  await page.goto("/partner");
  await expect(page.getByTestId("org-name")).toHaveText(orgName);
  await expect(page.getByTestId("tier-now")).toContainText("Does not meet");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = await page.getByLabel(/Invite link/).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/u);
  await signOut(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${orgName}` })).toBeVisible();
  await page.getByRole("link", { name: "Create an account" }).click();
  // The invite itself joins (a hidden field), so the page asks for no code.
  await expect(page.getByLabel(/organisation code/)).toHaveCount(0);
  await page.getByLabel("Full name").fill(staff.name);
  await page.getByLabel("Email").fill(staff.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  // Until the colleague confirms the address, they are not the partner's staff.
  await signIn(page, manager.email, PASSWORD);
  await page.goto("/partner");
  await expect(page.getByTestId("org-name")).toHaveText(orgName);
  await expect(page.getByRole("row", { name: staff.name })).toHaveCount(0);
  await signOut(page);
  await verifyEmail(page, staff.email);

  await signIn(page, manager.email, PASSWORD);
  await page.goto("/partner");
  await expect(page.getByRole("row", { name: staff.name })).toBeVisible();
  await expect(page.getByTestId("tier-now")).toContainText("Does not meet");

  certify(staff.email);
  await page.reload();
  await expect(page.getByTestId("tier-now")).toContainText("Meets the Authorized requirements");
  await expect(page.getByTestId("tier-later")).toContainText("Meets");
  await expect(page.getByRole("row", { name: staff.name }).getByTestId("staff-certificate")).toContainText("Certified Professional");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download staff CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  const lines = csv
    .replace(/^\uFEFF/u, "")
    .trimEnd()
    .split("\r\n");
  expect(lines[0]).toMatch(/^Name,Email,Role,/u);
  expect(lines).toHaveLength(3);
  expect(lines.find((l) => l.startsWith(staff.name))).toMatch(/,valid,/u);
});

test("a partner manager cannot see another organisation", async ({ page }) => {
  await signIn(page, DEMO.manager); // NORTHWIND
  await page.goto("/partner?org=anything");
  await expect(page.getByTestId("org-name")).toHaveText("Northwind Security Integrators");
  await expect(page.getByTestId("staff-table")).not.toContainText("Carl Carlsson"); // CONTOSO staff
  const orgs = await page.request.get("/api/partner/staff.csv");
  expect(orgs.status()).toBe(200);
  expect(await orgs.text()).not.toContain("carl@contoso.test");
  expect((await page.request.get("/admin/organizations")).status()).toBe(403);
  await signOut(page);
  await signIn(page, DEMO.learner);
  expect((await page.request.get("/api/partner/staff.csv")).status()).toBe(403);
  expect((await page.goto("/partner"))?.status()).toBe(403);
});

test("a code typed at sign-up waits for the manager, who approves it and later removes the member", async ({ page }) => {
  const person = { name: `Jo Joiner ${Date.now()}`, email: uniqueEmail("jo") };
  await signUp(page, person.name, person.email, PASSWORD, "contoso");
  await signIn(page, person.email, PASSWORD);
  await expect(page.getByTestId("join-request-pending")).toHaveText(
    /Your request to join Contoso.* is waiting for the manager's approval\./u,
  );
  await signOut(page);

  await signIn(page, "manager@contoso.test");
  await page.goto("/partner");
  await expect(page.getByRole("row", { name: person.name })).toHaveCount(0);
  const request = page.getByRole("listitem", { name: `Request from ${person.name}` });
  await request.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("row", { name: person.name })).toBeVisible();
  await expect(request).toHaveCount(0);

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: `Remove ${person.name}` }).click();
  await expect(page.getByRole("row", { name: person.name })).toHaveCount(0);
  await signOut(page);
  await signIn(page, DEMO.admin);
  await page.goto("/admin/audit?action=partner.member_removed");
  await expect(page.getByTestId("audit-table")).toContainText("partner.member_removed");
});
