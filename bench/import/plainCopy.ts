import { prose } from '../editor/newsProse';
import { seededRandom } from '../saveStory/realisticStory';

const CITIES = ['ISTANBUL, Turkey', 'KHERSON, Ukraine', 'WASHINGTON', 'PORTLAND, Ore.', 'ROCHESTER, N.Y.'];
const SPEAKERS = [
  ['Kremlin spokesperson Dmitri Peskov', 'noted'],
  ['Foreign Minister Hakan Fidan', 'said'],
  ['EU foreign policy chief Kaja Kallas', 'told reporters'],
];

/** Copy as a reporter files it from a phone or a web page: boilerplate, headline, byline, dateline, quotes. */
export function plainCopy(index: number, words: number): string {
  const random = seededRandom(index + 1);
  const city = CITIES[index % CITIES.length]!;
  const lines = [
    'Connect with us',
    '',
    'World',
    '',
    `Talks resume in round ${index + 1}`,
    '',
    'By Jane Doe, Reuters',
    '',
  ];
  lines.push(`${city} (Reuters) — ${prose(random, 40)}.`, '');
  let written = 40;
  let quote = 0;
  while (written < words) {
    if (quote < 3 && written > words / (4 - quote)) {
      const [who, verb] = SPEAKERS[quote]!;
      lines.push(`${who} ${verb}, “${prose(random, 20)}.”`, '');
      quote += 1;
      written += 26;
      continue;
    }
    const length = 40 + Math.floor(random() * 60);
    lines.push(`${prose(random, length)}.`, '');
    written += length;
  }
  return lines.join('\n');
}
