/**
 * The network's picture file (components/network/export.ts): the drawing with a title, the filters
 * in words (describeView), the dates of the relations and the legend, all escaped for XML.
 */
import { describe, expect, it } from 'vitest';
import {
  composeNetworkSvg,
  datesInWords,
  LEGEND_KINDS,
  LEGEND_STANCES,
  xmlText,
} from '@/components/network/export';
import { describeView } from '@/lib/dashboard/describe';
import { STANCE_COLOR } from '@/lib/dashboard/palette';
import { EMPTY_FILTERS } from '@/lib/filters';

const DRAWING =
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="460">' +
  '<g data-actor-id="vladimir-putin"><circle r="9"/></g></svg>';

describe('composeNetworkSvg', () => {
  const view = describeView(
    {
      ...EMPTY_FILTERS,
      actors: ['vladimir-putin'],
      stance: ['hostile'],
      from: '2016-11-01',
      to: '2017-01-31',
    },
    (id) => ({ 'vladimir-putin': 'Vladimir Putin' })[id],
  );
  const out = composeNetworkSvg(DRAWING, 800, 460, {
    title: `Relations: ${view.title}`,
    lines: view.lines,
    dates: { first: '2016-11-14', last: '2017-01-20' },
  });

  it('has a title, each filter line, and the dates of the relations drawn', () => {
    expect(out.svg).toContain('>Relations: Events of Vladimir Putin</text>');
    expect(out.svg).toContain('<title>Relations: Events of Vladimir Putin</title>');
    expect(view.lines.length).toBe(2);
    for (const line of view.lines) expect(out.svg).toContain(`>${xmlText(line)}</text>`);
    expect(out.svg).toContain('>stance: hostile</text>');
    expect(out.svg).toContain('>dates: 1 Nov 2016 to 31 Jan 2017</text>');
    expect(out.svg).toContain('>relations dated 14 Nov 2016 to 20 Jan 2017</text>');
  });

  it('has the legend: each stance in its colour, each kind with its glyph, how to read an arrow', () => {
    for (const { stance, label } of LEGEND_STANCES) {
      expect(out.svg).toContain(`stroke="${STANCE_COLOR[stance]}"`);
      expect(out.svg).toContain(`>${xmlText(label)}</text>`);
    }
    for (const { label } of LEGEND_KINDS) expect(out.svg).toContain(`>${label}</text>`);
    // a circle, and a path each for the square, the hexagon and the triangle
    expect(
      out.svg.match(
        /<g transform="translate\([\d.]+,[\d.]+\)" fill="#f4f1ea"[^>]*>(<path d="M[^"]+"\/>|<circle r="6"\/>)<\/g>/g,
      ),
    ).toHaveLength(4);
    expect(out.svg).toContain('width: events');
  });

  it('holds the drawing once, without its XML declaration, below the caption', () => {
    expect(out.svg.match(/<\?xml/g)).toHaveLength(1);
    expect(out.svg).toContain('<g data-actor-id="vladimir-putin"><circle r="9"/></g>');
    const at = /<g transform="translate\((\d+),(\d+)\)"><svg/.exec(out.svg);
    expect(at).not.toBeNull();
    expect(Number(at![2])).toBeGreaterThan(16 + 3 * 18); // the title and three lines above it
    expect(out.height).toBeGreaterThan(460 + Number(at![2]));
    expect(out.svg).toContain(`viewBox="0 0 ${out.width} ${out.height}"`);
  });

  it('escapes what a title or a filter line may hold', () => {
    const hostile = composeNetworkSvg(DRAWING, 800, 460, {
      title: 'Relations: Events of <script>alert("x")</script> & co',
      lines: ['words: “a < b”'],
      dates: null,
    });
    expect(hostile.svg).not.toContain('<script>');
    expect(hostile.svg).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; co');
    expect(hostile.svg).toContain('>relations undated</text>');
  });

  it('grows with the caption: more filter lines, a taller picture', () => {
    const one = composeNetworkSvg(DRAWING, 800, 460, { title: 'T', lines: [], dates: null });
    const three = composeNetworkSvg(DRAWING, 800, 460, { title: 'T', lines: ['a', 'b', 'c'], dates: null });
    expect(three.height - one.height).toBe(3 * 18);
  });

  it('is at least wide enough for its legend, and centres a narrow drawing', () => {
    const narrow = composeNetworkSvg(DRAWING, 360, 460, { title: 'T', lines: [], dates: null });
    expect(narrow.width).toBe(480);
    expect(narrow.svg).toContain('<g transform="translate(60,');
  });
});

describe('datesInWords', () => {
  it.each([
    [{ first: '2016-11-14', last: '2017-01-20' }, '14 Nov 2016 to 20 Jan 2017'],
    [{ first: '2016-11-14', last: '2016-11-14' }, '14 Nov 2016'],
  ])('datesInWords(%j) is %s', (d, words) => {
    expect(datesInWords(d)).toBe(words);
  });
});
