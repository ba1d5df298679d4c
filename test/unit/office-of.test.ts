/**
 * An office named with its state after "of" is that state's office holder at the article's date, as
 * "the Russian president" is (issue 13). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '@/lib/nlp/pipeline';

const pairs = (text: string, published: string) =>
  extractDocument({ id: 'doc', title: '', text, published, path: 'test' }).events.map(
    (e) => `${e.source.join('+')} -> ${e.target.join('+')}`,
  );

describe('"the <office> of <state>"', () => {
  it.each<[string, string, string]>([
    ['The president of Russia criticised NATO.', '2016-05-10', 'vladimir-putin -> nato'],
    ['The president of Russia criticised NATO.', '2010-05-10', 'dmitry-medvedev -> nato'],
    ['The prime minister of India met Barack Obama.', '2015-01-25', 'narendra-modi -> barack-obama'],
    ['The foreign minister of Germany criticised Turkey.', '2016-05-10', 'frank-walter-steinmeier -> turkey'],
    // "leader" is an office only where the state's top office is called so
    ['The North Korean leader threatened Japan.', '2017-09-10', 'kim-jong-un -> japan'],
    ['The North Korean leader threatened Japan.', '2005-09-10', 'kim-jong-il -> japan'],
    ['The leader of North Korea threatened Japan.', '2017-09-10', 'kim-jong-un -> japan'],
    ['The German leader criticised Turkey.', '2016-05-10', 'deu-leader -> turkey'],
  ])('%s (%s)', (text, published, want) => {
    expect(pairs(text, published)).toContain(want);
  });

  it('leaves a name with "of" inside it alone: the Bank of England is no office of England', () => {
    const doc = extractDocument({
      id: 'doc',
      title: '',
      text: 'The Bank of England praised the Treasury.',
      published: '2016-05-10',
      path: 'test',
    });
    expect([...doc.actors.keys()]).not.toContain('united-kingdom');
  });
});
