import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import { PLACES } from './places';
import { SECTIONS } from './sections';
import { CONTENT_WORDS, FUNCTION_WORDS } from './vocabulary';

function generatorWords(): Set<string> {
  const texts = [
    ...FUNCTION_WORDS,
    ...CONTENT_WORDS,
    ...GIVEN_NAMES,
    ...FAMILY_NAMES,
    ...PLACES.flatMap((place) => [place.city, place.region, place.country]),
    ...SECTIONS.flatMap((section) => [
      section.name,
      ...section.topics,
      ...section.keywords,
      ...section.speakerTitles,
      ...section.speakerOrganizations,
    ]),
  ];
  return new Set(texts.flatMap((text) => text.toLowerCase().split(/[^a-z]+/)));
}

/**
 * A planted word must be one the generator never writes, or "exactly one story holds it" would be false: a
 * made-up word of letters only, so every search tokenizer keeps it whole.
 */
export function checkPlantedWord(word: string): void {
  if (!/^[a-z]{6,}$/.test(word)) {
    throw new Error(`The planted word must be 6 or more lowercase letters a-z, not ${JSON.stringify(word)}.`);
  }
  if (generatorWords().has(word)) {
    throw new Error(`The generator itself writes "${word}"; plant a made-up word such as "zanzibarite".`);
  }
}
