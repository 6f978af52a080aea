// The tagger reads which tokens to score and the document facts from per-word flags at run time;
// training uses the view-based functions. Both must give the same answers, or the model would be
// applied to different tokens than it was trained on.
import { describe, expect, it } from 'vitest';
import { isCapsSentence, splitSentences } from '../../../lib/engine/split-sentences';
import { collectDocumentFacts, collectDocumentFactsByFlags, isScoreable, isScoreableByFlags, sentenceView } from '../../../lib/engine/tag-features';
import { tokenize } from '../../../lib/engine/tokenize';

const TEXTS = [
  'Charles de Gaulle met Vincent van Gogh in Paris. “The Élysée is ours,” de Gaulle said.',
  'JAPAN’S LDP WINS. The Liberal Democratic Party (LDP) of Japan won; Taro Aso, 𝐀 math-bold name, and ǅemal spoke.',
  'von der Leyen and al-Assad: (Reuters) - the upon and of the & St Louis ibn Saud bin Salman.',
];

describe('tagger flags', () => {
  for (const text of TEXTS) {
    it(`agree with the view-based tests: ${text.slice(0, 30)}…`, () => {
      const tokens = tokenize(text);
      const sentences = splitSentences(tokens);
      const views = sentences.map((s) => sentenceView(tokens.slice(s.first, s.end).map((t) => t.form), tokens.slice(s.first, s.end).map((t) => t.lower), isCapsSentence(tokens, s)));
      const flags = Int32Array.from(tokens, (t) => t.flags);
      const byViews = collectDocumentFacts(views);
      const byFlags = collectDocumentFactsByFlags(views, flags, sentences.map((s) => s.first));
      expect([...byFlags.seenLower].sort()).toEqual([...byViews.seenLower].sort());
      expect([...byFlags.seenCapitalized].sort()).toEqual([...byViews.seenCapitalized].sort());
      sentences.forEach((s, k) => {
        for (let i = 0; i < s.end - s.first; i++) {
          for (const previous of [0, 1]) {
            expect(isScoreableByFlags(views[k]!, i, previous, flags[s.first + i]!), `${views[k]!.forms[i]} after tag ${previous}`).toBe(isScoreable(views[k]!, i, previous));
          }
        }
      });
    });
  }
});
