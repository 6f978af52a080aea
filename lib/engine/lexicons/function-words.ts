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
