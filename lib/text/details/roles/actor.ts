import type { DetailExtractor, FoundDetail } from '../types.ts';

// A capitalised run of two or more words opening the sentence or a clause and followed by a verb in the past
// tense or the present ("Ben Whitlock scored", "Maria Lopez announces"): who acts. Single capitalised words are
// left out: a sentence's first word is capitalised anyway.
const ACTOR = /(?:^|[,;:]\s+|\band\s+)((?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(\p{Ll}+)/gu;
// Past tenses that do not end in -ed, and a few present ones: general English.
const IRREGULAR = new Set(
  'won beat lost drew led ran hit set met put sent spent kept left found held got came went wrote shot struck broke rose fell threw chose made took gave saw told sold bought paid built began became brought caught fought hid knew laid lent let meant quit read rode rang sang sat slid spoke stood stole swore swept taught thought tore understood wore wound overturned'.split(
    ' ',
  ),
);

/** A named person or organisation acting in the sentence: the actor's words in lower case. */
export const actorExtractor: DetailExtractor = {
  role: 'actor',
  find(text) {
    const found: FoundDetail[] = [];
    for (const match of text.matchAll(ACTOR)) {
      const verb = match[2] ?? '';
      if (!(verb.endsWith('ed') || IRREGULAR.has(verb))) continue;
      const name = match[1] ?? '';
      const start = (match.index ?? 0) + match[0].indexOf(name);
      found.push({
        role: 'actor',
        value: name.toLowerCase().replace(/[’']s$/, ''),
        text: name,
        start,
        end: start + name.length,
        noHead: true,
      });
    }
    return found;
  },
};
