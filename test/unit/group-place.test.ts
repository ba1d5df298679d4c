/**
 * A group named with no state takes the state of where it acts (issue 13): sentences written here,
 * through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';

const actorIds = (text: string) => [
  ...extractDocument({ id: 'doc', title: '', text, published: '2019-05-20', path: 'test' }).actors.keys(),
];

describe('a stateless group takes the state where it acts', () => {
  it('from a place its sentence names', () => {
    const ids = actorIds('Protesters in Caracas clashed with police on Saturday.');
    expect(ids).toContain('ven-police');
    expect(ids).not.toContain('police');
  });

  it('from the one state the article is about', () => {
    const ids = actorIds(
      'Kenya said it would review the vote. Police fired tear gas at students in Nairobi.',
    );
    expect(ids).toContain('ken-police');
  });

  it('stays stateless when the article names several states and the sentence no place', () => {
    const ids = actorIds('Russia and Turkey traded accusations. Police later arrested two men.');
    expect(ids).toContain('police');
    expect(ids.some((id) => /-police$/.test(id))).toBe(false);
  });

  it('keeps a faith’s group across states', () => {
    const ids = actorIds('Shiite militias in Basra and Iraqi officials met in Baghdad.');
    expect(ids).toContain('shiite-militias');
  });
});
