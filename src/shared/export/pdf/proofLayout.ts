import type { RGB } from 'pdf-lib';
import { rgb } from 'pdf-lib';

/** A4 portrait, in points: the paper of most newsrooms outside North America, and of this story's desk. */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** The type area: a 451-point measure, about 75 characters of 11-point copy, and room below for the footer. */
export const MARGIN = { left: 72, right: 72, top: 64, bottom: 84 } as const;

export const MEASURE = PAGE.width - MARGIN.left - MARGIN.right;

export const INK: RGB = rgb(0.1, 0.1, 0.1);
export const GREY: RGB = rgb(0.4, 0.4, 0.4);
export const RULE: RGB = rgb(0.6, 0.6, 0.6);
export const LINK: RGB = rgb(0.06, 0.27, 0.6);
export const ACCENT: RGB = rgb(0.12, 0.3, 0.47);
/** The colour of every warning on the proof: not approved, embargoed. */
export const WARNING: RGB = rgb(0.75, 0.07, 0.07);
