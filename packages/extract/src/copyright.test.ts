import { describe, expect, it } from "vitest";
import { copyrightHolder } from "./copyright.js";

describe("copyrightHolder", () => {
  it.each([
    ["© 2019 Example Media, LLC. All Rights Reserved", "Example Media"],
    ["Copyright © 2019, Daily Example | Terms of Service | Privacy Policy", "Daily Example"],
    ["© 2005-2019 ExampleGear, All Rights Reserved.", "ExampleGear"],
    ["Copyright © 2000- Example.com, LLC.", "Example.com"],
    ["(c) 2021 Example Wire Inc.", "Example Wire"],
  ])("reads %j", (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it("ignores photo credits, prose about copyright and bare years", () => {
    expect(copyrightHolder("© EXW / POOL")).toBeNull();
    expect(copyrightHolder("The court ruled on the copyright of the song on Monday.")).toBeNull();
    expect(copyrightHolder("© 2019")).toBeNull();
  });
});
