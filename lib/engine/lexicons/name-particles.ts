// Lower-case words that may sit inside or open a name ("van", "de", "bin"; "of" in "Bank of England").
export const NAME_PARTICLE_WORDS = [
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'bin', 'bint', 'ibn',
  'al', 'el', 'ben', 'ter', 'te', 'y', 'of', 'and', '&', 'for', 'the', 'on', 'upon', 'de la', 'st', 'du',
];

/** The particles that can open a person's name before a capitalised word ("de Gaulle", "van Gogh"). */
export const OPENING_PARTICLE_WORDS = NAME_PARTICLE_WORDS.filter((w) => !['of', 'and', 'the', 'for', 'on', 'upon', '&'].includes(w));
