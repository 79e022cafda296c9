import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, wantsCsv } from './csv.js';

describe('csv', () => {
  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(-2)).toBe('-2');
  });

  it('defuses spreadsheet formulas in text cells', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('@cmd')).toBe("'@cmd");
  });

  it('writes a header and CRLF-terminated rows', () => {
    expect(toCsv({ columns: ['a', 'b'], rows: [{ a: 1, b: 'x,y' }, { a: 2 }] })).toBe('a,b\r\n1,"x,y"\r\n2,\r\n');
  });

  it('negotiates on the Accept header', () => {
    expect(wantsCsv('text/csv')).toBe(true);
    expect(wantsCsv('application/json, text/csv;q=0.5')).toBe(true);
    expect(wantsCsv('text/csv;q=0')).toBe(false);
    expect(wantsCsv('application/json')).toBe(false);
    expect(wantsCsv(undefined)).toBe(false);
  });
});
