import { type BlockRule, boilerplate } from "./types.js";

// "Home > World > Asia": two or more short segments joined by a path separator.
const BREADCRUMB = /^[^>»›\n]{1,40}(\s*[>»›]\s*[^>»›\n]{1,40}){1,6}$/;

// Whole-line labels of page widgets (share bars, text-size pickers, media tabs, login links).
const WIDGET_LINE =
  /^(share( this( article| story)?)?|tweet|e-?mail|print|save|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|line|text size|font size|a\+|a-|a|small|medium|large|listen( to (this )?(article|story))?|photos?|videos?|gallery|advertisement|ad|skip to (main )?content|menu|search|log ?in|sign ?in|sign ?up|register|subscribe|close|next|previous|back to top|show more|load more|read more)[\s:]*$/i;

export const breadcrumbRule: BlockRule = (block) => {
  const text = block.text;
  if (text.length > 140 || !BREADCRUMB.test(text)) return null;
  const segments = text.split(/[>»›]/).map((s) => s.trim());
  return segments.every((s) => s.split(/\s+/).length <= 5) ? boilerplate("breadcrumb") : null;
};

export const widgetRule: BlockRule = (block) => (WIDGET_LINE.test(block.text) ? boilerplate("widget") : null);

const SEPARATOR = /^[\s\-–—_*=•·|~.#+]+$/;

export const separatorRule: BlockRule = (block) =>
  SEPARATOR.test(block.text) ? boilerplate("separator") : null;
