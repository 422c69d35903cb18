import { type BlockRule, boilerplate } from "./types.js";

// Prompts that ask the reader to rate or like the article, the form that feedback widgets and CMS templates put
// under a story, in the languages of the web the pipeline reads most: English, German, Spanish and French.
const FEEDBACK_QUESTION = [
  /^(did you (like|enjoy)|(was|is) this (article|post|story|page) (helpful|useful)|how (would you rate|useful was|helpful was) this (article|post|story|page))\b/i,
  /^if you (enjoyed|liked) (reading )?this (article|post|story)\b/i,
  /^((hat|haben) (dir|ihnen|euch) (dieser|der|unser) (artikel|beitrag|text) gefallen|(gefällt|gefiel) (dir|ihnen|euch) (dieser|der|das|unser|unsere) \S+|(war|ist) (dieser|der) (artikel|beitrag|text) (hilfreich|nützlich)|wie (bewerten|fanden|findest|fandest) (sie|du) (diesen|den) (artikel|beitrag|text)|möchten sie (den|diesen) (artikel|beitrag) teilen)/i,
  /^¿?((te|le|les) (gustó|ha gustado|ha resultado útil|resultó útil|fue útil) (este|el|esta|la) (artículo|nota|contenido|publicación))/i,
  /^(vous avez aimé (cet|l') ?article|cet article vous a(-t-il)? (plu|été utile))/i,
];
const MAX_FEEDBACK_CHARS = 120;

// An app's advertisement: a call to download or install it and the store that has it.
const APP_CALL =
  /\b(download|install|get|herunterladen|laden sie|lade dir|descarga|descargue|télécharge[rz]?)\b[^.!?]{0,80}\bapps?\b/i;
const APP_STORE = /\b(ios|android|app store|google play|play store|iphone)\b/i;
// A call to follow the outlet that names two or more social networks.
const FOLLOW_CALL = /^(follow|folgt?|folgen sie|síguenos|siga|sigue|suivez)\b/i;
const SOCIAL_NETWORK =
  /\b(facebook|twitter|instagram|youtube|tiktok|linkedin|telegram|whatsapp|pinterest|threads|mastodon)\b/gi;
const MAX_PROMPT_CHARS = 250;

/**
 * Calls to act on the outlet rather than to read its story: a question asking whether the reader liked or
 * found the article useful, an app's advertisement, a call to follow the outlet on social networks. Short
 * blocks only, so that a story about an app or a network stays.
 */
export const readerPromptRule: BlockRule = (block) => {
  const text = block.text.trim();
  if (text.length <= MAX_FEEDBACK_CHARS && FEEDBACK_QUESTION.some((pattern) => pattern.test(text)))
    return boilerplate("widget");
  if (text.length > MAX_PROMPT_CHARS) return null;
  if (APP_CALL.test(text) && APP_STORE.test(text)) return boilerplate("widget");
  if (FOLLOW_CALL.test(text) && new Set(text.toLowerCase().match(SOCIAL_NETWORK)).size >= 2)
    return boilerplate("widget");
  return null;
};
