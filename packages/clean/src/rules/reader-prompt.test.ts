import { describe, expect, it } from "vitest";
import { readerPromptRule } from "./reader-prompt.js";

const judge = (text: string) => readerPromptRule({ index: 0, text, start: 0, end: text.length, hints: {} });

describe("prompts to rate, download or follow", () => {
  it.each([
    // English
    "Did you like this article?",
    "Was this article helpful?",
    "If you enjoyed reading this post, please consider supporting the blog.",
    // German
    "Hat Ihnen dieser Artikel gefallen?",
    "Gefällt dir unser Wandermagazin?",
    "War der Beitrag hilfreich?",
    "Wie bewerten Sie diesen Artikel?",
    // Spanish
    "¿Te gustó este artículo?",
    // French
    "Cet article vous a-t-il été utile ?",
  ])("marks the feedback question %j", (line) => {
    expect(judge(line)?.reason).toBe("widget");
  });

  it.each([
    "For breaking news on the go, download the Example Post app for iOS and Android.",
    "Laden Sie jetzt die App der Beispielzeitung im App Store oder bei Google Play herunter.",
    "Follow the Example Herald on Twitter and Instagram @exampleherald and on Facebook.",
    "Síguenos en Facebook, Twitter e Instagram.",
  ])("marks the app or social prompt %j", (line) => {
    expect(judge(line)?.reason).toBe("widget");
  });

  it.each([
    "Did you like this article's ending? Readers wrote in by the hundreds, the editor said on Monday, and most of them asked for the series to go on for another year.",
    "The ministry said on Monday that people could download the new tracing app for iOS and Android from next week, although many testers complained that it drained their batteries, crashed when they tried to register and asked for far more data than the law allows.",
    "Follow-up talks between the two firms are planned for March, the company said.",
    "Wie bewerten Experten die neue Regel? Die Kammer sieht sie kritisch.",
    "The council asked residents to download the form and post it back by Friday.",
  ])("keeps the story's line %j", (line) => {
    expect(judge(line)).toBeNull();
  });
});
