// Abbreviations that keep their final period as part of the token ("Co.", "Mr.", "Sept.").
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'plc', 'bros',
  'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'cmdr', 'sgt', 'maj', 'adm', 'rev', 'hon', 'fr',
  'mt', 'ft', 'no', 'vs', 'etc', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
