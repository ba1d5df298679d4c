/**
 * Datelines: the publication date an article states at its top, read when it came with none
 * (pasted text, a file without front matter). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '@/lib/corpus';
import { findDateline } from '@/lib/corpus/dateline';

describe('findDateline', () => {
  it.each([
    ['PARIS, 13 July 2017 — France and Mexico agreed on a trade accord.', '2017-07-13'],
    ['WASHINGTON, July 13, 2017 - The senators met on Thursday.', '2017-07-13'],
    ['WASHINGTON (Reuters), July 13, 2017 -- The senators met.', '2017-07-13'],
    ['Rio de Janeiro, 3 Feb. 2016: Brazil recalled its envoy.', '2016-02-03'],
    ['São Paulo, 2016-02-03 — Brazil recalled its envoy.', '2016-02-03'],
    ['13 July 2017 — The French president spoke.', '2017-07-13'],
    ['Harbour accord\n\n12 May 2015\n\nFinland and Estonia signed.', '2015-05-12'],
    ['Harbour accord\nTuesday, May 12, 2015\nFinland and Estonia signed.', '2015-05-12'],
    ['Harbour accord\nPublished: 2015-05-12 14:30 GMT\nText.', '2015-05-12'],
    ['Harbour accord\nUpdated 12 May 2015, 09:05\nText.', '2015-05-12'],
    ['Harbour accord\n1st March 2019\nText.', '2019-03-01'],
  ])('%j is dated %s', (text, day) => {
    expect(findDateline(text)?.day).toBe(day);
  });

  it.each([
    ['May 2015 was a busy month for the ministry.'],
    ['In a speech on 12 May 2015 the minister praised Estonia.'],
    ['The 1988 treaty still holds.'],
    ['Room 1988 was booked.'],
    ['PARIS (AP) — France and Mexico agreed on a trade accord.'],
    ['Harbour accord\n30 February 2015\nText.'],
    ['Harbour accord\n12 May 1815\nText.'],
    ['One\nTwo\nThree\nFour\nFive\nSix\n12 May 2015\nText.'],
  ])('%j has no dateline', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe('documents without a date take their dateline', () => {
  it('pasted text: the date line under the title dates it, and the title stays the title', () => {
    const { documents } = parseDocumentFile(
      'pasted.txt',
      'Harbour accord\n12 May 2015\n\nFinland and Estonia signed.',
    );
    expect(documents[0]).toMatchObject({
      title: 'Harbour accord',
      published: '2015-05-12',
      publishedFrom: 'dateline',
    });
  });

  it('a date line first: the next line is the title', () => {
    const { documents } = parseDocumentFile(
      'pasted.txt',
      '12 May 2015\nHarbour accord\n\nFinland and Estonia signed.',
    );
    expect(documents[0]).toMatchObject({ title: 'Harbour accord', published: '2015-05-12' });
  });

  it('a .jsonl line without "published", and a dateline paragraph', () => {
    const line = JSON.stringify({ text: 'PARIS, 13 July 2017 — France and Mexico agreed.' });
    const { documents } = parseDocumentFile('a.jsonl', `${line}\n`);
    expect(documents[0]!.published).toBe('2017-07-13');
  });

  it('a date given in front matter or JSON wins over the text', () => {
    const md = parseDocumentFile(
      'a.md',
      '---\npublished: 2020-01-02\n---\nPARIS, 13 July 2017 — France spoke.',
    );
    expect(md.documents[0]).toMatchObject({ published: '2020-01-02' });
    expect(md.documents[0]!.publishedFrom).toBeUndefined();
  });
});
