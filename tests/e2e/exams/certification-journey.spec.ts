import { gunzipSync } from "node:zlib";
import { type APIRequestContext, type Page, type Response } from "@playwright/test";
import { expect, test } from "../fixtures/test";
import { createLocalJWKSet, jwtVerify } from "jose";
import { DEMO, signIn, signUp, uniqueEmail } from "../fixtures/accounts";
import { completePrerequisites, EXAM_SLUG, loadAnswerKey, normalise, type KeyItem } from "./exam-key";

const PASSWORD = "Lens-Cover-Harbour-77";

/** What an outside verifier does: resolve the issuer key, check the signatures, read the status bit. */
async function externalCheck(request: APIRequestContext, jwt: string) {
  const jwks = createLocalJWKSet(await (await request.get("/.well-known/jwks.json")).json());
  const did = await (await request.get("/.well-known/did.json")).json();
  const { payload, protectedHeader } = await jwtVerify(jwt, jwks, { typ: "JWT" });
  const vc = payload as { issuer: { id: string }; credentialStatus: { statusListIndex: string; statusListCredential: string } };
  expect(protectedHeader).toEqual({ alg: "RS256", kid: protectedHeader.kid, typ: "JWT" }); // OB 3.0: no other header
  expect(vc.issuer.id).toBe(did.id);
  const list = await jwtVerify(await (await request.get(vc.credentialStatus.statusListCredential)).text(), jwks);
  const bits = gunzipSync(
    Buffer.from((list.payload as { credentialSubject: { encodedList: string } }).credentialSubject.encodedList.slice(1), "base64url"),
  );
  expect(bits.length).toBeGreaterThanOrEqual(16_384);
  const i = Number(vc.credentialStatus.statusListIndex);
  return { revoked: (bits[i >> 3] & (0x80 >> (i & 7))) !== 0 };
}

async function waitForSave(page: Page, act: () => Promise<void>) {
  const saved = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/attempts/"));
  await act();
  await saved;
  await expect(page.getByTestId("save-status")).toHaveText(/^Saved \d/u);
}

async function answer(page: Page, item: KeyItem) {
  if (item.type === "ordering") {
    // Bubble each step up into place with the ↑ buttons (each move autosaves).
    for (let target = 0; target < item.correct.length; target++) {
      const steps = (await page.getByTestId("ordering-step").allInnerTexts()).map((t) =>
        t
          .replace(/^\d+\.\s*/u, "")
          .replace(/\s*↑\s*↓\s*$/u, "")
          .trim(),
      );
      let at = steps.findIndex((s) => normalise(s) === normalise(item.correct[target]));
      expect(at).toBeGreaterThanOrEqual(target);
      while (at > target) {
        await waitForSave(page, () => page.getByRole("button", { name: `Move "${item.correct[target]}" up` }).click());
        at--;
      }
    }
    await waitForSave(page, () => page.getByRole("button", { name: "Save this order" }).click());
    return;
  }
  for (const text of item.correct) {
    await waitForSave(page, () => page.getByRole(item.type === "multiple" ? "checkbox" : "radio", { name: text, exact: true }).check());
  }
}

