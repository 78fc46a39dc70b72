import type { RGB } from 'pdf-lib';
import type { Face } from './proofFaces';

export interface PlacedText {
  text: string;
  face: Face;
  size: number;
  color: RGB;
  /** The start of the baseline, in points from the page's bottom left corner. */
  x: number;
  y: number;
}

export interface Stroke {
  from: { x: number; y: number };
  to: { x: number; y: number };
  width: number;
  color: RGB;
}

export interface LinkArea {
  rect: [number, number, number, number];
  href: string;
}

/** What one page of the proof shows, laid out before it is drawn into the PDF. */
export interface ProofPage {
  texts: PlacedText[];
  strokes: Stroke[];
  links: LinkArea[];
}

export const newProofPage = (): ProofPage => ({ texts: [], strokes: [], links: [] });
