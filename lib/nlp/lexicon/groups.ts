/**
 * Groups named by their role, which with a country adjective or possessive, or a regional adjective,
 * make a group actor: "US officials", "Syrian rebels", "Russia's diplomats", "European leaders".
 * Sector codes are CAMEO-style: GOV government, MIL military, LEG legislature, JUD judiciary, COP
 * police, SPY intelligence, REB rebels, INS insurgents, SEP separatists, UAF unidentified armed
 * forces, OPP opposition, CVL civilians, REF refugees, MED media, EDU education, HLH health, BUS
 * business, LAB labour, AGR farmers, REL religion, CRM criminals, HRI human rights, PKO peacekeepers,
 * ELI elites, RAD radicals, MOD moderates, DEV aid and development.
 */

export interface GroupNoun {
  /** The plural (or collective) noun as written: "officials", "security forces", "opposition". */
  noun: string;
  sector: string;
  /** The singular, where news uses it for one member: "official", "rebel". */
  singular?: string;
}

/** Role nouns for groups: "US officials said", "Kurdish fighters", "Palestinian protesters". [noun, sector, singular] */
// prettier-ignore
const GROUP_ROWS: [string, string, string?][] = [
  // government and diplomacy
  ['officials', 'GOV', 'official'], ['senior officials', 'GOV', 'senior official'], ['government officials', 'GOV', 'government official'],
  ['leaders', 'GOV', 'leader'], ['diplomats', 'GOV', 'diplomat'], ['ministers', 'GOV', 'minister'],
  ['authorities', 'GOV'], ['negotiators', 'GOV', 'negotiator'], ['envoys', 'GOV', 'envoy'],
  ['delegates', 'GOV', 'delegate'], ['representatives', 'GOV', 'representative'], ['spokesmen', 'GOV', 'spokesman'],
  ['mediators', 'GOV', 'mediator'], ['inspectors', 'GOV', 'inspector'], ['monitors', 'GOV', 'monitor'],
  ['observers', 'GOV', 'observer'], ['administrators', 'GOV', 'administrator'], ['regulators', 'GOV', 'regulator'],
  ['policymakers', 'GOV', 'policymaker'], ['bureaucrats', 'GOV', 'bureaucrat'], ['governors', 'GOV', 'governor'],
  ['mayors', 'GOV', 'mayor'], ['sources', 'GOV', 'source'],
  // legislature and judiciary
  ['lawmakers', 'LEG', 'lawmaker'], ['legislators', 'LEG', 'legislator'], ['MPs', 'LEG', 'MP'], ['MEPs', 'LEG', 'MEP'],
  ['senators', 'LEG', 'senator'], ['congressmen', 'LEG', 'congressman'], ['deputies', 'LEG', 'deputy'],
  ['parliamentarians', 'LEG', 'parliamentarian'], ['members of parliament', 'LEG', 'member of parliament'],
  ['prosecutors', 'JUD', 'prosecutor'], ['judges', 'JUD', 'judge'], ['lawyers', 'JUD', 'lawyer'],
  ['investigators', 'JUD', 'investigator'],
  // military, police, intelligence
  ['troops', 'MIL'], ['soldiers', 'MIL', 'soldier'], ['forces', 'MIL'], ['military officials', 'MIL', 'military official'],
  ['commanders', 'MIL', 'commander'], ['generals', 'MIL', 'general'], ['officers', 'MIL', 'officer'],
  ['sailors', 'MIL', 'sailor'], ['marines', 'MIL', 'marine'], ['pilots', 'MIL', 'pilot'], ['warplanes', 'MIL', 'warplane'],
  ['jets', 'MIL', 'jet'], ['warships', 'MIL', 'warship'], ['drones', 'MIL', 'drone'], ['paratroopers', 'MIL', 'paratrooper'],
  ['special forces', 'MIL'], ['border guards', 'MIL', 'border guard'], ['reservists', 'MIL', 'reservist'],
  ['conscripts', 'MIL', 'conscript'], ['mercenaries', 'MIL', 'mercenary'], ['peacekeepers', 'PKO', 'peacekeeper'],
  ['police', 'COP'], ['policemen', 'COP', 'policeman'], ['police officers', 'COP', 'police officer'],
  ['security forces', 'COP'], ['security officials', 'COP', 'security official'], ['riot police', 'COP'],
  ['spies', 'SPY', 'spy'], ['agents', 'SPY', 'agent'], ['intelligence officials', 'SPY', 'intelligence official'],
  ['hackers', 'SPY', 'hacker'],
  // armed groups
  ['rebels', 'REB', 'rebel'], ['insurgents', 'INS', 'insurgent'], ['militants', 'REB', 'militant'],
  ['fighters', 'REB', 'fighter'], ['militias', 'REB', 'militia'], ['militiamen', 'REB', 'militiaman'],
  ['guerrillas', 'REB', 'guerrilla'], ['jihadists', 'REB', 'jihadist'], ['separatists', 'SEP', 'separatist'],
  ['gunmen', 'UAF', 'gunman'], ['attackers', 'UAF', 'attacker'], ['assailants', 'UAF', 'assailant'],
  ['paramilitaries', 'UAF', 'paramilitary'], ['extremists', 'RAD', 'extremist'], ['radicals', 'RAD', 'radical'],
  ['hardliners', 'RAD', 'hardliner'], ['moderates', 'MOD', 'moderate'], ['terrorists', 'REB', 'terrorist'],
  ['insurgency', 'INS'],
  // opposition and civil society
  ['opposition', 'OPP'], ['opposition leaders', 'OPP', 'opposition leader'], ['opposition figures', 'OPP', 'opposition figure'],
  ['dissidents', 'OPP', 'dissident'], ['protesters', 'OPP', 'protester'], ['protestors', 'OPP', 'protestor'],
  ['demonstrators', 'OPP', 'demonstrator'], ['activists', 'CVL', 'activist'], ['rights activists', 'HRI', 'rights activist'],
  ['human rights activists', 'HRI', 'human rights activist'], ['rights groups', 'HRI', 'rights group'],
  ['campaigners', 'CVL', 'campaigner'], ['civilians', 'CVL', 'civilian'], ['residents', 'CVL', 'resident'],
  ['villagers', 'CVL', 'villager'], ['citizens', 'CVL', 'citizen'], ['nationals', 'CVL', 'national'],
  ['voters', 'CVL', 'voter'], ['settlers', 'CVL', 'settler'], ['hostages', 'CVL', 'hostage'], ['prisoners', 'CVL', 'prisoner'],
  ['detainees', 'CVL', 'detainee'], ['mourners', 'CVL', 'mourner'], ['crowds', 'CVL', 'crowd'], ['pilgrims', 'REL', 'pilgrim'],
  ['refugees', 'REF', 'refugee'], ['migrants', 'REF', 'migrant'], ['asylum seekers', 'REF', 'asylum seeker'],
  ['displaced people', 'REF'], ['evacuees', 'REF', 'evacuee'], ['immigrants', 'REF', 'immigrant'],
  ['civilian refugees', 'REF', 'civilian refugee'], ['youths', 'CVL', 'youth'], ['missionaries', 'REL', 'missionary'],
  ['rioters', 'OPP', 'rioter'],
  ['students', 'EDU', 'student'], ['teachers', 'EDU', 'teacher'], ['academics', 'EDU', 'academic'],
  ['scientists', 'EDU', 'scientist'], ['researchers', 'EDU', 'researcher'], ['experts', 'EDU', 'expert'],
  ['analysts', 'EDU', 'analyst'], ['workers', 'LAB', 'worker'], ['unions', 'LAB', 'union'], ['trade unions', 'LAB', 'trade union'],
  ['strikers', 'LAB', 'striker'], ['truckers', 'LAB', 'trucker'], ['lorry drivers', 'LAB', 'lorry driver'], ['farmers', 'AGR', 'farmer'], ['fishermen', 'AGR', 'fisherman'],
  ['journalists', 'MED', 'journalist'], ['reporters', 'MED', 'reporter'], ['media', 'MED'], ['broadcasters', 'MED', 'broadcaster'],
  ['bloggers', 'MED', 'blogger'], ['doctors', 'HLH', 'doctor'], ['medics', 'HLH', 'medic'], ['nurses', 'HLH', 'nurse'],
  ['health workers', 'HLH', 'health worker'], ['health officials', 'HLH', 'health official'], ['aid workers', 'DEV', 'aid worker'],
  ['aid agencies', 'DEV', 'aid agency'], ['humanitarian groups', 'DEV', 'humanitarian group'],
  ['businessmen', 'BUS', 'businessman'], ['business leaders', 'BUS', 'business leader'], ['executives', 'BUS', 'executive'],
  ['companies', 'BUS', 'company'], ['firms', 'BUS', 'firm'], ['banks', 'BUS', 'bank'], ['investors', 'BUS', 'investor'],
  ['traders', 'BUS', 'trader'], ['bankers', 'BUS', 'banker'], ['oligarchs', 'ELI', 'oligarch'], ['elites', 'ELI', 'elite'],
  ['clerics', 'REL', 'cleric'], ['religious leaders', 'REL', 'religious leader'], ['priests', 'REL', 'priest'],
  ['monks', 'REL', 'monk'], ['imams', 'REL', 'imam'], ['bishops', 'REL', 'bishop'],
  ['smugglers', 'CRM', 'smuggler'], ['traffickers', 'CRM', 'trafficker'], ['drug traffickers', 'CRM', 'drug trafficker'],
  ['pirates', 'CRM', 'pirate'], ['gangs', 'CRM', 'gang'], ['criminals', 'CRM', 'criminal'], ['kidnappers', 'CRM', 'kidnapper'],
];

