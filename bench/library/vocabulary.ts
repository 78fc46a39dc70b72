/** The words that make up about two in five words of news copy, most frequent first. */
export const FUNCTION_WORDS = (
  'the of to and a in said that for on is was with he it as at by from his have has be are were an ' +
  'they which but not this who their had been will would its or after more one we about than also she ' +
  'there into up out over if can could when all her new last two what i our other some them first us ' +
  'while under before because since so no three most many only just against such during where any these ' +
  'those then now between both through around until like four five should may might him them own each ' +
  'very how still even though across among without further per whose whether despite within toward'
).split(' ');

const NOUNS = (
  'year government people time police minister week official country percent month president day state ' +
  'city team party company report election budget market plan deal talk court law group member case ' +
  'home world school child family price service area force leader council worker force war attack ' +
  'health hospital patient doctor nurse water energy oil gas power rate bank economy job business ' +
  'investor share profit loss sale tax cost fund program project decision issue problem question change ' +
  'support vote voter campaign seat minority majority opposition coalition parliament senate congress ' +
  'committee inquiry investigation trial judge lawyer prosecutor charge sentence prison officer suspect ' +
  'victim witness crime murder fire flood storm rain wind weather temperature heat drought harvest ' +
  'farmer crop food village town region border road bridge railway train station airport flight ' +
  'passenger ship port harbour vessel coast river island mountain forest park street building house ' +
  'apartment rent mortgage household income wage salary pension benefit union strike protest ' +
  'demonstrator crowd rally march speech statement interview spokesman spokeswoman agency ministry ' +
  'department authority regulator watchdog commission agreement treaty ceasefire negotiation summit ' +
  'delegation ambassador embassy diplomat sanction troop soldier army navy missile drone strike ' +
  'offensive front line territory refugee migrant camp aid convoy shelter supply shortage demand ' +
  'growth inflation recession forecast figure data survey poll result score match game season goal ' +
  'player coach club league cup final title champion record medal race runner athlete fan stadium ' +
  'ticket film album song artist singer actor director festival exhibition museum gallery book novel ' +
  'writer theatre stage audience concert show series episode award prize critic scientist researcher ' +
  'study experiment discovery species virus vaccine disease infection treatment drug trial cancer ' +
  'climate emission carbon pollution plastic waste recycling solar turbine battery car vehicle ' +
  'factory plant production manufacturer supplier chain shop store retailer customer consumer brand ' +
  'product technology computer phone software app platform network internet user account password ' +
  'hacker breach satellite rocket launch mission telescope planet moon university student teacher ' +
  'classroom exam degree graduate library church mosque temple priest community neighbour resident ' +
  'volunteer charity donation fundraiser festival holiday tourist visitor hotel restaurant chef meal ' +
  'column editorial letter reader opinion argument debate critic analyst expert economist historian ' +
  'source document email message post video photo image camera evidence detail version account ' +
  'morning afternoon evening night weekend hour minute decade century history future past moment ' +
  'period term stage step level line point side end part half number amount rise fall increase cut ' +
  'reduction gap target limit risk threat danger warning alert emergency rescue search operation ' +
  'response effort attempt plan proposal bill measure rule policy reform scheme strategy approach ' +
  'system structure framework model version standard quality value interest concern fear hope ' +
  'chance opportunity challenge pressure criticism praise reaction surprise success failure victory ' +
  'defeat win lead draw margin majority difference effect impact consequence reason cause factor ' +
  'mayor governor senator lawmaker minister chancellor premier cabinet candidate nominee incumbent ' +
  'ballot turnout constituency district province county municipality capital suburb neighbourhood ' +
  'landlord tenant developer contractor engineer architect surveyor inspector auditor accountant ' +
  'shareholder executive chairman board director manager employee staff contract bonus dividend ' +
  'bond currency dollar euro pound yen debt deficit surplus loan credit lender borrower asset stock ' +
  'index merger takeover acquisition bid offer stake valuation quarter earnings revenue turnover ' +
  'export import tariff quota subsidy grant allowance reserve commodity wheat grain coffee copper ' +
  'pipeline refinery reactor grid outage blackout tanker freight cargo container lorry truck bus ' +
  'tram cyclist pedestrian driver pilot crew captain sailor fisherman miner teacher paramedic ' +
  'firefighter ambulance clinic ward surgery operation diagnosis symptom outbreak epidemic pandemic ' +
  'mask dose shot lab laboratory sample gene cell protein brain heart lung organ bone injury ' +
  'wildfire earthquake landslide avalanche tsunami hurricane cyclone typhoon tornado heatwave frost ' +
  'snow ice glacier reef wetland dam reservoir canal lake valley desert beach cliff wildlife bird ' +
  'whale bear wolf insect bee tree seed soil fertiliser pesticide livestock cattle sheep dairy ' +
  'referee striker midfielder defender goalkeeper captain manager transfer fixture tournament ' +
  'semifinal quarterfinal qualifier lap circuit podium sprint marathon cyclist swimmer boxer ' +
  'painter sculptor composer orchestra choir ballet opera poet poem memoir biography documentary ' +
  'premiere sequel trailer studio label playlist lyric soundtrack curator collection manuscript'
).split(' ');

const MASS_NOUNS = (
  'information evidence research money funding equipment traffic housing healthcare education ' +
  'security defence infrastructure legislation unemployment employment electricity software furniture ' +
  'knowledge advice progress damage debris rubble luggage footage weather violence corruption ' +
  'transparency accountability justice freedom democracy sovereignty stability uncertainty'
).split(' ');

