// Titles and honorifics that precede a name ("Deputy Prime Minister Taro Aso", "Mr Sato").
// They are not part of the name; they become the person's descriptor.

/** Honorifics: signal a person; never a descriptor on their own except as a title. */
export const HONORIFICS = ['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Prof', 'Prof.', 'Sir', 'Dame', 'Madam', 'Mx'];

/** Title words that can precede a person's name (capitalised or not). Multi-word titles are runs of these. */
export const TITLE_WORDS = [
  'President', 'Vice', 'Prime', 'Minister', 'Deputy', 'Secretary', 'General', 'Chancellor', 'Premier', 'Governor',
  'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Mayor', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Cardinal', 'Bishop', 'Archbishop', 'Rabbi', 'Imam', 'Sheikh', 'Emir', 'Sultan', 'Chairman',
  'Chairwoman', 'Chair', 'Chief', 'Executive', 'Director', 'Judge', 'Justice', 'Attorney', 'Ambassador', 'Speaker',
  'Leader', 'Commissioner', 'Commander', 'Gen.', 'Gov.', 'Lt.', 'Col.', 'Colonel', 'Captain', 'Capt.', 'Major',
  'Lieutenant', 'Sergeant', 'Admiral', 'Marshal', 'Officer', 'Petty', 'Warrant', 'Corporal', 'Brigadier', 'Sgt.', 'Cpl.', 'Maj.', 'Adm.', 'Brig.', 'Detective', 'Inspector', 'Superintendent', 'Coach',
  'Professor', 'Doctor', 'Father', 'Sister', 'Brother', 'Reverend', 'Rev.', 'Lord', 'Lady', 'Baroness', 'Baron',
  'Duke', 'Duchess', 'Earl', 'Count', 'Foreign', 'Defence', 'Defense', 'Finance', 'Interior', 'Trade', 'Health',
  'First', 'Lady', 'Former', 'Acting', 'Assistant', 'Associate', 'Senior', 'Junior', 'State', 'Crown', 'Supreme',
  'Opposition', 'Labour', 'Party', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Head', 'Editor', 'Chief', 'CEO', 'MP',
  'Sheriff', 'Coroner', 'Constable', 'Prosecutor', 'Councillor', 'Councilman', 'Councilwoman', 'Alderman', 'Trustee',
];

/** Role nouns: heads of pre-name descriptors ("Foreign Ministry spokesman X", "BBC's North America editor X")
 *  and of appositives ("X, chair of ..."). Lower-case forms; matched case-insensitively. */
export const ROLE_NOUNS = [
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'governor', 'senator', 'representative',
  'congressman', 'congresswoman', 'mayor', 'king', 'queen', 'prince', 'princess', 'pope', 'chairman', 'chairwoman',
  'chair', 'chief', 'executive', 'director', 'judge', 'justice', 'attorney', 'ambassador', 'speaker', 'leader',
  'commissioner', 'commander', 'general', 'colonel', 'captain', 'lieutenant', 'sergeant', 'admiral', 'officer',
  'detective', 'inspector', 'coach', 'professor', 'spokesman', 'spokeswoman', 'spokesperson', 'head', 'editor',
  'correspondent', 'reporter', 'analyst', 'expert', 'economist', 'researcher', 'scientist', 'fellow', 'founder',
  'co-founder', 'owner', 'manager', 'ceo', 'cfo', 'coo', 'cto', 'chairperson', 'lawmaker', 'legislator', 'mp',
  'member', 'adviser', 'advisor', 'aide', 'official', 'diplomat', 'envoy', 'negotiator', 'lawyer', 'prosecutor',
  'ranger', 'worker', 'activist', 'campaigner', 'organiser', 'organizer', 'author', 'writer', 'journalist',
  'columnist', 'historian', 'professor', 'student', 'teacher', 'doctor', 'nurse', 'surgeon', 'pilot', 'soldier',
  'candidate', 'nominee', 'challenger', 'incumbent', 'deputy', 'vice-president', 'secretary-general', 'strategist',
  'consultant', 'partner', 'investor', 'banker', 'trader', 'entrepreneur', 'player', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'champion', 'singer', 'actor', 'actress', 'artist', 'musician', 'director', 'producer',
  'elder', 'chieftain', 'whisperer', 'counterpart', 'predecessor', 'successor', 'rival', 'ally', 'boss', 'chef', 'owner', 'son', 'daughter', 'wife', 'husband', 'mother', 'father', 'brother', 'sister',
  'uncle', 'aunt', 'nephew', 'niece', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'widow', 'cousin',
  'resident', 'citizen', 'victim', 'survivor', 'witness', 'suspect', 'volunteer', 'photographer', 'designer',
  'engineer', 'architect', 'professor', 'lecturer', 'dean', 'principal', 'president-elect', 'governor-general',
];

/** Role nouns for organizations ("whale rescue group", "think tank", "tribe of eastern Northland"). */
export const ORGANIZATION_ROLES = [
  'think tank', 'tank', 'group', 'party', 'company', 'firm', 'agency', 'organisation', 'organization', 'body', 'bodies',
  'institute', 'university', 'ministry', 'department', 'tribe', 'iwi', 'union', 'bank', 'network', 'broadcaster',
  'newspaper', 'magazine', 'outlet', 'team', 'club', 'charity', 'coalition', 'alliance', 'movement', 'council',
  'committee', 'court', 'regulator', 'watchdog', 'giant', 'maker', 'manufacturer', 'carrier', 'airline', 'retailer',
  'startup', 'operator', 'provider', 'insurer', 'lender', 'bloc', 'militia', 'faction', 'clan', 'arm', 'unit',
  'subsidiary', 'conglomerate', 'chain', 'publisher', 'platform', 'service', 'authority', 'commission', 'foundation',
  'utility', 'nonprofit', 'non-profit', 'automaker', 'carmaker', 'drugmaker', 'chipmaker', 'supplier', 'distributor',
  'consultancy', 'league', 'association', 'studio', 'cooperative', 'fund',
];

/** Role nouns for places ("the US state of Louisiana", "the city of Sendai"). */
export const PLACE_ROLES = [
  'state', 'city', 'country', 'island', 'islands', 'province', 'region', 'town', 'village', 'capital', 'nation',
  'territory', 'county', 'district', 'prefecture', 'suburb', 'port', 'enclave', 'republic', 'kingdom', 'emirate',
];
