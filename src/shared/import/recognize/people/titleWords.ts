function setOf(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/u).filter(Boolean));
}

/** Nouns that make a title (`Kremlin spokesperson`, `Ukrainian President`), in key form: lowercase, no dots. */
export const TITLE_NOUNS = setOf(`
  president president-elect minister premier chancellor secretary spokesperson spokesman spokeswoman
  senator sen representative rep congressman congresswoman lawmaker legislator governor gov mayor
  councilman councilwoman councillor councilor general gen colonel col lieutenant lt major maj sergeant sgt
  captain capt admiral adm commander cmdr marshal king queen prince princess emperor pope cardinal bishop
  archbishop rabbi imam sheikh emir sultan reverend rev pastor priest chief ceo cfo coo cto chairman
  chairwoman chairperson chair director ambassador envoy diplomat negotiator judge justice attorney lawyer
  prosecutor solicitor barrister doctor professor analyst economist strategist researcher scientist
  expert adviser advisor aide official officer agent detective sheriff inspector commissioner superintendent
  coach manager founder co-founder cofounder owner executive head leader speaker correspondent editor
  reporter columnist author historian spokespeople activist campaigner organizer witness resident survivor
  candidate nominee director-general secretary-general deputy governor-general mp mep writer contributor
  producer photographer journalist constable trooper firefighter nurse surgeon physician
`);

/** Words that qualify a title noun without being one: `former`, `deputy`, `vice`. */
export const TITLE_MODIFIERS = setOf(`
  former acting deputy senior chief vice top interim assistant associate executive general lead principal
  managing first foreign defense defence finance interior health press communications national security
  prime state federal regional local junior co then outgoing incoming retired longtime veteran designate
  elect military political economic trade energy
`);

/** What may follow `of` inside a title: `Secretary of State`, `Chief of Staff`. */
export const TITLE_OF_WORDS = setOf(`
  state defense defence the treasury finance foreign affairs health interior justice homeland security
  commerce energy education labor labour transport transportation agriculture staff staffs
`);

/** Courtesy titles a name is read without: `Mr. Peskov` is Peskov. */
export const HONORIFICS = setOf('mr mrs ms mx miss');

/** Titles that stay in front of the name they belong to: `Dr. Jane Roe`. */
export const NAME_PREFIXES = setOf('dr prof');

/** A title noun, singular or plural: `officials`, `analysts` describe a speaker as much as `official`. */
export function isTitleNoun(key: string): boolean {
  return TITLE_NOUNS.has(key) || (key.endsWith('s') && TITLE_NOUNS.has(key.slice(0, -1)));
}
