import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/engine';
import { findCandidates } from '../../../lib/engine/find-candidates';
import { tokenContext } from '../../../lib/engine/token-context';
import { splitSentences } from '../../../lib/engine/split-sentences';
import type { TaggedSpan } from '../../../lib/engine/tag-entities';
import { tokenize } from '../../../lib/engine/tokenize';

const names = (text: string): string[] => analyzeText(text).actors.map((a) => a.name);
const kindOf = (text: string, name: string): string | undefined => analyzeText(text).actors.find((a) => a.name === name)?.kind;

describe('candidate names', () => {
  it('cuts titles and honorifics off names', () => {
    const found = names('Deputy Prime Minister Taro Aso met Mr Obama and Dr. Jane Goodall in Washington on Monday.');
    expect(found).toContain('Taro Aso');
    expect(found).toContain('Obama');
    expect(found).toContain('Jane Goodall');
    expect(found.some((n) => /Deputy|Mr|Dr/.test(n))).toBe(false);
  });

  it('drops possessives but keeps a name’s own possessive', () => {
    const text = 'Japan’s ruling party met experts from Sendai Shirayuri Women’s University in Tokyo.';
    const found = names(text);
    expect(found).toContain('Japan');
    expect(found).toContain('Sendai Shirayuri Women’s University');
  });

  it('does not take weekdays, months, demonyms or sentence-initial common words for actors', () => {
    const found = names('Observers say Japanese officials met on Friday in July. Still, Americans and Taiwanese voters disagreed with Beijing. However, nothing changed.');
    for (const word of ['Observers', 'Japanese', 'Friday', 'July', 'Still', 'Americans', 'Taiwanese', 'However']) expect(found).not.toContain(word);
    expect(found).toContain('Beijing');
  });

  it('does not take an interjection or sentence adverb before a comma for a name', () => {
    expect(names('The console is fast. Sure, it costs more than the others. Still, Harlo fixed it.')).toEqual(['Harlo']);
    // …but a name opening a sentence before a comma stays one.
    expect(names('Vestby, a town near Oslo, voted on Monday.')).toContain('Vestby');
  });

  it('does not take capitalized common words listed before the noun they modify for names', () => {
    const found = names('Customers picked among Basic, Family, Business, and Enterprise tier packages, the Harlo report found. Delegates from Norway, Chile and Peru met on Monday.');
    expect(found).not.toContain('Family');
    expect(found).not.toContain('Business');
    expect(found).toEqual(expect.arrayContaining(['Harlo', 'Norway', 'Chile', 'Peru']));
  });

  it('leaves the full stop out of a model name that ends a sentence', () => {
    expect(names('Harlo also sells the Orbit One S. That console is cheaper.')).toContain('Orbit One S');
    expect(names('Harlo met John F. Kennedy in the U.S. Army.')).toEqual(expect.arrayContaining(['John F. Kennedy', 'U.S. Army']));
  });

  it('keeps particles, initials, hyphens and apostrophes inside names', () => {
    const found = names('The talks were led by Ursula von der Leyen, Lo Chih-cheng and Conor O’Brien, with help from J. K. Rowling.');
    expect(found).toContain('Ursula von der Leyen');
    expect(found).toContain('Lo Chih-cheng');
    expect(found).toContain('Conor O’Brien');
  });

  it('keeps a middle initial inside a person\'s name and takes the name for a person', () => {
    const actors = analyzeText('The chemist Hella J. Marten spoke on Monday, and investor Morris W. Travers listened. Marten said the results were clear.').actors;
    const marten = actors.find((a) => a.name === 'Hella J. Marten');
    expect(marten?.kind).toBe('person');
    expect(marten?.aliases).toContain('Marten');
    expect(actors.map((a) => a.name)).toContain('Morris W. Travers');
    expect(actors.map((a) => a.name)).not.toContain('Morris');
  });

  it('takes from a title-case headline only the name that the story itself writes', () => {
    const text = 'Harlo Unveils Sturdier Gadgets and Widgets for Schools\nThe new gadgets from Harlo reached teachers on Monday, and the widgets drew praise.\nGadgets sold out within a day, the company said. Marketers expect more orders.';
    expect(names(text)).toEqual(['Harlo']);
  });

  it('takes "the <title> for <field>" as one office, unless a person\'s name follows it', () => {
    const actors = analyzeText('The Commissioner for Standards and Ethics opened an inquiry into Lena Hart. The Minister for Health Ana Ruiz agreed.').actors;
    expect(actors.map((a) => [a.name, a.kind, a.descriptors.map((d) => d.text)])).toEqual([
      ['Commissioner for Standards and Ethics', 'organization', []], ['Lena Hart', 'person', []], ['Ana Ruiz', 'person', ['Minister for Health']]]);
  });

  it('finds a group named by a letter and a number, and a word joined to an acronym', () => {
    const actors = analyzeText('The G12 summit ended without a statement. Lena Hart founded Unity-PF, a small party, in 2019. The Taiwan-Japan talks resumed.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['G12', 'organization'], ['Lena Hart', 'person'], ['Unity-PF', 'organization']]);
  });

  it('opens an organization at a cue word after "the" that the tagger left out', () => {
    const actors = analyzeText('The Department of Parks and Recreation closed the pool on Monday.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Department of Parks and Recreation', 'organization']]);
  });

  it('keeps an Arabic particle joined by a hyphen inside a name, and finds the surname alone', () => {
    const text = 'Kamal Ahmed al-Rashid, the group\'s leader, was killed. Al-Rashid had led Jund al-Haqq since 2015. Officials said al-Rashid died at once.';
    const actors = analyzeText(text).actors;
    const leader = actors.find((a) => a.name === 'Kamal Ahmed al-Rashid');
    expect(leader?.mentions).toBe(3);
    expect(actors.map((a) => a.name)).toContain('Jund al-Haqq');
    expect(actors.map((a) => a.name)).not.toContain('Kamal Ahmed');
  });

  it('knows given names of many languages when it finds people', () => {
    const actors = analyzeText('The astronomer Lena Hart spotted the comet in 1998, and the mathematician Kari Moe checked the orbit.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Lena Hart', 'person'], ['Kari Moe', 'person']]);
  });

  it('joins the two halves of a name across a middle initial the tagger left out', () => {
    const actors = analyzeText('The chemist Vella Q. Marten spoke first. Marten said the results were clear.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Vella Q. Marten', 'person']]);
  });

  it('reads a one-sentence paragraph full of names as prose, not as a headline', () => {
    const text = 'Talks resumed in the spring.\nPrime Minister Ola Brenne met President Kari Moe in Lisbon.\nNo statement followed.';
    expect(names(text)).toEqual(['Ola Brenne', 'Kari Moe', 'Lisbon']);
  });

  it('leaves a weekday after a name out of it, but keeps a day named by the text', () => {
    const found = names('Guests filled the Velmont Grand Hotel all week. Deputies came to the Velmont Grand Hotel Thursday morning, and shoppers lined up on Black Friday.');
    expect(found).toContain('Velmont Grand Hotel');
    expect(found.join('|')).not.toContain('Thursday');
    expect(found).toContain('Black Friday');
  });

  it('keeps a sequel or model number in the name of a work, not in a score line', () => {
    const actors = analyzeText('Orbital Motorsport 2, the studio’s biggest game, sold well, and Orbital Motorsport 3 is due in spring.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Orbital Motorsport 2', 'other'], ['Orbital Motorsport 3', 'other']]);
    expect(names('In the county match, Wexham 83 and 174, Dorley 2, Carrow 1.')).toEqual(['Wexham', 'Dorley', 'Carrow']);
    // Two numbered names joined by "and" are titles, whatever follows the second.
    const paired = analyzeText('The bundle adds older games, among them Skyreach 3 and Dunmoor 2.').actors;
    expect(paired.map((a) => [a.name, a.kind])).toEqual([['Skyreach 3', 'other'], ['Dunmoor 2', 'other']]);
  });

  it('ends a product name at its model words, and keeps a well-known maker apart from it', () => {
    const actors = analyzeText('It runs more games in 4K than Sony’s Vellum 4 Pro Max, the reviewer wrote.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Sony', 'organization'], ['Vellum 4 Pro Max', 'other']]);
    const headset = analyzeText('Sony’s Vellum VR is comfortable and cheap. The Vellum VR has few games.').actors;
    expect(headset.map((a) => [a.name, a.kind])).toEqual([['Sony', 'organization'], ['Vellum VR', 'other']]);
  });

  it('takes a title-case run in quotation marks as one work, but not quoted speech', () => {
    const actors = analyzeText('The studio released "Super Harrow Run" in 2016, and reviewers compared it to "Vell Arrival." "We Will Win," the coach said.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Super Harrow Run', 'other'], ['Vell Arrival', 'other']]);
  });

  it('takes no party member, doctrine or adjective of style for an actor', () => {
    const found = names('A Republican senator called the Kafkaesque rules a relic of Communism, and Communist officials met Lena Vorst of the Communist Party of Norvia.');
    for (const word of ['Republican', 'Kafkaesque', 'Communism', 'Communist']) expect(found).not.toContain(word);
    expect(found).toContain('Lena Vorst');
    expect(found).toContain('Communist Party of Norvia');
  });

  it('leaves a sentence-opening word out of a name the text gives on its own', () => {
    const found = names('Velbook keeps profiles of everyone. (See Velbook’s own description of this process.) I did not see the page.');
    expect(found).toEqual(['Velbook']);
  });

  it('joins a one-word first name the tagger cut from the one-word surname after it', () => {
    const text = 'the music of Oriel Vantrasse—all of which heralded a new age, and Oriel, Vantrasse';
    const tokens = tokenize(text);
    const at = (form: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.form === form);
    const person = (k: number): TaggedSpan => ({ first: k, end: k + 1, type: 'PER' });
    // As the tagger gave them: two people side by side, and two apart across a comma.
    const spans = [person(at('Oriel')), person(at('Vantrasse')), person(at('Oriel', at('and'))), person(at('Vantrasse', at('and')))];
    const found = findCandidates(tokens, spans, tokenContext(tokens, splitSentences(tokens)))
      .map((c) => tokens.slice(c.first, c.end).map((t) => t.form).join(' '));
    expect(found).toEqual(['Oriel Vantrasse', 'Oriel', 'Vantrasse']);
  });

  it('cuts an office after a title\'s "of" off the person\'s name', () => {
    const text = 'Former Secretary of State Lena Hart met Chief of Staff Orin Vale on Monday.';
    const tokens = tokenize(text);
    const at = (form: string) => tokens.findIndex((t) => t.form === form);
    // As the tagger might give them: the office's last word taken for the start of the name.
    const spans: TaggedSpan[] = [{ first: at('State'), end: at('met'), type: 'ORG' }, { first: at('Staff'), end: at('on'), type: 'ORG' }];
    const found = findCandidates(tokens, spans, tokenContext(tokens, splitSentences(tokens)))
      .map((c) => `${tokens.slice(c.titleFirst ?? c.first, c.first).map((t) => t.form).join(' ')}|${tokens.slice(c.first, c.end).map((t) => t.form).join(' ')}:${c.type}`);
    expect(found).toEqual(['Former Secretary of State|Lena Hart:PER', 'Chief of Staff|Orin Vale:PER']);
  });

  it('takes the capitalized words after "the journal", "the game" and the like as one name of that kind', () => {
    const kinds = (text: string) => analyzeText(text).actors.map((a) => `${a.name}:${a.kind}`);
    expect(kinds('The findings were published in the journal Current Biology on Monday.')).toEqual(['Current Biology:organization']);
    expect(kinds('Critics liked the film The Long Walk.')).toEqual(['The Long Walk:other']);
    expect(kinds('We tested the game Killer Instinct at home.')).toEqual(['Killer Instinct:other']);
    // A person after such a noun keeps being one.
    expect(kinds('The company Ana Ruiz founded is growing.')).toEqual(['Ana Ruiz:person']);
  });

  it('joins again a name of several words where it repeats cut into pieces', () => {
    const text = 'We played Shadows of Korvath all week. Later, Shadows of Korvath ran faster, and Shadows came back.';
    const tokens = tokenize(text);
    const at = (form: string, from = 0) => tokens.findIndex((t, i) => i >= from && t.form === form);
    const later = at('Later');
    // As the tagger might give them: whole the first time, in two pieces the second.
    const spans: TaggedSpan[] = [
      { first: at('Shadows'), end: at('all'), type: 'MISC' },
      { first: at('Shadows', later), end: at('Shadows', later) + 1, type: 'PER' },
      { first: at('Korvath', later), end: at('ran'), type: 'MISC' },
      { first: at('Shadows', at('and')), end: at('Shadows', at('and')) + 1, type: 'PER' },
    ];
    const found = findCandidates(tokens, spans, tokenContext(tokens, splitSentences(tokens)))
      .map((c) => `${tokens.slice(c.first, c.end).map((t) => t.form).join(' ')}:${c.type}`);
    // The one-word piece standing alone elsewhere is left as it is.
    expect(found).toEqual(['Shadows of Korvath:MISC', 'Shadows of Korvath:MISC', 'Shadows:PER']);
  });

  it('keeps a thing the text names on its own apart from its owner’s possessive', () => {
    const found = names('Critics liked Velta’s Gamestation Mini. The Gamestation Mini costs less than the Gamestation, and shoppers on Fisher’s Wharf queued for it.');
    expect(found).toContain('Velta');
    expect(found.join('|')).not.toContain('Velta’s');
    expect(found).toContain('Fisher’s Wharf');
  });

  it('joins a possessive inside a name whose first word elsewhere only heads an "of" title', () => {
    const found = names('The lamps shone at the 1964 World’s Fair in Lisbon, under a banner for “The World of Glass.”');
    expect(found).toContain('World’s Fair');
    expect(found).not.toContain('Fair');
  });

  it('does not take a plural opening a sentence, joined to a lower-case plural, for a name', () => {
    const found = names('Pubs and cinemas closed early in Quenby. Reuters and others reported it first.');
    expect(found).not.toContain('Pubs');
    expect(found).toContain('Reuters');
  });

  it('keeps a word that ranks a title out of the body’s name before it', () => {
    const found = names('Senate Majority Leader Dana Whitcomb called the vote a reprieve.');
    expect(found).toContain('Dana Whitcomb');
    expect(found).not.toContain('Senate Majority');
  });

  it('joins a body owned by a plural of people ("Fishermen\'s Association"), and reads titles before a given name as a person\'s', () => {
    const found = names("Members of the Kestrel Bay Fishermen's Association and the Farmers' Union met Petty Officer Sam Lowry.");
    expect(found).toContain("Kestrel Bay Fishermen's Association");
    expect(found).toContain("Farmers' Union");
    expect(found).toContain('Sam Lowry');
    expect(kindOf("Members of the Farmers' Union met Petty Officer Sam Lowry.", 'Sam Lowry')).toBe('person');
  });

  it('keeps the title words that end a body named for an office', () => {
    expect(names('The Office of Inspector General investigated the case.')).toContain('Office of Inspector General');
    expect(names('The Office of the Attorney General sued.')).toContain('Office of the Attorney General');
  });

  it('joins a person’s name over a capitalized particle the tagger cut at', () => {
    expect(names('Qatari Prime Minister Sheikh Hamad bin Abdulkarim Al Nuri said in Doha that a deal was close.')).toContain('Hamad bin Abdulkarim Al Nuri');
  });

  it('does not take a plural of a word for people opening a sentence, even after a dateline, for a name', () => {
    const found = names('OSLO — Negotiators from Quenby and Velmar met on Sunday. Mediators said little.');
    expect(found).not.toContain('Negotiators');
    expect(found).not.toContain('Mediators');
  });

  it('cuts an honorific off a person whose surname is also a place word', () => {
    expect(kindOf('Dr. Helen Park, a neurologist, led the trial. Park said it worked.', 'Helen Park')).toBe('person');
  });

  it('finds brands written with a small first letter, with their model words, but not units', () => {
    const text = 'It beats the Velta iPhone 16 easily. She sold it on eBay last week. The iVista Pro runs qOS well. The mRNA vaccine holds 5 kWh.';
    const found = names(text);
    expect(found).toEqual(expect.arrayContaining(['iPhone 16', 'eBay', 'iVista Pro', 'qOS']));
    expect(found).not.toContain('Pro');
    expect(found).not.toContain('mRNA');
    expect(found).not.toContain('kWh');
    expect(kindOf(text, 'eBay')).toBe('organization');
    expect(kindOf(text, 'iVista Pro')).toBe('other');
  });

  it('extends a person’s name over the capitalized words of a school or body named after them', () => {
    const found = names('Marisol Vega is a teacher at Lincoln High School in Quenby.');
    expect(found).toContain('Lincoln High School');
    expect(kindOf('Marisol Vega is a teacher at Lincoln High School in Quenby.', 'Lincoln High School')).toBe('organization');
  });

  it('drops a compass word a title-case headline capitalized when the story writes it in lower case', () => {
    const text = 'Storm Cuts Power Across Northern Quenby\n\nA storm swept across northern Quenby on Tuesday, officials said.';
    expect(names(text)).not.toContain('Northern Quenby');
    expect(kindOf(text, 'Quenby')).toBe('place');
    // Written capitalized in the story too, it stays: "North Velmaria" is the name.
    expect(names('Talks With North Velmaria Resume\n\nEnvoys from North Velmaria arrived on Tuesday.')).toContain('North Velmaria');
  });

  it('joins a body named by a plural of people, "of the" and a name', () => {
    expect(names('She is a member of the Friends of the Eastbrook Library.')).toContain('Friends of the Eastbrook Library');
  });

  it('reads a name headed by a waterfront word as a place', () => {
    expect(kindOf('Workers cleared debris along the Riverside Promenade in Eastbrook.', 'Riverside Promenade')).toBe('place');
  });

  it('reads a quoted title that opens with a pronoun', () => {
    expect(names('Old songs had titles such as “You Loved Me Like a Distant Harbor” then.')).toContain('You Loved Me Like a Distant Harbor');
  });

  it('finds names in an all-caps headline without taking the headline words', () => {
    const found = names('JAPAN AND TAIWAN RULING PARTIES HOLD FIRST SECURITY TALKS\nLawmakers from Japan and Taiwan met on Friday.');
    expect(found).toContain('Japan');
    expect(found).toContain('Taiwan');
    for (const word of ['RULING', 'PARTIES', 'HOLD', 'FIRST', 'SECURITY', 'TALKS']) expect(found.join(' ')).not.toContain(word);
  });

  it('reads soft hyphens, zero-width characters and curly quotes as the plain name', () => {
    const text = 'Officials in Mass\u00adachusetts praised Tai\u200bwan’s “Taipei” office.';
    const result = analyzeText(text);
    expect(result.actors.map((a) => a.name)).toContain('Massachusetts');
    const mention = result.mentions.find((m) => text.slice(m.start, m.end).startsWith('Mass'));
    expect(text.slice(mention!.start, mention!.end)).toBe('Mass\u00adachusetts');
  });

  it('skips bylines and photo credits', () => {
    const found = names('by Eleanor Ainge Roy\nThe whales stranded near Auckland.\nPhotograph: Adrian Malloch for the Guardian');
    expect(found).toContain('Auckland');
    expect(found).not.toContain('Eleanor Ainge Roy');
    expect(found).not.toContain('Adrian Malloch');
  });
});

