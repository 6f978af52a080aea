// Words inside a name that reveal its kind ("... University" is an organization, "... Strait" a place).

export const ORGANIZATION_CUES = [
  'Party', 'Ministry', 'Department', 'Agency', 'Office', 'Bureau', 'Commission', 'Committee', 'Council', 'Court',
  'Congress', 'Parliament', 'Senate', 'Assembly', 'Cabinet', 'Government', 'Administration', 'Authority', 'Board',
  'Bank', 'Fund', 'Trust', 'Foundation', 'Institute', 'Institution', 'Association', 'Society', 'Union', 'Federation',
  'League', 'Alliance', 'Coalition', 'Organization', 'Organisation', 'Group', 'Company', 'Co', 'Co.', 'Corp', 'Corp.',
  'Corporation', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'LLC', 'AG', 'SA', 'GmbH', 'Holdings', 'Industries',
  'Airlines', 'Airways', 'Motors', 'Systems', 'Technologies', 'Enterprises', 'Partners', 'Capital', 'Securities',
  'University', 'College', 'School', 'Academy', 'Hospital', 'Clinic', 'Church', 'Club', 'Team', 'Army', 'Navy',
  'Force', 'Forces', 'Guard', 'Police', 'Service', 'Services', 'Network', 'News', 'Times', 'Post', 'Journal',
  'Herald', 'Tribune', 'Telegraph', 'Guardian', 'Press', 'Media', 'Broadcasting', 'Television', 'Radio', 'Reuters',
  'Division', 'Unit', 'Project', 'Center', 'Centre', 'Movement', 'Front', 'Brigade', 'Cartel', 'Council', 'Tribunal',
  'Exchange', 'Reserve', 'Treasury', 'Secretariat', 'Directorate', 'Inspectorate', 'Laboratory', 'Labs', 'Studios',
  'United', 'FC', 'Rovers', 'Athletic',
];

/** More organization cue words, for the rules only: the tagger was trained with the list above
 *  as its 'lx:ORG_CUE' feature, and these are not part of it. */
export const MORE_ORGANIZATION_CUES = [
  // Generic company heads and corporate suffixes of other countries ("Kansai Electric Power", "Warner Bros", "Volvo AB").
  'Pharmaceuticals', 'Pharmaceutical', 'Pharma', 'Chemicals', 'Chemical', 'Communications', 'Telecommunications', 'Telecom',
  'Electric', 'Electronics', 'Power', 'Energy', 'Petroleum', 'Steel', 'Cement', 'Mining', 'Minerals', 'Metals', 'Resources',
  'Foods', 'Beverages', 'Breweries', 'Brewery', 'Brands', 'Stores', 'Supermarkets', 'Hotels', 'Resorts', 'Shipping', 'Lines',
  'Railways', 'Railroad', 'Logistics', 'Construction', 'Engineering', 'Properties', 'Realty', 'Insurance', 'Assurance',
  'Financial', 'Investments', 'Bancorp', 'Bancshares', 'Savings', 'Brokerage', 'Associates', 'Consultants', 'Consulting',
  'Solutions', 'Laboratories', 'Sciences', 'Software', 'Semiconductor', 'Entertainment', 'Pictures', 'Records', 'Publishing',
  'Publications', 'Motor', 'Brothers', 'Bros', 'Bros.', 'Sons', 'Consolidated', 'Incorporated', 'Limited', 'International',
  'SpA', 'NV', 'N.V.', 'BV', 'AB', 'ASA', 'Oyj', 'Bhd', 'Pty', 'Tbk', 'S.A.',
  // Public bodies and media.
  'Embassy', 'Consulate', 'Legislature', 'Caucus', 'Corps', 'Regiment', 'Battalion', 'Command', 'Gazette', 'Chronicle',
  'Magazine', 'Newsroom',
  // Cultural and learned institutions.
  'Museum', 'Gallery', 'Library', 'Theater', 'Theatre', 'Zoo', 'Aquarium', 'Orchestra', 'Philharmonic', 'Opera', 'Ballet',
  'Choir', 'Conservatory', 'Observatory', 'Archives', 'Seminary',
];

export const PLACE_CUES = [
  'Sea', 'Ocean', 'Strait', 'Straits', 'Gulf', 'Bay', 'River', 'Lake', 'Mountain', 'Mountains', 'Mount', 'Mt', 'Mt.',
  'Island', 'Islands', 'Isles', 'Peninsula', 'Valley', 'Desert', 'Forest', 'Beach', 'Coast', 'Harbour', 'Harbor',
  'Port', 'Canal', 'Channel', 'Province', 'Prefecture', 'County', 'District', 'Region', 'State', 'Republic',
  'Kingdom', 'Emirates', 'Territory', 'Street', 'St', 'Avenue', 'Road', 'Square', 'Park', 'Bridge', 'Airport',
  'Station', 'Falls', 'Springs', 'Heights', 'Hills', 'Plains', 'Sound', 'Reef', 'Cape', 'Basin', 'Delta',
  'Square', 'Palace', 'Castle', 'Plaza', 'Stadium', 'Arena',
];

/** More place cue words, for the rules only (see MORE_ORGANIZATION_CUES). */
export const MORE_PLACE_CUES = [
  'Strip', 'Base', 'Glacier', 'Volcano', 'Canyon', 'Lagoon', 'Plateau', 'Highlands', 'Archipelago', 'Atoll', 'Peak',
  'Boulevard', 'Highway', 'Motorway', 'Tunnel', 'Dam', 'Borough', 'Township', 'Municipality', 'Oblast', 'Governorate',
  'Promenade', 'Esplanade', 'Boardwalk', 'Waterfront', 'Quay', 'Wharf', 'Pier', 'Marina',
];

