export {
  type ArticleLinks,
  type CorpusLinks,
  type LinkedGroup,
  linkCorpus,
  type Story,
} from "./link-corpus.js";
export { type ArticleSignature, articleSignature, type QuoteSignature } from "./signature.js";
export { signatureFromLine, signatureToLine } from "./signature-line.js";
export { SignatureStore, type StoreCapacity } from "./signature-store.js";
