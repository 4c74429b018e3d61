import { defaultConfig } from '../../config';
import { applyUnits, exportUnits } from '../units';
import { buildXliff, parseXliff, XliffError, type XliffFile } from '../xliff';

const F = defaultConfig.fields;
const HOSTILE = 'Tom & Jerry <b> ]]> "q" 🎉 Bru\u0308cke';

const german = {
  title: `Brücke gesperrt ${HOSTILE}`,
  subtitle: '',
  lead: 'Die Brücke ist gesperrt.',
  body: [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Umleitung' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Bitte ' },
        { type: 'text', text: 'beachten', bold: true, italic: true },
        { type: 'text', text: ' Sie die ' },
        {
          type: 'link',
          url: 'https://www.leipzig.de/umleitung',
          children: [{ type: 'text', text: 'Karte' }],
        },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Linie 1' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'Linie 2' }] },
      ],
    },
    { type: 'code', children: [{ type: 'text', text: 'B2 <-> B3' }] },
  ],
  images: [
    {
      id: 7,
      file: { id: 42, url: '/uploads/a.png' },
      caption: 'Die Brücke',
      alt: 'Eine gesperrte Brücke',
      credit: 'Stadt Leipzig',
      licence: 'CC BY 4.0',
    },
  ],
  corrections: [{ id: 3, date: '2025-05-08T10:00:00.000Z', note: 'Datum korrigiert.' }],
};

const fileOf = (units = exportUnits(german, null, F)): XliffFile => ({
  original: 'press-release/doc1',
  sourceLanguage: 'de',
  targetLanguage: 'en',
  revision: 'rev1',
  title: german.title,
  units,
});

/** What a CAT tool does: fill each target, keeping the <g> codes of the source. */
const translate = (xml: string, replacements: [string, string][]) => {
  let out = xml.replace(/<source>([\s\S]*?)<\/source>/g, (all, source: string) => {
    let target = source;
    for (const [from, to] of replacements) target = target.split(from).join(to);
    return `${all}\n        <target>${target}</target>`;
  });
  out = out.replace(/<target>[\s\S]*?<\/target>\n\s*<target>/g, '<target>');
  return out;
};

describe('XLIFF 1.2 export', () => {
  const xml = buildXliff([fileOf()], new Date('2025-05-08T10:00:00Z'));

  it('has one unit per field, block and list item, with inline codes for formatting and links', () => {
    expect(xml).toContain('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"');
    expect(xml).toContain('source-language="de" target-language="en"');
    expect(xml).toContain('nr:source-revision="rev1"');
    const ids = [...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'title',
      'lead',
      'body.1',
      'body.2',
      'body.3.1',
      'body.3.2',
      'body.4',
      'images.1.caption',
      'images.1.alt',
      'corrections.1',
    ]);
    expect(xml).toContain(
      '<source>Bitte <g id="2" ctype="bold"><g id="1" ctype="italic">beachten</g></g> Sie die <g id="3" ctype="link">Karte</g>.</source>'
    );
    expect(xml).toContain('<trans-unit id="body.4" translate="no"');
    expect(xml).not.toContain('https://www.leipzig.de/umleitung');
  });

  it('parses back with hostile text intact', () => {
    const [file] = parseXliff(translate(xml, []));
    expect(file).toMatchObject({
      original: 'press-release/doc1',
      sourceLanguage: 'de',
      targetLanguage: 'en',
      revision: 'rev1',
    });
    expect(file.units.find((u) => u.id === 'title')!.target).toEqual([
      { text: `Brücke gesperrt ${HOSTILE}` },
    ]);
  });
});