test("a partner takes the exam with a reload mid-way, passes, and the certificate verifies, then is revoked", async ({ page, browser }) => {
  test.setTimeout(600_000);
  const key = loadAnswerKey();
  const email = uniqueEmail("partner");
  const name = "Petra Partner";
  await signUp(page, name, email, PASSWORD, "NORTHWIND");

  // Prerequisites are enforced: before the course is complete the exam cannot be started.
  await signIn(page, email, PASSWORD);
  await page.goto(`/exams/${EXAM_SLUG}`);
  await expect(page.getByTestId("exam-eligibility")).toContainText("Complete the course");
  completePrerequisites(email);
  await page.reload();

  // Capture every response body while the attempt is open: no key or explanation may be in any.
  const bodies: string[] = [];
  const data: string[] = []; // documents, RSC payloads and action results (not static JS bundles)
  const capture = async (r: Response) => {
    try {
      const text = await r.text();
      bodies.push(text);
      if (!/javascript|css|font|image/u.test(r.headers()["content-type"] ?? "")) data.push(text);
    } catch {}
  };
  page.on("response", capture);

  await page.getByRole("button", { name: "Start the exam" }).click();
  await expect(page.getByTestId("question-number")).toHaveText("Question 1 of 40");
  await expect(page.getByTestId("time-left")).toContainText(/Time left (59|60):/u);
  const attemptUrl = page.url().split("?")[0];
  // A practice lab cannot be started beside the open attempt: it would be a rehearsal space for the practical.
  const practice = await page.request.post("/api/labs/sessions", { data: { lab: "attack-surface" } });
  expect(practice.status()).toBe(409);
  expect(((await practice.json()) as { error: string }).error).toContain("exam attempt open");
  const seen: KeyItem[] = [];
  const missed: KeyItem[] = []; // two single-choice items answered wrongly on purpose: the review must list them, keyless

  for (let q = 1; q <= 40; q++) {
    await expect(page.getByTestId("question-number")).toHaveText(`Question ${q} of 40`);
    const stem = normalise(await page.getByTestId("question-stem").innerText());
    const item = key.get(stem);
    expect(item, `stem not in bank: ${stem}`).toBeDefined();
    seen.push(item!);
    if (missed.length < 2 && item!.type === "single") {
      missed.push(item!);
      const wrong = item!.options.find((o) => !item!.correct.includes(o))!;
      await waitForSave(page, () => page.getByRole("radio", { name: wrong, exact: true }).check());
    } else await answer(page, item!);
    if (q === 7) await waitForSave(page, () => page.getByLabel("Flag for review").check());
    if (q === 20) {
      // Crash-reload: everything answered so far comes back from the server.
      await page.reload();
      await expect(page.getByTestId("question-number")).toHaveText("Question 20 of 40");
      await expect(page.getByTestId("nav-q-7")).toHaveAttribute("aria-label", "Question 7, answered, flagged");
      await expect(page.getByTestId("nav-q-19")).toHaveAttribute("aria-label", "Question 19, answered");
      await expect(page.getByTestId("save-status")).toHaveText("Saved");
    }
    if (q < 40) await page.getByRole("link", { name: "Next", exact: true }).click();
  }
  await expect(page.getByText("All questions answered.")).toBeVisible();
  page.off("response", capture);

  const payload = bodies.join("\n");
  expect(payload.length).toBeGreaterThan(10_000);
  for (const item of key.values()) expect(payload.includes(item.explanation.slice(0, 60)), `explanation of ${item.id} leaked`).toBe(false);
  expect(data.join("\n")).not.toMatch(/"(key|answer|explanation)":/u);
  expect(new Set(seen.map((i) => i.id)).size).toBe(40);

  await page.getByRole("button", { name: "Submit exam" }).click();
  await expect(page.getByTestId("result-status")).toHaveText("Passed");
  await expect(page.getByTestId("score")).toHaveText("76%"); // 38 of 40 items + 0 of 10 practical points (no lab run)
  // Default review policy: per-topic results and the wrong items with the candidate's answer, never keys.
  const review = page.getByTestId("review");
  await expect(review.locator("article")).toHaveCount(2);
  for (const item of missed) await expect(review).toContainText(normalise(item.stem).slice(0, 40));
  expect(await page.getByText("Why:").count()).toBe(0);
  const resultUrl = page.url();
  const html = await (await page.request.get(resultUrl)).text();
  const rsc = await (await page.request.get(resultUrl, { headers: { RSC: "1" } })).text();
  expect(html).toContain("(your answer)");
  for (const body of [html, rsc]) {
    expect(body).not.toContain("✔"); // the key marker of the "keys" policy
    for (const item of key.values()) expect(body.includes(item.explanation.slice(0, 60)), `explanation of ${item.id} sent`).toBe(false);
  }

  await page.getByRole("link", { name: "View your certificate" }).click();
  await expect(page.getByTestId("certificate-holder")).toHaveText(name);
  await expect(page.getByTestId("certificate-qr").locator("svg")).toBeVisible();
  const certificateId = page.url().split("/").pop()!;
  const jwt = await (await page.request.get(`/api/certificates/${certificateId}`)).text();
  expect(jwt.split(".")).toHaveLength(3);
  expect(attemptUrl).toContain(`/exams/${EXAM_SLUG}/attempts/`);

  // Anyone (no session) can verify.
  const anon = await browser.newContext();
  const visitor = await anon.newPage();
  await visitor.goto(`/verify/${certificateId}`);
  await expect(visitor.getByTestId("verification-status")).toHaveText("Valid");
  await expect(visitor.getByTestId("holder-name")).toHaveText(name);
  const machine = await (await visitor.request.get(`/api/verify/${certificateId}`)).json();
  expect(machine).toMatchObject({ status: "valid", holder: name });
  expect(await externalCheck(visitor.request, jwt)).toEqual({ revoked: false });

  // A tampered credential pasted into the verifier.
  const [h, p, s] = jwt.split(".");
  const claims = JSON.parse(Buffer.from(p, "base64url").toString());
  claims.validUntil = "2099-12-31T00:00:00.000Z";
  const forged = [h, Buffer.from(JSON.stringify(claims)).toString("base64url"), s].join(".");
  await visitor.goto("/verify");
  await visitor.getByLabel("Credential (VC-JWT)").fill(forged);
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByTestId("verification-status")).toHaveText("Tampered");
  await visitor.getByLabel("Credential (VC-JWT)").fill(jwt);
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByTestId("verification-status")).toHaveText("Valid");

  // An admin revokes it with a reason; the public page and the pasted credential both say revoked.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/admin/certificates");
  const row = admin.getByTestId(`certificate-row-${certificateId}`);
  await row.getByLabel("Reason for revoking").fill("Exam taken under false identity");
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row.getByRole("status")).toContainText("Certificate revoked");
  await visitor.goto(`/verify/${certificateId}`);
  await expect(visitor.getByTestId("verification-status")).toHaveText("Revoked");
  await visitor.goto("/verify");
  await visitor.getByLabel("Credential (VC-JWT)").fill(jwt);
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByTestId("verification-status")).toHaveText("Revoked");
  expect(await externalCheck(visitor.request, jwt)).toEqual({ revoked: true });
  await anon.close();
  await adminContext.close();
});