/** Verbs as `base` or `base/past`, where the past is irregular or doubles its last consonant. */
const VERBS = (
  'say/said make/made take/took go/went come/came see/saw know/knew get/got give/gave tell/told ' +
  'find/found think/thought leave/left meet/met hold/held bring/brought begin/began keep/kept ' +
  'run/ran win/won lose/lost pay/paid build/built buy/bought sell/sold send/sent spend/spent ' +
  'rise/rose fall/fell grow/grew speak/spoke write/wrote lead/led stand/stood seek/sought ' +
  'drive/drove fly/flew catch/caught fight/fought shut/shut cut/cut set/set put/put hit/hit ' +
  'stop/stopped plan/planned ban/banned admit/admitted commit/committed submit/submitted ' +
  'ship/shipped drop/dropped slip/slipped ' +
  'announce warn call ask report expect claim add confirm deny agree reject accept approve ' +
  'launch open close start end return continue remain appear seem include involve require allow ' +
  'help want need try use work play move live believe follow provide create receive raise ' +
  'increase reduce decline improve boost cut threaten attack defend kill injure arrest charge ' +
  'accuse convict sentence release free detain protest demand urge vow promise pledge insist ' +
  'argue suggest describe explain respond react comment criticise praise welcome condemn support ' +
  'oppose vote elect appoint resign replace dismiss sack hire employ invest borrow lend owe ' +
  'export import trade negotiate sign ratify sanction impose lift ease tighten delay postpone ' +
  'cancel resume suspend halt block prevent avoid face risk fear hope plan prepare consider ' +
  'review investigate examine study test measure estimate forecast predict record score beat ' +
  'defeat equalise qualify retire injure recover rescue evacuate flood burn destroy damage ' +
  'collapse crash kill survive visit travel arrive depart land cross enter flee return host ' +
  'celebrate mark honour remember mourn publish broadcast perform release premiere exhibit ' +
  'discover develop design produce manufacture deliver supply install connect hack leak reveal ' +
  'disclose share post delete update upgrade'
).split(' ');

const ADJECTIVES = (
  'new last first former national local public political economic major senior foreign military ' +
  'international federal regional high low large small long short key main early late recent ' +
  'current previous next final top big little young old good bad strong weak full free private ' +
  'legal illegal official financial social human global european american african asian western ' +
  'eastern northern southern central rural urban daily weekly annual monthly general special ' +
  'serious critical significant important possible likely unlikely clear available independent ' +
  'armed civilian nuclear environmental digital medical mental physical open closed safe dangerous ' +
  'severe heavy light wet dry cold hot warm fresh rising falling growing rapid slow sharp modest ' +
  'record historic unprecedented controversial popular unpopular angry worried hopeful cautious ' +
  'optimistic pessimistic divided united fragile robust temporary permanent emergency domestic ' +
  'industrial commercial residential agricultural scientific cultural artistic musical sporting'
).split(' ');

const ADVERBS = (
  'also now still already however again only just even more most very later earlier soon ' +
  'recently nearly almost about around sharply slightly largely mostly partly widely closely ' +
  'quickly slowly directly publicly privately officially reportedly allegedly apparently finally ' +
  'initially eventually previously currently increasingly particularly especially immediately'
).split(' ');

const IRREGULAR_PLURALS: Record<string, string> = {
  child: 'children',
  man: 'men',
  woman: 'women',
  crisis: 'crises',
  analysis: 'analyses',
  species: 'species',
  series: 'series',
  people: 'people',
  police: 'police',
  percent: 'percent',
  data: 'data',
  aid: 'aid',
};

function plural(noun: string): string {
  if (IRREGULAR_PLURALS[noun]) return IRREGULAR_PLURALS[noun];
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

function thirdPerson(verb: string): string {
  return verb.endsWith('o') ? `${verb}es` : plural(verb);
}

function regularPast(verb: string): string {
  if (verb.endsWith('e')) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  return `${verb}ed`;
}

/** One-syllable verbs ending in a single vowel and consonant double it (`running`), as do a few stressed ones. */
function doublesLastLetter(verb: string, past: string): boolean {
  return (
    /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb) || past === `${verb}${verb.at(-1)}ed` || verb === 'begin'
  );
}

function presentParticiple(verb: string, past: string): string {
  if (doublesLastLetter(verb, past)) return `${verb}${verb.at(-1)}ing`;
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !verb.endsWith('ee')) return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

function verbForms(entry: string): string[] {
  const [verb, past] = entry.split('/') as [string, string | undefined];
  const simplePast = past ?? regularPast(verb);
  return [verb, simplePast, thirdPerson(verb), presentParticiple(verb, simplePast)];
}

/**
 * About 2,500 distinct content words, roughly most frequent first: each list's words interleaved by rank, each
 * word followed by its inflections, so `says`, `said` and `saying` are as common as news copy makes them.
 */
function contentWords(): string[] {
  const families = [
    NOUNS.map((noun) => [noun, plural(noun)]),
    VERBS.map(verbForms),
    ADJECTIVES.map((adjective) => [adjective]),
    MASS_NOUNS.map((noun) => [noun]),
    ADVERBS.map((adverb) => [adverb]),
  ];
  const longest = Math.max(...families.map((family) => family.length));
  const words: string[] = [];
  for (let rank = 0; rank < longest; rank++) {
    for (const family of families) words.push(...(family[rank] ?? []));
  }
  return [...new Set(words)];
}

export const CONTENT_WORDS: readonly string[] = contentWords();
