// Engine entry point: article text in, actors and mentions out. Pure: no DOM, no browser API.
// The pipeline (one module per stage):
//   detectLanguage → tokenize → splitSentences → tagEntities → findCandidates → classifyKind
//   → addAcronymExpansions → linkAliases → findDescriptors → attributeQuotes
import type { Actor, ArticleDataset, EngineResult, Mention } from './types';
import { actorId } from './actor-id';
import { withAttributeNames } from './attribute-names';
import { attributeQuotes } from './attribute-quotes';
import { classifyKind } from './classify-kind';
import { detectLanguage } from './detect-language';
import { findCandidates } from './find-candidates';
import { findDescriptors } from './find-descriptors';
import { addAcronymExpansions } from './add-expansions';
import { findBracketedNames, linkAliases, toMentionSpan } from './link-aliases';
import type { MentionSpan } from './mention-span';
import { splitSentences } from './split-sentences';
import { tagEntities } from './tag-entities';
import { tokenContext } from './token-context';
import { textHash } from './text-hash';
import { tokenFlags, tokenize } from './tokenize';

export type { Actor, ActorKind, ArticleDataset, EngineResult, Evidence, Mention } from './types';
export { textHash } from './text-hash';

export interface AnalyzeOptions {
  /** Language declared by the page (html lang), if any. */
  lang?: string;
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): EngineResult {
  const language = detectLanguage(text, options.lang);
  if (!language.supported) return { lang: language.lang, actors: [], mentions: [], unsupported: language.reason ?? 'unsupported language' };
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const flags = tokenFlags(tokens);
  const spans = tagEntities(tokens, sentences, flags);
  const context = tokenContext(tokens, sentences, flags);
  const candidates = findCandidates(tokens, spans, context);
  const found: MentionSpan[] = candidates.map((c) => toMentionSpan(text, tokens, c, classifyKind(tokens, c, context.inCapsSentence[c.first] === 1)));
  const { mentions: mentionSpans, expansions } = addAcronymExpansions(text, tokens, withAttributeNames(text, tokens, found));
  const clusters = linkAliases(mentionSpans, expansions, findBracketedNames(tokens, mentionSpans), tokens);
  const descriptors = findDescriptors(text, tokens, sentences, clusters);
  const quotes = attributeQuotes(text, tokens, clusters);

  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const usedIds = new Set<string>();
  clusters.forEach((c, index) => {
    let id = actorId(c.kind, c.name.display);
    for (let n = 2; usedIds.has(id); n++) id = `${actorId(c.kind, c.name.display)}#${n}`;
    usedIds.add(id);
    const aliases: string[] = [];
    // Aliases: other spellings; the same name in other letter case ("JAPAN" in a headline) is not one.
    const seen = new Set([c.name.key]);
    for (const m of c.mentions) if (!seen.has(m.key)) { seen.add(m.key); aliases.push(m.display); }
    const actor: Actor = {
      id, name: c.name.display, kind: c.kind, aliases,
      descriptors: descriptors.get(index) ?? [], quotes: quotes.get(index) ?? [], mentions: c.mentions.length,
    };
    if (c.expansion) actor.expansion = c.expansion.display;
    actors.push(actor);
    for (const m of c.mentions) mentions.push({ start: m.start, end: m.endChar, actorId: id });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { lang: language.lang, actors, mentions };
}

export interface ArticleInput {
  url: string;
  title: string;
  text: string;
  lang?: string;
}

/** Analyze an article and stamp it with the identity the store needs. */
export function buildDataset(article: ArticleInput, now: number = Date.now()): ArticleDataset {
  const result = analyzeText(article.text, { lang: article.lang });
  return { ...result, url: article.url, title: article.title, textHash: textHash(article.text), analyzedAt: now };
}
