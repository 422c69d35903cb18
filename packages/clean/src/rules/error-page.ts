import { type BlockRule, boilerplate } from "./types.js";

// Crawlers save the text of error pages that some sites serve around (or instead of) the article.
const ERROR_SENTENCE =
  /\b(page|article|content|story|file)\b[^.]{0,60}\b(not (be )?found|doesn'?t exist|does not exist|no longer (exists|available)|could ?n[o']t be found|cannot be found|has been (re)?moved|is unavailable)\b/i;
const ERROR_SHOUT = /^(error|oops|whoops|sorry)\b[\s!.:,]*(\d{3})?[\s!.]*$/i;
const STATUS_LINE = /^(error\s*)?(4\d\d|5\d\d)\b.{0,40}$/i;

export const errorPageRule: BlockRule = (block) => {
  const text = block.text;
  if (text.length > 240) return null;
  if (ERROR_SHOUT.test(text) || STATUS_LINE.test(text) || ERROR_SENTENCE.test(text)) {
    return boilerplate("error-page");
  }
  return null;
};
