import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Fact } from '../core/types.js';
import { createTokenizer } from '../nlp/tokenize.js';
import { extractFacts } from './extract-facts.js';
import { loadFactTables } from './load.js';
import { actor, buildInput, date, quantity, type BuildOptions, type MentionSpec } from './testing.js';

const tokenize = createTokenizer();
const tables = loadFactTables();

function factsOf(text: string, specs: readonly MentionSpec[], options: BuildOptions = {}): Fact[] {
  return extractFacts(buildInput(tokenize, text, specs, options), tables);
}

function only(facts: readonly Fact[]): Fact {
  assert.equal(facts.length, 1, `expected one fact, got ${JSON.stringify(facts, null, 1)}`);
  return facts[0] as Fact;
}

function assertSlices(text: string, facts: readonly Fact[]): void {
  for (const f of facts) assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
}

describe('trade', () => {
  test('trade volume between two named countries, with its year and qualifier', () => {
    const text = 'Trade between Peru and Chile reached about $3.2 billion in 2019.';
    const facts = factsOf(text, [
      actor('Peru', 'PER'),
      actor('Chile', 'CHL'),
      quantity('about $3.2 billion', 3.2e9, 'USD', { qualifier: 'about' }),
      date('in 2019', '2019'),
    ]);
    const f = only(facts);
    assert.equal(f.kind, 'trade_volume');
    assert.equal(f.value, 3.2e9);
    assert.equal(f.unit, 'USD');
    assert.deepEqual(f.parties, ['PER', 'CHL']);
    assert.equal(f.direction, null);
    assert.deepEqual(f.period, { start: '2019-01-01', end: '2019-12-31', precision: 'year', value: '2019' });
    assert.equal(f.qualifier, 'about');
    assert.equal(f.rule.id, 'trade_volume/money');
    assert.equal(f.rule.partiesFrom, 'sentence');
    assert.equal(f.evidence.text, 'Trade between Peru and Chile reached about $3.2 billion in 2019');
    assertSlices(text, facts);
  });

  test('"trade exchange" without parties takes the article dyad and says so', () => {
    const text = 'Trade exchange in 2018 came to roughly $2 billion.';
    const f = only(
      factsOf(
        text,
        [date('in 2018', '2018'), quantity('roughly $2 billion', 2e9, 'USD', { qualifier: 'roughly' })],
        {
          dyad: ['PER', 'CHL'],
        },
      ),
    );
    assert.equal(f.kind, 'trade_volume');
    assert.deepEqual(f.parties, ['PER', 'CHL']);
    assert.equal(f.rule.partiesFrom, 'article');
    assert.equal(f.qualifier, 'about', 'roughly is normalised to about');
  });

  test('growth and volume in one sentence, both governed by the same period', () => {
    const text =
      'In the first half of the year, bilateral trade rose by as much as 41.2% and it amounts to 3.1 billion USD.';
    const facts = factsOf(
      text,
      [
        date('the first half of the year', '2023-01/2023-06', 0, 'range'),
        quantity('as much as 41.2%', 41.2, 'percent', { qualifier: 'as much as' }),
        quantity('3.1 billion USD', 3.1e9, 'USD'),
      ],
      { dyad: ['PER', 'CHL'] },
    );
    assert.deepEqual(
      facts.map((f) => [f.kind, f.value, f.unit, f.period.value, f.qualifier]),
      [
        ['trade_growth', 41.2, 'percent', '2023-01/2023-06', 'as much as'],
        ['trade_volume', 3.1e9, 'USD', '2023-01/2023-06', null],
      ],
    );
    assertSlices(text, facts);
  });

  test('a fall in trade is a negative growth', () => {
    const text = 'Trade between Peru and Chile fell by 12% last year.';
    const f = only(
      factsOf(text, [actor('Peru', 'PER'), actor('Chile', 'CHL'), quantity('12%', 12, 'percent')]),
    );
    assert.equal(f.kind, 'trade_growth');
    assert.equal(f.value, -12);
  });

  test('a range keeps its upper bound', () => {
    const text = 'Trade between Peru and Chile is worth 5 to 6 billion dollars a year.';
    const f = only(
      factsOf(text, [
        actor('Peru', 'PER'),
        actor('Chile', 'CHL'),
        quantity('5 to 6 billion dollars', 5e9, 'USD', { valueEnd: 6e9 }),
      ]),
    );
    assert.equal(f.value, 5e9);
    assert.equal(f.valueEnd, 6e9);
  });

  test('money in another currency is kept as stated', () => {
    const text = 'Trade between France and Spain reached 40 billion euros in 2020.';
    const f = only(
      factsOf(text, [
        actor('France', 'FRA'),
        actor('Spain', 'ESP'),
        quantity('40 billion euros', 4e10, 'EUR'),
        date('in 2020', '2020'),
      ]),
    );
    assert.equal(f.unit, 'EUR');
    assert.equal(f.value, 4e10);
  });

  test('exports have a direction', () => {
    const text = 'Chilean exports to Peru totalled $900 million in 2021.';
    const f = only(
      factsOf(text, [
        actor('Chilean', 'CHL', 0, 'demonym'),
        actor('Peru', 'PER'),
        quantity('$900 million', 9e8, 'USD'),
        date('in 2021', '2021'),
      ]),
    );
    assert.equal(f.kind, 'exports');
    assert.equal(f.direction, 'CHL->PER');
    assert.deepEqual(f.parties, ['CHL', 'PER']);
  });

  test('imports run from the supplier to the importer', () => {
    const text = "Peru's imports from Chile reached $1.1 billion.";
    const f = only(
      factsOf(text, [actor('Peru', 'PER'), actor('Chile', 'CHL'), quantity('$1.1 billion', 1.1e9, 'USD')]),
    );
    assert.equal(f.kind, 'imports');
    assert.equal(f.direction, 'CHL->PER');
  });
});

