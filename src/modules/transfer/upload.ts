import busboy from 'busboy';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, normalize, sep } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract } from 'tar-stream';
import { badInput, DomainError } from '../../common/errors.js';

/** Content types `POST /v1/imports` reads as a raw stream (a file, or a tar of a folder) or as a multipart form. */
export const UPLOAD_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/x-tar',
  'application/tar',
  'multipart/form-data',
];

export interface Upload {
  /** Temporary folder holding the upload, removed after the import. */
  dir: string;
  /** The file or folder to import. */
  path: string;
  /** Form fields sent with a multipart upload (format, publish, dryRun, onConflict). */
  fields: Record<string, string>;
}

const tooLarge = (max: number) =>
  new DomainError('PAYLOAD_TOO_LARGE', `The upload is larger than ${max} bytes (IMPORT_MAX_BYTES)`);

function limited(max: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > max ? tooLarge(max) : null, chunk);
    },
  });
}

/** Unpacks a tar stream under `dir`, refusing entries that would land outside it. */
async function untar(input: Readable, dir: string): Promise<void> {
  const archive = extract();
  const done = pipeline(input, archive);
  for await (const entry of archive) {
    const name = normalize(entry.header.name);
    if (name.startsWith('..') || name.startsWith(sep) || name.includes(`${sep}..${sep}`))
      throw badInput(`The archive entry "${entry.header.name}" points outside the archive`);
    const target = join(dir, name);
    if (entry.header.type === 'file') {
      await mkdir(dirname(target), { recursive: true });
      await pipeline(entry, createWriteStream(target));
    } else {
      entry.resume();
    }
  }
  await done;
}

const isTar = (name: string, type: string) =>
  type === 'application/x-tar' || type === 'application/tar' || name.endsWith('.tar');

/** Saves a request body (raw, tar or multipart with one file) in a new temporary folder. */
export async function receiveUpload(
  body: Readable,
  headers: Record<string, string | string[] | undefined>,
  rawName: string,
  max: number,
): Promise<Upload> {
  const dir = await mkdtemp(join(tmpdir(), 'savoir-import-'));
  const type = String(headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  try {
    if (type !== 'multipart/form-data') {
      const path = join(dir, isTar(rawName, type) ? 'upload' : rawName);
      if (isTar(rawName, type)) await untar(body.pipe(limited(max)), path);
      else await pipeline(body, limited(max), createWriteStream(path));
      return { dir, path, fields: {} };
    }
    const fields: Record<string, string> = {};
    let path: string | undefined;
    let saving: Promise<void> = Promise.resolve();
    const form = busboy({
      headers: headers as Record<string, string>,
      limits: { files: 1, fileSize: max, fields: 20 },
    });
    form.on('field', (name, value) => (fields[name] = value));
    form.on('file', (_name, file, info) => {
      const name = basename(info.filename || 'upload').replace(/[^\w.-]+/g, '_');
      path = join(dir, isTar(name, info.mimeType) ? 'upload' : name);
      let truncated = false;
      file.on('limit', () => (truncated = true));
      saving = (isTar(name, info.mimeType) ? untar(file, path) : pipeline(file, createWriteStream(path))).then(() => {
        if (truncated) throw tooLarge(max);
      });
      // Awaited after the form is read; marked handled here so that an early failure is not reported as unhandled.
      saving.catch(() => undefined);
    });
    await pipeline(body, form);
    await saving;
    if (!path)
      throw badInput('The form holds no file: send the export as a file field', [
        { field: 'file', message: 'required' },
      ]);
    return { dir, path, fields };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof DomainError) throw error;
    throw badInput(`The upload could not be read: ${(error as Error).message}`);
  }
}
