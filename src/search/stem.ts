import lunr from 'lunr';

/** lunr's English stemmer, as the catalogue indexes words: "partners" → "partner", "defined" → "defin". */
export const stem = (word: string) => lunr.stemmer(new lunr.Token(word, {})).toString();
