import { describe, expect, it } from 'vitest';
import { firstDescriptor, groupByKind } from '../../../components/CastList';
import type { Actor } from '../../../lib/engine/types';

const actor = (name: string, kind: Actor['kind'], mentions: number, descriptors: Array<[string, number]> = []): Actor => ({
  id: `${kind}:${name.toLowerCase()}`,
  name,
  kind,
  aliases: [],
  descriptors: descriptors.map(([text, start]) => ({ text, start, end: start + text.length })),
  quotes: [],
  mentions,
});

describe('groupByKind', () => {
  it('groups in the fixed kind order, most mentioned first, then by name, and drops empty kinds', () => {
    const groups = groupByKind([
      actor('Tokyo', 'place', 2),
      actor('Zhao Lijian', 'person', 2),
      actor('Taro Aso', 'person', 5),
      actor('Anna Lee', 'person', 2),
    ]);
    expect(groups.map((group) => group.kind)).toEqual(['person', 'place']);
    expect(groups[0]!.actors.map((a) => a.name)).toEqual(['Taro Aso', 'Anna Lee', 'Zhao Lijian']);
  });
});

describe('firstDescriptor', () => {
  it('is the descriptor that comes first in the article', () => {
    expect(firstDescriptor(actor('Taro Aso', 'person', 1, [['vice-president', 900], ['Deputy Prime Minister', 12]]))).toBe('Deputy Prime Minister');
    expect(firstDescriptor(actor('Tokyo', 'place', 1))).toBeNull();
  });
});
