/** Sentences of the reference story (resources/samples/istanbul-peace-talks.story.json), as a writer types them. */
export const SAMPLE_PARAGRAPHS = [
  'Ukraine and Russia held peace negotiations on Wednesday in Istanbul, with both countries agreeing on a new prisoner exchange.',
  'The meetings come during ongoing hostilities, with recent reports indicating at least five casualties resulting from cross-border strikes.',
  'Ukrainian President Volodymyr Zelensky announced that the talks would include discussions on further exchanges of prisoners and the repatriation of Ukrainian children from Russia.',
] as const;

export const KREMLIN_PARAGRAPH =
  'While the Kremlin stated that it does not expect any “miraculous advances” in the negotiations, the Russian side confirmed it would maintain its position at the talks.';

export interface SampleQuote {
  text: string;
  speaker: string;
  title: string;
  context: string;
}

export const ZELENSKY_QUOTE: SampleQuote = {
  text: 'We must put an end to this war, which probably starts with a meeting of the leaders.',
  speaker: 'Volodymyr Zelensky',
  title: 'Ukrainian President',
  context: 'during a press conference',
};

export const PESKOV_QUOTE: SampleQuote = {
  text: 'There is, of course, no reason to expect miraculous progress, but we intend to defend our interests.',
  speaker: 'Dmitri Peskov',
  title: 'Kremlin spokesperson',
  context: '',
};