/** Words that make a run of capitalised words an "other" (event, law, treaty, product…). */
/** Words that open a place's name ("Boulevard Haussmann", "Rue de Rivoli", "Mount Kenya", "Lake Tana"). */
export const PLACE_PREFIXES = ['Boulevard', 'Rue', 'Avenue', 'Mount', 'Mt', 'Mt.', 'Lake', 'Cape', 'Piazza', 'Plaza', 'Calle', 'Avenida', 'Via', 'Isla', 'Monte', 'Lac', 'Loch'];

export const OTHER_CUES = [
  'Act', 'Bill', 'Law', 'Treaty', 'Agreement', 'Accord', 'Accords', 'Convention', 'Protocol', 'Policy', 'Doctrine',
  'Plan', 'Initiative', 'Programme', 'Program', 'War', 'Games', 'Olympics', 'Cup', 'Championship', 'Championships',
  'Open', 'Prize', 'Award', 'Awards', 'Summit', 'Conference', 'Festival', 'Revolution', 'Declaration', 'Charter',
  'Amendment', 'Constitution', 'Deal', 'Pact', 'Crisis', 'Election', 'Referendum',
];

/** Words that open a credit (photo, byline): the names after them are not actors of the story. */
export const CREDIT_OPENERS = ['photograph', 'photographs', 'photo', 'photos', 'picture', 'pictures', 'image', 'images', 'credit', 'credits', 'illustration', 'video', 'footage', 'graphic', 'composite', 'reporting', 'editing', 'writing', 'analysis', 'additional'];

/** Corporate suffixes: "Apple Inc." and "Apple" are one company. */
/** Photo and news agencies as they sign pictures ("Jane Doe/Reuters", "(AP)", "via Getty Images"). */
export const CREDIT_AGENCIES = ['ap', 'afp', 'reuters', 'getty', 'epa', 'shutterstock', 'xinhua', 'alamy', 'efe', 'ansa', 'dpa', 'pa', 'upi', 'corbis', 'zuma', 'sipa', 'rex', 'aap', 'kyodo', 'yonhap', 'tass', 'bloomberg', 'istock', 'istockphoto', 'unsplash', 'flickr', 'wireimage', 'filmmagic'];

/** What a closing author line calls the author ("Jane Doe is a features reporter at …"). */
export const JOURNALIST_ROLES = ['writer', 'reporter', 'editor', 'correspondent', 'columnist', 'contributor', 'journalist', 'photographer', 'author', 'producer', 'critic', 'freelancer', 'blogger', 'anchor', 'host'];

/**
 * Abbreviations of common things, written in capitals but naming no actor ("CPU", "HDMI", "PDF",
 * "HR"): a generic noun in a technology, business or health story. Countries, agencies and
 * organizations are not here.
 */
export const GENERIC_ABBREVIATIONS = ['cpu', 'gpu', 'ram', 'rom', 'ssd', 'hdd', 'usb', 'hdmi', 'os', 'pc', 'pcs', 'tv', 'tvs', 'vr', 'ar', 'ai', 'hdr', 'ir', 'led', 'lcd', 'oled', 'fps', 'pdf', 'url', 'api', 'sdk', 'faq', 'sso', 'hr', 'ceo', 'cfo', 'cto', 'coo', 'pii', 'ott', 'seo', 'ui', 'ux', 'io', 'it', 'ip', 'vpn', 'wifi', 'wi-fi', 'gps', 'sms', 'dna', 'rna', 'mri', 'icu', 'er', 'gdp', 'ipo', 'diy', 'tba', 'tbd', 'dvd', 'cd', 'mp3', 'aa', 'aaa', 'dlc', 'mmo', 'rpg', 'npc', 'ok', 'pr', 'qa', 'rsvp', 'asap', 'etc', 'eta', 'am', 'pm', 'ph', 'phd', 'md', 'mba', 'id', 'ids', 'iq', 'lgbt', 'lgbtq', 'ev', 'evs', 'suv', 'suvs', 'ac', 'dc', 'rpm', 'mph', 'kph', 'vip', 'ceos',
  // time zones after a time ("1:39 PM ET")
  'et', 'est', 'edt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'cst', 'cdt', 'mst', 'mdt', 'jst', 'aest'];

export const CORPORATE_SUFFIXES = ['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'group', 'holdings', 'corporation', 'incorporated', 'limited', 'company'];

/** Last words of product names: a model of something ("PlayStation 4 Pro", "Xbox One X"). */
export const MODEL_WORDS: ReadonlySet<string> = new Set(['pro', 'max', 'plus', 'mini', 'ultra', 'lite', 'air', 'edge', 'one', 'x', 's', 'xl', 'se']);

/** Nouns for a publication ("Liberte newspaper"): one capitalised word before one is its name. */
export const PUBLICATION_NOUNS = ['newspaper', 'daily', 'weekly', 'magazine'];

/** Role nouns that, written right after a capitalised name, make it an organization ("the Islamic State group"). */
export const ORGANIZATION_ROLES_AFTER_NAME = ['group', 'party', 'movement', 'militia', 'faction', 'network', 'organisation', 'organization', 'alliance', 'coalition', 'cartel', 'gang',
  ...PUBLICATION_NOUNS];
