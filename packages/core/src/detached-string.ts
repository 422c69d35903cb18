/**
 * A copy of a string that holds none of the text around it, for a key kept in a cache that outlives one
 * document. V8 represents a substring of 13 characters or more as a slice that points into the whole string it
 * was cut from, so a line cut from a parsed page, kept as a map key, keeps the whole page alive (megabytes per
 * page, one page per few cached lines). Joining to another string and slicing again makes V8 flatten the join
 * into a new string of the line's own length; what is kept then points into that copy only.
 */
export function detachedString(text: string): string {
  return ` ${text}`.slice(1);
}
