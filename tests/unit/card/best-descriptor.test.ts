import { describe, expect, it } from 'vitest';
import { leadingDescriptorFirst } from '../../../lib/card/best-descriptor';

const evidence = (text: string, start: number) => ({ text, start, end: start + text.length });

describe('the descriptor a card leads with', () => {
  it('prefers a role with its organization to a bare title or a long clause', () => {
    const descriptors = [
      evidence('Senator', 0),
      evidence('co-founder and CEO of Vidyard', 20),
      evidence('a man who has spent the better part of two decades arguing, in public and in private, that the harbour should be rebuilt', 60),
    ];
    expect(leadingDescriptorFirst(descriptors, 'person').map((d) => d.start)).toEqual([20, 0, 60]);
  });

  it('keeps a single descriptor, and the order of the rest', () => {
    expect(leadingDescriptorFirst([evidence('mayor', 3)], 'person')).toEqual([evidence('mayor', 3)]);
    const three = [evidence('an economist at Harvard', 0), evidence('economist', 30), evidence('Professor', 50)];
    expect(leadingDescriptorFirst(three, 'person').map((d) => d.start)).toEqual([0, 30, 50]);
  });
});
