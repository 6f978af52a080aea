// Closed-class English words: capitalised only because a sentence or headline starts with them.
// Also used for language detection (share of English function words in the text).
export const FUNCTION_WORDS = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'with',
  'without', 'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'as', 'before',
  'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'despite', 'down', 'during', 'except',
  'inside', 'into', 'like', 'near', 'off', 'onto', 'out', 'outside', 'over', 'past', 'since', 'through',
  'throughout', 'till', 'toward', 'towards', 'under', 'underneath', 'until', 'up', 'upon', 'via', 'within',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'my', 'your', 'his', 'its', 'our',
  'their', 'mine', 'yours', 'hers', 'ours', 'theirs', 'this', 'that', 'these', 'those', 'who', 'whom', 'whose',
  'which', 'what', 'when', 'where', 'why', 'how', 'whether', 'if', 'then', 'than', 'because', 'although', 'though',
  'while', 'whereas', 'unless', 'once', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has',
  'had', 'having', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'not', 'no', 'yes', 'all', 'any', 'both', 'each', 'every', 'few', 'many', 'more', 'most', 'much', 'other', 'some',
  'such', 'only', 'own', 'same', 'too', 'very', 'just', 'also', 'still', 'even', 'there', 'here', 'now', 'never',
  'always', 'often', 'however', 'meanwhile', 'moreover', 'furthermore', 'instead', 'indeed', 'perhaps', 'already',
  'again', 'ago', 'almost', 'yesterday', 'today', 'tomorrow', 'last', 'next', 'new', 'one', 'two', 'three', 'first',
  'second', 'third', 'after', 'earlier', 'later', 'according', 'said', 'says', 'still', 'well', 'thus', 'hence',
  'nevertheless', 'nonetheless', 'otherwise', 'whatever', 'whoever', 'anyone', 'everyone', 'someone', 'nobody',
  'nothing', 'something', 'everything', 'anything', 'several', 'another', 'either', 'neither', 'whom', 'let', 'please',
];

/** The commonest English words, used to tell English from other languages. */
export const ENGLISH_MARKERS = [
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'it', 'for', 'was', 'on', 'with', 'as', 'he', 'she', 'they', 'by',
  'at', 'from', 'his', 'her', 'an', 'be', 'this', 'have', 'has', 'are', 'were', 'not', 'but', 'or', 'which', 'said',
  'will', 'would', 'their', 'been', 'who', 'its', 'we', 'you', 'i', 'a',
];

/** The commonest words of other languages written in Latin script; a text dominated by one of them is not English. */
export const OTHER_LANGUAGE_MARKERS: Record<string, readonly string[]> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'que', 'pas', 'sur', 'avec', 'au', 'aux', 'il', 'elle', 'sont', 'ce', 'cette', 'mais', 'ou', 'par', 'plus', 'nous', 'vous', 'leur', 'été'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'mit', 'den', 'dem', 'von', 'zu', 'auf', 'für', 'sich', 'auch', 'es', 'im', 'wird', 'werden', 'sind', 'wie', 'aus', 'bei', 'nach', 'noch', 'oder', 'aber', 'hat'],
  es: ['el', 'la', 'los', 'las', 'del', 'y', 'es', 'en', 'un', 'una', 'que', 'por', 'con', 'para', 'no', 'se', 'su', 'sus', 'al', 'lo', 'como', 'más', 'pero', 'fue', 'ha', 'son', 'este', 'esta', 'también', 'sobre'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'del', 'della', 'e', 'è', 'un', 'una', 'che', 'per', 'con', 'non', 'sono', 'nel', 'nella', 'alla', 'dei', 'delle', 'anche', 'ma', 'più', 'come', 'questo', 'questa', 'ha', 'sul'],
  pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'é', 'um', 'uma', 'que', 'para', 'com', 'não', 'no', 'na', 'nos', 'por', 'se', 'mais', 'como', 'mas', 'foi', 'ao', 'ele', 'ela', 'são', 'também', 'seu'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'zijn', 'met', 'voor', 'die', 'er', 'aan', 'ook', 'als', 'maar', 'bij', 'wordt', 'door', 'naar', 'om', 'nog', 'worden', 'dit', 'werd', 'heeft', 'hij'],
};
