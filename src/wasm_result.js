// The JS half of src/wasm.rs, which wasm-bindgen bundles into extension/pkg/snippets/:
// builds the schema v1 analysis object (DESIGN.md) from the flat record src/wasm.rs writes,
// once per analysis, keys in the order the CLI's JSON has them; and reads the hints.

// Each enum's names in its Rust declaration order (src/lib.rs; src/wasm.rs numbers them).
const QUOTE_KINDS = ['direct', 'partial', 'scare', 'block'];
const STANCES = ['neutral', 'factive', 'distancing'];
const HEDGE_KINDS = ['epistemic', 'doxastic', 'condition', 'investigation', 'weasel', 'approximator'];
const CLAIM_STATUSES = ['attributed', 'vague', 'unattributed'];
/** An absent mention, cue or resolved name. */
const NONE = 0xffffffff;

/**
 * @param {string} text the analysed JS string: every `text` field is a slice of it
 * @param {Uint32Array} record see `Record` in src/wasm.rs
 * @param {string} words resolved names and reasons, back to back
 */
export function buildAnalysis(text, record, words) {
  let at = 0;
  const next = () => record[at++];

  const schema = next();
  const wordCount = next();
  const wordList = new Array(wordCount);
  for (let i = 0, from = 0; i < wordCount; i++) {
    const length = next();
    wordList[i] = words.slice(from, from + length);
    from += length;
  }

  const mention = () => {
    const start = next();
    if (start === NONE) return null;
    const end = next();
    const resolved = next();
    return resolved === NONE
      ? { start, end, text: text.slice(start, end) }
      : { start, end, text: text.slice(start, end), resolved: wordList[resolved] };
  };
  const cue = () => {
    const start = next();
    if (start === NONE) return null;
    const end = next();
    return { start, end, text: text.slice(start, end), stance: STANCES[next()] };
  };
  const list = (item) => {
    const out = new Array(next());
    for (let i = 0; i < out.length; i++) out[i] = item();
    return out;
  };

  const sentences = list(() => ({ start: next(), end: next() }));
  const quotes = list(() => {
    const start = next();
    const end = next();
    const kind = QUOTE_KINDS[next()];
    const speaker = mention();
    return { start, end, kind, speaker, cue: cue() };
  });
  const attributions = list(() => {
    const start = next();
    const end = next();
    const vague = next() === 1;
    const source = mention();
    return { start, end, vague, source, cue: cue() };
  });
  const hedges = list(() => {
    const start = next();
    const end = next();
    return { start, end, text: text.slice(start, end), kind: HEDGE_KINDS[next()] };
  });
  const claims = list(() => {
    const start = next();
    const end = next();
    const status = CLAIM_STATUSES[next()];
    const score = next() / 1e4;
    const reasons = list(() => wordList[next()]);
    return { start, end, status, score, reasons };
  });
  return { schema, sentences, quotes, attributions, hedges, claims };
}

/**
 * The block quotations of `analyzeWith`'s hints as `start, end, …` (UTF-16 units);
 * `undefined` or `null` mean none. Throws a TypeError for hints of any other shape.
 * @param {{blockQuotes?: {start: number, end: number}[]} | null | undefined} hints
 */
export function hintSpans(hints) {
  if (hints === undefined || hints === null) return new Uint32Array(0);
  if (typeof hints !== 'object') throw new TypeError('analyzeWith: hints must be an object {blockQuotes: [{start, end}]}');
  const list = hints.blockQuotes ?? [];
  if (!Array.isArray(list)) throw new TypeError('analyzeWith: hints.blockQuotes must be an array of {start, end}');
  const out = new Uint32Array(list.length * 2);
  list.forEach((span, i) => {
    const { start, end } = span ?? {};
    const whole = (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
    if (!whole(start) || !whole(end)) throw new TypeError(`analyzeWith: hints.blockQuotes[${i}] needs whole-number start and end`);
    out[2 * i] = start;
    out[2 * i + 1] = end;
  });
  return out;
}
