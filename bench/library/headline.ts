import { between, pick } from './random';
import type { Random } from './random';
import type { StoryMatter } from './prose';
import { sentence } from './prose';

const VERBS = (
  'warns of|rejects|approves|backs|plans|faces|seeks|wins|loses|hits|cuts|raises|delays|ends|opens|' +
  'launches|calls for|vows to fight|targets|weighs|unveils|blocks|criticises|defends|doubles|halts'
).split('|');
const NOUNS =
  'plan deal talks vote cuts rise probe row bid ban deadline overhaul setback record crisis'.split(' ');
const LINKS = 'as after amid over despite before'.split(' ');

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A headline as a desk writes it: a present-tense verb, a topic, often a place or a name. */
export function headline(random: Random, matter: StoryMatter): string {
  const topic = pick(random, matter.topics);
  const place = pick(random, matter.places);
  const name = pick(random, matter.names);
  switch (between(random, 0, 5)) {
    case 0:
      return `${name} ${pick(random, VERBS)} ${topic} ${pick(random, NOUNS)} in ${place}`;
    case 1:
      return `${capital(topic)} ${pick(random, NOUNS)} ${pick(random, VERBS)} ${pick(random, matter.topics)} ${pick(random, LINKS)} ${place} ${pick(random, NOUNS)}`;
    case 2:
      return `${place} ${pick(random, VERBS)} ${topic} ${pick(random, NOUNS)} ${pick(random, LINKS)} ${pick(random, matter.topics)} ${pick(random, NOUNS)}`;
    case 3:
      return `${between(random, 2, 90)} ${pick(random, matter.topics)} hit as ${topic} ${pick(random, NOUNS)} ${pick(random, VERBS)} ${place}`;
    case 4:
      return `What the ${topic} ${pick(random, NOUNS)} means for ${place}`;
    default:
      return `${capital(topic)}: ${name} ${pick(random, VERBS)} ${pick(random, matter.topics)} ${pick(random, NOUNS)}`;
  }
}

export function subheadline(random: Random, matter: StoryMatter): string {
  return sentence(random, matter, between(random, 12, 24));
}
