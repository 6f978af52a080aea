// Organizations and products the news names every day, whose kind a sentence seldom says
// ("Apple said…" reads like a person). General knowledge, used to settle the kind of a name
// that is exactly one of these; a cue in the text ("the Apple Inc. board") is not needed.
import type { ActorKind } from '../types';

/** Companies, media, platforms and institutions known by one or two words. */
export const WELL_KNOWN_ORGANIZATIONS = [
  // Technology and internet
  'Apple', 'Google', 'Alphabet', 'Microsoft', 'Amazon', 'Meta', 'Facebook', 'Instagram', 'WhatsApp', 'Twitter', 'TikTok',
  'ByteDance', 'Snapchat', 'Pinterest', 'Reddit', 'LinkedIn', 'YouTube', 'Netflix', 'Spotify', 'Uber', 'Lyft',
  'Airbnb', 'eBay', 'PayPal', 'Stripe', 'Shopify', 'Salesforce', 'Oracle', 'IBM', 'Intel', 'AMD', 'Nvidia', 'Qualcomm',
  'Broadcom', 'Cisco', 'HP', 'Lenovo', 'Huawei', 'Xiaomi', 'Samsung', 'LG', 'Sony', 'Panasonic', 'Toshiba',
  'Nintendo', 'Sega', 'Ubisoft', 'Activision', 'Blizzard', 'Valve', 'Tencent', 'Alibaba', 'Baidu', 'Yahoo', 'Mozilla',
  'OpenAI', 'Anthropic', 'DeepMind', 'Adobe', 'Dropbox', 'Slack', 'Yelp', 'Tesla', 'SpaceX', 'Foxconn', 'TSMC',
  'Siemens', 'Philips', 'Nokia', 'Ericsson', 'Vodafone', 'Verizon', 'Comcast', 'Disney', 'Warner Bros', 'Paramount',
  'Hulu', 'HBO', 'Canon', 'Nikon', 'Garmin', 'Fitbit', 'BlackBerry', 'Motorola',
  // Cars, aircraft, energy, industry
  'Toyota', 'Honda', 'Nissan', 'Hyundai', 'Kia', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Daimler', 'Audi', 'Porsche',
  'General Motors', 'Chrysler', 'Stellantis', 'Fiat', 'Renault', 'Peugeot', 'Volvo', 'Ferrari', 'Boeing',
  'Airbus', 'Lockheed Martin', 'Raytheon', 'Exxon', 'ExxonMobil', 'Chevron', 'Shell', 'BP', 'TotalEnergies', 'Gazprom',
  'Rosneft', 'Aramco', 'Glencore', 'Rio Tinto', 'BHP', 'ArcelorMittal', 'Caterpillar',
  // Retail, food, consumer
  'Walmart', 'Costco', 'Starbucks', "McDonald's", 'Coca-Cola', 'PepsiCo', 'Nestlé', 'Unilever', 'IKEA',
  'Nike', 'Adidas', 'Zara', 'H&M', 'Procter & Gamble', 'Johnson & Johnson', 'Pfizer', 'Moderna', 'AstraZeneca',
  'Novartis', 'Roche', 'Bayer', 'GlaxoSmithKline', 'Sanofi',
  // Finance
  'Goldman Sachs', 'JPMorgan', 'Morgan Stanley', 'Citigroup', 'Citi', 'Barclays', 'HSBC', 'UBS', 'Credit Suisse',
  'Deutsche Bank', 'BlackRock', 'Visa', 'Mastercard', 'Berkshire Hathaway', 'Bloomberg', 'Moody’s', "Moody's", 'Nasdaq',
  // News media and agencies
  'Reuters', 'BBC', 'CNN', 'CNBC', 'NPR', 'PBS', 'Al Jazeera', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse',
  'Xinhua', 'Kyodo', 'Politico', 'Axios', 'BuzzFeed', 'Vox', 'Vice', 'Gizmodo', 'TechCrunch', 'Wired',
  // International bodies and agencies
  'NATO', 'UNESCO', 'UNICEF', 'IMF', 'OPEC', 'Interpol', 'Europol', 'FIFA', 'IOC', 'Red Cross', 'Greenpeace',
  'Amnesty International', 'Oxfam', 'NASA', 'FBI', 'CIA', 'NSA', 'Pentagon', 'Kremlin', 'Hamas', 'Hezbollah', 'Taliban',
];

/** Products, services and operating systems: "other" actors (a device, an app, a platform's product). */
export const WELL_KNOWN_PRODUCTS = [
  'iPhone', 'iPad', 'iPod', 'Mac', 'MacBook', 'iOS', 'macOS', 'Android', 'Windows', 'Linux', 'Chrome', 'Chromebook',
  'Safari', 'Firefox', 'Gmail', 'Siri', 'Alexa', 'Cortana', 'Kindle', 'Xbox', 'Xbox One', 
  'PlayStation', 'Wii', 'HoloLens', 'ChatGPT', 'Bitcoin', 'Ethereum', 'Photoshop',
  'Excel', 'PowerPoint', 'Outlook', 'Skype', 'FaceTime', 'iMessage', 'iTunes', 'App Store',
  'Google Play', 'Google Maps', 'Street View', 'Wikipedia', 'Fortnite', 'Tetris', 'Pokémon',
];

/** The kind of each of these names ("Apple" is a company, "Android" a product), by lower-case name. */
export const WELL_KNOWN_KINDS: ReadonlyMap<string, ActorKind> = new Map([
  ...WELL_KNOWN_ORGANIZATIONS.map((name): [string, ActorKind] => [name.toLowerCase(), 'organization']),
  ...WELL_KNOWN_PRODUCTS.map((name): [string, ActorKind] => [name.toLowerCase(), 'other']),
]);
