export interface Section {
  name: string;
  /** How many of a desk's stories run in it. */
  share: number;
  /** The words its stories are about: drawn more often in its copy and headlines. */
  topics: readonly string[];
  /** Keywords its editors tag stories with. */
  keywords: readonly string[];
  /** Who its sources are. */
  speakerTitles: readonly string[];
  speakerOrganizations: readonly string[];
}

const words = (text: string) => text.split(' ');
const phrases = (text: string) => text.split(', ');

export const SECTIONS: readonly Section[] = [
  {
    name: 'World',
    share: 18,
    topics: words('ceasefire talks troops sanctions border refugees embassy summit offensive envoy treaty'),
    keywords: phrases(
      'war in Ukraine, Middle East, diplomacy, refugees, sanctions, United Nations, NATO, European Union, elections abroad, human rights',
    ),
    speakerTitles: phrases(
      'Foreign Minister, spokesperson, ambassador, defence minister, envoy, President, Prime Minister, military spokesman',
    ),
    speakerOrganizations: phrases(
      'United Nations, NATO, European Commission, Foreign Ministry, Defence Ministry, Red Cross, UNHCR',
    ),
  },
  {
    name: 'Politics',
    share: 16,
    topics: words('election budget parliament coalition vote minister bill opposition poll reform campaign'),
    keywords: phrases(
      'general election, budget, parliament, coalition talks, opinion polls, local elections, tax, public spending, immigration, corruption',
    ),
    speakerTitles: phrases(
      'Prime Minister, Finance Minister, opposition leader, party chairman, member of parliament, senator, chief whip',
    ),
    speakerOrganizations: phrases(
      'Labour Party, Conservative Party, Social Democrats, Green Party, Liberal Party, Treasury, electoral commission',
    ),
  },
  {
    name: 'Business',
    share: 15,
    topics: words('inflation shares profit markets investors rates bank earnings merger tariffs exports'),
    keywords: phrases(
      'interest rates, inflation, stock markets, energy prices, trade, mergers and acquisitions, banking, jobs, housing market, technology stocks',
    ),
    speakerTitles: phrases(
      'chief executive, chief economist, analyst, central bank governor, finance director, strategist, chairman',
    ),
    speakerOrganizations: phrases(
      'European Central Bank, Federal Reserve, IMF, World Bank, Deutsche Bank, Goldman Sachs, chamber of commerce',
    ),
  },
  {
    name: 'Sport',
    share: 13,
    topics: words('match goal season coach league cup final title striker injury transfer'),
    keywords: phrases(
      'football, Champions League, tennis, cycling, athletics, Olympics, rugby, Formula One, World Cup, transfers',
    ),
    speakerTitles: phrases(
      'coach, captain, manager, striker, team doctor, sporting director, referee, president',
    ),
    speakerOrganizations: phrases(
      'FIFA, UEFA, International Olympic Committee, Benfica, Real Madrid, Manchester United, national federation',
    ),
  },
  {
    name: 'Culture',
    share: 9,
    topics: words('festival film album exhibition museum novel theatre premiere award artist audience'),
    keywords: phrases(
      'film, music, books, theatre, visual arts, festivals, awards, heritage, television, museums',
    ),
    speakerTitles: phrases('director, curator, novelist, singer, actor, festival director, critic, composer'),
    speakerOrganizations: phrases(
      'national museum, opera house, film festival, publishing house, arts council, record label',
    ),
  },
  {
    name: 'Science',
    share: 7,
    topics: words('study researchers climate species vaccine telescope emissions virus experiment data'),
    keywords: phrases(
      'climate change, space, health research, biodiversity, vaccines, artificial intelligence, oceans, energy transition',
    ),
    speakerTitles: phrases(
      'researcher, professor, lead author, epidemiologist, climate scientist, astronomer, director',
    ),
    speakerOrganizations: phrases(
      'World Health Organization, European Space Agency, NASA, university hospital, national institute of health, Met Office',
    ),
  },
  {
    name: 'Opinion',
    share: 6,
    topics: words('argument debate democracy government voters reform future leaders crisis trust'),
    keywords: phrases('commentary, editorial, letters, analysis, columns'),
    speakerTitles: phrases('historian, former minister, columnist, political scientist, philosopher'),
    speakerOrganizations: phrases('think tank, university, policy institute, foundation'),
  },
  {
    name: 'Local',
    share: 12,
    topics: words('council residents mayor schools roads flood housing police traffic budget hospital'),
    keywords: phrases(
      'city council, schools, transport, housing, crime, weather, health services, planning, local business, environment',
    ),
    speakerTitles: phrases(
      'mayor, councillor, police chief, head teacher, resident, fire chief, shop owner, hospital director',
    ),
    speakerOrganizations: phrases(
      'city council, police department, fire service, residents association, school board, regional health authority',
    ),
  },
  {
    name: 'Technology',
    share: 4,
    topics: words('software users data platform hackers chips network phones app privacy'),
    keywords: phrases(
      'artificial intelligence, cybersecurity, social media, smartphones, semiconductors, privacy, start-ups',
    ),
    speakerTitles: phrases(
      'chief technology officer, security researcher, founder, product manager, regulator',
    ),
    speakerOrganizations: phrases(
      'data protection authority, Apple, Google, Microsoft, cybersecurity agency, start-up',
    ),
  },
];
