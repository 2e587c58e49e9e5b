import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  binaryKind,
  decodeBytes,
  firstInvalidUtf8,
  formatBytes,
  htmlMetaCharset,
  tooLargeMessage,
} from './bytes.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

test('UTF-8 text decodes, with its BOM removed', () => {
  assert.deepEqual(decodeBytes(utf8('\uFEFFCafé talks')), { ok: true, text: 'Café talks' });
});

test('UTF-16 with a byte-order mark decodes', () => {
  const le = bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00);
  const be = bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69);
  assert.deepEqual(decodeBytes(le), { ok: true, text: 'Hi' });
  assert.deepEqual(decodeBytes(be), { ok: true, text: 'Hi' });
});

test('empty, whitespace-only, binary and invalid UTF-8 are refused with a reason', () => {
  assert.deepEqual(decodeBytes(bytes()), { ok: false, message: 'empty file', binary: false });
  assert.deepEqual(decodeBytes(utf8(' \n\t\r\n')), {
    ok: false,
    message: 'empty file (whitespace only)',
    binary: false,
  });
  assert.deepEqual(decodeBytes(utf8('text\u0000more')), {
    ok: false,
    message: 'binary file (contains NUL bytes), not text',
    binary: true,
  });
  assert.deepEqual(decodeBytes(utf8('%PDF-1.7\n...')), {
    ok: false,
    message: 'binary file (PDF), not text',
    binary: true,
  });
  assert.deepEqual(decodeBytes(bytes(0x61, 0x62, 0xe9, 0x63)), {
    ok: false,
    message: 'invalid UTF-8 (at byte 2)',
    binary: false,
  });
});

test('a named charset is used instead of UTF-8', () => {
  assert.deepEqual(decodeBytes(bytes(0x63, 0x61, 0x66, 0xe9), 'iso-8859-1'), { ok: true, text: 'café' });
  assert.deepEqual(decodeBytes(utf8('café'), 'utf-8'), { ok: true, text: 'café' });
  assert.deepEqual(decodeBytes(utf8('café'), 'no-such-charset'), { ok: true, text: 'café' });
  assert.equal(htmlMetaCharset(utf8('<html><head><meta charset="windows-1252">')), 'windows-1252');
  assert.equal(
    htmlMetaCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')),
    'ISO-8859-1',
  );
  assert.equal(htmlMetaCharset(utf8('<html><head><title>x</title>')), null);
});

test('binaryKind: signatures, NUL bytes, control-character ratio', () => {
  assert.equal(binaryKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d)), 'PNG image');
  assert.equal(binaryKind(bytes(0x1f, 0x8b, 0x08)), 'gzip archive');
  assert.equal(binaryKind(utf8('plain\ttext\r\nwith\fbreaks')), null);
  assert.equal(binaryKind(bytes(0x01, 0x02, 0x03, 0x61, 0x62)), 'mostly control characters');
  assert.equal(binaryKind(utf8(`${'a'.repeat(95)}\u0007\u0007\u0007\u0007\u0007`)), null);
});

test('firstInvalidUtf8 finds bad leads, bad continuations, overlongs, surrogates and truncation', () => {
  assert.equal(firstInvalidUtf8(utf8('ascii é 中 😀')), -1);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0x80)), 1);
  assert.equal(firstInvalidUtf8(bytes(0xc0, 0x80)), 0);
  assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80)), 0);
  assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0xe4, 0xb8)), 1);
  assert.equal(firstInvalidUtf8(bytes(0xf5, 0x80, 0x80, 0x80)), 0);
});

test('sizes read as people write them', () => {
  assert.equal(formatBytes(50 * 1024 * 1024), '50.0 MB');
  assert.equal(formatBytes(20 * 1024 * 1024, true), '20 MB');
  assert.equal(formatBytes(1536), '1.5 KB');
  assert.equal(formatBytes(12), '12 bytes');
  assert.equal(tooLargeMessage(50 * 1024 * 1024, 20 * 1024 * 1024), 'too large (50.0 MB > 20 MB limit)');
  assert.equal(tooLargeMessage(null, 1024), 'too large (over the 1 KB limit)');
});
