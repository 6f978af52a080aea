import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { isPartOfName } from '../../../lib/engine/link-aliases';
import { isAcronym } from '../../../lib/engine/mention-span';

const actor = (text: string, name: string) => analyzeText(text).actors.find((a) => a.name === name);

describe('linkAliases', () => {
  it('reads a name opened by a company or product of the text as a thing it makes, not a person', () => {
    const text = 'Korvex is an audio company. Its Korvex Sonora and Korvex Aria systems sold well, Korvex said. The Quorix console runs Quorix Live.';
    expect(actor(text, 'Korvex')?.kind).toBe('organization');
    for (const name of ['Korvex Sonora', 'Korvex Aria', 'Quorix Live']) expect(actor(text, name)?.kind).toBe('other');
  });

  it('reads a name the text writes after "the" as a thing, not a person', () => {
    expect(actor('Vantorix arrived on Friday. Gamers waited hours for the Vantorix, and Vantorix sold out.', 'Vantorix')?.kind).toBe('other');
    // A title between "the" and the name is a person's ("the late Dr. …" keeps its title).
    expect(actor('Dev Okafor spoke first. The committee thanked the Reverend Dev Okafor.', 'Dev Okafor')?.kind).toBe('person');
  });

  it('reads a name written right after a noun of a made thing as that thing', () => {
    expect(actor('She loved the board game Pexa as a child. Pexa is still sold.', 'Pexa')?.kind).toBe('other');
    // Whatever its words say: a cue word ("Star") or a place word ("Northern").
    expect(actor('His breakout came in the 1979 film Northern Star, directed by Ingmar Sol.', 'Northern Star')?.kind).toBe('other');
    expect(actor('He played a detective on the long-running drama Harbor Lights for years.', 'Harbor Lights')?.kind).toBe('other');
  });

  it('reads a one-word name as a company after "hired by" or "owned by", before "as" after "joined", and by an appositive between dashes', () => {
    expect(actor('Kari Moe was hired by Velmar in May.', 'Velmar')?.kind).toBe('organization');
    expect(actor('Pia Stone joined Quillfield as its general counsel.', 'Quillfield')?.kind).toBe('organization');
    expect(actor('Quillfield – the region’s largest utility – raised prices.', 'Quillfield')?.kind).toBe('organization');
  });

  it('links a body named "<office> of <field>" to its field and to the field before the office word', () => {
    const text = 'The Department of Coastal Safety, or DCS, issued rules; Coastal Safety said more later. The Ministry of Fisheries said the Fisheries Ministry would pay. The University of Quenby hired a dean in Quenby.';
    expect(actor(text, 'Department of Coastal Safety')?.aliases).toEqual(expect.arrayContaining(['DCS', 'Coastal Safety']));
    expect(actor(text, 'Ministry of Fisheries')?.aliases).toContain('Fisheries Ministry');
    // One word after "of" is not a short form: "Quenby" stays the town.
    expect(actor(text, 'University of Quenby')?.aliases).toEqual([]);
  });

  it('reads a name with a company word inside and a head of no kind as an organization, linked to its shorter form', () => {
    const text = 'Harbor Foods Market opened in May, and Harbor Foods plans more stores.';
    expect(actor(text, 'Harbor Foods Market')?.kind).toBe('organization');
    expect(actor(text, 'Harbor Foods Market')?.aliases).toContain('Harbor Foods');
  });

  it('reads a name opened by two given names joined by a hyphen as a person', () => {
    const text = 'Mary-Kate Vardy spoke first. Jean-Luc Moreau agreed, and Ana-Maria Popescu left.';
    for (const name of ['Mary-Kate Vardy', 'Jean-Luc Moreau', 'Ana-Maria Popescu']) expect(actor(text, name)?.kind).toBe('person');
  });

  it('keeps a nickname in quotation marks inside the person’s name, and links it said alone', () => {
    const text = 'Robert "Bob" Lindqvist agreed, and Bob laughed. Later Lindqvist left. Senator Maria “Masha” Ivanova spoke.';
    expect(actor(text, 'Robert "Bob" Lindqvist')?.aliases).toEqual(['Bob', 'Lindqvist']);
    expect(actor(text, 'Maria “Masha” Ivanova')?.kind).toBe('person');
    // The nickname's quotation marks hold no words said.
    expect(actor('Robert "Bob" Lindqvist agreed. "We will win," Lindqvist said.', 'Robert "Bob" Lindqvist')?.quotes.map((q) => q.text)).toEqual(['We will win,']);
  });

  it('does not take a common word opening a body’s name for that body said short', () => {
    const text = 'The House passed the bill. Members of the House Freedom Caucus opposed it.';
    expect(actor(text, 'House Freedom Caucus')?.aliases).toEqual([]);
    expect(actor(text, 'House')?.kind).toBe('organization');
  });

  it('reads "<body> for <thing>" by its head, not by the thing noun that ends it', () => {
    expect(actor('She is a fellow at the Institute for Advanced Study in Princeton.', 'Institute for Advanced Study')?.kind).toBe('organization');
  });

  it('links a club said without "FC", but not the town of that name', () => {
    expect(actor('Porthaven FC came from behind to win. The result lifts Porthaven to fourth in the league.', 'Porthaven FC')?.aliases).toEqual(['Porthaven']);
    expect(actor('Porthaven FC won. Fans across Porthaven celebrated in the town square.', 'Porthaven FC')?.aliases).toEqual([]);
  });

  it('reads a name ending in a letter-and-number model code as a thing', () => {
    expect(actor("Its battery lasts longer than the Velta iPhone 16 or Samsung's Galaxy S25.", 'Galaxy S25')?.kind).toBe('other');
  });

  it('reads names listed after a capitalized head that opens the sentence by that head', () => {
    expect(actor('Cities like Tacoma and Quenby have kept branches open.', 'Quenby')?.kind).toBe('place');
  });

  it('does not take a town said alone for its own council', () => {
    const text = 'The Quenby City Council voted to close the library. Quenby should try again.';
    expect(actor(text, 'Quenby City Council')?.aliases).toEqual([]);
  });

  it('reads a name before "winner" or "nominee" as an award, a given name too after an article', () => {
    const text = 'The 27-year-old Vela Prize winner was diagnosed last week. She is an Oscar nominee too. Oscar Lind won.';
    expect(actor(text, 'Oscar')?.kind).toBe('other');
    expect(actor(text, 'Oscar Lind')?.kind).toBe('person');
    expect(actor('The young Quillby winner thanked her coach.', 'Quillby')?.kind).toBe('other');
    expect(actor('The Quillby medalist Kari Moe called it elegant.', 'Quillby')?.kind).toBe('other');
  });

  it('reads a one-word name whose numbered versions are things as that product line', () => {
    const text = 'Zentrix on Thursday unveiled the Vireo 2, a lighter version of its headset. The company said the device would cost $999 when it ships in March, roughly half the price of the original Vireo.';
    expect(actor(text, 'Vireo')?.kind).toBe('other');
    expect(actor(text, 'Zentrix')?.kind).not.toBe('other');
  });

  it('reads a name right after a person’s role owned by someone and a comma as a person', () => {
    expect(actor("His attorney, Sofia Grant of the public defender's office, declined to comment.", 'Sofia Grant')?.kind).toBe('person');
  });

  it('reads a one-word name followed by ", which makes/runs/sells …" as a company', () => {
    const text = 'Investors backed Quorvex, which makes battery chips, and Dalmora, which runs data centers. Quorvex said prices would fall.';
    expect(actor(text, 'Quorvex')?.kind).toBe('organization');
    expect(actor(text, 'Dalmora')?.kind).toBe('organization');
  });

  it('reads a one-word name as a place after "the mayor of" or a person\'s age, and as an organization after "a spokeswoman for"', () => {
    expect(actor('Tomas Brill, mayor of Quenby since 2019, said the city would pay.', 'Quenby')?.kind).toBe('place');
    expect(actor('Police arrested Dev Okafor, 31, of Quenby on Tuesday.', 'Quenby')?.kind).toBe('place');
    expect(actor('Police arrested a 34-year-old Quenby man on Sunday.', 'Quenby')?.kind).toBe('place');
    expect(actor('Kessa Varn, a spokeswoman for Velmar, declined to comment.', 'Velmar')?.kind).toBe('organization');
  });

  it('reads a full name as a person when the text calls a person by its last word, or "her" follows it', () => {
    const surname = analyzeText('Teodor Abeyta won the race. Abeyta said he was tired.').actors;
    expect(surname.map((a) => [a.name, a.kind, a.aliases])).toEqual([['Teodor Abeyta', 'person', ['Abeyta']]]);
    expect(actor('Siv Kvale announced her resignation on Monday.', 'Siv Kvale')?.kind).toBe('person');
    // A company word or a pronoun for another person keeps an organization.
    expect(actor('Velmar Holdings hired Ana Ruiz. Velmar Holdings said she would start soon.', 'Velmar Holdings')?.kind).toBe('organization');
  });

  it('links a short name that opens exactly one longer organization or place name', () => {
    const text = 'Shoppers lined up at Calder Foods Market on Monday. Calder Foods said prices would fall.';
    expect(analyzeText(text).actors.map((a) => [a.name, a.aliases])).toEqual([['Calder Foods Market', ['Calder Foods']]]);
    // Not a known place opening a newspaper's name, nor a work opening its sequel's title.
    expect(analyzeText('The New York Times reported it from New York.').actors.map((a) => a.name)).toEqual(['New York Times', 'New York']);
    expect(actor('Critics liked "Until Dawn" and "Until Dawn: Rush of Blood" too.', 'Until Dawn')?.aliases ?? []).toEqual([]);
  });

  it('links a surname to the one full name it belongs to', () => {
    const text = 'Masahisa Sato, a lawmaker, met reporters in Tokyo. Sato said the talks went well. Later Sato left.';
    const sato = actor(text, 'Masahisa Sato');
    expect(sato?.aliases).toEqual(['Sato']);
    expect(sato?.mentions).toBe(3);
  });

  it('keeps two people sharing a surname apart and leaves an ambiguous surname unlinked', () => {
    const text = 'Hori Parata and his son Kauri Parata met in Auckland. Later, Parata said the whales were sick.';
    const result = analyzeText(text);
    const paratas = result.actors.filter((a) => a.kind === 'person' && a.name.endsWith('Parata'));
    expect(paratas.map((a) => a.name).sort()).toEqual(['Hori Parata', 'Kauri Parata']);
    const bare = text.lastIndexOf('Parata');
    expect(result.mentions.some((m) => m.start === bare)).toBe(false);
    expect(paratas.every((a) => a.aliases.length === 0)).toBe(true);
  });

  it('links a short name that only one of the candidates has been named before', () => {
    const text = 'Hori Parata, 75, has seen 500 strandings. Parata said the sea was changing. His son, Kauri Parata, agreed.';
    expect(actor(text, 'Hori Parata')?.aliases).toContain('Parata');
  });

  it('reads a formal country name as that country', () => {
    const text = 'Chechnya signed a treaty with the Russian Federation. Russia said it was pleased.';
    const russia = actor(text, 'Russian Federation');
    expect(russia?.kind).toBe('place');
    expect(russia?.aliases).toEqual(['Russia']);
  });

  it('links an acronym written out in parentheses and used later', () => {
    const text = 'Taipei wants to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP). Joining the CPTPP would take years.';
    const deal = actor(text, 'Comprehensive and Progressive Agreement for Trans-Pacific Partnership');
    expect(deal?.aliases).toEqual(['CPTPP']);
    expect(deal?.expansion).toBe('Comprehensive and Progressive Agreement for Trans-Pacific Partnership');
    expect(deal?.mentions).toBe(3);
  });

  it('links an acronym to the one name whose initials it spells, even without parentheses', () => {
    const text = 'The ruling Liberal Democratic Party met on Friday. Critics inside the LDP were quiet.';
    expect(actor(text, 'Liberal Democratic Party')?.aliases).toEqual(['LDP']);
  });

  it('makes spellings of one country one actor', () => {
    const text = 'The United States and Japan agreed. The U.S. will send ships, officials in Tokyo said.';
    const us = actor(text, 'United States');
    expect(us?.kind).toBe('place');
    expect(us?.aliases).toEqual(['U.S.']);
  });

  it('links an organization’s short form when only a place was cut off', () => {
    const text = 'Members of the US Congress voted on Tuesday. Congress will vote again in May.';
    expect(actor(text, 'US Congress')?.aliases).toContain('Congress');
  });

  it('links an organization’s first word and “the” + its last word, unless a person or another organization has them', () => {
    const text = 'The Brandvik Glass Works Company opened a second plant in Tromsø. Brandvik later closed it. The Halden Trust said it would buy the plant. A spokesman for the Trust declined to comment.';
    expect(actor(text, 'Brandvik Glass Works Company')?.aliases).toEqual(['Brandvik']);
    expect(actor(text, 'Halden Trust')?.aliases).toEqual(['Trust']);
    const shared = 'Olav Brandvik founded the Brandvik Glass Works Company in Tromsø. Brandvik said the plant would stay. The Halden Trust and the Fjord Trust sold shares. The Trust would not say why.';
    expect(actor(shared, 'Olav Brandvik')?.aliases).toEqual(['Brandvik']);
    expect(actor(shared, 'Brandvik Glass Works Company')?.aliases).toEqual([]);
    expect(actor(shared, 'Halden Trust')?.aliases).toEqual([]);
  });

  it('links a place’s dotted initials, not its bare ones', () => {
    const text = 'The tour went from San Miguel to Porto Alegre, and in S.M. the crowds were small.';
    expect(actor(text, 'San Miguel')?.aliases).toEqual(['S.M.']);
  });

  it('knows the kind of names the news uses every day when the sentence gives no cue', () => {
    const text = 'Lena Varga, who studies supply chains, said Samsung and Netflix would both report on Thursday. Samsung said sales of its Android phones fell.';
    expect(actor(text, 'Samsung')?.kind).toBe('organization');
    expect(actor(text, 'Netflix')?.kind).toBe('organization');
    expect(actor(text, 'Android')?.kind).toBe('other');
    expect(actor(text, 'Lena Varga')?.kind).toBe('person');
  });

  it('reads a name opened by a place word as a place', () => {
    const text = 'The painter Ines Morel kept a studio on Boulevard Saint-Ouen and later moved to Rue Levasse.';
    expect(actor(text, 'Boulevard Saint-Ouen')?.kind).toBe('place');
    expect(actor(text, 'Rue Levasse')?.kind).toBe('place');
  });

  it('recognizes acronyms and parts of names', () => {
    expect(isAcronym('LDP')).toBe(true);
    expect(isAcronym('U.S.')).toBe(true);
    expect(isAcronym('Sato')).toBe(false);
    expect(isAcronym('A')).toBe(false);
    expect(isPartOfName(['Sato'], ['Masahisa', 'Sato'])).toBe(true);
    expect(isPartOfName(['Te', 'Kaurinui'], ['Te', 'Kaurinui', 'Robert', 'Parata'])).toBe(true);
    expect(isPartOfName(['Te', 'Kaurinui', 'Parata'], ['Te', 'Kaurinui', 'Robert', 'Parata'])).toBe(true);
    expect(isPartOfName(['Robert'], ['Te', 'Kaurinui', 'Robert', 'Parata'])).toBe(false);
  });

  it('reads a one-word name after "chief executive of" or before "\'s chief executive" as an organization', () => {
    for (const text of ['Ana Ruiz, chief executive of Corvalo, said it would appeal.', 'Ana Ruiz, Corvalo\'s chief executive, said it would appeal.']) {
      expect(actor(text, 'Corvalo')?.kind).toBe('organization');
    }
  });

  it('links a name the text hands over with "known as" or "also spelled"', () => {
    const act = actor('The Affordable Care Act, known as Obamacare, survived another challenge. Obamacare remains popular.', 'Affordable Care Act');
    expect(act?.aliases).toEqual(['Obamacare']);
    expect(act?.mentions).toBe(3);
    const reev = analyzeText('Tomas Reev (also spelled Tomasz Reev) led the team. Reev said the data were clear.').actors;
    expect(reev).toHaveLength(1);
  });

  it('links a club or company name written with its suffix in full and short', () => {
    const actors = analyzeText('Porthaven Football Club won again. Porthaven FC is top of the league. Velmar Corporation said profits rose. Velmar Corp. shares fell.').actors;
    expect(actors.map((a) => [a.name, a.aliases])).toEqual([['Porthaven Football Club', ['Porthaven FC']], ['Velmar Corporation', ['Velmar Corp.']]]);
  });

  it('gives a one-word "person" listed with names of one other kind their kind', () => {
    const kinds = analyzeText('The outage took down Velbook, Quorra and Zentrix for hours.').actors.map((a) => a.kind);
    expect(new Set(kinds)).toEqual(new Set(['organization']));
    // Not a person with a known first name, nor a list of mixed kinds.
    const mixed = analyzeText('Lena Hart, Corvalo and Porthaven were named in the report.').actors;
    expect(mixed.find((a) => a.name === 'Lena Hart')?.kind).toBe('person');
  });

  it('reads a one-word name as an organization after "founded" or before "\'s new chief executive"', () => {
    expect(actor('Ana Ruiz, 54, who founded Velmar in 2009, stepped down.', 'Velmar')?.kind).toBe('organization');
    expect(actor('Dev Okafor, Velmar\'s new chief executive, starts in May.', 'Velmar')?.kind).toBe('organization');
  });

  it('reads a one-word speaker that the text calls "it" as an organization', () => {
    expect(actor('Corvalo said it would cut 200 jobs next year.', 'Corvalo')?.kind).toBe('organization');
    expect(actor('Holm said he would cut 200 jobs next year.', 'Holm')?.kind).toBe('person');
  });

  it('reads a name headed by a capitalized thing noun as a thing', () => {
    const kinds = analyzeText('The Tor Browser hides traffic, and the Vellum Console runs it.').actors.map((a) => [a.name, a.kind]);
    expect(kinds).toEqual([['Tor Browser', 'other'], ['Vellum Console', 'other']]);
  });

  it('links a surname to a full name ending in "Jr." and the first of two surnames to the whole name', () => {
    expect(actor('Ola Brenne Jr. spoke first. Brenne said little.', 'Ola Brenne Jr.')?.aliases).toEqual(['Brenne']);
    expect(actor('Ana Maria Ruiz Torres won. Ms. Ruiz said she was tired.', 'Ana Maria Ruiz Torres')?.aliases).toEqual(['Ruiz']);
    // "No." is no actor, and "voted no." ends its sentence.
    const hart = actor('Lena Hart voted no. Senator Hart later said she regretted it. The No. 2 official left.', 'Lena Hart');
    expect(hart?.descriptors.map((d) => d.text)).toEqual(['Senator']);
    expect(analyzeText('The No. 2 official left the ministry on Monday.').actors).toEqual([]);
  });

  it('links a name given with "or … as it is called"', () => {
    const actors = analyzeText('Experts regard Norvia – or Nordmark as it is called by its people – as the whale capital of the world.').actors;
    expect(actors.map((a) => [a.name, ...a.aliases].sort())).toEqual([['Nordmark', 'Norvia']]);
    expect(actor('Myanmar, or Burma as it was known, held elections.', 'Myanmar')?.aliases).toEqual(['Burma']);
  });

  it('links a thing\'s name said without the company that opens it', () => {
    const actors = analyzeText('Zentrix reported a loss, and Zentrix said its Zentrix Nimbus Pro ships in May. The Nimbus Pro costs less.').actors;
    expect(actors.map((a) => [a.name, a.aliases])).toEqual([['Zentrix', []], ['Zentrix Nimbus Pro', ['Nimbus Pro']]]);
  });

  it('lets a thing noun after a name correct a place the tagger guessed, but not a known place', () => {
    expect(actor('Players in Vellcraft build houses. The Vellcraft protocol is old.', 'Vellcraft')?.kind).toBe('other');
    expect(actor('Players in Lisbon build houses. The Lisbon protocol is old.', 'Lisbon')?.kind).toBe('place');
  });

  it('reads the one-word name of where someone works ("an engineer at X") as an organization', () => {
    expect(actor('Priyanka Raghunathan, an engineer at Corvalo, wrote the code.', 'Corvalo')?.kind).toBe('organization');
    expect(actor('The crowd gathered at Porthaven on Sunday.', 'Porthaven')?.kind).toBe('place');
  });
});