describe('investment, financing and aid', () => {
  test('investment stock with a demonym source and a recipient after "in"', () => {
    const text = 'Japanese investment in Vietnam stood at $6 billion at the end of 2022.';
    const f = only(
      factsOf(text, [
        actor('Japanese', 'JPN', 0, 'demonym'),
        actor('Vietnam', 'VNM'),
        quantity('$6 billion', 6e9, 'USD'),
      ]),
    );
    assert.equal(f.kind, 'investment');
    assert.equal(f.direction, 'JPN->VNM');
    assert.equal(f.period.precision, 'undated');
  });

  test('average growth of an annual inflow over several years is per year', () => {
    const text =
      'Between 2010 and 2018, the yearly inflow of Japanese direct investment into the Vietnamese economy grew by an average of 12.5%.';
    const f = only(
      factsOf(text, [
        date('Between 2010 and 2018', '2010/2018'),
        actor('Japanese', 'JPN', 0, 'demonym'),
        actor('Vietnamese', 'VNM', 0, 'demonym'),
        quantity('an average of 12.5%', 12.5, 'percent', { qualifier: 'an average of' }),
      ]),
    );
    assert.equal(f.kind, 'investment_growth');
    assert.equal(f.unit, 'percent per year');
    assert.equal(f.direction, 'JPN->VNM');
    assert.equal(f.qualifier, null, 'an average is not a bound');
    assert.equal(f.period.value, '2010/2018');
  });

  test('growth without "annual" or an average stays in percent', () => {
    const text = 'Japanese investment in Vietnam grew 8% in 2021.';
    const f = only(
      factsOf(text, [
        actor('Japanese', 'JPN', 0, 'demonym'),
        actor('Vietnam', 'VNM'),
        quantity('8%', 8, 'percent'),
        date('in 2021', '2021'),
      ]),
    );
    assert.equal(f.unit, 'percent');
  });

  test('financing with a verb: subject finances object', () => {
    const text =
      'The total with which Japan financed Vietnam between 1995 and 2015 was at least 15.2 billion USD.';
    const f = only(
      factsOf(text, [
        actor('Japan', 'JPN'),
        actor('Vietnam', 'VNM'),
        date('between 1995 and 2015', '1995/2015'),
        quantity('at least 15.2 billion USD', 15.2e9, 'USD', { qualifier: 'at least' }),
      ]),
    );
    assert.equal(f.kind, 'financing');
    assert.equal(f.direction, 'JPN->VNM');
    assert.equal(f.qualifier, 'at least');
    assert.equal(f.period.value, '1995/2015');
  });

  test('a passive loan: "was lent ... by"', () => {
    const text = 'Kenya was lent $2 billion by China for the railway.';
    const f = only(
      factsOf(text, [actor('Kenya', 'KEN'), quantity('$2 billion', 2e9, 'USD'), actor('China', 'CHN')]),
    );
    assert.equal(f.kind, 'financing');
    assert.equal(f.direction, 'CHN->KEN');
  });

  test('aid in goods, in the clause after "while"', () => {
    const text =
      'Vietnam sent masks to Japan, while Japan donated about two million doses of its vaccine to Vietnam.';
    const f = only(
      factsOf(text, [
        actor('Vietnam', 'VNM', 0),
        actor('Japan', 'JPN', 0),
        actor('Japan', 'JPN', 1),
        quantity('about two million doses', 2e6, 'doses', { qualifier: 'about' }),
        actor('Vietnam', 'VNM', 1),
      ]),
    );
    assert.equal(f.kind, 'aid');
    assert.equal(f.unit, 'doses');
    assert.equal(f.subject, 'vaccine');
    assert.equal(f.direction, 'JPN->VNM');
    assert.equal(f.rule.id, 'aid/goods');
    assert.equal(f.evidence.text, 'Japan donated about two million doses of its vaccine to Vietnam');
  });

  test('aid in money', () => {
    const text = 'Norway gave $40 million in humanitarian aid to Sudan.';
    const f = only(
      factsOf(text, [actor('Norway', 'NOR'), quantity('$40 million', 4e7, 'USD'), actor('Sudan', 'SDN')]),
    );
    assert.equal(f.kind, 'aid');
    assert.equal(f.direction, 'NOR->SDN');
  });
});

