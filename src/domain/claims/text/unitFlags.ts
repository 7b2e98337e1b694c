import { START, UNIT_FACTS, seenAtEnd, seenOnRepeat, step, type WalkState } from './flagWalk';

export { SEEN_HAN, SEEN_HAN_CHANGE, SEEN_JOIN, SEEN_LEET, SEEN_PINYIN, SEEN_VARIANT_HAN } from './seenFlags';

/**
 * The flag walk of flagWalk.ts as a DFA: one class read and one table read per unit (the UnitWriter reads
 * them inside its loop), instead of a dozen tests. The walk's state is finite (a few hundred states) and
 * units with the same facts share a class. A repeated unit is the one thing a class cannot see: the writer
 * adds ON_REPEAT[class] itself.
 */
export const UNIT_CLASS = new Uint8Array(0x10000);
const classFacts: number[] = [];
{
  const classOf = new Map<number, number>();
  for (let unit = 0; unit < 0x10000; unit++) {
    let cls = classOf.get(UNIT_FACTS[unit]);
    if (cls === undefined) {
      cls = classFacts.length;
      classOf.set(UNIT_FACTS[unit], cls);
      classFacts.push(UNIT_FACTS[unit]);
    }
    UNIT_CLASS[unit] = cls;
  }
}
const CLASSES = classFacts.length;
export const ON_REPEAT = Uint8Array.from(classFacts, seenOnRepeat);

/** The SEEN_ flags fit below this shift. */
export const STATE_SHIFT = 6;
/**
 * TRANSITIONS[state + class]: the next state (a multiple of CLASSES) shifted left by STATE_SHIFT, ORed with
 * the SEEN_ flags of the step. AT_END[state]: the flags the end of the text adds.
 */
export const { TRANSITIONS, AT_END } = buildTables();

function buildTables(): { TRANSITIONS: Int32Array; AT_END: Uint8Array } {
  const keyOf = (state: WalkState) => JSON.stringify(state);
  const states = [START];
  const indexOf = new Map([[keyOf(START), 0]]);
  const rows: number[][] = [];
  for (let s = 0; s < states.length; s++) {
    rows[s] = classFacts.map((facts) => {
      const { next, seen } = step(states[s], facts);
      let index = indexOf.get(keyOf(next));
      if (index === undefined) {
        index = states.length;
        indexOf.set(keyOf(next), index);
        states.push(next);
      }
      return ((index * CLASSES) << STATE_SHIFT) | seen;
    });
  }
  const transitions = new Int32Array(states.length * CLASSES);
  const atEnd = new Uint8Array(states.length * CLASSES);
  rows.forEach((row, s) => {
    transitions.set(row, s * CLASSES);
    atEnd[s * CLASSES] = seenAtEnd(states[s]);
  });
  return { TRANSITIONS: transitions, AT_END: atEnd };
}
