// Nationality and group adjectives/nouns: never actors on their own ("Japanese", "Americans").
export const DEMONYMS = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Angolan', 'Argentine', 'Argentinian', 'Armenian', 'Australian', 'Austrian',
  'Azerbaijani', 'Bangladeshi', 'Belarusian', 'Belgian', 'Bolivian', 'Bosnian', 'Brazilian', 'British', 'Briton', 'Bulgarian',
  'Burmese', 'Cambodian', 'Cameroonian', 'Canadian', 'Chilean', 'Chinese', 'Colombian', 'Congolese', 'Croatian', 'Cuban',
  'Cypriot', 'Czech', 'Danish', 'Dane', 'Dutch', 'Ecuadorian', 'Egyptian', 'English', 'Eritrean', 'Estonian', 'Ethiopian',
  'European', 'Filipino', 'Finnish', 'Finn', 'French', 'Georgian', 'German', 'Ghanaian', 'Greek', 'Guatemalan', 'Haitian',
  'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian', 'Iranian', 'Iraqi', 'Irish', 'Israeli', 'Italian',
  'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan', 'Korean', 'Kosovar', 'Kurdish', 'Kuwaiti', 'Latvian', 'Lebanese',
  'Liberian', 'Libyan', 'Lithuanian', 'Malaysian', 'Malian', 'Maltese', 'Mexican', 'Moldovan', 'Mongolian', 'Moroccan',
  'Mozambican', 'Namibian', 'Nepali', 'Nepalese', 'Nicaraguan', 'Nigerian', 'Nigerien', 'Norwegian', 'Pakistani',
  'Palestinian', 'Panamanian', 'Paraguayan', 'Persian', 'Peruvian', 'Polish', 'Pole', 'Portuguese', 'Qatari', 'Romanian',
  'Russian', 'Rwandan', 'Saudi', 'Scottish', 'Scot', 'Senegalese', 'Serbian', 'Serb', 'Singaporean', 'Slovak', 'Slovenian',
  'Somali', 'Spanish', 'Spaniard', 'Sudanese', 'Swedish', 'Swede', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian',
  'Thai', 'Tibetan', 'Tunisian', 'Turkish', 'Turk', 'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek', 'Venezuelan',
  'Vietnamese', 'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean', 'African', 'Asian', 'Arab', 'Arabic', 'Latino', 'Hispanic',
  'Western', 'Eastern', 'Soviet', 'Nordic', 'Scandinavian', 'Balkan', 'Baltic', 'Caribbean', 'Pacific', 'Atlantic',
  'Mediterranean', 'Middle Eastern', 'Muslim', 'Christian', 'Jewish', 'Jew', 'Catholic', 'Protestant', 'Buddhist', 'Hindu',
  'Sikh', 'Sunni', 'Shia', 'Shiite', 'Islamic', 'Islamist', 'Māori', 'Maori', 'Pakeha', 'Aboriginal', 'Inuit', 'Kiwi',
  'Yankee', 'Texan', 'Californian', 'Londoner', 'Parisian', 'Muscovite', 'Bavarian', 'Catalan', 'Basque', 'Flemish',
  'Walloon', 'Quebecois', 'Uighur', 'Uyghur', 'Rohingya', 'Pashtun', 'Hutu', 'Tutsi', 'Zulu', 'Yoruba', 'Igbo', 'Hausa',
  'Cantonese', 'Mandarin', 'Han', 'Anglo', 'Celtic', 'Gaelic', 'Latin', 'Hebrew', 'Korean', 'New Zealander', 'Afrikaner',
];

// Members and adjectives of a party, a faith or a school of thought: like demonyms, never actors on
// their own ("a Republican senator", "Communist officials"). Not a tagger feature: the model was
// trained without them.
export const ADHERENTS = [
  'Republican', 'Democrat', 'Democratic', 'Communist', 'Socialist', 'Marxist', 'Leninist', 'Maoist', 'Trotskyist', 'Stalinist', 'Fascist',
  'Nazi', 'Libertarian', 'Centrist', 'Populist', 'Federalist', 'Unionist', 'Loyalist', 'Royalist', 'Monarchist', 'Zionist',
  'Jihadist', 'Salafist', 'Evangelical', 'Protestant', 'Baptist', 'Methodist', 'Lutheran', 'Anglican', 'Presbyterian',
  'Mormon', 'Quaker', 'Puritan', 'Calvinist', 'Impressionist', 'Modernist', 'Surrealist', 'Cubist', 'Dadaist', 'Thatcherite',
  'Blairite', 'Corbynite', 'Trumpist', 'Peronist', 'Gaullist', 'Chavista', 'Sandinista', 'Bolshevik', 'Menshevik',
];
