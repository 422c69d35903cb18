export { type ExtractOptions, extractArticle } from "./extract-article.js";
export { extractQuotes } from "./quotes/index.js";
export { RegistryIndex } from "./registry-index.js";
