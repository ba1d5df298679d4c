/**
 * Titles that come before a person's name and the parts of a government that news names by a noun,
 * with what they tell about the actor: the kind of office and a CAMEO sector code (GOV government,
 * MIL military, LEG legislature, JUD judiciary, COP police, SPY intelligence, REL religion, BUS
 * business, MED media, EDU education, HLH health, OPP opposition; '' when a title tells nothing).
 */

/** The kind of office a title names. */
export type OfficeKind =
  | 'head_of_state'
  | 'head_of_government'
  | 'royal'
  | 'minister'
  | 'diplomat'
  | 'military'
  | 'legislator'
  | 'judicial'
  | 'official'
  | 'religious'
  | 'business'
  | 'media'
  | 'honorific';

export interface Title {
  /** As written before a name: "Prime Minister", "Gen.", "Sen.". */
  title: string;
  office: OfficeKind;
  sector: string;
}

/** Titles before a name: "President Vladimir Putin said", "Gen. Mark Milley", "Sheikh Tamim". [title, office, sector] */
// prettier-ignore
const TITLE_ROWS: [string, OfficeKind, string][] = [
  // heads of state and government
  ['President', 'head_of_state', 'GOV'], ['President-elect', 'head_of_state', 'GOV'], ['Vice President', 'official', 'GOV'],
  ['Vice-President', 'official', 'GOV'], ['Vice President-elect', 'official', 'GOV'], ['Acting President', 'head_of_state', 'GOV'],
  ['Interim President', 'head_of_state', 'GOV'], ['Prime Minister', 'head_of_government', 'GOV'],
  ['Prime Minister-designate', 'head_of_government', 'GOV'], ['Deputy Prime Minister', 'minister', 'GOV'],
  ['Acting Prime Minister', 'head_of_government', 'GOV'], ['Caretaker Prime Minister', 'head_of_government', 'GOV'],
  ['PM', 'head_of_government', 'GOV'], ['Premier', 'head_of_government', 'GOV'], ['Vice Premier', 'minister', 'GOV'],
  ['Chancellor', 'head_of_government', 'GOV'], ['Vice Chancellor', 'minister', 'GOV'],
  ['First Minister', 'head_of_government', 'GOV'], ['Chief Minister', 'head_of_government', 'GOV'],
  ['Chief Executive', 'head_of_government', 'GOV'], ['Chief Adviser', 'head_of_government', 'GOV'],
  ['State Counsellor', 'head_of_government', 'GOV'], ['Supreme Leader', 'head_of_state', 'GOV'],
  ['General Secretary', 'head_of_state', 'GOV'], ['First Secretary', 'head_of_state', 'GOV'],
  ['Leader', 'official', 'GOV'], ['Opposition Leader', 'official', 'OPP'], ['Leader of the Opposition', 'official', 'OPP'],
  // royalty
  ['King', 'royal', 'GOV'], ['Queen', 'royal', 'GOV'], ['Crown Prince', 'royal', 'GOV'], ['Prince', 'royal', 'GOV'],
  ['Princess', 'royal', 'GOV'], ['Emir', 'royal', 'GOV'], ['Amir', 'royal', 'GOV'], ['Sultan', 'royal', 'GOV'],
  ['Emperor', 'royal', 'GOV'], ['Empress', 'royal', 'GOV'], ['Grand Duke', 'royal', 'GOV'], ['Sheikh', 'royal', 'GOV'],
  ['Sheik', 'royal', 'GOV'], ['Sheikha', 'royal', 'GOV'],
  // ministers
  ['Foreign Minister', 'minister', 'GOV'], ['Foreign Secretary', 'minister', 'GOV'], ['Secretary of State', 'minister', 'GOV'],
  ['Deputy Foreign Minister', 'minister', 'GOV'], ['Deputy Secretary of State', 'minister', 'GOV'],
  ['Under Secretary of State', 'minister', 'GOV'], ['Assistant Secretary of State', 'official', 'GOV'],
  ['External Affairs Minister', 'minister', 'GOV'], ['Minister of Foreign Affairs', 'minister', 'GOV'],
  ['Defence Minister', 'minister', 'GOV'], ['Defense Minister', 'minister', 'GOV'], ['Defence Secretary', 'minister', 'GOV'],
  ['Defense Secretary', 'minister', 'GOV'], ['Secretary of Defense', 'minister', 'GOV'], ['War Secretary', 'minister', 'GOV'],
  ['Secretary of War', 'minister', 'GOV'], ['Minister of Defence', 'minister', 'GOV'], ['Minister of Defense', 'minister', 'GOV'],
  ['Interior Minister', 'minister', 'GOV'], ['Home Secretary', 'minister', 'GOV'], ['Home Minister', 'minister', 'GOV'],
  ['Homeland Security Secretary', 'minister', 'GOV'], ['Finance Minister', 'minister', 'GOV'],
  ['Chancellor of the Exchequer', 'minister', 'GOV'], ['Treasury Secretary', 'minister', 'GOV'],
  ['Economy Minister', 'minister', 'GOV'], ['Trade Minister', 'minister', 'GOV'], ['Commerce Secretary', 'minister', 'GOV'],
  ['Trade Representative', 'minister', 'GOV'], ['Energy Minister', 'minister', 'GOV'], ['Energy Secretary', 'minister', 'GOV'],
  ['Oil Minister', 'minister', 'GOV'], ['Health Minister', 'minister', 'HLH'], ['Health Secretary', 'minister', 'HLH'],
  ['Justice Minister', 'minister', 'JUD'], ['Justice Secretary', 'minister', 'JUD'], ['Attorney General', 'minister', 'JUD'],
  ['Attorney-General', 'minister', 'JUD'], ['Education Minister', 'minister', 'EDU'], ['Culture Minister', 'minister', 'GOV'],
  ['Information Minister', 'minister', 'MED'], ['Intelligence Minister', 'minister', 'SPY'],
  ['National Security Minister', 'minister', 'GOV'], ['Minister', 'minister', 'GOV'], ['Deputy Minister', 'minister', 'GOV'],
  ['Minister of State', 'minister', 'GOV'], ['State Secretary', 'minister', 'GOV'], ['Secretary', 'official', 'GOV'],
  ['Cabinet Secretary', 'official', 'GOV'], ['Chief of Staff', 'official', 'GOV'],
  // advisers, spokespeople, officials
  ['National Security Adviser', 'official', 'GOV'], ['National Security Advisor', 'official', 'GOV'],
  ['Security Adviser', 'official', 'GOV'], ['Adviser', 'official', 'GOV'], ['Advisor', 'official', 'GOV'],
  ['Senior Adviser', 'official', 'GOV'], ['Presidential Aide', 'official', 'GOV'], ['Aide', 'official', 'GOV'],
  ['Spokesman', 'official', 'GOV'], ['Spokeswoman', 'official', 'GOV'], ['Spokesperson', 'official', 'GOV'],
  ['Press Secretary', 'official', 'GOV'], ['Chief Negotiator', 'diplomat', 'GOV'], ['Negotiator', 'diplomat', 'GOV'],
  ['Governor', 'official', 'GOV'], ['Gov.', 'official', 'GOV'], ['Lieutenant Governor', 'official', 'GOV'],
  ['Mayor', 'official', 'GOV'], ['Deputy Mayor', 'official', 'GOV'],
  ['Director of National Intelligence', 'official', 'SPY'], ['CIA Director', 'official', 'SPY'],
  ['FBI Director', 'official', 'COP'], ['Intelligence Chief', 'official', 'SPY'], ['Spy Chief', 'official', 'SPY'],
  ['Police Chief', 'official', 'COP'], ['Commissioner', 'official', 'GOV'], ['High Commissioner', 'diplomat', 'GOV'],
  ['Director', 'official', 'GOV'], ['Director-General', 'official', 'GOV'], ['Director General', 'official', 'GOV'],
  ['Deputy Director', 'official', 'GOV'], ['Administrator', 'official', 'GOV'], ['Inspector General', 'official', 'GOV'],
  ['Secretary-General', 'official', 'GOV'], ['Secretary General', 'official', 'GOV'],
  ['Deputy Secretary-General', 'official', 'GOV'], ['Under-Secretary-General', 'official', 'GOV'],
  ['High Representative', 'diplomat', 'GOV'], ['European Commission President', 'official', 'GOV'],
  ['Commission President', 'official', 'GOV'], ['European Council President', 'official', 'GOV'],
  ['NATO Secretary-General', 'official', 'GOV'], ['Chairman', 'official', 'GOV'], ['Chairwoman', 'official', 'GOV'],
  ['Chairperson', 'official', 'GOV'], ['Chair', 'official', 'GOV'], ['Vice Chairman', 'official', 'GOV'],
  ['Chief', 'official', 'GOV'], ['Central Bank Governor', 'official', 'GOV'],
  // diplomats
  ['Ambassador', 'diplomat', 'GOV'], ['Amb.', 'diplomat', 'GOV'], ['UN Ambassador', 'diplomat', 'GOV'],
  ['Envoy', 'diplomat', 'GOV'], ['Special Envoy', 'diplomat', 'GOV'], ['Special Representative', 'diplomat', 'GOV'],
  ['Special Rapporteur', 'diplomat', 'GOV'], ['Consul', 'diplomat', 'GOV'], ['Consul General', 'diplomat', 'GOV'],
  ['Consul-General', 'diplomat', 'GOV'], ["Chargé d'Affaires", 'diplomat', 'GOV'], ["Charge d'Affaires", 'diplomat', 'GOV'],
  ['Attaché', 'diplomat', 'GOV'],
  // military
  ['General', 'military', 'MIL'], ['Gen.', 'military', 'MIL'], ['Gen', 'military', 'MIL'], ['Lieutenant General', 'military', 'MIL'],
  ['Lt. Gen.', 'military', 'MIL'], ['Lt Gen', 'military', 'MIL'], ['Lt.-Gen.', 'military', 'MIL'],
  ['Major General', 'military', 'MIL'], ['Maj. Gen.', 'military', 'MIL'], ['Maj Gen', 'military', 'MIL'],
  ['Brigadier General', 'military', 'MIL'], ['Brig. Gen.', 'military', 'MIL'], ['Brigadier', 'military', 'MIL'],
  ['Field Marshal', 'military', 'MIL'], ['Marshal', 'military', 'MIL'], ['Admiral', 'military', 'MIL'], ['Adm.', 'military', 'MIL'],
  ['Vice Admiral', 'military', 'MIL'], ['Vice Adm.', 'military', 'MIL'], ['Rear Admiral', 'military', 'MIL'],
  ['Rear Adm.', 'military', 'MIL'], ['Colonel', 'military', 'MIL'], ['Col.', 'military', 'MIL'],
  ['Lieutenant Colonel', 'military', 'MIL'], ['Lt. Col.', 'military', 'MIL'], ['Lt Col', 'military', 'MIL'],
  ['Major', 'military', 'MIL'], ['Maj.', 'military', 'MIL'], ['Captain', 'military', 'MIL'], ['Capt.', 'military', 'MIL'],
  ['Commander', 'military', 'MIL'], ['Cmdr.', 'military', 'MIL'], ['Lieutenant', 'military', 'MIL'], ['Lt.', 'military', 'MIL'],
  ['Sergeant', 'military', 'MIL'], ['Sgt.', 'military', 'MIL'],
  ['Commander-in-Chief', 'military', 'MIL'], ['Army Chief', 'military', 'MIL'], ['Chief of General Staff', 'military', 'MIL'],
  ['Chief of the General Staff', 'military', 'MIL'], ['Chief of Defence Staff', 'military', 'MIL'],
  ['Chief of the Defence Staff', 'military', 'MIL'], ['Chairman of the Joint Chiefs of Staff', 'military', 'MIL'],
  ['Chief of the Army Staff', 'military', 'MIL'], ['Military Spokesman', 'military', 'MIL'],
  // legislators
  ['Senator', 'legislator', 'LEG'], ['Sen.', 'legislator', 'LEG'], ['Representative', 'legislator', 'LEG'],
  ['Rep.', 'legislator', 'LEG'], ['Congressman', 'legislator', 'LEG'], ['Congresswoman', 'legislator', 'LEG'],
  ['Speaker', 'legislator', 'LEG'], ['House Speaker', 'legislator', 'LEG'], ['Speaker of the House', 'legislator', 'LEG'],
  ['Senate Majority Leader', 'legislator', 'LEG'], ['Senate Minority Leader', 'legislator', 'LEG'],
  ['Majority Leader', 'legislator', 'LEG'], ['Minority Leader', 'legislator', 'LEG'], ['MP', 'legislator', 'LEG'],
  ['MEP', 'legislator', 'LEG'], ['Lawmaker', 'legislator', 'LEG'], ['Deputy', 'legislator', 'LEG'],
  ['Federation Council Speaker', 'legislator', 'LEG'],
  // judiciary
  ['Judge', 'judicial', 'JUD'], ['Justice', 'judicial', 'JUD'], ['Chief Justice', 'judicial', 'JUD'],
  ['Prosecutor', 'judicial', 'JUD'], ['Chief Prosecutor', 'judicial', 'JUD'], ['Prosecutor General', 'judicial', 'JUD'],
  ['Prosecutor-General', 'judicial', 'JUD'], ['Special Counsel', 'judicial', 'JUD'], ['ICC Prosecutor', 'judicial', 'JUD'],
  // religion
  ['Pope', 'religious', 'REL'], ['Patriarch', 'religious', 'REL'], ['Cardinal', 'religious', 'REL'],
  ['Archbishop', 'religious', 'REL'], ['Bishop', 'religious', 'REL'], ['Rev.', 'religious', 'REL'], ['Reverend', 'religious', 'REL'],
  ['Father', 'religious', 'REL'], ['Rabbi', 'religious', 'REL'], ['Chief Rabbi', 'religious', 'REL'], ['Imam', 'religious', 'REL'],
  ['Mullah', 'religious', 'REL'], ['Ayatollah', 'religious', 'REL'], ['Grand Ayatollah', 'religious', 'REL'],
  ['Mufti', 'religious', 'REL'], ['Grand Mufti', 'religious', 'REL'], ['Sayyed', 'religious', 'REL'], ['Sayyid', 'religious', 'REL'],
  // business and media
  ['CEO', 'business', 'BUS'], ['Chief Executive Officer', 'business', 'BUS'],
  ['Chief Operating Officer', 'business', 'BUS'], ['Chief Financial Officer', 'business', 'BUS'],
  ['COO', 'business', 'BUS'], ['CFO', 'business', 'BUS'], ['President and CEO', 'business', 'BUS'],
  ['Managing Director', 'business', 'BUS'], ['Founder', 'business', 'BUS'], ['Editor', 'media', 'MED'],
  ['Editor-in-Chief', 'media', 'MED'], ['Correspondent', 'media', 'MED'], ['Anchor', 'media', 'MED'],
  // honorifics, that tell nothing of an office
  ['Mr', 'honorific', ''], ['Mr.', 'honorific', ''], ['Mrs', 'honorific', ''], ['Mrs.', 'honorific', ''],
  ['Ms', 'honorific', ''], ['Ms.', 'honorific', ''], ['Miss', 'honorific', ''], ['Dr', 'honorific', ''], ['Dr.', 'honorific', ''],
  ['Sir', 'honorific', ''], ['Dame', 'honorific', ''], ['Lord', 'honorific', ''], ['Lady', 'honorific', ''],
  ['Baroness', 'honorific', ''], ['Baron', 'honorific', ''], ['Professor', 'honorific', 'EDU'], ['Prof.', 'honorific', 'EDU'],
  ['Mme', 'honorific', ''], ['Herr', 'honorific', ''], ['Frau', 'honorific', ''],
];

