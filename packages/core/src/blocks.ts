import { z } from "zod";

/** Structural hints a reader can give about a block; the text reader fills few, the HTML reader most. */
export const BlockHintsSchema = z.object({
  /** Heading level 1-6 when the source marks the block as a heading. */
  heading: z.number().int().min(1).max(6).optional(),
  listItem: z.boolean().optional(),
  /** Share of the block's characters that sit inside links, 0..1. */
  linkDensity: z.number().min(0).max(1).optional(),
  caption: z.boolean().optional(),
  /** Page region such as nav, header, footer, aside, figure. */
  region: z.string().optional(),
  /** Leading whitespace of the source line (text scrapes indent article paragraphs on some sites). */
  indent: z.number().int().min(0).optional(),
  /** Blank lines before this block in the source. */
  blankBefore: z.number().int().min(0).optional(),
  /** The innermost block-level element holding the block: an index into the document's `nodes` (HTML). */
  node: z.number().int().min(0).optional(),
  /**
   * A heading's text cut where its inline child elements begin and end (HTML), when it has two or more such
   * parts: a kicker or a subtitle set in its own <span> inside the <h1> is a part apart from the headline.
   */
  parts: z.array(z.string()).max(8).optional(),
});
export type BlockHints = z.infer<typeof BlockHintsSchema>;

/** One visible unit of text: a line of a text scrape, or a paragraph-like element of an HTML page. */
export const BlockSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  /** Character span of `text` inside the document's `text`. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  hints: BlockHintsSchema,
});
export type Block = z.infer<typeof BlockSchema>;

export const BOILERPLATE_REASONS = [
  "error-page",
  "breadcrumb",
  "widget",
  "paywall",
  "legal",
  "list-heading",
  "list-item",
  "comment-counter",
  "sign-off",
  "separator",
  "signature",
  "navigation",
  "outside-article",
] as const;
export const BoilerplateReasonSchema = z.enum(BOILERPLATE_REASONS);
export type BoilerplateReason = z.infer<typeof BoilerplateReasonSchema>;

/**
 * What cleaning decided about a block. Only `content` blocks reach the body; the rest are kept with a
 * reason so that reports and `explain` can show what was removed and why.
 */
export const BlockRoleSchema = z.enum(["content", "caption", "boilerplate", "repeat"]);
export type BlockRole = z.infer<typeof BlockRoleSchema>;

export const CleanBlockSchema = BlockSchema.extend({
  role: BlockRoleSchema,
  /** Why the block is not content (a boilerplate reason, "caption" cue, or the block it repeats). */
  reason: z.string().nullable(),
  /** Index of the earlier block this one repeats, for role `repeat`. */
  repeatOf: z.number().int().min(0).nullable(),
  /** Text after trimming sign-offs such as "(end)"; equal to `text` when nothing was trimmed. */
  cleanText: z.string(),
});
export type CleanBlock = z.infer<typeof CleanBlockSchema>;
