import { highlightParts } from './highlightRanges';

export function Highlighted({ text, highlights }: { text: string; highlights: readonly string[] }) {
  if (highlights.length === 0) return <>{text}</>;
  return (
    <>
      {highlightParts(text, highlights).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
