import { mapPacked } from '../core/packed.js';
import type { NounGroup, VerbFrame } from './parse/structure.js';

/** The noun group of a frame (subject, object or a phrase's object) holding token `at`. */
export function groupAt(frame: VerbFrame, extensions: readonly VerbFrame[], at: number): NounGroup | null {
  const groups = [
    frame.subject,
    frame.object,
    ...mapPacked(frame.prePhrases, (p) => p.object),
    ...[frame, ...extensions].flatMap((f) => mapPacked(f.phrases, (p) => p.object)),
  ];
  return groups.find((g) => g !== null && g.start <= at && at < g.end) ?? null;
}

/**
 * The noun group a pattern's `$` or `+` marks at token `at`. When `at` starts the object of a
 * phrase attached inside a coordinated group ("sanctions from the EU, the UK and Canada", parsed
 * as [sanctions from the EU], [the UK], [Canada]), the members after it continue that object:
 * the marked group is [the EU, the UK, Canada], not the sanctions' own modifiers.
 */
export function markedGroupAt(
  frame: VerbFrame,
  extensions: readonly VerbFrame[],
  at: number,
): NounGroup | null {
  const group = groupAt(frame, extensions, at);
  if (!group) return null;
  const m = group.members.findIndex((member) => member.start <= at && at < member.end);
  const member = group.members[m];
  if (!member || member.start === at) return group;
  const attached = member.attachments.find((a) => a.object.start === at);
  if (!attached) return group;
  const members = [...attached.object.members, ...group.members.slice(m + 1)];
  return { members, start: at, end: members[members.length - 1]!.end };
}
