import { isCapitalized } from '../text/tokens';
import { isTitleNoun, TITLE_MODIFIERS } from './titleWords';

function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter(Boolean));
}

/** Capitalized words that open a sentence or a clause and are never part of a name. */
const NOT_NAMES = setOf(`
  the a an in on at but and or nor while when as after before this that these those it its he she they we i
  you his her their our my your if so yet then there here meanwhile however still also according for from
  to with without by of during since until over under about some many most all both each every no not one
  two three four five six seven eight nine ten monday tuesday wednesday thursday friday saturday sunday
  january february march july august september october november december yesterday today tomorrow earlier
  later last next such other another what which who whom whose where why how separately instead indeed
  moreover additionally finally now speaking asked
`);

export function isNotName(key: string): boolean {
  return NOT_NAMES.has(key);
}

/** Lowercase links inside names: `Ursula von der Leyen`, `Mohammed bin Salman`. */
const PARTICLES = setOf('von van der den de da del della di du la le bin ibn ben al el dos das');

const SUFFIXES = setOf('jr sr ii iii iv');

/** Words that make a capitalized phrase an organization rather than a person. */
export const ORGANIZATION_WORDS = setOf(`
  kremlin pentagon vatican government ministry department police army military navy council commission
  office agency bank company inc corp corporation group university party committee court parliament congress
  senate house administration embassy union organization organisation authority authorities service institute
  foundation association federation fund board cabinet presidency command forces guard reuters bloomberg
  press news times post journal network media channel tv radio television tribune herald gazette daily
  magazine wire staff desk bureau center centre hospital school college club team league ltd llc plc
`);

export function isParticle(key: string): boolean {
  return PARTICLES.has(key);
}

export function isNameSuffix(key: string): boolean {
  return SUFFIXES.has(key);
}

/** A word that can stand in a person's name: `Peskov`, `O'Brien`, `Jean-Claude`, `J.R.R.`. */
export function isNameWord(bare: string, key: string): boolean {
  // An elided particle opens the word in lowercase: `d'Emilio`, `dell'Orto`, `l'Heureux`.
  if (/^(?:d|l|dell|dall|degl)['’]\p{Lu}[\p{L}\p{M}'’-]*$/u.test(bare)) return true;
  if (!isCapitalized(bare) || NOT_NAMES.has(key) || isTitleNoun(key) || TITLE_MODIFIERS.has(key))
    return false;
  if (/['’]s$/u.test(bare)) return false;
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(bare);
}

/** An acronym in capitals (`NATO`, `IAEA`) names an organization, never a person. */
export function isAcronym(bare: string): boolean {
  return /^\p{Lu}{2,}$/u.test(bare.replace(/\./g, ''));
}
