import { readFileSync } from 'node:fs';

/** A memory field of this process's /proc status (`VmRSS`, `VmHWM`, `RssAnon`, `RssFile`…), in MB; 0 when absent. */
export function statusMb(field: string): number {
  return statusFieldMb(readFileSync('/proc/self/status', 'utf8'), field);
}

/** The same, from a status text already read (several fields of one moment, or another process's). */
export function statusFieldMb(status: string, field: string): number {
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
}