describe('ranks, counts, shares, areas, projects, tariffs', () => {
  test('ordinal ranks of trading and import partners; a country after "after" is no party', () => {
    const text =
      'Poland became Latvia’s third largest trading partner and second largest import partner after Germany.';
    const facts = factsOf(text, [actor('Poland', 'POL'), actor('Latvia', 'LVA'), actor('Germany', 'DEU')]);
    assert.deepEqual(
      facts.map((f) => [f.kind, f.value, f.unit, f.parties.join(',')]),
      [
        ['trade_partner_rank', 3, 'rank', 'POL,LVA'],
        ['trade_partner_rank', 2, 'rank (imports)', 'POL,LVA'],
      ],
    );
    assertSlices(text, facts);
  });

  test('"the largest trading partner" is rank 1; a numeric ordinal works too', () => {
    const text =
      'Chile is the largest trading partner of Peru, and Bolivia is its 4th-biggest export market.';
    const facts = factsOf(text, [actor('Chile', 'CHL'), actor('Peru', 'PER'), actor('Bolivia', 'BOL')]);
    assert.deepEqual(
      facts.map((f) => [f.value, f.unit]),
      [
        [1, 'rank'],
        [4, 'rank (exports)'],
      ],
    );
  });

  test('a count of state-owned enterprises with its year', () => {
    const text =
      'In 2016, the Vietnamese government offered 12 state-owned enterprises to Japanese companies.';
    const f = only(
      factsOf(text, [
        date('In 2016', '2016'),
        actor('Vietnamese government', 'VNMGOV'),
        quantity('12 state-owned enterprises', 12, 'state-owned enterprises'),
        actor('Japanese companies', 'JPNBUS'),
      ]),
    );
    assert.equal(f.kind, 'count');
    assert.equal(f.unit, 'state-owned enterprises');
    assert.deepEqual(f.parties, ['VNM', 'JPN']);
    assert.equal(f.period.value, '2016');
  });

  test('visits counted "from ... until ..." take the joined range', () => {
    const text =
      'From his trip to Japan in May until the end of November, 80 mutual visits of Japanese and Vietnamese officials took place.';
    const f = only(
      factsOf(text, [
        actor('Japan', 'JPN'),
        date('in May', '2023-05'),
        date('the end of November', '2023-11'),
        quantity('80 mutual visits', 80, 'mutual visits'),
        actor('Japanese', 'JPN', 0, 'demonym'),
        actor('Vietnamese', 'VNM', 0, 'demonym'),
      ]),
    );
    assert.equal(f.kind, 'count');
    assert.equal(f.rule.id, 'count/visits');
    assert.deepEqual(f.period, {
      start: '2023-05-01',
      end: '2023-11-30',
      precision: 'range',
      value: '2023-05/2023-11',
    });
  });

  test('agreements are counted', () => {
    const text = 'Egypt and Greece signed 14 agreements in Cairo.';
    const f = only(
      factsOf(text, [
        actor('Egypt', 'EGY'),
        actor('Greece', 'GRC'),
        quantity('14 agreements', 14, 'agreements'),
      ]),
    );
    assert.equal(f.rule.id, 'count/agreements');
  });

  test('a share, with what it is a share of', () => {
    const text = 'Japan insists on at least 40% of its own share in joint projects with Vietnam.';
    const f = only(
      factsOf(text, [
        actor('Japan', 'JPN'),
        quantity('at least 40%', 40, 'percent', { qualifier: 'at least' }),
        actor('Vietnam', 'VNM'),
      ]),
    );
    assert.equal(f.kind, 'share');
    assert.equal(f.qualifier, 'at least');
    assert.equal(f.subject, 'own share in joint projects');
  });

  test('an area whose subject and parties come from the sentence before', () => {
    const text =
      'In 2015, the two countries began building the Japan-Vietnam technology park Blue River. It lies 30 km from Hanoi with an area of 95 square kilometers.';
    const f = only(
      factsOf(text, [
        date('In 2015', '2015'),
        actor('Japan', 'JPN'),
        actor('Vietnam', 'VNM'),
        actor('Hanoi', 'VNM', 0, 'capital'),
        quantity('30 km', 30, 'km'),
        quantity('95 square kilometers', 95, 'km2'),
      ]),
    );
    assert.equal(f.kind, 'area');
    assert.equal(f.unit, 'km2');
    assert.equal(f.subject, 'Japan-Vietnam technology park Blue River');
    assert.deepEqual([...f.parties].sort(), ['JPN', 'VNM']);
    assert.equal(f.period.precision, 'undated', 'the year belongs to the other sentence');
  });

  test('a project value with its named project', () => {
    const text = 'China and Hungary agreed on the Budapest-Belgrade railway, a project worth $2.1 billion.';
    const f = only(
      factsOf(text, [actor('China', 'CHN'), actor('Hungary', 'HUN'), quantity('$2.1 billion', 2.1e9, 'USD')]),
    );
    assert.equal(f.kind, 'project_value');
    assert.equal(f.subject, 'Budapest-Belgrade railway');
  });

  test('a tariff runs from the imposer to the target', () => {
    const text = 'The United States imposed 25% tariffs on Chinese steel.';
    const f = only(
      factsOf(text, [
        actor('United States', 'USA'),
        quantity('25%', 25, 'percent'),
        actor('Chinese', 'CHN', 0, 'demonym'),
      ]),
    );
    assert.equal(f.kind, 'tariff');
    assert.equal(f.direction, 'USA->CHN');
  });
});

