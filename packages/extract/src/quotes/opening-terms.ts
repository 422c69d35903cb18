/**
 * A necessary condition for one of compromise's tag patterns to match a clause, read from the pattern's opening
 * terms: most patterns the sweep picks for a clause (nine in ten) match nowhere in it, and compromise learns that
 * by trying the pattern from every word of the clause. Here each start is checked against the pattern's opening
 * terms alone, with compromise's own term test (doesMatch in src/1-one/match/methods/match/term, compromise
 * 14.17, MIT) for the simple kinds of term (a word, a #Tag, a %switch% or a fast (a|b) list), and a pattern no
 * start can open is not tried. A pattern some start can open is run by compromise as before, so whatever matches
 * is found exactly as compromise finds it.
 */

/** The parts of a compromise term its term test reads. */
export interface PatternTerm {
  text: string;
  normal: string;
  tags: Set<string>;
  machine?: string | null;
  alias?: string[];
  root?: string;
  implicit?: string;
  switch?: string;
}

/** The parts of a parsed pattern term (a "reg") that decide how compromise tests it. */
export interface PatternReg {
  word?: string;
  tag?: string;
  switch?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  anything?: boolean;
  fuzzy?: boolean;
  choices?: unknown;
  id?: unknown;
  method?: unknown;
  pre?: unknown;
  post?: unknown;
  regex?: unknown;
  chunk?: unknown;
  machine?: unknown;
  sense?: unknown;
}

/**
 * Whether compromise tests this reg against exactly one term with the plain term test, so a match must have a
 * term here that passes it: not optional, negative, a wildcard, a multi-word (a|b c) block, a fuzzy word, nor a
 * greedy term that must run to the end (compromise tests that one with its end flag lifted). The kinds whose test
 * is not copied here (ids, @methods, punctuation, /regex/, chunks, {machine}, senses) are left to compromise.
 */
function testable(reg: PatternReg): boolean {
  if (reg.optional === true || reg.negative === true || reg.anything === true || reg.fuzzy === true)
    return false;
  if (reg.choices !== undefined || reg.id !== undefined || (reg.end === true && reg.greedy === true))
    return false;
  if (reg.word !== undefined || reg.tag !== undefined) return true;
  const untested = [reg.method, reg.pre, reg.post, reg.regex, reg.chunk];
  if (untested.some((value) => value !== undefined)) return false;
  if (reg.switch !== undefined) return true;
  return reg.machine === undefined && reg.sense === undefined && reg.fastOr !== undefined;
}

/** compromise's doesMatch for the kinds of reg `testable` accepts, in its order of checks. */
function termPasses(term: PatternTerm, reg: PatternReg, index: number, length: number): boolean {
  if (reg.start === true && index !== 0) return false;
  if (reg.end === true && index !== length - 1) return false;
  if (reg.word !== undefined) {
    if (reg.use !== undefined) return reg.word === (term as unknown as Record<string, unknown>)[reg.use];
    if (term.machine !== null && term.machine !== undefined && term.machine === reg.word) return true;
    if (term.alias?.some((alias) => alias === reg.word)) return true;
    return reg.word === term.text || reg.word === term.normal;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.fastOr === undefined) return false;
  if (reg.pos !== undefined && !term.tags.has(reg.pos)) return false;
  const form = term.root || term.implicit || term.machine || term.normal;
  return reg.fastOr.has(form) || reg.fastOr.has(term.text);
}

/**
 * The pattern's opening regs that every match tests one after another on consecutive terms: they run up to the
 * first reg that is not testable, and stop after a greedy one (it may take several terms).
 */
export function openingRegs(regs: readonly PatternReg[]): PatternReg[] {
  const opening: PatternReg[] = [];
  for (const reg of regs) {
    if (!testable(reg)) break;
    opening.push(reg);
    if (reg.greedy === true) break;
  }
  return opening;
}

/**
 * Whether compromise could find a match of a pattern starting at term `at`: each opening reg passes on the term
 * after the one before. A term with an implicit form (half of a contraction) may let compromise skip the next
 * term, so the check stops there and lets compromise decide. A pattern opening with ^ is only tried at the start.
 */
function opensAt(terms: readonly PatternTerm[], opening: readonly PatternReg[], at: number): boolean {
  for (let k = 0; k < opening.length; k += 1) {
    const term = terms[at + k];
    // Out of terms with a required reg left: compromise gives up on this start.
    if (term === undefined) return false;
    if (!termPasses(term, opening[k] as PatternReg, at + k, terms.length)) return false;
    if (term.implicit) return true;
  }
  return true;
}

/** Whether some start in the clause passes the pattern's opening regs; always true when it has none testable. */
export function mayMatch(
  terms: readonly PatternTerm[],
  regs: readonly PatternReg[],
  opening: readonly PatternReg[],
) {
  if (opening.length === 0) return true;
  if (regs[0]?.start === true) return opensAt(terms, opening, 0);
  for (let at = 0; at < terms.length; at += 1) if (opensAt(terms, opening, at)) return true;
  return false;
}