/** The titles, longest first so that "Prime Minister" is tried before "Minister". */
export const TITLES: Title[] = TITLE_ROWS.map(([title, office, sector]) => ({ title, office, sector })).sort(
  (a, b) => b.title.length - a.title.length || a.title.localeCompare(b.title),
);

export interface GovernmentBody {
  /** As written after a possessive, an adjective or before "in CAPITAL": "foreign ministry", "armed forces". */
  noun: string;
  sector: string;
}

/**
 * Parts of a government that take their state from a possessive, an adjective or a capital: "Russia's
 * foreign ministry said", "the Iranian military", "the embassy in Kabul". [noun, sector]
 */
// prettier-ignore
const BODY_ROWS: [string, string][] = [
  ['foreign ministry', 'GOV'], ['Foreign Ministry', 'GOV'], ['ministry of foreign affairs', 'GOV'],
  ['Ministry of Foreign Affairs', 'GOV'], ['foreign office', 'GOV'], ['Foreign Office', 'GOV'],
  ['State Department', 'GOV'], ['foreign affairs ministry', 'GOV'], ['external affairs ministry', 'GOV'],
  ['defence ministry', 'MIL'], ['defense ministry', 'MIL'], ['Defence Ministry', 'MIL'], ['Defense Ministry', 'MIL'],
  ['ministry of defence', 'MIL'], ['ministry of defense', 'MIL'], ['Ministry of Defence', 'MIL'], ['Ministry of Defense', 'MIL'],
  ['defense department', 'MIL'], ['Defense Department', 'MIL'], ['war ministry', 'MIL'],
  ['interior ministry', 'COP'], ['Interior Ministry', 'COP'], ['ministry of interior', 'COP'], ['ministry of the interior', 'COP'],
  ['home office', 'COP'], ['Home Office', 'COP'], ['finance ministry', 'GOV'], ['Finance Ministry', 'GOV'],
  ['ministry of finance', 'GOV'], ['treasury', 'GOV'], ['economy ministry', 'GOV'], ['trade ministry', 'GOV'],
  ['commerce ministry', 'GOV'], ['energy ministry', 'GOV'], ['oil ministry', 'GOV'], ['justice ministry', 'JUD'],
  ['Justice Ministry', 'JUD'], ['health ministry', 'HLH'], ['Health Ministry', 'HLH'], ['education ministry', 'EDU'],
  ['information ministry', 'MED'], ['intelligence ministry', 'SPY'], ['ministry', 'GOV'],
  ['government', 'GOV'], ['administration', 'GOV'], ['cabinet', 'GOV'], ['regime', 'GOV'], ['junta', 'MIL'],
  ['leadership', 'GOV'], ['presidency', 'GOV'], ['presidential office', 'GOV'], ["president's office", 'GOV'],
  ["prime minister's office", 'GOV'], ["Prime Minister's Office", 'GOV'], ['chancellery', 'GOV'],
  ['parliament', 'LEG'], ['Parliament', 'LEG'], ['legislature', 'LEG'], ['national assembly', 'LEG'],
  ['lower house', 'LEG'], ['upper house', 'LEG'], ['senate', 'LEG'], ['congress', 'LEG'],
  ['army', 'MIL'], ['military', 'MIL'], ['armed forces', 'MIL'], ['navy', 'MIL'], ['air force', 'MIL'],
  ['national guard', 'MIL'], ['coast guard', 'MIL'], ['border guard', 'MIL'],
  ['border police', 'COP'], ['general staff', 'MIL'], ['defence forces', 'MIL'], ['defense forces', 'MIL'],
  ['police', 'COP'], ['security forces', 'COP'], ['security services', 'SPY'],
  ['security service', 'SPY'], ['intelligence services', 'SPY'], ['intelligence service', 'SPY'],
  ['intelligence agency', 'SPY'], ['intelligence agencies', 'SPY'], ['secret service', 'SPY'],
  ['embassy', 'GOV'], ['consulate', 'GOV'], ['mission', 'GOV'], ['delegation', 'GOV'],
  ['central bank', 'GOV'], ['judiciary', 'JUD'], ['supreme court', 'JUD'], ['constitutional court', 'JUD'],
  ['high court', 'JUD'], ['courts', 'JUD'], ['election commission', 'GOV'], ['electoral commission', 'GOV'],
  ['state media', 'MED'], ['state television', 'MED'], ['state TV', 'MED'], ['state news agency', 'MED'],
  ['state broadcaster', 'MED'], ['state radio', 'MED'],
];

/** The government bodies, longest first. */
export const GOVERNMENT_BODIES: GovernmentBody[] = BODY_ROWS.map(([noun, sector]) => ({ noun, sector })).sort(
  (a, b) => b.noun.length - a.noun.length || a.noun.localeCompare(b.noun),
);
