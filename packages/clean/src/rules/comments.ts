import { type BlockRule, boilerplate } from "./types.js";

// Comment counters, also when a scraper glued the label to its count ("CommentsNo comment").
const COMMENT_COUNTER =
  /^(\(?\d+\)?\s*)?comments?\s*(\(?\d+\)?|no comments?( yet)?|be the first to comment|0)?\s*$|^no comments?( yet)?$|^view comments?$/i;

export const commentCounterRule: BlockRule = (block) =>
  COMMENT_COUNTER.test(block.text.trim()) ? boilerplate("comment-counter") : null;
