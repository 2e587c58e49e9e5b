import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Designation } from '../../core/types.js';
import { createTokenizer } from '../../nlp/tokenize.js';
import { actor, buildInput, date, type BuildOptions, type MentionSpec } from '../testing.js';
import { extractDesignations } from './extract.js';
import { loadDesignationLexicon } from './lexicon.js';
import { createPartnershipScale } from './scale.js';

const tokenize = createTokenizer();
const lexicon = loadDesignationLexicon();
/** A small ladder of our own, so these tests do not need ../shared. */
const scale = createPartnershipScale([
  {
    label: 'all-weather comprehensive strategic partnership',
    rank: 1,
    aliases: ['all-weather and comprehensive strategic partnership'],
  },
  { label: 'all-weather strategic partnership', rank: 1, aliases: [] },
  {
    label: 'comprehensive strategic partnership',
    rank: 3,
    aliases: ['comprehensive and strategic partnership'],
  },
  { label: 'strategic partnership', rank: 5, aliases: [] },
  { label: 'partnership', rank: 9, aliases: [] },
]);

function designationsOf(
  text: string,
  specs: readonly MentionSpec[],
  options: BuildOptions = {},
): Designation[] {
  const input = buildInput(tokenize, text, specs, { published: '2024-12-07', ...options });
  const out = extractDesignations(input, { scale, lexicon });
  for (const d of out) assert.equal(text.slice(d.evidence.start, d.evidence.end), d.evidence.text);
  return out;
}

