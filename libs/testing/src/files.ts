import { deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  content: Buffer;
  /** The size the headers declare, if not the true one (a lying header). */
  declaredSize?: number;
}

/**
 * The fields a local header and a central directory entry share, from "version needed" on (offset 4 in the one, 6 in
 * the other): version 2.0, deflate, both sizes and the name's length; the CRC stays zero, which readers here ignore.
 */
function writeEntryFields(header: Buffer, at: number, compressed: number, declared: number, nameLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(8, at + 4);
  header.writeUInt32LE(compressed, at + 14);
  header.writeUInt32LE(declared, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** A ZIP archive (what an XLSX is) of deflated parts, with local headers, central directory and end record. */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = deflateRawSync(part.content);
    const name = Buffer.from(part.name);
    const declared = part.declaredSize ?? part.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, data.length, declared, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, data.length, declared, name.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A one-part ZIP archive whose headers declare `declaredSize` for a part that inflates to `content`: with honest
 * headers and a large run of one byte it is a zip bomb, with a small declared size a liar.
 */
export function zipWithOnePart(name: string, content: Buffer, declaredSize = content.length): Buffer {
  return zipArchive([{ name, content, declaredSize }]);
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * The smallest XLSX Excel and exceljs read: one sheet of inline strings, written directly, so that a file of a million
 * rows takes seconds to build rather than exceljs's minutes.
 */
export function minimalXlsx(rows: Iterable<string[]>): Buffer {
  const sheet: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'];
  let line = 0;
  for (const cells of rows) {
    line++;
    sheet.push(`<row r="${line}">`);
    // exceljs needs each cell's address; up to 26 columns (A–Z) are enough here.
    cells.forEach((cell, column) =>
      sheet.push(`<c r="${String.fromCharCode(65 + column)}${line}" t="inlineStr"><is><t>${cell.replace(/[&<>"]/g, (c) => XML_ESCAPES[c])}</t></is></c>`),
    );
    sheet.push('</row>');
  }
  sheet.push('</sheetData></worksheet>');
  const part = (name: string, xml: string): ZipPart => ({ name, content: Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`) });
  const relationship = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipArchive([
    part(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    part('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationship}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${relationship}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationship}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    // exceljs's streaming reader expects a shared-strings part before the sheets, even an empty one.
    part('xl/sharedStrings.xml', '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>'),
    { name: 'xl/worksheets/sheet1.xml', content: Buffer.from(sheet.join('')) },
  ]);
}

/**
 * A region import file of `rows` rows below a county: townships from code …500000 up, each followed by up to 999
 * villages, all valid and unique. `nameLength` pads the names, to reach a file size.
 */
export function regionsCsv(countyCode: string, rows: number, nameLength = 6): string {
  const county = countyCode.slice(0, 6);
  const lines = ['code,name,level,parent_code,kind'];
  const named = (label: string) => label.padEnd(nameLength, '村').slice(0, Math.max(nameLength, label.length));
  for (let written = 0, township = 500; written < rows; township++) {
    const townshipCode = `${county}${township}000`;
    lines.push(`${townshipCode},${named(`镇${township}`)},township,${countyCode},town`);
    written++;
    for (let village = 1; village <= 999 && written < rows; village++, written++) {
      lines.push(`${county}${township}${String(village).padStart(3, '0')},${named(`村${village}`)},village,${townshipCode},village`);
    }
  }
  return `${lines.join('\n')}\n`;
}
