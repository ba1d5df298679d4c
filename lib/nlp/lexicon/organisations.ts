/**
 * Organisations news names: intergovernmental bodies and blocs, non-governmental organisations, armed
 * and political groups, and the national bodies, agencies and parties that act in their own name.
 * The seats of government that stand for a state ("the Kremlin", "the White House") are in
 * countries.ts; actors.ts merges both.
 *
 * Codes are CAMEO-style: the bloc or state, then a sector or a mnemonic. Those of the UN (IGOUNO),
 * NATO (IGOWSTNAT) and the EU (IGOEUREEC) are CAMEO's own; the others follow the pattern.
 */
import type { LexiconActor } from '@/lib/nlp/lexicon/types';

/** One organisation: id, name, state or bloc, CAMEO-style code ('' when none is usual), aliases. */
type Row = [id: string, name: string, country: string, code: string, aliases: string[]];

/**
 * Intergovernmental organisations, blocs and their bodies: "the UN Security Council voted", "NATO
 * allies agreed", "the EU imposed sanctions on". EU bodies are "EUR", the others "IGO".
 */
// prettier-ignore
const INTERGOVERNMENTAL: Row[] = [
  ['united-nations', 'United Nations', 'IGO', 'IGOUNO', ['UN', 'U.N.']],
  ['un-security-council', 'UN Security Council', 'IGO', 'IGOUNO', ['Security Council', 'UNSC', 'U.N. Security Council', 'United Nations Security Council']],
  ['un-general-assembly', 'UN General Assembly', 'IGO', 'IGOUNO', ['General Assembly', 'UNGA', 'U.N. General Assembly', 'United Nations General Assembly']],
  ['un-human-rights-council', 'UN Human Rights Council', 'IGO', 'IGOUNO', ['Human Rights Council', 'UNHRC', 'U.N. Human Rights Council']],
  ['ohchr', 'UN Human Rights Office', 'IGO', 'IGOUNO', ['OHCHR', 'Office of the High Commissioner for Human Rights', 'UN human rights office']],
  ['nato', 'NATO', 'IGO', 'IGOWSTNAT', ['Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance']],
  ['european-union', 'European Union', 'EUR', 'IGOEUREEC', ['EU', 'E.U.']],
  ['european-commission', 'European Commission', 'EUR', 'IGOEUREEC', ['EU Commission', 'Brussels Commission']],
  ['european-parliament', 'European Parliament', 'EUR', 'IGOEUREEC', ['EU Parliament', 'Europarliament']],
  ['european-council', 'European Council', 'EUR', 'IGOEUREEC', []],
  ['council-of-the-eu', 'Council of the European Union', 'EUR', 'IGOEUREEC', ['Council of the EU', 'Council of Ministers of the European Union']],
  ['european-central-bank', 'European Central Bank', 'EUR', 'IGOEUREEC', ['ECB']],
  ['european-court-of-justice', 'European Court of Justice', 'EUR', 'IGOEUREEC', ['ECJ', 'Court of Justice of the European Union', 'CJEU']],
  ['eeas', 'European External Action Service', 'EUR', 'IGOEUREEC', ['EEAS']],
  ['eurogroup', 'Eurogroup', 'EUR', 'IGOEUREEC', []],
  ['frontex', 'Frontex', 'EUR', 'IGOEUREEC', ['European Border and Coast Guard Agency']],
  ['europol', 'Europol', 'EUR', 'IGOEUREEC', []],
  ['council-of-europe', 'Council of Europe', 'IGO', 'IGOCOE', []],
  ['echr', 'European Court of Human Rights', 'IGO', 'IGOCOE', ['ECHR', 'ECtHR', 'Strasbourg court']],
  ['african-union', 'African Union', 'IGO', 'IGOAFU', ['AU']],
  ['oau', 'Organisation of African Unity', 'IGO', 'IGOOAU', ['OAU', 'Organization of African Unity']],
  ['asean', 'ASEAN', 'IGO', 'IGOASN', ['Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations']],
  ['opec', 'OPEC', 'IGO', 'IGOOPC', ['Opec', 'Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries']],
  ['iaea', 'IAEA', 'IGO', 'IGOIAE', ['International Atomic Energy Agency', 'UN nuclear watchdog', 'U.N. nuclear watchdog']],
  ['who', 'World Health Organization', 'IGO', 'IGOWHO', ['WHO', 'World Health Organisation']],
  ['imf', 'International Monetary Fund', 'IGO', 'IGOIMF', ['IMF']],
  ['world-bank', 'World Bank', 'IGO', 'IGOWBK', []],
  ['wto', 'World Trade Organization', 'IGO', 'IGOWTO', ['WTO', 'World Trade Organisation']],
  ['osce', 'OSCE', 'IGO', 'IGOOSC', ['Organization for Security and Co-operation in Europe', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe']],
  ['arab-league', 'Arab League', 'IGO', 'IGOARL', ['League of Arab States']],
  ['gcc', 'Gulf Cooperation Council', 'IGO', 'IGOGCC', ['GCC', 'Cooperation Council for the Arab States of the Gulf']],
  ['oas', 'Organization of American States', 'IGO', 'IGOOAS', ['OAS', 'Organisation of American States']],
  ['sco', 'Shanghai Cooperation Organisation', 'IGO', 'IGOSCO', ['SCO', 'Shanghai Cooperation Organization']],
  ['brics', 'BRICS', 'IGO', 'IGOBRC', ['Brics']],
  ['g7', 'G7', 'IGO', 'IGOG7', ['G-7', 'Group of Seven']],
  ['g8', 'G8', 'IGO', 'IGOG8', ['G-8', 'Group of Eight']],
  ['g20', 'G20', 'IGO', 'IGOG20', ['G-20', 'Group of 20', 'Group of Twenty']],
  ['icc', 'International Criminal Court', 'IGO', 'IGOICC', ['ICC']],
  ['icj', 'International Court of Justice', 'IGO', 'IGOUNO', ['ICJ', 'World Court']],
  ['unhcr', 'UNHCR', 'IGO', 'IGOUNO', ['UN refugee agency', 'U.N. refugee agency', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees']],
  ['unicef', 'UNICEF', 'IGO', 'IGOUNO', ['Unicef', "United Nations Children's Fund", "UN Children's Fund"]],
  ['unesco', 'UNESCO', 'IGO', 'IGOUNO', ['Unesco', 'United Nations Educational, Scientific and Cultural Organization']],
  ['wfp', 'World Food Programme', 'IGO', 'IGOUNO', ['WFP', 'World Food Program', 'UN World Food Programme']],
  ['unrwa', 'UNRWA', 'IGO', 'IGOUNO', ['Unrwa', 'United Nations Relief and Works Agency', 'UN Relief and Works Agency']],
  ['ocha', 'OCHA', 'IGO', 'IGOUNO', ['UN Office for the Coordination of Humanitarian Affairs', 'UN humanitarian office']],
  ['undp', 'UN Development Programme', 'IGO', 'IGOUNO', ['UNDP', 'United Nations Development Programme']],
  ['unep', 'UN Environment Programme', 'IGO', 'IGOUNO', ['UNEP', 'United Nations Environment Programme']],
  ['fao', 'Food and Agriculture Organization', 'IGO', 'IGOUNO', ['FAO', 'Food and Agriculture Organisation']],
  ['ilo', 'International Labour Organization', 'IGO', 'IGOUNO', ['ILO', 'International Labour Organisation']],
  ['iom', 'International Organization for Migration', 'IGO', 'IGOIOM', ['IOM']],
  ['unifil', 'UNIFIL', 'IGO', 'IGOUNO', ['Unifil', 'United Nations Interim Force in Lebanon']],
  ['monusco', 'MONUSCO', 'IGO', 'IGOUNO', ['Monusco']],
  ['opcw', 'OPCW', 'IGO', 'IGOOPW', ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons']],
  ['interpol', 'Interpol', 'IGO', 'IGOINP', ['INTERPOL']],
  ['ecowas', 'ECOWAS', 'IGO', 'IGOWAFECW', ['Ecowas', 'Economic Community of West African States']],
  ['sadc', 'SADC', 'IGO', 'IGOSAFSAD', ['Southern African Development Community']],
  ['igad', 'IGAD', 'IGO', 'IGOEAFIGD', ['Intergovernmental Authority on Development']],
  ['commonwealth', 'Commonwealth of Nations', 'IGO', 'IGOCWN', ['Commonwealth']],
  ['oecd', 'OECD', 'IGO', 'IGOOEC', ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development']],
  ['csto', 'CSTO', 'IGO', 'IGOCST', ['Collective Security Treaty Organization', 'Collective Security Treaty Organisation']],
  ['eaeu', 'Eurasian Economic Union', 'IGO', 'IGOEEU', ['EAEU', 'EEU']],
  ['cis', 'Commonwealth of Independent States', 'IGO', 'IGOCIS', ['CIS']],
  ['apec', 'APEC', 'IGO', 'IGOAPC', ['Asia-Pacific Economic Cooperation']],
  ['mercosur', 'Mercosur', 'IGO', 'IGOSAMMER', ['Mercosul', 'MERCOSUR']],
  ['oic', 'Organisation of Islamic Cooperation', 'IGO', 'IGOOIC', ['OIC', 'Organization of Islamic Cooperation', 'Organisation of the Islamic Conference']],
  ['caricom', 'CARICOM', 'IGO', 'IGOCRBCRC', ['Caricom', 'Caribbean Community']],
  ['non-aligned-movement', 'Non-Aligned Movement', 'IGO', 'IGONAM', []],
  ['asian-development-bank', 'Asian Development Bank', 'IGO', 'IGOADB', ['ADB']],
  ['iea', 'International Energy Agency', 'IGO', 'IGOIEA', ['IEA']],
  ['pacific-islands-forum', 'Pacific Islands Forum', 'IGO', 'IGOPIF', []],
  ['visegrad-group', 'Visegrad Group', 'IGO', 'IGOV4', ['Visegrad Four', 'Visegrád Group', 'V4']],
  ['warsaw-pact', 'Warsaw Pact', 'IGO', 'IGOWPT', ['Warsaw Treaty Organization']],
];

/** Non-governmental organisations: "Amnesty International said", "according to Human Rights Watch". */
// prettier-ignore
const NON_GOVERNMENTAL: Row[] = [
  ['icrc', 'International Committee of the Red Cross', 'NGO', 'NGOIRC', ['ICRC', 'Red Cross']],
  ['ifrc', 'International Federation of Red Cross and Red Crescent Societies', 'NGO', 'NGOIRC', ['IFRC']],
  ['amnesty-international', 'Amnesty International', 'NGO', 'NGOAMN', ['Amnesty']],
  ['human-rights-watch', 'Human Rights Watch', 'NGO', 'NGOHRW', ['HRW']],
  ['msf', 'Médecins Sans Frontières', 'NGO', 'NGOMSF', ['MSF', 'Medecins Sans Frontieres', 'Doctors Without Borders']],
  ['greenpeace', 'Greenpeace', 'NGO', 'NGOGRP', []],
  ['transparency-international', 'Transparency International', 'NGO', 'NGOTRI', []],
  ['oxfam', 'Oxfam', 'NGO', 'NGOOXF', ['Oxfam International']],
  ['save-the-children', 'Save the Children', 'NGO', 'NGOSTC', []],
  ['reporters-without-borders', 'Reporters Without Borders', 'NGO', 'NGORSF', ['RSF', 'Reporters Sans Frontières', 'Reporters Sans Frontieres']],
  ['cpj', 'Committee to Protect Journalists', 'NGO', 'NGOCPJ', ['CPJ']],
  ['international-crisis-group', 'International Crisis Group', 'NGO', 'NGOICG', ['Crisis Group']],
  ['norwegian-refugee-council', 'Norwegian Refugee Council', 'NGO', 'NGONRC', ['NRC']],
  ['international-rescue-committee', 'International Rescue Committee', 'NGO', 'NGOIRE', ['IRC']],
  ['syrian-observatory', 'Syrian Observatory for Human Rights', 'NGO', 'NGOSOH', ['SOHR', 'Syrian Observatory']],
  ['btselem', "B'Tselem", 'NGO', 'NGOBTS', []],
  ['wwf', 'World Wide Fund for Nature', 'NGO', 'NGOWWF', ['WWF', 'World Wildlife Fund']],
  ['carter-center', 'Carter Center', 'NGO', 'NGOCAR', []],
  ['gates-foundation', 'Gates Foundation', 'NGO', 'NGOGAT', ['Bill & Melinda Gates Foundation', 'Bill and Melinda Gates Foundation']],
  ['wikileaks', 'WikiLeaks', 'NGO', 'NGOWKL', ['Wikileaks']],
  ['sipri', 'Stockholm International Peace Research Institute', 'NGO', 'NGOSIP', ['SIPRI']],
  ['freedom-house', 'Freedom House', 'NGO', 'NGOFRH', []],
  ['memorial', 'Memorial Human Rights Centre', 'NGO', 'NGOMEM', ['Memorial International']],
];

/**
 * Armed and political non-state groups, with the state they fight in or for, or "IMG" for those
 * acting across borders: "Hamas fired rockets at", "the Taliban seized", "Houthi rebels attacked".
 */
// prettier-ignore
const ARMED_GROUPS: Row[] = [
  ['hamas', 'Hamas', 'PSE', 'PSEREB', ['Islamic Resistance Movement']],
  ['qassam-brigades', 'Izz ad-Din al-Qassam Brigades', 'PSE', 'PSEREB', ['Qassam Brigades', 'al-Qassam Brigades', 'Ezzedine al-Qassam Brigades']],
  ['palestinian-islamic-jihad', 'Palestinian Islamic Jihad', 'PSE', 'PSEREB', ['Islamic Jihad', 'PIJ']],
  ['fatah', 'Fatah', 'PSE', '', []],
  ['plo', 'Palestine Liberation Organization', 'PSE', '', ['PLO', 'Palestine Liberation Organisation']],
  ['palestinian-authority', 'Palestinian Authority', 'PSE', 'PSEGOV', ['Palestinian National Authority']],
  ['hezbollah', 'Hezbollah', 'LBN', 'LBNREB', ['Hizbollah', 'Hizballah', 'Hizbullah']],
  ['taliban', 'Taliban', 'AFG', '', []],
  ['haqqani-network', 'Haqqani network', 'AFG', 'AFGREB', ['Haqqani Network']],
  ['islamic-state', 'Islamic State', 'IMG', 'IMGREB', ['IS', 'ISIS', 'ISIL', 'Daesh', 'Islamic State group', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria']],
  ['al-qaeda', 'al-Qaeda', 'IMG', 'IMGREB', ['al-Qaida', 'Al Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al-Qaida', 'al Qaida', 'Al Qaida']],
  ['aqap', 'al-Qaeda in the Arabian Peninsula', 'YEM', 'YEMREB', ['AQAP', 'Al-Qaeda in the Arabian Peninsula']],
  ['pkk', 'PKK', 'TUR', 'TURREB', ["Kurdistan Workers' Party", 'Kurdistan Workers Party']],
  ['ypg', 'YPG', 'SYR', 'SYRREB', ["People's Protection Units", "Kurdish People's Protection Units"]],
  ['sdf', 'Syrian Democratic Forces', 'SYR', 'SYRREB', ['SDF']],
  ['hts', 'Hayat Tahrir al-Sham', 'SYR', 'SYRREB', ['HTS', 'Hayat Tahrir al-Sham group']],
  ['al-nusra-front', 'al-Nusra Front', 'SYR', 'SYRREB', ['Nusra Front', 'Jabhat al-Nusra', 'al-Nusra']],
  ['free-syrian-army', 'Free Syrian Army', 'SYR', 'SYRREB', ['FSA']],
  ['houthis', 'Houthis', 'YEM', 'YEMREB', ['Houthi', 'Ansar Allah', 'Ansarullah', 'Houthi movement']],
  ['boko-haram', 'Boko Haram', 'NGA', 'NGAREB', []],
  ['al-shabab', 'al-Shabab', 'SOM', 'SOMREB', ['al-Shabaab', 'Al-Shabaab', 'Al-Shabab', 'al Shabaab', 'Al Shabaab']],
  ['farc', 'FARC', 'COL', 'COLREB', ['Revolutionary Armed Forces of Colombia']],
  ['eln', 'National Liberation Army', 'COL', 'COLREB', ['ELN']],
  ['muslim-brotherhood', 'Muslim Brotherhood', 'EGY', 'EGYOPP', []],
  ['popular-mobilization-forces', 'Popular Mobilization Forces', 'IRQ', 'IRQMIL', ['PMF', 'Popular Mobilisation Forces', 'Hashd al-Shaabi']],
  ['kataib-hezbollah', "Kata'ib Hezbollah", 'IRQ', 'IRQREB', ['Kataib Hezbollah']],
  ['peshmerga', 'Peshmerga', 'IRQ', 'IRQMIL', []],
  ['lashkar-e-taiba', 'Lashkar-e-Taiba', 'PAK', 'PAKREB', ['Lashkar-e-Toiba', 'LeT']],
  ['jaish-e-mohammed', 'Jaish-e-Mohammed', 'PAK', 'PAKREB', ['Jaish-e-Muhammad', 'JeM']],
  ['ttp', 'Tehrik-i-Taliban Pakistan', 'PAK', 'PAKREB', ['TTP', 'Pakistani Taliban']],
  ['m23', 'M23', 'COD', 'CODREB', ['March 23 Movement']],
  ['rapid-support-forces', 'Rapid Support Forces', 'SDN', 'SDNMIL', ['RSF']],
  ['wagner-group', 'Wagner Group', 'RUS', '', ['Wagner', 'PMC Wagner']],
  ['ltte', 'Liberation Tigers of Tamil Eelam', 'LKA', 'LKAREB', ['LTTE', 'Tamil Tigers']],
];

/**
 * National bodies, agencies, forces and state companies that news names on their own: "the CIA
 * assessed", "the IRGC seized", "the Bundeswehr will". Each of its state, with the sector in its code.
 */
// prettier-ignore
const NATIONAL_BODIES: Row[] = [
  ['us-senate', 'US Senate', 'USA', 'USALEG', ['U.S. Senate', 'United States Senate']],
  ['us-house', 'US House of Representatives', 'USA', 'USALEG', ['House of Representatives', 'U.S. House of Representatives', 'US House', 'U.S. House']],
  ['us-supreme-court', 'US Supreme Court', 'USA', 'USAJUD', ['U.S. Supreme Court', 'United States Supreme Court']],
  ['us-treasury', 'US Treasury', 'USA', 'USAGOV', ['U.S. Treasury', 'Treasury Department', 'US Treasury Department']],
  ['us-justice-department', 'US Justice Department', 'USA', 'USAGOV', ['Justice Department', 'U.S. Justice Department', 'Department of Justice', 'DOJ']],
  ['us-homeland-security', 'Department of Homeland Security', 'USA', 'USAGOV', ['DHS', 'Homeland Security']],
  ['us-national-security-council', 'US National Security Council', 'USA', 'USAGOV', ['U.S. National Security Council']],
  ['federal-reserve', 'Federal Reserve', 'USA', 'USAGOV', ['Fed', 'US Federal Reserve', 'U.S. Federal Reserve']],
  ['cia', 'CIA', 'USA', 'USASPY', ['Central Intelligence Agency']],
  ['fbi', 'FBI', 'USA', 'USACOP', ['Federal Bureau of Investigation']],
  ['nsa', 'National Security Agency', 'USA', 'USASPY', ['NSA']],
  ['centcom', 'US Central Command', 'USA', 'USAMIL', ['CENTCOM', 'Centcom', 'U.S. Central Command']],
  ['uk-parliament', 'UK Parliament', 'GBR', 'GBRLEG', ['British Parliament', 'Westminster', 'Parliament at Westminster']],
  ['house-of-commons', 'House of Commons', 'GBR', 'GBRLEG', ['Commons']],
  ['house-of-lords', 'House of Lords', 'GBR', 'GBRLEG', []],
  ['uk-foreign-office', 'Foreign, Commonwealth and Development Office', 'GBR', 'GBRGOV', ['FCDO', 'Foreign and Commonwealth Office', 'FCO']],
  ['mi6', 'MI6', 'GBR', 'GBRSPY', ['Secret Intelligence Service']],
  ['mi5', 'MI5', 'GBR', 'GBRSPY', []],
  ['gchq', 'GCHQ', 'GBR', 'GBRSPY', ['Government Communications Headquarters']],
  ['bank-of-england', 'Bank of England', 'GBR', 'GBRGOV', []],
  ['fsb', 'FSB', 'RUS', 'RUSSPY', ['Federal Security Service']],
  ['gru', 'GRU', 'RUS', 'RUSSPY', ['Russian military intelligence']],
  ['svr', 'SVR', 'RUS', 'RUSSPY', ['Foreign Intelligence Service of Russia']],
  ['federation-council', 'Federation Council', 'RUS', 'RUSLEG', []],
  ['gazprom', 'Gazprom', 'RUS', 'RUSBUS', []],
  ['rosneft', 'Rosneft', 'RUS', 'RUSBUS', []],
  ['mossad', 'Mossad', 'ISR', 'ISRSPY', []],
  ['shin-bet', 'Shin Bet', 'ISR', 'ISRSPY', ['Shabak', 'Israel Security Agency']],
  ['idf', 'Israel Defense Forces', 'ISR', 'ISRMIL', ['IDF', 'Israel Defence Forces', 'Israeli Defense Forces', 'Israeli Defence Forces']],
  ['bundeswehr', 'Bundeswehr', 'DEU', 'DEUMIL', []],
  ['bnd', 'BND', 'DEU', 'DEUSPY', ['Federal Intelligence Service']],
  ['pla', "People's Liberation Army", 'CHN', 'CHNMIL', ['PLA', "Chinese People's Liberation Army"]],
  ['ccp', 'Chinese Communist Party', 'CHN', 'CHNGOV', ['CCP', 'Communist Party of China', 'CPC']],
  ['npc', "National People's Congress", 'CHN', 'CHNLEG', ['NPC']],
  ['mss', 'Ministry of State Security', 'CHN', 'CHNSPY', ['MSS']],
  ['huawei', 'Huawei', 'CHN', 'CHNBUS', []],
  ['irgc', 'Islamic Revolutionary Guard Corps', 'IRN', 'IRNMIL', ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard', 'Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps']],
  ['quds-force', 'Quds Force', 'IRN', 'IRNMIL', []],
  ['basij', 'Basij', 'IRN', 'IRNMIL', []],
  ['guardian-council', 'Guardian Council', 'IRN', 'IRNGOV', ['Guardian Council of the Constitution', 'Council of Guardians']],
  ['assembly-of-experts', 'Assembly of Experts', 'IRN', 'IRNGOV', []],
  ['isi', 'Inter-Services Intelligence', 'PAK', 'PAKSPY', ['ISI']],
  ['mit', 'National Intelligence Organization', 'TUR', 'TURSPY', ['National Intelligence Organisation']],
  ['sbu', 'SBU', 'UKR', 'UKRSPY', ['Security Service of Ukraine']],
  ['verkhovna-rada', 'Verkhovna Rada', 'UKR', 'UKRLEG', ['Rada']],
  ['kpa', "Korean People's Army", 'PRK', 'PRKMIL', ['KPA']],
  ['kurdistan-regional-government', 'Kurdistan Regional Government', 'IRQ', 'IRQGOV', ['KRG']],
  ['saudi-aramco', 'Saudi Aramco', 'SAU', 'SAUBUS', ['Aramco']],
  ['sudanese-armed-forces', 'Sudanese Armed Forces', 'SDN', 'SDNMIL', ['SAF']],
];

/** Political parties: "the Democrats blocked", "Likud said", "the ruling AKP". */
// prettier-ignore
const PARTIES: Row[] = [
  ['democratic-party', 'Democratic Party', 'USA', '', ['Democrats', 'Dems']],
  ['republican-party', 'Republican Party', 'USA', '', ['Republicans', 'GOP', 'Grand Old Party']],
  ['labour-party', 'Labour Party', 'GBR', '', ['Labour']],
  ['conservative-party', 'Conservative Party', 'GBR', '', ['Conservatives', 'Tories', 'Tory party', 'Tory Party']],
  ['liberal-democrats', 'Liberal Democrats', 'GBR', '', ['Lib Dems']],
  ['reform-uk', 'Reform UK', 'GBR', '', []],
  ['snp', 'Scottish National Party', 'GBR', '', ['SNP']],
  ['united-russia', 'United Russia', 'RUS', '', []],
  ['likud', 'Likud', 'ISR', '', []],
  ['akp', 'AKP', 'TUR', '', ['Justice and Development Party', 'AK Party', 'AK Parti']],
  ['chp', "Republican People's Party", 'TUR', '', ['CHP']],
  ['anc', 'African National Congress', 'ZAF', '', ['ANC']],
  ['bjp', 'Bharatiya Janata Party', 'IND', '', ['BJP']],
  ['indian-national-congress', 'Indian National Congress', 'IND', '', ['Congress Party', 'Congress party']],
  ['cdu', 'Christian Democratic Union', 'DEU', '', ['CDU']],
  ['spd', 'Social Democratic Party of Germany', 'DEU', '', ['SPD']],
  ['afd', 'Alternative for Germany', 'DEU', '', ['AfD', 'Alternative für Deutschland']],
  ['national-rally', 'National Rally', 'FRA', '', ['Rassemblement National', 'National Front', 'Front National']],
  ['fidesz', 'Fidesz', 'HUN', '', []],
  ['law-and-justice', 'Law and Justice', 'POL', '', ['PiS']],
  ['kuomintang', 'Kuomintang', 'TWN', '', ['KMT']],
  ['dpp', 'Democratic Progressive Party', 'TWN', '', ['DPP']],
  ['ldp', 'Liberal Democratic Party', 'JPN', '', ['LDP']],
  ['workers-party-of-korea', "Workers' Party of Korea", 'PRK', '', ['WPK', 'Workers Party of Korea']],
  ['pakistan-tehreek-e-insaf', 'Pakistan Tehreek-e-Insaf', 'PAK', '', []],
  ['pml-n', 'Pakistan Muslim League (N)', 'PAK', '', ['PML-N']],
];

/**
 * Aliases of these organisations that are also something else, for the matcher to take with care:
 * "IS" (a verb in headlines), "ICC" (cricket), "RSF" (two bodies), "Amnesty" and "Commonwealth"
 * (common nouns at a sentence start), "Security Council" (Russia's has one too), "Fed" (a verb).
 */
// prettier-ignore
export const AMBIGUOUS_ORGANISATION_ALIASES: Set<string> = new Set([
  'IS', 'ICC', 'RSF', 'IRC', 'Amnesty', 'Commonwealth', 'Security Council', 'General Assembly',
  'Human Rights Council', 'Fed', 'Wagner', 'Westminster', 'Commons', 'Democrats', 'Republicans', 'Labour',
  'Conservatives', 'Red Cross', 'World Court', 'Rada', 'SAF', 'CPC', 'NPC', 'LDP', 'EEU', 'V4',
]);

const toActor = ([id, name, country, code, aliases]: Row): LexiconActor => ({
  id,
  name,
  kind: 'organization',
  country,
  ...(code ? { code } : {}),
  aliases: aliases.filter((a) => a !== name),
});

/** Every organisation of this file as a lexicon actor (the seats of government are in countries.ts). */
export const ORGANISATIONS: LexiconActor[] = [
  ...INTERGOVERNMENTAL,
  ...NON_GOVERNMENTAL,
  ...ARMED_GROUPS,
  ...NATIONAL_BODIES,
  ...PARTIES,
].map(toActor);
