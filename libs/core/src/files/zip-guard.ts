import { createInflateRaw } from 'node:zlib';
import { InvalidInputError, PayloadTooLargeError } from '../errors/domain-errors';

/** How far an XLSX (a ZIP archive) may expand before it is refused as a zip bomb. */
export interface ZipLimits {
  /** All parts together, inflated. */
  maxUncompressedBytes: number;
  /** Inflated ÷ compressed size of any one part larger than RATIO_FLOOR_BYTES. */
  maxCompressionRatio: number;
}

/** Small parts (a workbook's rels, an empty sheet) legitimately compress far better than data does. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** A workbook has a few dozen parts; thousands would be an archive built to exhaust the reader. */
const MAX_ENTRIES = 10_000;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const DESCRIPTOR_SIGNATURE = 0x08074b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARK = 0xffffffff;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function unreadable(reason: string): InvalidInputError {
  return new InvalidInputError('Validation failed: file', [{ field: 'file', messages: [`not a readable XLSX file: ${reason}`] }]);
}

function tooLarge(reason: string): PayloadTooLargeError {
  return new PayloadTooLargeError(`The XLSX file is refused: ${reason}`);
}

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  throw unreadable('no ZIP central directory');
}

function centralDirectory(zip: Buffer): { entries: ZipEntry[]; directoryOffset: number } {
  const eocd = endOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  const directoryOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === ZIP64_MARK) throw tooLarge('ZIP64 archives are not accepted');
  if (count > MAX_ENTRIES) throw tooLarge(`it holds ${count} parts (at most ${MAX_ENTRIES})`);
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw unreadable('a damaged central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      uncompressedSize: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK || entry.localOffset === ZIP64_MARK) {
      throw tooLarge('ZIP64 archives are not accepted');
    }
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return { entries, directoryOffset };
}

/** Inflates `data` without keeping it, and refuses it as soon as it yields more than `limit` bytes. */
function inflatedSizeWithin(data: Buffer, limit: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        inflate.destroy();
        reject(tooLarge(`part ${name} inflates to more than its header declares (${limit} bytes)`));
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', (error) => reject(unreadable(`part ${name}: ${error.message}`)));
    inflate.end(data);
  });
}

/**
 * Checks an XLSX archive before anything unpacks it: the sizes its central directory declares (total and ratio per
 * part) against the limits, then that the parts lie one after the other with nothing hidden between them — a
 * streaming reader walks the local headers, not the directory — and finally inflates each part, counting and
 * discarding the bytes, so that a part whose header understates its size is refused at the declared size rather
 * than after it has filled the memory.
 */
export async function assertZipWithinLimits(zip: Buffer, limits: ZipLimits): Promise<void> {
  const { entries, directoryOffset } = centralDirectory(zip);
  let declaredTotal = 0;
  for (const entry of entries) {
    declaredTotal += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      throw tooLarge(`part ${entry.name} expands ${Math.round(ratio)} times (at most ${limits.maxCompressionRatio}); it looks like a zip bomb`);
    }
    if (entry.method !== STORED && entry.method !== DEFLATED) throw unreadable(`part ${entry.name} uses compression method ${entry.method}`);
  }
  if (declaredTotal > limits.maxUncompressedBytes) {
    throw tooLarge(`its parts inflate to ${declaredTotal} bytes (at most ${limits.maxUncompressedBytes})`);
  }
  const inOrder = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  let expectedOffset = 0;
  for (const entry of inOrder) {
    const at = entry.localOffset;
    if (at !== expectedOffset || at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL_SIGNATURE) {
      throw unreadable(`part ${entry.name} is not where the central directory places it`);
    }
    const dataStart = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const dataEnd = dataStart + entry.compressedSize;
    if (dataEnd > directoryOffset) throw unreadable(`part ${entry.name} runs past the archive`);
    const data = zip.subarray(dataStart, dataEnd);
    const size = entry.method === STORED ? data.length : await inflatedSizeWithin(data, entry.uncompressedSize, entry.name);
    if (size !== entry.uncompressedSize) throw unreadable(`part ${entry.name} does not have the size its header declares`);
    // Bit 3: sizes follow the data in a descriptor of 12 bytes, or 16 with its optional signature.
    const hasDescriptor = (zip.readUInt16LE(at + 6) & 0x8) !== 0;
    expectedOffset = hasDescriptor ? dataEnd + (dataEnd + 4 <= zip.length && zip.readUInt32LE(dataEnd) === DESCRIPTOR_SIGNATURE ? 16 : 12) : dataEnd;
  }
  if (expectedOffset !== directoryOffset) throw unreadable('it holds data the central directory does not list');
}
