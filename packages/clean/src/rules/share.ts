import { isProse, wordCount } from "../line-shape.js";
import { type BlockRule, boilerplate } from "./types.js";

// Where a share bar sends a page, and what it lets a reader do with it.
const SHARE_TARGET =
  /\b(facebook|twitter|whatsapp|reddit|pinterest|pint|linkedin|google\+|telegram|messenger|flipboard|tumblr|pocket|e-?mail|sms|print|copy link)\b/gi;
// Calls to act on the page rather than to read it: share, follow, sign up, go back.
const SHARE_CALL =
  /^(share|tweet)(\s+(this|on|via|the (article|story|page)|article|story|page|with)\b|\s*:|\s*$)|^(copy link|email this|print this)\b/i;
const FOLLOW = /^follow\b(\s+\S+){0,3}$|^follow\b.{0,40}\s(on|us)(\s+\S+)?$/i;
const SIGN_UP = /^(sign up|join our|subscribe to|get our)\b/i;
const BACK_TO = /^back to\b(\s+\S+){1,3}$/i;

/**
 * Share bars and follow/sign-up prompts: a short line that names two or more share targets, or that begins
 * with a call to share, follow, sign up or go back. Such lines sit between a headline and its article.
 */
export const shareRule: BlockRule = (block) => {
  const text = block.text;
  if (text.length > 100) return null;
  const words = wordCount(text);
  const call =
    words <= 8 && (SHARE_CALL.test(text) || FOLLOW.test(text) || SIGN_UP.test(text) || BACK_TO.test(text));
  // Prose is never a share bar, but whether a line is prose is the dearest question: asked last.
  return (call || namesShareTargets(text, words)) && !isProse(text) ? boilerplate("widget") : null;
};

/** Two or more share targets, and at least one for every two words. */
function namesShareTargets(text: string, words: number): boolean {
  const targets = text.match(SHARE_TARGET)?.length ?? 0;
  return targets >= 2 && targets * 2 >= words;
}
