// AP datelines name a US state (abbreviated as AP does, or spelled out), a Canadian province or territory,
// or else the country. "Georgia" is left out on purpose: AP abbreviates the state ("Ga.") in a dateline,
// so "Georgia" spelled out there is the country.
const STATES_AND_PROVINCES = [
  ...['Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.'],
  ...['Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.'],
  ...['N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.'],
  ...['Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.', 'D.C.'],
  ...['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware'],
  ...['Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana'],
  ...['Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana'],
  ...['Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina'],
  ...['North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina'],
  ...['South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia'],
  ...['Wisconsin', 'Wyoming', 'District of Columbia', 'Puerto Rico', 'Guam', 'U.S. Virgin Islands'],
  ...['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador'],
  ...['Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon'],
  ...['Northwest Territories', 'Nunavut'],
];

const KNOWN = new Set(STATES_AND_PROVINCES.map((name) => name.toLowerCase()));

export type RegionKind = 'state' | 'country';

/** Whether a dateline's region names a state or province (NITF `state`), or a country (NITF `country`). */
export function regionKind(region: string): RegionKind {
  return KNOWN.has(region.trim().replace(/\s+/g, ' ').toLowerCase()) ? 'state' : 'country';
}
