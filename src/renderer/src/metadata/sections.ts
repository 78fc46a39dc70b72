/** Offered as suggestions only: every desk names its sections its own way. */
export const COMMON_SECTIONS = [
  'World',
  'Politics',
  'Business',
  'Sports',
  'Culture',
  'Science',
  'Opinion',
  'Local',
] as const;
