import { type Page } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { signIn, signUp, uniqueEmail } from "../fixtures/accounts";

// Lab 1 on the real CamOS camera, solved by typing into the browser terminal as a learner would.
const PASSWORD = "Harden-From-Day-One-3";

async function type(page: Page, line: string, expectOnScreen: string | RegExp) {
  await page.getByTestId("terminal").click();
  await page.keyboard.type(`${line}\n`, { delay: 2 });
  await expect(page.locator("[data-testid=terminal] .xterm-rows")).toContainText(expectOnScreen);
}

async function check(page: Page, step: string, feedback: RegExp) {
  const card = page.getByTestId(`step-${step}`);
  await card.getByRole("button", { name: "Check" }).click();
  await expect(card.getByTestId("feedback")).toHaveText(feedback, { timeout: 20_000 });
}

test("a learner completes First boot, the right way through the browser terminal", async ({ page }) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("first-boot");
  await signUp(page, "Camera Installer", email, PASSWORD);
  await signIn(page, email, PASSWORD);
  await page.goto("/labs/first-boot");
  await page.getByRole("button", { name: "Start lab" }).click();
  await expect(page.getByTestId("terminal")).toHaveAttribute("data-state", "open", { timeout: 60_000 });

  await check(page, "create-admin", /^Not yet: The camera still needs setup/u);
  // Read the work order into shell variables, as a learner might.
  await type(
    page,
    `eval "$(sed -n 's/.*Administrator account *: \\([^ ]*\\).*vault: \\(.*\\))/AU=\\1 AP=\\2/p; s/.*Operator account *: \\([^ ]*\\).*vault: \\(.*\\))/OU=\\1 OP=\\2/p' ~/work-order.txt)"; echo "vars-$AU-ok"`,
    /vars-[a-z]+-ok/u,
  );

  await type(
    page,
    "curl -s http://camera/rootdesc.xml | grep -o '<serialNumber>[^<]*' | cut -d'>' -f2 > ~/serial.txt; echo saved-serial",
    "saved-serial",
  );
  await check(page, "discover", /^Passed: Serial ACCC8E[0-9A-F]{6} matches/u);

  await type(
    page,
    "curl -s http://camera/axis-cgi/pwdgrp.cgi -d action=add -d user=$AU -d pwd=admin123 -d grp=root -d sgrp=admin:operator:viewer:ptz",
    "password policy",
  );
  await type(
    page,
    "curl -s http://camera/axis-cgi/pwdgrp.cgi --data-urlencode action=add --data-urlencode user=$AU --data-urlencode pwd=$AP --data-urlencode grp=root --data-urlencode sgrp=admin:operator:viewer:ptz",
    /Created account [a-z]+admin/u,
  );
  await check(page, "create-admin", /^Passed: [a-z]+admin is the camera's administrator\.$/u);

  await type(
    page,
    "curl -s --digest -u $AU:$AP http://camera/axis-cgi/pwdgrp.cgi --data-urlencode action=add --data-urlencode user=$OU --data-urlencode pwd=$OP --data-urlencode grp=users --data-urlencode sgrp=operator:viewer",
    /Created account (nightshift|dayshift|guard1|control)/u,
  );
  await check(page, "create-operator", /^Passed: .* can work as an operator, without admin rights\.$/u);

  await type(
    page,
    "curl -s -o /dev/null -w 'root:%{http_code}\\n' --digest -u root:pass 'http://camera/axis-cgi/param.cgi?action=list&group=Brand'",
    "root:401",
  );
  await type(page, "curl -s --digest -u $AU:$AP 'http://camera/axis-cgi/pwdgrp.cgi?action=get' | tee ~/accounts.txt", "digusers=");
  await check(page, "no-default-logins", /^Passed: No default login works/u);

  await type(
    page,
    "curl -s --digest -u $AU:$AP 'http://camera/axis-cgi/param.cgi?action=update&Network.HTTP.HTTPSOnly=yes&Network.HTTP.AuthenticationPolicy=digest'",
    "OK",
  );
  await check(page, "https-only", /^Passed: HTTPS only, Basic only inside TLS/u);
  await expect(page.getByTestId("lab-score")).toHaveText("5 / 5 steps passed");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByTestId("previous-session")).toContainText("5 of 5 steps passed");
});
