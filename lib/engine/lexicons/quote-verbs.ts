// Speech verbs that attribute a quotation ("…," Sato said / said Lo / he added).
export const QUOTE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'stated', 'states',
  'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'insisted', 'insists', 'continued', 'continues',
  'replied', 'replies', 'responded', 'responds', 'warned', 'warns', 'declared', 'declares', 'claimed', 'claims',
  'recalled', 'recalls', 'remarked', 'remarks', 'observed', 'observes', 'admitted', 'admits', 'conceded',
  'concedes', 'acknowledged', 'acknowledges', 'tweeted', 'tweets', 'posted', 'posts', 'announced', 'announces',
  'commented', 'comments', 'suggested', 'suggests', 'stressed', 'stresses', 'emphasised', 'emphasized', 'urged',
  'urges', 'cautioned', 'cautions', 'predicted', 'predicts', 'joked', 'jokes', 'laughed', 'shouted', 'whispered',
  'quipped', 'agreed', 'agrees', 'countered', 'counters', 'concluded', 'concludes', 'reported', 'reports',
  'according', 'quoted', 'believes', 'believed', 'thinks', 'thought', 'felt', 'feels', 'described', 'describes',
];

/** Subject pronouns that refer back to the last named speaker. */
export const SPEAKER_PRONOUNS = ['he', 'she', 'they'];