describe('partnerships', () => {
  test('an established label with its year, parties from the sentence', () => {
    const text = 'In 2016, China and Serbia established a comprehensive strategic partnership.';
    const [d, ...rest] = designationsOf(text, [
      date('In 2016', '2016'),
      actor('China', 'CHN'),
      actor('Serbia', 'SRB'),
    ]);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(d.kind, 'partnership');
    assert.deepEqual(d.parties, ['CHN', 'SRB']);
    assert.equal(d.label, 'comprehensive strategic partnership');
    assert.equal(d.level, 'comprehensive strategic partnership');
    assert.equal(d.rank, 3);
    assert.deepEqual(d.date, { value: '2016', precision: 'year' });
    assert.equal(d.rule.id, 'partnership/established');
  });

  test('"all-time and comprehensive" is read as the all-weather comprehensive level; the two countries are the dyad', () => {
    const text =
      'At a summit in May 2024, the two countries agreed to establish an “all-time and comprehensive strategic partnership”.';
    const [d] = designationsOf(text, [date('in May 2024', '2024-05')], { dyad: ['CHN', 'SRB'] });
    assert.ok(d);
    assert.equal(d.label, 'all-time and comprehensive strategic partnership');
    assert.equal(d.level, 'all-weather comprehensive strategic partnership');
    assert.equal(d.rank, 1);
    assert.deepEqual(d.parties, ['CHN', 'SRB']);
    assert.equal(d.rule.partiesFrom, 'article');
    assert.deepEqual(d.date, { value: '2024-05', precision: 'month' });
  });

  test('two labels in one sentence each take the nearest date', () => {
    const text =
      'After signing the “China-Serbia Declaration on Establishing a Comprehensive Strategic Partnership” from 2016 at a summit in May 2024, the two countries agreed to establish an “all-weather comprehensive strategic partnership”.';
    const out = designationsOf(text, [
      actor('China', 'CHN'),
      actor('Serbia', 'SRB'),
      date('from 2016', '2016'),
      date('in May 2024', '2024-05'),
    ]);
    assert.deepEqual(
      out.map((d) => [d.level, d.date.value]),
      [
        ['comprehensive strategic partnership', '2016'],
        ['all-weather comprehensive strategic partnership', '2024-05'],
      ],
    );
  });

  test('a label with no date of its own takes the date of a visit the text links with "Then"', () => {
    const text =
      'The Serbian leader was in Beijing in April this year. Then he was met by a guard of honour.\n\nXi and Vucic signed a joint statement on building the “China-Serbia all-weather strategic partnership”.';
    const [d] = designationsOf(text, [
      actor('Serbian', 'SRB', 0, 'demonym'),
      actor('Beijing', 'CHN', 0, 'capital'),
      date('in April this year', '2024-04'),
      actor('Xi', 'CHNGOV', 0, 'name'),
      actor('Vucic', 'SRBGOV', 0, 'name'),
      actor('China', 'CHN'),
      actor('Serbia', 'SRB'),
    ]);
    assert.ok(d);
    assert.equal(d.label, 'China-Serbia all-weather strategic partnership', 'the quoted label, verbatim');
    assert.equal(d.level, 'all-weather strategic partnership');
    assert.deepEqual(d.date, { value: '2024-04', precision: 'inferred' });
  });

  test('without a linking cue the earlier date is not borrowed', () => {
    const text =
      'The Serbian leader was in Beijing in April this year.\n\nXi and Vucic signed a joint statement on building the “China-Serbia all-weather strategic partnership”.';
    const [d] = designationsOf(text, [
      actor('Serbian', 'SRB', 0, 'demonym'),
      actor('Beijing', 'CHN', 0, 'capital'),
      date('in April this year', '2024-04'),
      actor('Xi', 'CHNGOV', 0, 'name'),
      actor('Vucic', 'SRBGOV', 0, 'name'),
      actor('China', 'CHN'),
      actor('Serbia', 'SRB'),
    ]);
    assert.deepEqual(d?.date, { value: 'undated', precision: 'undated' });
  });

  test('a label merely mentioned, one-word labels and unknown labels are not designations', () => {
    const text =
      'It showed the two countries’ ever closer comprehensive strategic partnership. China and Serbia want to strengthen their strategic partnership. China and Serbia established a partnership. China and Serbia established an eternal brotherhood.';
    const out = designationsOf(
      text,
      [
        actor('China', 'CHN', 0),
        actor('Serbia', 'SRB', 0),
        actor('China', 'CHN', 1),
        actor('Serbia', 'SRB', 1),
        actor('China', 'CHN', 2),
        actor('Serbia', 'SRB', 2),
      ],
      { dyad: ['CHN', 'SRB'] },
    );
    assert.deepEqual(out, []);
  });

  test('a quoted label keeps words the scale does not know; the level is the part it knows', () => {
    const text = 'In March, India and Mauritius elevated ties to an “enhanced strategic partnership”.';
    const [d] = designationsOf(text, [
      date('In March', '2024-03'),
      actor('India', 'IND'),
      actor('Mauritius', 'MUS'),
    ]);
    assert.ok(d);
    assert.equal(d.label, 'enhanced strategic partnership');
    assert.equal(d.level, 'strategic partnership');
  });

  test('a quotation closed after the full stop (American style) still gives the whole label', () => {
    const text =
      'In March, India and Mauritius elevated ties to an “enhanced strategic partnership.” Talks followed.';
    const [d] = designationsOf(text, [
      date('In March', '2024-03'),
      actor('India', 'IND'),
      actor('Mauritius', 'MUS'),
    ]);
    assert.ok(d);
    assert.equal(d.label, 'enhanced strategic partnership');
    assert.equal(d.level, 'strategic partnership');
  });

  test('no parties: no designation', () => {
    const out = designationsOf('They established a comprehensive strategic partnership in 2013.', [
      date('in 2013', '2013'),
    ]);
    assert.deepEqual(out, []);
  });
});

