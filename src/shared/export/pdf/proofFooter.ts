import type { ExportStory } from '../model/exportStory';
import { pdfText } from './pdfText';
import type { Face, Faces } from './proofFaces';
import { GREY, MARGIN, MEASURE, RULE, WARNING } from './proofLayout';
import type { ProofPage } from './proofPage';
import { proofStatus } from './proofStatus';

const SIZE = 8.5;
const FIRST_LINE = MARGIN.bottom - 30;
const SECOND_LINE = FIRST_LINE - 12;

/** "1,234 words", grouped the same way whatever the machine's locale. */
export function wordCountLabel(count: number): string {
  const grouped = String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped} ${count === 1 ? 'word' : 'words'}`;
}

/** Cuts a text to `width` with an ellipsis: a long slug must not run into the page number. */
function fitted(text: string, face: Face, width: number): string {
  if (face.widthOf(text, SIZE) <= width) return text;
  const characters = Array.from(text);
  while (characters.length > 0 && face.widthOf(`${characters.join('')}…`, SIZE) > width) characters.pop();
  return `${characters.join('')}…`;
}

/**
 * The footer of every page: the slug and "Page N of M", then the word count and the status, the status in
 * bold red while the story is not approved, so a proof on a desk says at a glance whether it may run.
 */
export function placeFooters(pages: readonly ProofPage[], story: ExportStory, faces: Faces): void {
  const regular = faces(false, false);
  const status = proofStatus(story.status);
  const statusFace = faces(status.warning, false);
  const statusColor = status.warning ? WARNING : GREY;
  const right = MARGIN.left + MEASURE;
  // Fitted once, beside the widest page number, so the slug reads the same on every page.
  const widest = regular.widthOf(`Page ${pages.length} of ${pages.length}`, SIZE);
  const slug = fitted(regular.settable(pdfText(story.slug)) || 'no slug', regular, MEASURE - widest - 24);
  const words = wordCountLabel(story.wordCount);
  pages.forEach((page, index) => {
    const pageLabel = `Page ${index + 1} of ${pages.length}`;
    const text = (value: string, face: Face, x: number, y: number, color = GREY) =>
      page.texts.push({ text: value, face, size: SIZE, color, x, y });
    page.strokes.push({
      from: { x: MARGIN.left, y: FIRST_LINE + 14 },
      to: { x: right, y: FIRST_LINE + 14 },
      width: 0.5,
      color: RULE,
    });
    text(slug, regular, MARGIN.left, FIRST_LINE);
    text(pageLabel, regular, right - regular.widthOf(pageLabel, SIZE), FIRST_LINE);
    text(words, regular, MARGIN.left, SECOND_LINE);
    text(status.label, statusFace, right - statusFace.widthOf(status.label, SIZE), SECOND_LINE, statusColor);
  });
}
