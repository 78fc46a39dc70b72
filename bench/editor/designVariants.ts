/**
 * Rendering designs compared in one run, applied as a style sheet over the app's own. "Top-level blocks"
 * are the editor root's children: what `content-visibility` has to be set on to skip off-screen layout.
 */
export interface DesignVariant {
  name: string;
  label: string;
  /** Added to the page before the story opens; null leaves the app's CSS as built. */
  css: string | null;
  /**
   * Types into a plain contenteditable copy of the opened editor's DOM instead, with no ProseMirror or
   * React behind it: the floor any editor built on one contenteditable pays in this browser.
   */
  plainEditable: boolean;
}

// 8em is about a paragraph of 60 words in the body column; `auto` keeps a block's real height once seen.
const AUTO =
  '.ProseMirror > * { content-visibility: auto !important; contain-intrinsic-size: auto 8em !important; }';

export const DESIGN_VARIANTS: readonly DesignVariant[] = [
  { name: 'app', label: "the app's CSS as built", css: null, plainEditable: false },
  {
    name: 'visible',
    label: 'forced content-visibility: visible',
    css: '.ProseMirror > * { content-visibility: visible !important; }',
    plainEditable: false,
  },
  {
    name: 'auto',
    label: 'forced content-visibility: auto',
    css: AUTO,
    plainEditable: false,
  },
  {
    name: 'floor',
    label: 'floor: plain contenteditable, app CSS',
    css: null,
    plainEditable: true,
  },
  {
    name: 'floor-auto',
    label: 'floor: plain, forced c-v: auto',
    css: AUTO,
    plainEditable: true,
  },
];

export function variantsNamed(names: readonly string[]): DesignVariant[] {
  return names.map((name) => {
    const variant = DESIGN_VARIANTS.find((candidate) => candidate.name === name);
    if (!variant) {
      const known = DESIGN_VARIANTS.map((candidate) => candidate.name).join(', ');
      throw new Error(`Unknown design "${name}"; known: ${known}`);
    }
    return variant;
  });
}
