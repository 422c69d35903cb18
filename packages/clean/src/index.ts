export { type CleanOptions, cleanDocument } from "./clean-document.js";
export { capitalisedShare, isAllCaps, isProse, wordCount } from "./line-shape.js";
export { isBylineShaped } from "./lists.js";
