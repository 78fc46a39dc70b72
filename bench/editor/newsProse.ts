import type { EditorNodeJson } from '@shared/story/editorDocument';

// Word lengths and function-word frequency close to wire copy, so text nodes wrap and measure like real ones.
const FUNCTION_WORDS = 'the of and to in a that on for with as by at from was said its their which'.split(
  ' ',
);
const CONTENT_WORDS = (
  'government officials negotiations ceasefire minister president spokesperson reported agreement ' +
  'talks delegation ministry regional authorities casualties civilians border strikes offensive ' +
  'prisoners exchange sanctions vessels diplomatic military objectives proposal meeting leaders ' +
  'statement conference ministers council parliament election budget economy inflation markets ' +
  'investors energy supplies pipeline harbour shipping residents hospital emergency services ' +
  'rescue workers flooding storm damage bridge railway airport tuesday wednesday thursday morning ' +
  'evening week month year security forces opposition coalition agency analysts according ' +
  'continued announced confirmed warned expected agreed rejected signed visited promised'
).split(' ');

/** A word picked with the article-heavy mix of news prose: about two in five are function words. */
function word(random: () => number): string {
  const pool = random() < 0.4 ? FUNCTION_WORDS : CONTENT_WORDS;
  return pool[Math.floor(random() * pool.length)]!;
}

function sentence(random: () => number, words: number): string {
  const picked = Array.from({ length: words }, (_, at) => {
    const next = word(random);
    return at > 2 && at < words - 2 && random() < 0.06 ? `${next},` : next;
  });
  const first = picked[0] ?? '';
  picked[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${picked.join(' ')}.`;
}

/** Sentences of up to 28 words adding up to exactly `words`. */
export function prose(random: () => number, words: number): string {
  const sentences: string[] = [];
  let remaining = words;
  while (remaining > 0) {
    const length =
      remaining <= 28
        ? remaining
        : remaining <= 36
          ? Math.ceil(remaining / 2)
          : 8 + Math.floor(random() * 21);
    sentences.push(sentence(random, length));
    remaining -= length;
  }
  return sentences.join(' ');
}

/** A paragraph of `words` words; one in eight carries a link, as wire copy with source links does. */
export function paragraph(random: () => number, words: number): EditorNodeJson {
  const text = prose(random, words);
  if (random() >= 0.125) return { type: 'paragraph', content: [{ type: 'text', text }] };
  const cut = text.indexOf(' ', Math.floor(text.length / 2));
  const linked = text.indexOf(' ', cut + 1);
  if (cut < 0 || linked < 0) return { type: 'paragraph', content: [{ type: 'text', text }] };
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: text.slice(0, cut + 1) },
      {
        type: 'text',
        text: text.slice(cut + 1, linked),
        marks: [{ type: 'link', attrs: { href: 'https://example.com/source' } }],
      },
      { type: 'text', text: text.slice(linked) },
    ],
  };
}
