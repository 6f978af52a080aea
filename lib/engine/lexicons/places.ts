// Countries, their common short forms, continents/regions, US states and large world cities.
// General geography, used as tagger features and to settle the kind of a name.

export const COUNTRIES = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria', 'Azerbaijan',
  'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan', 'Bolivia',
  'Bosnia', 'Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon', 'Canada',
  'Cape Verde', 'Chad', 'Chile', 'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus',
  'Czech Republic', 'Czechia', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador',
  'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany',
  'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India',
  'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan',
  'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya',
  'Liechtenstein', 'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco',
  'Mozambique', 'Myanmar', 'Burma', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'Holland', 'New Zealand', 'Nicaragua', 'Niger',
  'Nigeria', 'North Korea', 'North Macedonia', 'Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Rwanda',
  'Samoa', 'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore', 'Slovakia',
  'Slovenia', 'Somalia', 'South Africa', 'South Korea', 'Korea', 'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname',
  'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tonga', 'Trinidad', 'Tobago',
  'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'UAE',
  'United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican', 'Holy See',
  'Venezuela', 'Vietnam', 'Yemen', 'Zambia', 'Zimbabwe', 'Hong Kong', 'Macau', 'Greenland', 'Puerto Rico', 'Tibet',
  'Gaza', 'West Bank', 'Crimea', 'Chechnya', 'Kashmir', 'Yugoslavia', 'Soviet Union', 'USSR',
];

export const REGIONS = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Antarctica',
  'Oceania', 'Middle East', 'Balkans', 'Caribbean', 'Scandinavia', 'Pacific', 'Atlantic', 'Mediterranean', 'Arctic',
  'Gulf', 'Persian Gulf', 'Baltic', 'Sahara', 'Siberia', 'Caucasus', 'Himalayas', 'Alps', 'Amazon', 'Indo-Pacific',
  'Southeast Asia', 'East Asia', 'South Asia', 'Central Asia', 'Eastern Europe', 'Western Europe', 'Horn of Africa',
  'Sub-Saharan Africa', 'West Africa', 'East Africa', 'North Africa', 'Asia-Pacific',
];

export const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia', 'Alberta',
  'Bavaria', 'Catalonia', 'Queensland', 'Victoria', 'Tasmania', 'Punjab', 'Bengal', 'Xinjiang', 'Guangdong', 'Okinawa',
  'Hokkaido', 'Sichuan', 'Kurdistan', 'Darfur', 'Donbas', 'Kosovo',
];

