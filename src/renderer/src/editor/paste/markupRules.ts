/**
 * Elements whose content is never story text: code, embeds, media, form controls and their labels, site
 * navigation, document metadata. A `<form>` itself is only unwrapped: some sites wrap whole pages in one.
 */
export const DROPPED_WITH_CONTENT = new Set([
  'applet',
  'audio',
  'base',
  'button',
  'canvas',
  'datalist',
  'embed',
  'frame',
  'frameset',
  'head',
  'iframe',
  'img',
  'input',
  'label',
  'link',
  'map',
  'math',
  'meter',
  'nav',
  'meta',
  'noembed',
  'noframes',
  'noscript',
  'object',
  'option',
  'output',
  'picture',
  'progress',
  'script',
  'select',
  'source',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'track',
  'video',
  'xml',
]);

/** The story has two heading levels: a page's title becomes a subhead, every deeper level the smaller one. */
export const HEADING_LEVELS: Record<string, 'h2' | 'h3'> = {
  h1: 'h2',
  h2: 'h2',
  h3: 'h3',
  h4: 'h3',
  h5: 'h3',
  h6: 'h3',
};

export type MarkTag = 'strong' | 'em' | 'u' | 's';

export const MARK_TAGS: Record<string, MarkTag> = {
  b: 'strong',
  strong: 'strong',
  i: 'em',
  em: 'em',
  cite: 'em',
  u: 'u',
  ins: 'u',
  s: 's',
  strike: 's',
  del: 's',
};

/**
 * Elements that hold their own run of text, such as a page's `<div>` paragraphs or table cells: their
 * text becomes a paragraph of its own instead of running into its neighbours'. Quotes from outside are
 * plain paragraphs too: a structured quote needs an attribution, which only Insert quote asks for.
 */
export const FLOW_CONTAINERS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'legend',
  'li',
  'main',
  'pre',
  'section',
  'summary',
  'td',
  'th',
]);

/** Everything the cleaned HTML of an outside paste may contain, with the attributes each element keeps. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  p: [],
  h2: [],
  h3: [],
  ul: [],
  ol: ['start'],
  li: [],
  strong: [],
  em: [],
  u: [],
  s: [],
  a: ['href'],
  br: [],
  hr: [],
};
