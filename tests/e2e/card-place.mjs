// Where a mark's card may sit, asserted alike in Chromium (extension.test.mjs) and Firefox
// (firefox.test.mjs): on the expected side, inside the viewport, over neither its badge nor
// its sentence.
import assert from 'node:assert/strict';

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * `got`: the card's and its badge's boxes ({left, top, right, bottom}), the card's
 * `data-side`, and the viewport's width and height; `rects`: the sentence's line boxes;
 * `block`: the sentence, named in failure messages.
 */
export function assertCardPlaced(got, { side, rects, block }) {
  const where = `${block}: ${JSON.stringify(got)}`;
  assert.equal(got.side, side, where);
  assert.ok(got.card.left >= 0 && got.card.top >= 0 && got.card.right <= got.width && got.card.bottom <= got.height, `outside the viewport, ${where}`);
  assert.ok(got.badge, `no badge described by the card, ${where}`);
  assert.ok(!overlaps(got.card, got.badge), `covers its badge, ${where}`);
  for (const r of rects) assert.ok(!overlaps(got.card, r), `covers its sentence ${JSON.stringify(r)}, ${where}`);
}