export const CITIES = [
  'Tokyo', 'Beijing', 'Shanghai', 'Hong Kong', 'Taipei', 'Seoul', 'Pyongyang', 'Osaka', 'Kyoto', 'Manila', 'Bangkok',
  'Hanoi', 'Jakarta', 'Kuala Lumpur', 'Singapore', 'Delhi', 'New Delhi', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta',
  'Karachi', 'Islamabad', 'Lahore', 'Kabul', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem', 'Tel Aviv',
  'Riyadh', 'Dubai', 'Abu Dhabi', 'Doha', 'Ankara', 'Istanbul', 'Cairo', 'Alexandria', 'Tripoli', 'Tunis', 'Algiers',
  'Rabat', 'Casablanca', 'Lagos', 'Abuja', 'Accra', 'Dakar', 'Nairobi', 'Addis Ababa', 'Mogadishu', 'Khartoum',
  'Kampala', 'Kinshasa', 'Johannesburg', 'Cape Town', 'Pretoria', 'Harare', 'Luanda', 'Moscow', 'St Petersburg',
  'Kyiv', 'Kiev', 'Minsk', 'Warsaw', 'Prague', 'Vienna', 'Budapest', 'Bucharest', 'Sofia', 'Belgrade', 'Zagreb',
  'Sarajevo', 'Athens', 'Rome', 'Milan', 'Naples', 'Madrid', 'Barcelona', 'Lisbon', 'Paris', 'Marseille', 'Lyon',
  'Brussels', 'Amsterdam', 'The Hague', 'Rotterdam', 'Berlin', 'Munich', 'Frankfurt', 'Hamburg', 'Bonn', 'Cologne',
  'Zurich', 'Geneva', 'Bern', 'Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Dublin', 'London', 'Manchester',
  'Liverpool', 'Birmingham', 'Edinburgh', 'Glasgow', 'Belfast', 'Cardiff', 'Reykjavik', 'Washington', 'New York',
  'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix', 'San Antonio', 'San Diego', 'Dallas', 'San Francisco',
  'Boston', 'Seattle', 'Miami', 'Atlanta', 'Detroit', 'Denver', 'Las Vegas', 'New Orleans', 'Baltimore', 'Pittsburgh',
  'Toronto', 'Montreal', 'Vancouver', 'Ottawa', 'Mexico City', 'Havana', 'Caracas', 'Bogota', 'Lima', 'Santiago',
  'Buenos Aires', 'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Brasilia', 'Sydney', 'Melbourne', 'Canberra', 'Brisbane',
  'Perth', 'Auckland', 'Wellington', 'Christchurch', 'Hiroshima', 'Nagasaki', 'Sendai', 'Wuhan', 'Shenzhen',
  'Guangzhou', 'Chongqing', 'Lhasa', 'Kathmandu', 'Dhaka', 'Colombo', 'Yangon', 'Phnom Penh', 'Vientiane', 'Ulaanbaatar',
  'Tashkent', 'Almaty', 'Baku', 'Tbilisi', 'Yerevan', 'Kharkiv', 'Odesa', 'Odessa', 'Mariupol', 'Aleppo', 'Mosul',
  'Basra', 'Gaza City', 'Ramallah', 'Benghazi', 'Sanaa', 'Aden', 'Muscat', 'Kuwait City', 'Manama',
  // other national capitals
  'Tirana', 'Skopje', 'Podgorica', 'Pristina', 'Chisinau', 'Vilnius', 'Riga', 'Tallinn', 'Bratislava', 'Ljubljana',
  'Valletta', 'Nicosia', 'Luxembourg', 'Monaco', 'Vaduz', 'Andorra la Vella', 'San Marino', 'Dushanbe', 'Bishkek',
  'Ashgabat', 'Astana', 'Nur-Sultan', 'Thimphu', 'Male', 'Naypyidaw', 'Dili', 'Bandar Seri Begawan', 'Port Moresby',
  'Suva', 'Apia', "Nuku'alofa", 'Honiara', 'Port Vila', 'Tarawa', 'Majuro', 'Palikir', 'Funafuti', 'Nouakchott',
  'Bamako', 'Niamey', "N'Djamena", 'Ouagadougou', 'Abidjan', 'Yamoussoukro', 'Monrovia', 'Freetown', 'Conakry',
  'Bissau', 'Banjul', 'Lome', 'Porto-Novo', 'Cotonou', 'Yaounde', 'Libreville', 'Malabo', 'Brazzaville', 'Bangui',
  'Juba', 'Asmara', 'Djibouti', 'Kigali', 'Bujumbura', 'Dodoma', 'Dar es Salaam', 'Lusaka', 'Lilongwe', 'Maputo',
  'Gaborone', 'Windhoek', 'Maseru', 'Mbabane', 'Antananarivo', 'Port Louis', 'Victoria', 'Moroni', 'Praia',
  'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Managua', 'San Jose', 'Panama City', 'Kingston', 'Port-au-Prince',
  'Santo Domingo', 'Nassau', 'Bridgetown', 'Port of Spain', 'Georgetown', 'Paramaribo', 'Quito', 'La Paz', 'Sucre',
  'Asuncion', 'Montevideo',
];

/** Spellings of one place that always refer to the same actor (first = preferred canonical name). */
/** Formal country names ("Russian Federation"): places for the rules, but not tagger features (the
 *  model was trained without them, and their words, "Federation", "Republic", mostly head organizations). */
export const FORMAL_COUNTRY_NAMES = [
  'Russian Federation', 'Republic of Korea', "Democratic People's Republic of Korea", "People's Republic of China",
  'Islamic Republic of Iran', 'Syrian Arab Republic', 'Republic of Ireland', 'Kingdom of Saudi Arabia',
  'Federal Republic of Germany', 'Republic of China', 'Republic of India', 'Republic of South Africa',
  'Democratic Republic of Congo', 'Democratic Republic of the Congo', 'Republic of Turkey',
];

export const PLACE_SYNONYMS: readonly string[][] = [
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'UAE', 'U.A.E.'],
  ['Soviet Union', 'USSR', 'U.S.S.R.'],
  ['Russia', 'Russian Federation'],
  ['South Korea', 'Republic of Korea'],
  ['North Korea', "Democratic People's Republic of Korea"],
  ['China', "People's Republic of China"],
  ['Iran', 'Islamic Republic of Iran'],
  ['Syria', 'Syrian Arab Republic'],
];
