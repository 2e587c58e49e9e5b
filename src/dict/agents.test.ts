import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAgentFile } from './agent-file.js';
import { applyAgent, buildAgentDictionary } from './agents.js';
import { loadDictionaries } from './load.js';
import { toks } from './test-tokens.js';

const SAMPLE = [
  '!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON',
  '!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES',
  'FOREIGN_MINISTER [~GOVFRM] # comment',
  'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]',
  'POLICE {} [~COP]',
  'CONGRESS!PERSON! [~LEG]',
  '!MINIST!_OF_SILLY_WALKS [~GOV]',
  'HUMAN_RIGHTS_BODY [NGO~]',
  'AUTHORITY [~GOV]',
  'ISLAMIC_EXTREMIST',
].join('\n');

test('agents: codes before or after the actor, plurals, {} and substitution sets', () => {
  const r = parseAgentFile(SAMPLE, 'a.txt');
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, ['a.txt:10: agent "ISLAMIC_EXTREMIST" has no [code]; line skipped']);
  const byName = new Map(r.value.entries.map((e) => [e.name, e]));
  assert.deepEqual(
    byName.get('FOREIGN_MINISTER')?.phrases.map((p) => p.text),
    ['FOREIGN_MINISTER', 'FOREIGN_MINISTERS'],
  );
  assert.deepEqual(
    byName.get('ATTORNEY_GENERAL')?.phrases.map((p) => p.text),
    ['ATTORNEY_GENERAL', 'ATTORNEYS_GENERAL'],
  );
  assert.deepEqual(
    byName.get('POLICE')?.phrases.map((p) => p.text),
    ['POLICE'],
  );
  assert.deepEqual(
    byName.get('AUTHORITY')?.phrases.map((p) => p.text),
    ['AUTHORITY', 'AUTHORITIES'],
  );
  assert.deepEqual(
    r.value.entries.filter((e) => e.name.startsWith('CONGRESS')).map((e) => e.name),
    ['CONGRESSMAN', 'CONGRESSMEN', 'CONGRESSWOMAN', 'CONGRESSWOMEN', 'CONGRESSPERSON'],
  );
  assert.equal(r.value.entries.filter((e) => e.name.endsWith('SILLY_WALKS')).length, 4);
  assert.deepEqual(
    [byName.get('HUMAN_RIGHTS_BODY')?.code, byName.get('HUMAN_RIGHTS_BODY')?.position],
    ['NGO', 'prefix'],
  );
  assert.equal(byName.get('CONGRESSMAN')?.id, 'a.txt:6');
});

test('agent errors: every bad line, with file:line', () => {
  const r = parseAgentFile(
    ['MINISTER [GOV]', '!NOPE!_X [~GOV]', 'BROKEN {PLURAL [~GOV]', '!EMPTY! =', 'OK [~GOV'].join('\n'),
    'bad.txt',
  );
  assert.deepEqual(
    r.errors.map((e) => e.slice(0, e.indexOf(': '))),
    ['bad.txt:1', 'bad.txt:2', 'bad.txt:3', 'bad.txt:4', 'bad.txt:5'],
  );
});

test('matching agents, and combining them with actor codes', () => {
  const d = buildAgentDictionary([parseAgentFile(SAMPLE, 'a.txt').value]);
  const names = (s: string, i = 0): string[] =>
    d.matchAt(toks(s).norms, i).map((m) => `${m.entry.name}/${m.length}`);
  assert.deepEqual(names('foreign ministers said'), ['FOREIGN_MINISTER/2']);
  assert.deepEqual(names('Belarusian authorities'), []);
  assert.deepEqual(names('Belarusian authorities', 1), ['AUTHORITY/1']);
  assert.deepEqual(names('congresswomen'), ['CONGRESSWOMEN/1']);
  assert.deepEqual(names('polices'), []);
  assert.equal(applyAgent('BLR', { code: 'GOV', position: 'suffix' }), 'BLRGOV');
  assert.equal(applyAgent('USA', { code: 'NGO', position: 'prefix' }), 'NGOUSA');
  assert.equal(applyAgent('BLRGOV', { code: 'GOV', position: 'suffix' }), 'BLRGOV');
});

const dicts = loadDictionaries();

test("Dyad's agents: leader, officials, authorities, ministers; counterpart is not an agent", () => {
  const code = (s: string): string[] => {
    const { norms } = toks(s);
    const out: string[] = [];
    for (let i = 0; i < norms.length; i++) {
      const m = dicts.agents.matchAt(norms, i)[0];
      if (m) {
        out.push(`${norms.slice(i, i + m.length).join(' ')}:${m.entry.code}`);
        i += m.length - 1;
      }
    }
    return out;
  };
  assert.deepEqual(code('the Belarusian leader and Chinese officials'), ['leader:GOV', 'officials:GOV']);
  assert.deepEqual(code('Belarusian authorities and the regime'), ['authorities:GOV', 'regime:GOV']);
  assert.deepEqual(code('the defence minister and the foreign ministry'), [
    'defence minister:GOVMIL',
    'foreign ministry:GOV',
  ]);
  assert.deepEqual(code('his counterpart'), []);
  assert.deepEqual(code('troops and police'), ['troops:MIL', 'police:COP']);
});