describe('memberships', () => {
  test('"became an observer in" an organisation, dated', () => {
    const text =
      'In June 2017, Serbia became an observer in the Shanghai Cooperation Organization, with Russia and China as patrons.';
    const out = designationsOf(text, [
      date('In June 2017', '2017-06'),
      actor('Serbia', 'SRB'),
      actor('Shanghai Cooperation Organization', 'IGOSCO'),
      actor('Russia', 'RUS'),
      actor('China', 'CHN'),
    ]);
    assert.equal(out.length, 1);
    const [d] = out;
    assert.ok(d);
    assert.equal(d.kind, 'membership');
    assert.deepEqual(d.parties, ['SRB', 'IGOSCO']);
    assert.equal(d.level, 'observer');
    assert.equal(d.label, 'observer');
    assert.deepEqual(d.date, { value: '2017-06', precision: 'month' });
    assert.equal(d.evidence.text, 'Serbia became an observer in the Shanghai Cooperation Organization');
    assert.equal(d.rule.id, 'membership/observer');
  });

  test('organisations are found by name without an actor mention; membership "in" is member, undated', () => {
    const text = 'Thanks to its membership in the Eurasian Economic Union, Armenia is a useful partner.';
    const [d] = designationsOf(text, [actor('Armenia', 'ARM')]);
    assert.ok(d);
    assert.deepEqual(d.parties, ['ARM', 'IGOEAEU']);
    assert.equal(d.level, 'member');
    assert.deepEqual(d.date, { value: 'undated', precision: 'undated' });
  });

  test('coordinated states all join; status after the organisation name', () => {
    const out = designationsOf('Sweden and Finland joined NATO. Serbia is an EU candidate.', [
      actor('Sweden', 'SWE'),
      actor('Finland', 'FIN'),
      actor('Serbia', 'SRB'),
    ]);
    assert.deepEqual(
      out.map((d) => [d.parties.join(','), d.level]),
      [
        ['SWE,IGOWSTNAT', 'member'],
        ['FIN,IGOWSTNAT', 'member'],
        ['SRB,IGOEUREEC', 'candidate'],
      ],
    );
  });

  test('negated statuses, countries after a preposition and lone org mentions are not memberships', () => {
    const text = 'Norway is not a member of the EU. NATO members sent aid to Ukraine. The UN met in Geneva.';
    const out = designationsOf(text, [
      actor('Norway', 'NOR'),
      actor('Ukraine', 'UKR'),
      actor('Geneva', 'CHE', 0, 'capital'),
    ]);
    assert.deepEqual(out, []);
  });

  test('the state right before its status wins, even after a preposition or in an apposition', () => {
    const out = designationsOf(
      'Hungary dropped its opposition to Ukraine joining the European Union. Turkey sold a ship to Romania, a NATO and European Union member country.',
      [actor('Hungary', 'HUN'), actor('Ukraine', 'UKR'), actor('Turkey', 'TUR'), actor('Romania', 'ROU')],
    );
    assert.deepEqual(
      out.map((d) => [d.parties.join(','), d.level]),
      [
        ['UKR,IGOEUREEC', 'member'],
        ['ROU,IGOEUREEC', 'member'],
      ],
    );
  });

  test('applicant and withdrawn statuses', () => {
    const out = designationsOf(
      "Ukraine's bid to join NATO stalled. Britain withdrew from the European Union in 2020.",
      [actor('Ukraine', 'UKR'), actor('Britain', 'GBR'), date('in 2020', '2020')],
    );
    assert.deepEqual(
      out.map((d) => [d.parties.join(','), d.level, d.date.value]),
      [
        ['UKR,IGOWSTNAT', 'applicant', 'undated'],
        ['GBR,IGOEUREEC', 'withdrawn', '2020'],
      ],
    );
  });
});

describe('initiatives', () => {
  test('an early supporter of the New Silk Road is a Belt and Road participant, dated by the launch', () => {
    const text =
      'Official Belgrade was an early supporter of China’s New Silk Road initiative since Xi launched it in 2013.';
    const [d, ...rest] = designationsOf(text, [
      actor('Belgrade', 'SRB', 0, 'capital'),
      actor('China', 'CHN'),
      actor('Xi', 'CHNGOV', 0, 'name'),
      date('in 2013', '2013'),
    ]);
    assert.equal(rest.length, 0);
    assert.ok(d);
    assert.equal(d.kind, 'initiative');
    assert.deepEqual(d.parties, ['SRB', 'CHN']);
    assert.equal(d.label, 'New Silk Road initiative');
    assert.equal(d.level, 'Belt and Road Initiative participant');
    assert.deepEqual(d.date, { value: '2013', precision: 'year' });
  });

  test('joining and "partner countries" after the name', () => {
    const out = designationsOf(
      'Italy joined the Belt and Road Initiative in 2019. Kenya is a BRI partner country.',
      [actor('Italy', 'ITA'), date('in 2019', '2019'), actor('Kenya', 'KEN')],
    );
    assert.deepEqual(
      out.map((d) => [d.parties.join(','), d.level, d.date.value]),
      [
        ['ITA,CHN', 'Belt and Road Initiative participant', '2019'],
        ['KEN,CHN', 'Belt and Road Initiative participant', 'undated'],
      ],
    );
  });

  test('the owner, a mere mention, a far cue and a negation are not participation', () => {
    const text =
      'China promotes the Global Security Initiative. Serbia has a role in the Belt and Road. Serbia is a partner in the framework of the New Silk Road. Serbia did not join the Global Development Initiative.';
    const out = designationsOf(text, [
      actor('China', 'CHN'),
      actor('Serbia', 'SRB', 0),
      actor('Serbia', 'SRB', 1),
      actor('Serbia', 'SRB', 2),
    ]);
    assert.deepEqual(out, []);
  });
});