describe('organisations as parties, asides', () => {
  test('an organisation can be a party, and a country inside an "amid" aside is not', () => {
    const text = 'The EU agreed to lend €90 billion to Ukraine amid the war with Russia.';
    const f = only(
      factsOf(text, [
        actor('EU', 'IGOEUREEC'),
        quantity('€90 billion', 9e10, 'EUR'),
        actor('Ukraine', 'UKR'),
        actor('Russia', 'RUS'),
      ]),
    );
    assert.equal(f.kind, 'financing');
    assert.deepEqual(f.parties, ['IGOEUREEC', 'UKR']);
    assert.equal(f.direction, 'IGOEUREEC->UKR');
  });
});

describe('figures that modify their noun', () => {
  test('"a $2 billion loan" and "a 10% increase" keep their facts', () => {
    const text =
      'China gave Kenya a $2 billion loan. Trade between China and Kenya reached $3 billion, a 10% increase.';
    const facts = factsOf(text, [
      actor('China', 'CHN', 0),
      actor('Kenya', 'KEN', 0),
      quantity('$2 billion', 2e9, 'USD'),
      actor('China', 'CHN', 1),
      actor('Kenya', 'KEN', 1),
      quantity('$3 billion', 3e9, 'USD'),
      quantity('10%', 10, 'percent'),
    ]);
    assert.deepEqual(
      facts.map((f) => [f.kind, f.value, f.direction]),
      [
        ['financing', 2e9, 'CHN->KEN'],
        ['trade_volume', 3e9, null],
        ['trade_growth', 10, null],
      ],
    );
  });
});
