import { describe, expect, it } from "vitest";
import { shareRule } from "./share.js";

const judge = (text: string) => shareRule({ index: 0, text, start: 0, end: text.length, hints: {} });

describe("share bars and prompts", () => {
  it.each([
    "Share on: Facebook Twitter Reddit Google+",
    "Whatsapp   Facebook   Pint   Baixar",
    "Copy Link URLCopied!",
    "Share this on Twitter",
    "Share via Email",
    "Tweet on Twitter",
    "Follow Example News",
    "Follow the Daily Example on",
    "Sign up for Newsletters and Alerts",
    "Back to Gallery",
  ])("marks %j", (line) => {
    expect(judge(line)?.reason).toBe("widget");
  });

  it.each([
    "Facebook and Twitter Face New Rules on Political Ads",
    "Follow the Money: How the Harbour Plan Was Paid For in Secret",
    "Back to School Costs Rise Again as Uniform Prices Climb Across the Country",
    "Share Prices Fall as Oil Slides",
    "The company said it would email customers and post letters to those without internet access this week.",
  ])("keeps %j", (line) => {
    expect(judge(line)).toBeNull();
  });
});
