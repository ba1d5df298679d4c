/**
 * Places below the state that news names with their region ("Cupertino, California"): the US
 * states, Canadian provinces and Australian states. Not actors of their own in events; they let
 * "City, Region" be read as one place, and a place written with one after a comma lies in its state
 * ("San Jose, California" is in the US: lib/nlp/actors/mentions.ts). Facts only: the 50 US states
 * as the US Census Bureau lists them (District of Columbia and territories left out), Canada's ten
 * provinces (Statistics Canada) and Australia's six states (the Australian Bureau of Statistics), as
 * news writes them.
 */

// prettier-ignore
const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];
// prettier-ignore
const CANADIAN_PROVINCES = [
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia', 'Ontario',
  'Prince Edward Island', 'Quebec', 'Saskatchewan',
];
// prettier-ignore
const AUSTRALIAN_STATES = ['New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia'];

/** Region name → the state it lies in (ISO alpha-3). "Georgia" is left out: it is also a country. */
export const REGIONS: ReadonlyMap<string, string> = new Map([
  ...US_STATES.map((r) => [r, 'USA'] as const),
  ...CANADIAN_PROVINCES.map((r) => [r, 'CAN'] as const),
  ...AUSTRALIAN_STATES.map((r) => [r, 'AUS'] as const),
]);