describe('XLIFF 1.2 import', () => {
  const translated = translate(buildXliff([fileOf()], new Date()), [
    ['Brücke gesperrt', 'Bridge closed'],
    ['Die Brücke ist gesperrt.', 'The bridge is closed.'],
    ['Umleitung', 'Diversion'],
    ['Bitte ', 'Please '],
    ['beachten', 'note'],
    [' Sie die ', ' the '],
    ['Karte', 'map'],
    ['Linie', 'Line'],
    ['Die Brücke', 'The bridge'],
    ['Eine gesperrte Brücke', 'A closed bridge'],
    ['Datum korrigiert.', 'Date corrected.'],
  ]);

  it('rebuilds the English body on the German structure, with the same marks and link', () => {
    const [file] = parseXliff(translated);
    const { data, problems } = applyUnits(german, null, file.units, F);
    expect(problems).toEqual([]);
    expect(data.title).toBe(`Bridge closed ${HOSTILE}`);
    const body = data.body as typeof german.body;
    expect(body[0]).toEqual({
      type: 'heading',
      level: 2,
      children: [{ type: 'text', text: 'Diversion' }],
    });
    expect(body[1].children).toEqual([
      { type: 'text', text: 'Please ' },
      { type: 'text', text: 'note', bold: true, italic: true },
      { type: 'text', text: ' the ' },
      {
        type: 'link',
        url: 'https://www.leipzig.de/umleitung',
        children: [{ type: 'text', text: 'map' }],
      },
      { type: 'text', text: '.' },
    ]);
    expect(body[2].children![1]).toEqual({
      type: 'list-item',
      children: [{ type: 'text', text: 'Line 2' }],
    });
    expect(body[3]).toEqual(german.body[3]);
  });

  it('copies images and corrections as new components with file ids, translated', () => {
    const [file] = parseXliff(translated);
    const { data } = applyUnits(german, null, file.units, F);
    expect(data.images).toEqual([
      {
        file: 42,
        caption: 'The bridge',
        alt: 'A closed bridge',
        credit: 'Stadt Leipzig',
        licence: 'CC BY 4.0',
      },
    ]);
    expect(data.corrections).toEqual([
      { date: '2025-05-08T10:00:00.000Z', note: 'Date corrected.' },
    ]);
  });

  it('sets only the fields that have units in the file', () => {
    const [file] = parseXliff(translated);
    const onlyTitle = file.units.filter((u) => u.id === 'title');
    const { data, results } = applyUnits(german, { title: 'Old', lead: 'Keep me' }, onlyTitle, F);
    expect(data).toEqual({ title: `Bridge closed ${HOSTILE}` });
    expect(results).toEqual([{ unit: 'title', result: 'applied' }]);
  });

  it('refuses a body with a block left untranslated, and unknown units and codes', () => {
    const [file] = parseXliff(translated);
    const units = file.units.filter((u) => u.id !== 'body.3.2');
    units.push({ id: 'weather', line: 99, target: [{ text: 'x' }] });
    const p = units.find((u) => u.id === 'body.2')!;
    p.target = [{ g: '9', children: [{ text: 'x' }] }];
    const { problems } = applyUnits(german, null, units, F);
    expect(problems.map((x) => x.message)).toEqual([
      expect.stringContaining('Unit "weather" (line 99): is not a translatable field'),
      expect.stringContaining('Unit "body.2" (line'),
      'Unit "body.3.2" has no translation; the body is imported only when every block is translated.',
    ]);
    expect(problems[1].message).toContain('inline code <g id="9"> is not in the source text');
  });
});

describe('broken or hostile files', () => {
  it.each([
    [
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file',
      /not well-formed XML.*\(line 1\)|not well-formed/,
    ],
    [
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<xliff/>',
      /A DOCTYPE is not allowed in an XLIFF file \(line 2\)/,
    ],
    [
      '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<xliff/>',
      /DOCTYPE is not allowed/,
    ],
    ['<html/>', /not an XLIFF 1.2 file/],
    [
      '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>',
      /Only XLIFF version 1.2/,
    ],
    [
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="x" source-language="de"></file></xliff>',
      /A <file> has no target-language \(line 2\)/,
    ],
    [
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="de" target-language="en"><body>\n<trans-unit id="a"/>\n<trans-unit id="a"/></body></file></xliff>',
      /Unit "a" appears twice in one file \(line 3\)/,
    ],
    [
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="de" target-language="en"><body><trans-unit id="t"><source>a</source>\n<target>b<ph id="1"/></target></trans-unit></body></file></xliff>',
      /Unit "t": <ph> is not supported/,
    ],
    ['', /empty|not well-formed/],
  ])('%#: refuses with a message and a line', (xml, message) => {
    expect(() => parseXliff(xml)).toThrow(XliffError);
    expect(() => parseXliff(xml)).toThrow(message);
  });

  it('unwraps <mrk> segment markers that CAT tools add', () => {
    const [file] = parseXliff(
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="de" target-language="en"><body><trans-unit id="title"><source>a</source><target><mrk mtype="seg" mid="1">Hello</mrk> world</target></trans-unit></body></file></xliff>'
    );
    expect(file.units[0].target).toEqual([{ text: 'Hello' }, { text: ' world' }]);
  });
});
