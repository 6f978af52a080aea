// Rules that use the rest of the text: name propagation, kind by context, possessive roles, appositive speakers.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { expectValidResult } from './check-invariants';

function analyze(text: string) {
  const result = analyzeText(text);
  expectValidResult(text, result);
  return result;
}

describe('rules that use the whole text', () => {
  it('finds an organization again under its name without the country', () => {
    const text = 'The rules come from the New Zealand Department of Conservation. Some tribes let the Department of Conservation lead.';
    const doc = analyze(text).actors.find((a) => a.name === 'New Zealand Department of Conservation');
    expect(doc?.aliases).toEqual(['Department of Conservation']);
    expect(doc?.mentions).toBe(2);
  });

  it('makes a name followed by an organization role noun an organization', () => {
    const text = 'Syria needs a political solution to defeat the Islamic State group, officials in Damascus said.';
    expect(analyze(text).actors.find((a) => a.name === 'Islamic State')?.kind).toBe('organization');
  });

  it('makes an unfamiliar one-word name a place when most mentions are after "in"/"near" or before "residents"', () => {
    const text = 'Kaitaia residents gathered on Tuesday. Officials said Kaitaia residents were calm, and the school in Kaitaia reopened.';
    expect(analyze(text).actors.find((a) => a.name === 'Kaitaia')?.kind).toBe('place');
  });

  it('makes an unfamiliar one-word name an organization when a mention is in a company role', () => {
    const text = 'Italian cables maker Corvalle announced a venture on Friday. Corvalle said it would invest. Analysts liked the deal.';
    expect(analyze(text).actors.find((a) => a.name === 'Corvalle')?.kind).toBe('organization');
    const shares = 'Marcotti said on Friday it would invest in China. Marcotti shares rose 3 percent.';
    expect(analyze(shares).actors.find((a) => a.name === 'Marcotti')?.kind).toBe('organization');
    const board = 'Marcotti reported higher sales on Friday. Marcotti\'s shareholders will vote in May.';
    expect(analyze(board).actors.find((a) => a.name === 'Marcotti')?.kind).toBe('organization');
  });

  it('makes a one-word name a person by an age after it', () => {
    const text = 'Lentoni, 27, joined the club in May.';
    expect(analyze(text).actors.find((a) => a.name === 'Lentoni')?.kind).toBe('person');
  });

  it('makes a one-word name a place after "visited" or "capital", or before ", <known region>"', () => {
    expect(analyze('The minister visited Kaitaia on Tuesday.').actors.find((a) => a.name === 'Kaitaia')?.kind).toBe('place');
    expect(analyze('Officials said that Korlu, Romania, had no water.').actors.find((a) => a.name === 'Korlu')?.kind).toBe('place');
    expect(analyze('Soldiers entered the capital Marovo overnight.').actors.find((a) => a.name === 'Marovo')?.kind).toBe('place');
  });

  it('keeps a known multi-word region a place', () => {
    const text = 'He spoke to the BBC’s North America editor Jon Sopel in Washington.';
    expect(analyze(text).actors.find((a) => a.name === 'North America')?.kind).toBe('place');
  });

  it('describes people by a possessor’s role before a comma', () => {
    const text = 'Italy’s prime minister, Giorgia Meloni, pressed ahead. The charity’s Europe director, Eve Geddie, disagreed.';
    const result = analyze(text);
    expect(result.actors.find((a) => a.name === 'Giorgia Meloni')?.descriptors.map((d) => d.text)).toEqual(['Italy’s prime minister']);
    expect(result.actors.find((a) => a.name === 'Eve Geddie')?.descriptors.map((d) => d.text)).toEqual(['charity’s Europe director']);
  });

  it('attributes a quotation introduced by a name with an appositive', () => {
    const text = 'Amnesty International criticised Rome.\n\nThe charity’s Europe director, Eve Geddie, said: "Italy is trying to wash its hands of people."';
    const geddie = analyze(text).actors.find((a) => a.name === 'Eve Geddie');
    expect(geddie?.quotes.map((q) => q.text)).toEqual(['Italy is trying to wash its hands of people.']);
  });

  it('joins a company to its name without the corporate suffix', () => {
    const text = 'Apple Inc. shares fell on Tuesday. Microsoft Corp rose, and analysts said Apple would recover faster than Microsoft.';
    const result = analyze(text);
    expect(result.actors.find((a) => a.name === 'Apple Inc.')?.aliases).toEqual(['Apple']);
    expect(result.actors.find((a) => a.name === 'Microsoft Corp')?.aliases).toEqual(['Microsoft']);
  });

  it('skips datelines and reporting credits', () => {
    const text = 'SAN FRANCISCO (Reuters) - Shares of Intel fell in New York on Tuesday.\n(Reporting by Stephen Nellis; Editing by Chris Reese)';
    const names = analyze(text).actors.map((a) => a.name);
    expect(names).toContain('New York');
    for (const skipped of ['San Francisco', 'SAN FRANCISCO', 'Reuters', 'Stephen Nellis', 'Chris Reese']) expect(names).not.toContain(skipped);
  });

  it('skips a dateline in capitals before a dash, with or without its region', () => {
    for (const text of ['VESTBY — Officials in Norway said on Monday that the talks had failed.', 'VESTBY, Norway — Officials in Oslo said the talks had failed.']) {
      const names = analyze(text).actors.map((a) => a.name);
      expect(names.some((n) => /vestby/i.test(n))).toBe(false);
    }
    // A region's abbreviation with its period, and an agency after it.
    for (const text of ['VESTBY, Ore. — Officials in Oslo said the talks had failed.', 'VESTBY, Ore. (AP) — Officials in Oslo said the talks had failed.']) {
      const names = analyze(text).actors.map((a) => a.name);
      expect(names).toEqual(['Oslo']);
    }
    // Not an acronym before an aside, nor a headline in capitals.
    expect(analyze('NATO — the alliance — met in Brussels.').actors.map((a) => a.name)).toContain('NATO');
    expect(analyze('VESTBY - NORWAY WINS THE CUP').actors.length).toBeGreaterThan(0);
  });

  it('splits a title-case headline into names and common words', () => {
    const text = 'How Taiwan’s Lai Ching-te Won Over Young Voters Despite Pressure From Beijing\n\nLai Ching-te won the election in Taipei. Beijing was displeased.';
    const names = analyze(text).actors.map((a) => a.name);
    expect(names).toContain('Lai Ching-te');
    expect(names).toContain('Beijing');
    expect(names.some((n) => /Voters|Pressure|Won/.test(n))).toBe(false);
  });

  it('takes the words after an honorific as a person and links surname-first names', () => {
    const text = 'Ko Wen-je of the Taiwan People’s Party (TPP) lost. Ko said the TPP would act as a check. Dr. Wen-ti Sung, a political scientist, agreed.';
    const result = analyze(text);
    expect(result.actors.find((a) => a.name === 'Ko Wen-je')?.aliases).toEqual(['Ko']);
    expect(result.actors.find((a) => a.name === 'Taiwan People’s Party')?.aliases).toEqual(['TPP']);
    const sung = result.actors.find((a) => a.name === 'Wen-ti Sung');
    expect(sung?.kind).toBe('person');
    expect(sung?.descriptors.map((d) => d.text)).toEqual(['a political scientist']);
  });

  it('does not attribute a quotation that ends its sentence to the next sentence’s subject', () => {
    const text = 'Officials in Beijing said the result “cannot represent public opinion.” Dr. Wen-ti Sung, a political scientist, said drills were likely.';
    expect(analyze(text).actors.find((a) => a.name === 'Wen-ti Sung')?.quotes).toEqual([]);
  });

  it('separates an organization from the titled person after it', () => {
    const text = 'NATO Secretary General Jens Stoltenberg said allies agreed. Mr Stoltenberg spoke in Brussels.';
    const result = analyze(text);
    const jens = result.actors.find((a) => a.name === 'Jens Stoltenberg');
    expect(jens?.kind).toBe('person');
    expect(jens?.aliases).toEqual(['Stoltenberg']);
    // The organization before the title is part of who he is.
    expect(jens?.descriptors.map((d) => d.text)).toEqual(['NATO Secretary General']);
    expect(result.actors.find((a) => a.name === 'NATO')?.kind).toBe('organization');
  });

  it('resolves a pronoun to a speaker introduced with an appositive', () => {
    const text = 'Rustem Umerov welcomed the pledge.\n\nThe Kremlin’s spokesman, Dmitry Peskov, said Moscow would respond. “We will take measures,” he told reporters.';
    expect(analyze(text).actors.find((a) => a.name === 'Dmitry Peskov')?.quotes.map((q) => q.text)).toEqual(['We will take measures,']);
  });
});
