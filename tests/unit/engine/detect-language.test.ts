import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { detectLanguage, primaryLanguage } from '../../../lib/engine/detect-language';

const FRENCH = 'Le président de la République a annoncé mardi que le gouvernement allait présenter un projet de loi sur les retraites. Les syndicats ont appelé à une nouvelle journée de mobilisation dans toute la France, et la ministre a dit que le texte serait examiné par les députés dans les prochaines semaines.';
const GERMAN = 'Die Bundesregierung hat am Dienstag beschlossen, dass die neuen Regeln für die Energiepreise ab dem ersten Januar gelten. Der Kanzler sagte, es sei nicht leicht gewesen, aber die Koalition habe sich auf einen Kompromiss geeinigt, der auch von den Ländern mitgetragen wird.';
const ENGLISH = 'The ruling Liberal Democratic Party, meanwhile, had traditionally maintained a distance from such high-level talks for fear of alienating China, Japan’s top trading partner, officials in Tokyo said on Friday.';
const TABLE = 'SOCCER - RESULTS\nBarcelona 2 Valencia 1\nAjax Amsterdam 3 PSV Eindhoven 0\nBayern Munich 1 Werder Bremen 1\nLazio 0 Inter Milan 2\nPorto 1 Benfica 1\nCeltic 4 Rangers 0\nLyon 2 Monaco 2';

describe('language support', () => {
  it('declines a declared non-English page with a reason, whatever the text', () => {
    for (const lang of ['fr', 'de-DE', 'ja', 'pt_BR']) {
      const result = analyzeText(ENGLISH, { lang });
      expect(result.actors).toEqual([]);
      expect(result.mentions).toEqual([]);
      expect(result.lang).toBe(primaryLanguage(lang));
      expect(result.unsupported).toMatch(/English/);
    }
  });

  it('detects French and German text when nothing is declared', () => {
    expect(analyzeText(FRENCH)).toMatchObject({ lang: 'fr', actors: [], mentions: [] });
    expect(analyzeText(FRENCH).unsupported).toMatch(/French/);
    expect(analyzeText(GERMAN)).toMatchObject({ lang: 'de', actors: [], mentions: [] });
  });

  it('declines text in a non-Latin script', () => {
    const result = analyzeText('東京で日曜日に行われた会談で、両党の議員は安全保障と経済について意見を交わした。'.repeat(3));
    expect(result.unsupported).toBeDefined();
    expect(result.actors).toEqual([]);
  });

  it('analyses English prose, English with a declared en-GB, and tables of names', () => {
    expect(detectLanguage(ENGLISH).supported).toBe(true);
    const declared = analyzeText(ENGLISH, { lang: 'en-GB' });
    expect(declared.unsupported).toBeUndefined();
    expect(declared.actors.length).toBeGreaterThan(0);
    expect(detectLanguage(TABLE).supported).toBe(true);
  });
});
