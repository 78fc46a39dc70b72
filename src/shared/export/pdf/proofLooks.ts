import type { BlockLook } from './ProofWriter';

const look = (overrides: Partial<BlockLook> & Pick<BlockLook, 'size' | 'leading'>): BlockLook => ({
  left: 0,
  right: 0,
  align: 'left',
  spaceBefore: 0,
  spaceAfter: 0,
  keepWithNext: 0,
  marker: null,
  ...overrides,
});

/** Two lines of body copy: what a subhead keeps below it on its page. */
const TWO_LINES = 31;
export const QUOTE_INDENT = 22;
export const LIST_INDENT = 24;

/** The proof's type: one look per kind of block, in points. */
export const LOOKS = {
  meta: look({ size: 8, leading: 11 }),
  headline: look({ size: 22, leading: 27, spaceBefore: 10, spaceAfter: 6 }),
  subheadline: look({ size: 13.5, leading: 18, spaceAfter: 8 }),
  byline: look({ size: 10, leading: 14 }),
  body: look({ size: 11, leading: 15.5, spaceAfter: 7 }),
  heading2: look({ size: 14, leading: 18, spaceBefore: 12, spaceAfter: 4, keepWithNext: TWO_LINES }),
  heading3: look({ size: 12, leading: 16, spaceBefore: 10, spaceAfter: 3, keepWithNext: TWO_LINES }),
  listItem: look({ size: 11, leading: 15.5, spaceAfter: 3 }),
  quote: look({
    size: 11,
    leading: 15.5,
    left: QUOTE_INDENT,
    right: QUOTE_INDENT,
    spaceBefore: 6,
    spaceAfter: 4,
  }),
  pullQuote: look({
    size: 14,
    leading: 19,
    left: QUOTE_INDENT,
    right: QUOTE_INDENT,
    align: 'center',
    spaceBefore: 10,
    spaceAfter: 4,
  }),
  attribution: look({ size: 9.5, leading: 13, left: QUOTE_INDENT, right: QUOTE_INDENT, spaceAfter: 10 }),
  credit: look({ size: 9.5, leading: 13, spaceBefore: 6, spaceAfter: 2 }),
} as const;
