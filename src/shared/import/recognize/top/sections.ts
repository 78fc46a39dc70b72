const SECTIONS = [
  'World',
  'World News',
  'International',
  'U.S.',
  'US',
  'U.S. News',
  'US News',
  'National',
  'Nation',
  'Politics',
  'Government',
  'Business',
  'Economy',
  'Markets',
  'Finance',
  'Money',
  'Tech',
  'Technology',
  'Science',
  'Health',
  'Sports',
  'Sport',
  'Entertainment',
  'Culture',
  'Arts',
  'Arts & Culture',
  'Arts and Culture',
  'Lifestyle',
  'Life',
  'Style',
  'Travel',
  'Food',
  'Opinion',
  'Opinions',
  'Editorial',
  'Editorials',
  'Commentary',
  'Analysis',
  'Local',
  'Local News',
  'Metro',
  'Regional',
  'Environment',
  'Climate',
  'Education',
  'Crime',
  'Justice',
  'Weather',
  'Europe',
  'Asia',
  'Africa',
  'Middle East',
  'Americas',
  'Latin America',
  'Asia Pacific',
  'Asia-Pacific',
  'UK',
  'UK News',
  'Investigations',
  'Obituaries',
  'Religion',
  'Real Estate',
  'Media',
  'Books',
  'Movies',
  'Music',
  'Television',
  'Fashion',
  'Energy',
  'Defense',
  'Military',
  'Conflicts',
];

// Labels so broad a more particular section further down says more about the story.
const GENERIC = ['News', 'Latest', 'Latest News', 'Top Stories', 'Breaking News', 'Home', 'Stories'];

function keyOf(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/gu, ' ');
}

const SECTION_KEYS = new Set(SECTIONS.map(keyOf));
const GENERIC_KEYS = new Set(GENERIC.map(keyOf));

export type SectionKind = 'section' | 'generic' | null;

export function sectionKind(line: string): SectionKind {
  const key = keyOf(line);
  if (SECTION_KEYS.has(key)) return 'section';
  return GENERIC_KEYS.has(key) ? 'generic' : null;
}

/** `Home › World › Europe`: the last named section of a breadcrumb trail, or null when the line is not one. */
export function breadcrumbSection(line: string): string | null {
  const parts = line.split(/(?<!\s)\s*[>›»/|]\s*/u).map((part) => part.trim());
  if (parts.length < 2 || parts.some((part) => part === '' || part.split(/\s+/u).length > 3)) return null;
  const sections = parts.filter((part) => sectionKind(part) === 'section');
  return sections.at(-1) ?? null;
}
