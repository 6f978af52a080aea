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

  it('reads over an age between a name and its appositive', () => {
    expect(descriptors('Mara Lind, 54, an economist at Corvalo Bank, said prices will rise.', 'Mara Lind')).toEqual(['an economist at Corvalo Bank']);
  });

  it('takes a "which" clause of a thing only when it closes before the sentence goes on', () => {
    expect(descriptors('The Easton Food Bank, which serves 4,000 families, ran out of rice.', 'Easton Food Bank')).toEqual(['which serves 4,000 families']);
    // At a sentence's end, "which" may mean the whole event: "…, which surprised analysts."
    expect(descriptors('Prices rose at the Easton Food Bank, which surprised analysts.', 'Easton Food Bank')).toEqual([]);
  });

  it('takes a hometown after an age, without the rest of the sentence', () => {
    expect(descriptors('Police arrested Dev Okafor, 31, of Quenby on Tuesday.', 'Dev Okafor')).toEqual(['of Quenby']);
  });

  it('takes a party member in an appositive as what a person is', () => {
    expect(descriptors('Ana Ruiz, a Democrat from Ohio who chairs the committee, said the bill would pass.', 'Ana Ruiz')).toEqual(['a Democrat from Ohio']);
  });

  it('takes a role after "is" or "has been" without an article when an "of" phrase follows', () => {
    expect(descriptors('Tomas Brill has been mayor of Easton since 2019.', 'Tomas Brill')).toEqual(['mayor of Easton since 2019']);
    expect(descriptors('Tomas Brill is chairman of the Harwick Trust.', 'Tomas Brill')).toEqual(['chairman of the Harwick Trust']);
    // Not a role: "X is home to …" describes nothing about a person.
    expect(descriptors('Tomas Brill is home for the holidays.', 'Tomas Brill')).toEqual([]);
  });

  it('takes a "<Place>-based" word as part of a noun phrase that refers back', () => {
    expect(descriptors('Velmar Corp. reported a loss. The Ohio-based manufacturer said demand fell.', 'Velmar Corp.')).toEqual(['The Ohio-based manufacturer']);
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

  it('takes credentials after a name and an "of" affiliation after them as descriptors', () => {
    const text = 'Karen Vollmer, Ph.D., of Harwell University’s Institute for Soil Studies, led the survey.';
    const result = analyzeText(text);
    expectValidResult(text, result);
    expect(result.actors.map((a) => a.name)).not.toContain('Ph');
    expect(descriptors(text, 'Karen Vollmer')).toEqual(['Ph.D.', 'of Harwell University’s Institute for Soil Studies']);
  });

  it('accepts an appositive that names what the actor is by a noun of its kind', () => {
    expect(descriptors('Jon Abt, a chemist at Orlen Labs, agreed with the findings.', 'Jon Abt')).toEqual(['a chemist at Orlen Labs']);
  });

  it('takes what a verb of standing says through "as"', () => {
    expect(descriptors('Tomas Vire, 68, is renowned in Portugal as the leading expert on cork oaks.', 'Tomas Vire')).toEqual(['the leading expert on cork oaks']);
    expect(descriptors('Lina Oduya serves as chief economist at Brightwater Bank.', 'Lina Oduya')).toEqual(['chief economist at Brightwater Bank']);
    expect(descriptors('Lina Oduya was as surprised as anyone.', 'Lina Oduya')).toEqual([]);
  });

  it('reads an -s word after a name and before a function word as the verb, not a role noun', () => {
    const text = 'Mara Lintz works as a nurse in Dunmore. Lintz says the ward is full.';
    const result = analyzeText(text);
    expectValidResult(text, result);
    const mara = result.actors.find((a) => a.name === 'Mara Lintz');
    expect(mara?.kind).toBe('person');
    expect(mara?.descriptors.map((d) => d.text)).toEqual(['a nurse in Dunmore']);
  });

  it('takes a definite noun phrase that refers back to the one actor of its kind the sentence before named', () => {
    expect(descriptors('Velmar Corp. reported a loss on Monday. The publicly traded company said sales fell.', 'Velmar Corp.')).toEqual(['The publicly traded company']);
    expect(descriptors('Orsino Foods reported a loss. The company that runs the Delmont bakeries said sales fell.', 'Orsino Foods')).toEqual(['The company that runs the Delmont bakeries']);
    // Plain "the company" says nothing; with two companies before it, it refers to neither.
    expect(descriptors('Velmar Corp. reported a loss. The company said sales fell.', 'Velmar Corp.')).toEqual([]);
    expect(descriptors('Velmar Corp. sued Orsino Foods on Monday. The publicly traded company said it would win.', 'Velmar Corp.')).toEqual([]);
  });

  it('reads a list over the quotation marks around its titles', () => {
    const result = analyzeText('Critics praised films such as "Harrow Dune" and "Vell Arrival" this year.');
    const found = result.actors.map((a) => [a.name, a.kind, a.descriptors.map((d) => d.text)]);
    expect(found).toEqual([['Harrow Dune', 'other', ['films']], ['Vell Arrival', 'other', ['films']]]);
  });

  it('reads role words before and an appositive after a title in quotation marks', () => {
    expect(descriptors('Cheeky horror game “Until Harrowdale” was a hit last year.', 'Until Harrowdale')).toEqual(['Cheeky horror game', 'a hit']);
    expect(descriptors('Fans love the weird “Vell Headmaster,” a game about heading balls into nets.', 'Vell Headmaster')).toEqual(['a game about heading balls into nets']);
  });

  it('gives "… and other X" to every name of the list before it, and reads "or any of the other X"', () => {
    const text = 'Velmar Corp. owns Instagrid, Atlasso, WhatsUp, and dozens of other internet and technology companies. Regulators never asked Orsino Group or any of the other big media companies.';
    for (const name of ['Instagrid', 'Atlasso', 'WhatsUp']) expect(descriptors(text, name)).toEqual(['internet and technology companies']);
    expect(descriptors(text, 'Orsino Group')).toEqual(['big media companies']);
  });

  it('reads an inverted copular sentence: the subject says what the name after "is" is', () => {
    expect(descriptors('The most private modern browser is the Velta Browser, which everyone should have.', 'Velta Browser')).toEqual(['The most private modern browser']);
    expect(descriptors('The real question is Orsino Group.', 'Orsino Group')).toEqual([]);
  });

  it('reads a list of institutions whose names hold "of" and a possessive place', () => {
    const result = analyzeText('Neon still glows inside museums such as Oregon’s Museum of Lamp Art and the Lamp Museum in Boise.');
    const found = result.actors.map((a) => [a.name, a.kind, a.descriptors.map((d) => d.text)]);
    expect(found).toEqual([
      ['Oregon', 'place', []],
      ['Museum of Lamp Art', 'organization', ['museums']],
      ['Lamp Museum', 'organization', ['museums']],
      ['Boise', 'place', []],
    ]);
  });

  it('reads a described role in brackets after a name, not a bracketed aside', () => {
    expect(descriptors('The study was led by Tomas Reev (a chemist at Brightwater University).', 'Tomas Reev')).toEqual(['a chemist at Brightwater University']);
    expect(descriptors('Tomas Reev (pictured) spoke on Monday.', 'Tomas Reev')).toEqual([]);
  });

  it('takes the relative clause of a short copular noun phrase, which says what the bare noun does not', () => {
    const text = 'Quellfield is a nonprofit that tracks river pollution in the valley.';
    expect(descriptors(text, 'Quellfield')).toEqual(['a nonprofit that tracks river pollution in the valley']);
    expect(analyzeText(text).actors[0]?.kind).toBe('organization');
  });

  it('takes a bare role with its modifiers before "of", without a closing date', () => {
    expect(descriptors('Ana Ruiz became chief executive of Corvalo in 2019.', 'Ana Ruiz')).toEqual(['chief executive of Corvalo']);
  });

  it('takes a one-noun reference to an organization only when the noun says more than its kind', () => {
    expect(descriptors('Velmar Energy raised its rates again. The utility blamed higher gas prices.', 'Velmar Energy')).toEqual(['The utility']);
    expect(descriptors('Velmar Energy raised its rates again. The company blamed higher gas prices.', 'Velmar Energy')).toEqual([]);
  });

  it('starts a "such as" phrase after the verb of a plural subject', () => {
    expect(descriptors('Bakers and grocers hire couriers such as Velmar Freight.', 'Velmar Freight')).toEqual(['couriers']);
    expect(descriptors('Fans of sports cars such as the Kestrel GT queued.', 'Kestrel GT')).toEqual(['sports cars']);
  });

  it('takes an appositive set off by dashes, spaced or not', () => {
    expect(descriptors('Lena Hart — a former nurse — said the ward was full.', 'Lena Hart')).toEqual(['a former nurse']);
    expect(descriptors('Kari Moe—then a minister—agreed.', 'Kari Moe')).toEqual(['then a minister']);
    expect(descriptors('Prices rose, said Dev Okafor – a banker.', 'Dev Okafor')).toEqual(['a banker']);
    expect(descriptors('Lena Hart — who knows? — may run.', 'Lena Hart')).toEqual([]);
  });

  it('takes the office a person was named to, without the participle', () => {
    expect(descriptors('Ana Ruiz was named chief executive of Corvalo last year.', 'Ana Ruiz')).toEqual(['chief executive of Corvalo']);
    expect(descriptors('Lena Hart was appointed finance minister.', 'Lena Hart')).toEqual(['finance minister']);
    expect(descriptors('Dev Okafor has been elected as the new mayor of Quenby.', 'Dev Okafor')).toEqual(['the new mayor of Quenby']);
    expect(descriptors('Tomas Reev was named in the report.', 'Tomas Reev')).toEqual([]);
  });

  it('takes the role a person joined a body as, with what they joined between', () => {
    expect(descriptors('Pia Stone joined Quillfield as its general counsel in May.', 'Pia Stone')).toEqual(['its general counsel']);
    expect(descriptors('Dev Okafor joined the Velmar board as a director.', 'Dev Okafor')).toEqual(['a director']);
    expect(descriptors('Kari Moe joined the protest as well.', 'Kari Moe')).toEqual([]);
    expect(descriptors("Lumo's co-founder, Aino Virtanen, will join Zentrix as head of research.", 'Aino Virtanen')).toEqual(["Lumo's co-founder", 'head of research']);
  });

  it('reads a place name of two words before "-based" as a describing word of a phrase that refers back', () => {
    expect(descriptors('Zentrix shares rose on Monday. The San Jose-based company said it ships in March.', 'Zentrix')).toEqual(['The San Jose-based company']);
  });

  it('gives the appositive after "<person> of <place>," to the person, not the place', () => {
    const text = '"We will win," said Rep. Luis Ortega of Texas, the caucus\'s vice chair.';
    expect(descriptors(text, 'Luis Ortega')).toContain("the caucus's vice chair");
    expect(descriptors(text, 'Texas')).toEqual([]);
  });

  it('stops a title read before a name at a list mark', () => {
    expect(descriptors('Here is what to know:\n• Governor Ruth Amsel has declared a state of emergency.', 'Ruth Amsel')).toEqual(['Governor']);
  });

  it('takes a fronted "the" phrase before "identified as" and the name', () => {
    expect(descriptors('Police arrested a man on Sunday. The suspect, identified as Mark Delgado, faces charges of arson.', 'Mark Delgado')).toEqual(['The suspect']);
  });

  it('takes a demonym as a describing word of a phrase that refers back', () => {
    expect(descriptors('Riots broke out in Lisbon on Monday. The Portuguese capital has been calm since.', 'Lisbon')).toEqual(['The Portuguese capital']);
  });

  it('leaves a "the" phrase that introduces the next name to that name, not the one before', () => {
    const text = 'Zentrix Holdings fell sharply. The utility, Corvalo Power, said it would appeal.';
    expect(descriptors(text, 'Zentrix Holdings')).toEqual([]);
    expect(descriptors(text, 'Corvalo Power')).toEqual(['The utility']);
  });

  it('keeps describing participles before a name, and stops at a verb', () => {
    expect(descriptors('The state-owned company Velmar Energy cut prices.', 'Velmar Energy')).toEqual(['state-owned company']);
    expect(descriptors('Shares of the publicly traded firm Zentrix Labs fell.', 'Zentrix Labs')).toEqual(['publicly traded firm']);
    expect(descriptors('Corvalo acquired startup Brightline last year.', 'Brightline')).toEqual(['startup']);
  });

  it('takes a short "the" phrase before a name closed by commas, opening the sentence or after "said"', () => {
    expect(descriptors('The mayor, Lena Hart, said the pier would reopen.', 'Lena Hart')).toEqual(['The mayor']);
    expect(descriptors('Police in Porthaven said the suspect, Dev Okafor, was arrested on Monday.', 'Dev Okafor')).toEqual(['the suspect']);
    // Not a list: "the winners, Lena Hart, Dev Okafor and …".
    expect(descriptors('Judges named the winners, Lena Hart, Dev Okafor and Kari Moe.', 'Lena Hart')).toEqual([]);
  });

  it('takes a role that opens the sentence before a name, capitalized only because it opens it', () => {
    expect(descriptors('Mathematician Ola Brenne proved the conjecture in 2004.', 'Ola Brenne')).toEqual(['Mathematician']);
  });

  it('starts a "such as" noun phrase after the verb that brings the list', () => {
    expect(descriptors('The studio makes games such as Killer Rhythm and Tumble Town.', 'Killer Rhythm')).toEqual(['games']);
    expect(descriptors('Regulators fined technology companies such as Zentrix last year.', 'Zentrix')).toEqual(['technology companies']);
  });

  it('reads a copula after a subject opened by a noun of the actor\'s kind, a possessor or an aside', () => {
    expect(descriptors('Puzzle game "Tumble Town" was a breakout hit for the Vellum last year.', 'Tumble Town')).toEqual(['Puzzle game', 'a breakout hit for the Vellum']);
    expect(descriptors('In the end, the Vellum One X is Harlo\'s smallest console to date.', 'Vellum One X')).toEqual(["Harlo's smallest console to date"]);
    expect(descriptors('The review praised the game Tumble Town. Tumble Town is, well, a violent rhythm game.', 'Tumble Town')).toEqual(['game', 'a violent rhythm game']);
  });

  it('gives "A and B, both …" to both names, without "both"', () => {
    const text = 'Mara Lind and Tomas Reev, both mathematicians at Brightwater University, posted the proof.';
    expect(descriptors(text, 'Mara Lind')).toEqual(['mathematicians at Brightwater University']);
    expect(descriptors(text, 'Tomas Reev')).toEqual(['mathematicians at Brightwater University']);
  });

  it('gives a role noun between a company and a person to the person only', () => {
    const text = 'Harlo Systems developer Mara Lind suggested a different approach.';
    expect(descriptors(text, 'Mara Lind')).toEqual(['Harlo Systems developer']);
    expect(descriptors(text, 'Harlo Systems')).toEqual([]);
  });

  it('takes a title with its office before a name, whether or not the tagger took the office for the name', () => {
    const text = 'Minister of Foreign Affairs Wang Lei met Secretary of State Lena Hart in Geneva.';
    expect(descriptors(text, 'Wang Lei')).toEqual(['Minister of Foreign Affairs']);
    expect(descriptors(text, 'Lena Hart')).toEqual(['Secretary of State']);
  });
});
