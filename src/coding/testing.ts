/**
 * Test helpers for the coder: one reader and coder over Dyad's own dictionaries, and a
 * one-line summary of an event ("057 CHNGOV+BLRGOV > CHNGOV+BLRGOV asserted").
 */
import type { CodedEvent, EventActor } from '../core/types.js';
import { loadDictionaries } from '../dict/index.js';
import { createReader } from '../nlp/read.js';
import { createCoder } from './coder.js';
import { loadDefaultVerbDictionary } from './verbs/index.js';

/** Codes `text` as an article published on `published` (YYYY-MM-DD). */
export type CodeText = (text: string, published: string) => readonly CodedEvent[];

/** A reader and coder over Dyad's dictionaries (loaded once per call: one per test file). */
export function createTestCoder(): CodeText {
  const dicts = loadDictionaries();
  const reader = createReader(dicts);
  const coder = createCoder(dicts, loadDefaultVerbDictionary());
  return (text, published) => coder.code(reader.read({ text, published })).events;
}

export interface SummaryOptions {
  /** Append the modality ("asserted"). */
  readonly modality?: boolean;
  /** Write each actor as CODE:PERSON ("-" when it names no person). */
  readonly persons?: boolean;
}

/** "CODE SOURCES > TARGETS [modality]", actors joined by "+". */
export function summarize(e: CodedEvent, options: SummaryOptions = {}): string {
  const actor = (a: EventActor) => (options.persons ? `${a.code}:${a.person ?? '-'}` : `${a.code}`);
  const side = (actors: readonly EventActor[]) => actors.map(actor).join('+');
  const line = `${e.code} ${side(e.sources)} > ${side(e.targets)}`;
  return options.modality ? `${line} ${e.modality}` : line;
}