/** The group nouns, longest first so that "security forces" is tried before "forces". */
export const GROUP_NOUNS: GroupNoun[] = GROUP_ROWS.map(([noun, sector, singular]) =>
  singular ? { noun, sector, singular } : { noun, sector },
).sort((a, b) => b.noun.length - a.noun.length || a.noun.localeCompare(b.noun));

export interface RegionAdjective {
  /** As written before a group noun: "European", "Western", "Gulf". */
  adjective: string;
  /** CAMEO-style region code: "EUR", "WST", "ARB". */
  code: string;
  /** The region's name: "Europe", "the West". */
  name: string;
}

/**
 * Adjectives that make a bloc of states from a group noun: "European leaders", "Western diplomats",
 * "Arab foreign ministers", "Gulf states". Codes follow CAMEO's regions (EUR, WST, AFR, ASA, LAM, MEA,
 * PGS, SCN, BLK, ...); those it may lack ("BLT" Baltic, "PAC" Pacific) are in the same style. "Central
 * African" is left to the Central African Republic.
 */
// prettier-ignore
const REGION_ROWS: [string, string, string][] = [
  ['European', 'EUR', 'Europe'], ['Western', 'WST', 'the West'], ['Arab', 'ARB', 'the Arab world'],
  ['African', 'AFR', 'Africa'], ['Asian', 'ASA', 'Asia'], ['Latin American', 'LAM', 'Latin America'],
  ['South American', 'SAM', 'South America'], ['North American', 'NMR', 'North America'],
  ['Caribbean', 'CRB', 'the Caribbean'], ['Central American', 'CAM', 'Central America'],
  ['Middle East', 'MEA', 'the Middle East'], ['Middle Eastern', 'MEA', 'the Middle East'], ['Mideast', 'MEA', 'the Middle East'],
  ['Gulf', 'PGS', 'the Gulf'], ['Gulf Arab', 'PGS', 'the Gulf'], ['Persian Gulf', 'PGS', 'the Gulf'],
  ['Nordic', 'SCN', 'the Nordic countries'], ['Scandinavian', 'SCN', 'Scandinavia'], ['Baltic', 'BLT', 'the Baltic states'],
  ['Balkan', 'BLK', 'the Balkans'], ['Eastern European', 'EEU', 'Eastern Europe'], ['East European', 'EEU', 'Eastern Europe'],
  ['Central European', 'CEU', 'Central Europe'], ['Western European', 'WEU', 'Western Europe'],
  ['Mediterranean', 'MDT', 'the Mediterranean'], ['North African', 'NAF', 'North Africa'],
  ['West African', 'WAF', 'West Africa'], ['East African', 'EAF', 'East Africa'], ['Southern African', 'SAF', 'Southern Africa'],
  ['Sub-Saharan', 'AFR', 'sub-Saharan Africa'],
  ['Central Asian', 'CAS', 'Central Asia'], ['South Asian', 'SAS', 'South Asia'], ['Southeast Asian', 'SEA', 'Southeast Asia'],
  ['South-East Asian', 'SEA', 'Southeast Asia'], ['East Asian', 'EAS', 'East Asia'], ['Caucasus', 'CAU', 'the Caucasus'],
  ['Pacific', 'PAC', 'the Pacific'], ['Pacific Island', 'PAC', 'the Pacific'], ['Sahel', 'WAF', 'the Sahel'],
  // peoples without a state of their own, with the codes the Phoenix lists give them (NGOKURHRI,
  // NGOTAMHRI, NGOUSAUIG): "Kurdish fighters attacked the town", "Tamil refugees reached the coast"
  ['Kurdish', 'KUR', 'the Kurds'], ['Tamil', 'TAM', 'the Tamils'], ['Uighur', 'UIG', 'the Uighurs'], ['Uyghur', 'UIG', 'the Uighurs'],
];

