import { beforeEach, expect, it } from "vitest";
import { cacheContent, invalidateContent } from "./cache-content";

beforeEach(invalidateContent);

it("serves an entry for a second outside production, then re-reads it", () => {
  let reads = 0;
  const load = () => ++reads;
  expect(cacheContent("labs", load, 0)).toBe(1);
  expect(cacheContent("labs", load, 999)).toBe(1);
  expect(cacheContent("other", load, 999)).toBe(2); // keys are separate
  expect(cacheContent("labs", load, 1000)).toBe(3);
});

it("drops every entry on invalidateContent", () => {
  let reads = 0;
  cacheContent("exams", () => ++reads, 0);
  invalidateContent();
  expect(cacheContent("exams", () => ++reads, 1)).toBe(2);
});

it("keeps no failed load: the next call reads again", async () => {
  await expect(cacheContent("courses", () => Promise.reject(new Error("course.yaml:3: broken")), 0)).rejects.toThrow("broken");
  expect(await cacheContent("courses", () => Promise.resolve("fixed"), 1)).toBe("fixed");
  expect(() => cacheContent("partners", () => { throw new Error("tiers.yaml:1: bad"); }, 2)).toThrow("bad");
  expect(cacheContent("partners", () => "ok", 3)).toBe("ok");
});
