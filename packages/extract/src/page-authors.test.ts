import { describe, expect, it } from "vitest";
import { personName } from "./page-authors.js";

describe("personName", () => {
  it("keeps names and drops a leading 'By'", () => {
    expect(personName("By Jane Roe", [])).toBe("Jane Roe");
    expect(personName("Jean-Luc Picard", [])).toBe("Jean-Luc Picard");
  });

  it("drops URLs, handles, roles, dates and the site's own name", () => {
    expect(personName("https://example.com/people/jane", [])).toBeNull();
    expect(personName("@janeroe", [])).toBeNull();
    expect(personName("Staff Reporter", [])).toBeNull();
    expect(personName("2 hours ago", [])).toBeNull();
    expect(personName("The Example Times", ["The Example Times"])).toBeNull();
  });
});
