import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { expectValidResult } from './check-invariants';

function descriptors(text: string, name: string): string[] {
  const result = analyzeText(text);
  expectValidResult(text, result);
  return result.actors.find((a) => a.name === name)?.descriptors.map((d) => d.text) ?? [];
}

describe('findDescriptors', () => {
  it('takes an appositive up to its closing comma', () => {
    const text = '“It is a model,” Michael Mazza, a Taiwan expert with the American Enterprise Institute think tank, wrote on Friday.';
    expect(descriptors(text, 'Michael Mazza')).toEqual(['a Taiwan expert with the American Enterprise Institute think tank']);
  });

  it('takes a role appositive without an article, and a fronted one', () => {
    const text = 'One of the lawmakers who attended the meeting, Masahisa Sato, chair of the party’s foreign affairs committee, said the talks went well.';
    expect(descriptors(text, 'Masahisa Sato')).toEqual(['One of the lawmakers who attended the meeting', 'chair of the party’s foreign affairs committee']);
  });

  it('takes pre-name titles and roles', () => {
    expect(descriptors('“We object,” Foreign Ministry spokesman Zhao Lijian said.', 'Zhao Lijian')).toEqual(['Foreign Ministry spokesman']);
    expect(descriptors('Deputy Prime Minister Taro Aso signalled a change in Tokyo.', 'Taro Aso')).toEqual(['Deputy Prime Minister']);
    expect(descriptors('He spoke to the BBC’s North America editor Jon Sopel in Washington.', 'Jon Sopel')).toEqual(['BBC’s North America editor']);
  });

  it('takes a fronted "the …" noun phrase closed by commas around the name, but not a clause', () => {
    expect(descriptors('The Italian leader, Giorgia Meloni, arrived later.', 'Giorgia Meloni')).toEqual(['The Italian leader']);
    expect(descriptors('The speaker of the Belarus parliament, Semyon Sharetsky, said no.', 'Semyon Sharetsky')).toEqual(['The speaker of the Belarus parliament']);
    expect(descriptors('The Roosevelts are good friends of the ambassador and his wife, Susan Weld, who lives in Boston.', 'Susan Weld')).not.toContain('The Roosevelts are good friends of the ambassador and his wife');
  });

  it('ends a pre-name title at another person and the verb after them, not at a name used as a modifier', () => {
    const text = 'Chinese President Xi Jinping met Prime Minister Anthony Albanese in Beijing on Monday.';
    expect(descriptors(text, 'Anthony Albanese')).toEqual(['Prime Minister']);
    expect(descriptors(text, 'Xi Jinping')).toEqual(['Chinese President']);
    expect(descriptors('The rally was run by Dole campaign manager Scott Reed in Ohio. Bob Dole spoke later.', 'Scott Reed')).toEqual(['Dole campaign manager']);
  });

  it('takes relative clauses about people and copular sentences', () => {
    expect(descriptors('The guards found Ahmed Hassan, who fled to the compound, in Cairo.', 'Ahmed Hassan')).toEqual(['who fled to the compound']);
    expect(descriptors('Buck Cullen lives in Auckland. Cullen is an integral member of the whale recovery team.', 'Buck Cullen')).toEqual(['an integral member of the whale recovery team']);
  });

  it('describes organizations and places by their own role nouns', () => {
    expect(descriptors('Japan’s ruling Liberal Democratic Party met on Friday.', 'Liberal Democratic Party')).toEqual(['ruling']);
    expect(descriptors('Volunteers from whale rescue group Project Jonah came.', 'Project Jonah')).toEqual(['whale rescue group']);
    expect(descriptors('A gunman opened fire in the US state of Louisiana on Thursday.', 'Louisiana')).toEqual(['US state']);
  });

  it('does not describe a name by a list of other names or by a number', () => {
    expect(descriptors('Officials from Japan, Australia, India and Canada met in Paris.', 'Japan')).toEqual([]);
    expect(descriptors('Seven decades later, Hori Parata, 75, has seen 500 strandings.', 'Hori Parata')).toEqual([]);
  });
});
