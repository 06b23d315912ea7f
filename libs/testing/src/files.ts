import { deflateRawSync } from 'node:zlib';

/**
 * A one-part ZIP archive (what an XLSX is) whose headers declare `declaredSize` for a part that inflates to
 * `content`: with honest headers and a large run of one byte it is a zip bomb, with a small declared size a liar.
 */
export function zipWithOnePart(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const directoryOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
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