describe('kinds', () => {
  it('takes a one-word name for a company when an appositive or a copula says it is one', () => {
    const kinds = (text: string) => analyzeText(text).actors.map((a) => [a.name, a.kind]);
    expect(kinds('Velmar, a maker of industrial pumps based in Ohio, cut jobs.')).toContainEqual(['Velmar', 'organization']);
    expect(kinds('Holm, the mayor of Dunmore, agreed.')).toContainEqual(['Holm', 'person']);
    expect(kinds('Corvalo is a startup that sells sensors.')).toContainEqual(['Corvalo', 'organization']);
  });

  it('reads a storm\'s name as a thing, and a party\'s members standing for it as the party', () => {
    const kinds = (text: string) => analyzeText(text).actors.map((a) => [a.name, a.kind]);
    expect(kinds('Hurricane Vella made landfall on Sunday, and Tropical Storm Orrin formed.')).toEqual([['Hurricane Vella', 'other'], ['Tropical Storm Orrin', 'other']]);
    expect(kinds('In the Senate, Democrats hold a slim majority.')).toEqual([['Senate', 'organization'], ['Democrats', 'organization']]);
  });

  it('takes a sentence\'s first word before ", which" or ", who" for a name, but no common word', () => {
    const actors = analyzeText('Corvalo, which makes solar inverters, reported a loss. However, which plan wins is unclear.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Corvalo', 'organization']]);
    expect(actors[0]?.descriptors.map((d) => d.text)).toEqual(['which makes solar inverters']);
  });

  it('keeps the noun that closes the name of an idea or an affair', () => {
    const actors = analyzeText('Few believed the Vellum conjecture until the Orrin scandal broke, and Lena Hart proved the Ruiz theorem.').actors;
    expect(actors.map((a) => [a.name, a.kind])).toEqual([['Vellum conjecture', 'other'], ['Orrin scandal', 'other'], ['Lena Hart', 'person'], ['Ruiz theorem', 'other']]);
  });

  it('takes the kind of listed names from the noun before a colon, when the list ends the sentence', () => {
    const kinds = (text: string) => analyzeText(text).actors.map((a) => [a.name, a.kind]);
    expect(kinds('We tested three games: Killer Rhythm, Velvet Harbor and Tumble Town.')).toEqual([
      ['Killer Rhythm', 'other'], ['Velvet Harbor', 'other'], ['Tumble Town', 'other']]);
    // Speech after a colon is no list.
    expect(kinds('The minister said: Lena Hart and Dev Okafor will lead.')).toEqual([['Lena Hart', 'person'], ['Dev Okafor', 'person']]);
  });

  it('reads organization, place and other cue words at the head of a name', () => {
    const text = 'Researchers at Stanford University and the Center on Poverty and Inequality studied the Taiwan Strait and the Paris Agreement.';
    expect(kindOf(text, 'Stanford University')).toBe('organization');
    expect(kindOf(text, 'Center on Poverty and Inequality')).toBe('organization');
    expect(kindOf(text, 'Taiwan Strait')).toBe('place');
  });

  it('makes known places places and people people', () => {
    const text = 'Prime Minister Yoshihide Suga flew from Tokyo to Canberra to meet leaders of Australia.';
    expect(kindOf(text, 'Yoshihide Suga')).toBe('person');
    expect(kindOf(text, 'Tokyo')).toBe('place');
    expect(kindOf(text, 'Australia')).toBe('place');
  });

  it('joins names around "&" into one organization', () => {
    expect(kindOf('Shares of Douglas & Lomason rose on Friday after the merger.', 'Douglas & Lomason')).toBe('organization');
    expect(kindOf('Talks with Procter & Gamble ended on Monday.', 'Procter & Gamble')).toBe('organization');
  });

  it('ends an organization name before a date word and after a corporate suffix', () => {
    expect(names('The U.N. Security Council on Friday condemned the coup.')).toContain('U.N. Security Council');
    const found = names('The cars are made by Kia Motor Corp of South Korea, officials said.');
    expect(found).toContain('Kia Motor Corp');
    expect(found).toContain('South Korea');
  });

  it('leaves "Ohio-based" out of the name after it', () => {
    expect(names('Analysts said Minneapolis-based First Bank System Inc. wanted a deal.')).toContain('First Bank System Inc.');
  });

  it('reads generic company heads and more place heads as cue words', () => {
    expect(kindOf('Erin Purcell of Reagan Communications said the ships were ready.', 'Reagan Communications')).toBe('organization');
    expect(kindOf('Talks with Daniels Pharmaceuticals ended on Monday.', 'Daniels Pharmaceuticals')).toBe('organization');
    expect(kindOf('Troops moved along the Khan Yunis Strip on Monday.', 'Khan Yunis Strip')).toBe('place');
    expect(kindOf('Officials at Bagram Air Base said nothing.', 'Bagram Air Base')).toBe('place');
  });

  it('starts a name after an attribute word inside the span', () => {
    expect(names('Shares of St. Louis-based Mercantile Bancorp rose.')).toContain('Mercantile Bancorp');
  });

  it('keeps nationalities, sentence-opening common words, date words and "of <place>" out of a person\'s name', () => {
    expect(kindOf('Miller won a seventh round knock-out over fellow American James Heath on Saturday.', 'James Heath')).toBe('person');
    expect(names('Instead Joubert kicked another long penalty.')).toEqual(['Joubert']);
    expect(names('Albright will meet Foreign Minister Jose Miguel Insulza Monday for talks.')).toContain('Jose Miguel Insulza');
    const found = names('Security Council President Tono Eitel of Germany said members agreed.');
    expect(found).toContain('Tono Eitel');
    expect(found).toContain('Germany');
  });

  it('cuts a religious title off a place before a person\'s name', () => {
    expect(kindOf('Chicago Cardinal Joseph Bernardin died on Thursday.', 'Joseph Bernardin')).toBe('person');
  });

  it('takes the one capitalized word before a publication noun as an organization', () => {
    expect(kindOf('Liberte newspaper said the bomb was hidden in a bag.', 'Liberte')).toBe('organization');
    expect(names('Local newspaper reports said the bomb was hidden.')).toEqual([]);
  });
});
