import { type BlockRule, boilerplate } from "./types.js";

const GATE_WORD = /\b(subscri(be|ber|bers|ption)|sign (in|up)|log ?in|register|membership|premium)\b/i;
const CALL_TO_ACTION =
  /\b(please|click|tap|to read|to continue|continue reading|read the (full|rest)|full (story|article)|already a|find out how|unlock|only available|exclusive(ly)? for|start your|free trial|for unlimited)\b/i;

/** Subscription prompts: a gate word and a call to action in one short block. */
export const paywallRule: BlockRule = (block) => {
  const text = block.text;
  if (text.length > 300) return null;
  return GATE_WORD.test(text) && CALL_TO_ACTION.test(text) ? boilerplate("paywall") : null;
};
