import { describe, expect, it } from "vitest";
import { escapeCsvCell, toCsv } from "./to-csv";

describe("escapeCsvCell", () => {
  it("leaves plain text alone and quotes text with commas, quotes or line breaks", () => {
    expect(escapeCsvCell("Lea Learner")).toBe("Lea Learner");
    expect(escapeCsvCell("Smith, Jo")).toBe('"Smith, Jo"');
    expect(escapeCsvCell('the "best"')).toBe('"the ""best"""');
    expect(escapeCsvCell("two\nlines")).toBe('"two\nlines"');
    expect(escapeCsvCell("cr\rhere")).toBe('"cr\rhere"');
  });
  it("neutralises formula injection", () => {
    expect(escapeCsvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(escapeCsvCell("+1")).toBe("'+1");
    expect(escapeCsvCell("-2+3")).toBe("'-2+3");
    expect(escapeCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvCell("\tcmd")).toBe("'\tcmd");
    expect(escapeCsvCell("a=b")).toBe("a=b");
  });
  it("formats numbers, booleans, dates and empty values", () => {
    expect(escapeCsvCell(-3)).toBe("-3"); // real numbers are not formulas
    expect(escapeCsvCell(true)).toBe("yes");
    expect(escapeCsvCell(new Date("2026-05-04T10:00:00Z"))).toBe("2026-05-04");
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a BOM, a header and CRLF-terminated rows", () => {
    expect(
      toCsv(
        ["name", "n"],
        [
          ["a,b", 1],
          ["c", null],
        ],
      ),
    ).toBe('\uFEFFname,n\r\n"a,b",1\r\nc,\r\n');
  });
});