/** The regional adjectives, longest first so that "Latin American" is tried before "American". */
export const REGION_ADJECTIVES: RegionAdjective[] = REGION_ROWS.map(([adjective, code, name]) => ({
  adjective,
  code,
  name,
})).sort((a, b) => b.adjective.length - a.adjective.length || a.adjective.localeCompare(b.adjective));

/**
 * Religious adjectives that make a group of an agent noun without a state: "Shiite militias", "Sunni
 * clerics", "Coptic priests". Codes are CAMEO's religion codes (CAMEO manual, chapter 6: SHI Shia,
 * SUN Sunni, MOS Muslim, CHR Christian, CTH Catholic, PRO Protestant, DOX Orthodox, CPT Coptic, JEW
 * Jewish, HIN Hindu, BUD Buddhist, SIK Sikh, DRZ Druze, ALE Alawite), which the Phoenix lists use
 * in codes such as NGOMOSSHI and NGOCHRCTH. The code follows the role: "Shiite militias" → REBSHI.
 */
// prettier-ignore
const FAITH_ROWS: [string, string][] = [
  ['Shiite', 'SHI'], ['Shia', 'SHI'], ["Shi'ite", 'SHI'], ["Shi'a", 'SHI'], ['Sunni', 'SUN'],
  ['Muslim', 'MOS'], ['Islamic', 'MOS'], ['Christian', 'CHR'], ['Catholic', 'CTH'], ['Protestant', 'PRO'],
  ['Orthodox', 'DOX'], ['Coptic', 'CPT'], ['Jewish', 'JEW'], ['Hindu', 'HIN'], ['Buddhist', 'BUD'],
  ['Sikh', 'SIK'], ['Druze', 'DRZ'], ['Alawite', 'ALE'],
];

/** Religious adjective as written → CAMEO religion code. */
export const FAITH_ADJECTIVES = new Map<string, string>(FAITH_ROWS);
