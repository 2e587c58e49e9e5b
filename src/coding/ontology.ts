/**
 * CAMEO's parallel structure, as data: the verbal frames (appeal 02, intend 03, demand 10,
 * reject 12, threaten 13) each take the same kinds of content (material cooperation,
 * diplomatic cooperation, aid, political reform, yielding, meeting, settling, mediation),
 * and the material acts (04–08, 16–20) are those contents carried out.
 *
 * This lets the coder combine verbs the way the CAMEO manual reads them:
 *   "A urged B to provide aid"        appeal  + 07x  -> 023
 *   "A pledged to boost cooperation"  intend  + 06x  -> 031
 *   "A will visit B"                  future  + 042  -> 036   (manual: a promise is 03x)
 *   "A will cut ties with B"          future  + 161  -> 1313  (manual: a threat is 13x)
 *   "A said it will attack B"         say     + X    -> X
 */

/** What an act is about, independent of the frame it is expressed in. */
export type Content =
  | 'coop'
  | 'material'
  | 'material.econ'
  | 'material.mil'
  | 'material.jud'
  | 'material.intel'
  | 'diplomatic'
  | 'aid'
  | 'aid.econ'
  | 'aid.mil'
  | 'aid.hum'
  | 'aid.peacekeeping'
  | 'reform'
  | 'reform.leadership'
  | 'reform.policy'
  | 'reform.rights'
  | 'reform.regime'
  | 'yield'
  | 'yield.admin'
  | 'yield.dissent'
  | 'yield.release'
  | 'yield.econsanctions'
  | 'yield.involvement'
  | 'yield.deescalate'
  | 'meet'
  | 'settle'
  | 'mediate';

export type Frame = 'appeal' | 'intend' | 'demand' | 'reject';

/** Frame + content -> CAMEO code. Rows follow the manual's 02x / 03x / 10x / 12x tables. */
const FRAME_CODES: Readonly<Record<Frame, Partial<Record<Content, string>>>> = {
  appeal: {
    coop: '020',
    material: '021',
    'material.econ': '0211',
    'material.mil': '0212',
    'material.jud': '0213',
    'material.intel': '0214',
    diplomatic: '022',
    aid: '023',
    'aid.econ': '0231',
    'aid.mil': '0232',
    'aid.hum': '0233',
    'aid.peacekeeping': '0234',
    reform: '024',
    'reform.leadership': '0241',
    'reform.policy': '0242',
    'reform.rights': '0243',
    'reform.regime': '0244',
    yield: '025',
    'yield.admin': '0251',
    'yield.dissent': '0252',
    'yield.release': '0253',
    'yield.econsanctions': '0254',
    'yield.involvement': '0255',
    'yield.deescalate': '0256',
    meet: '026',
    settle: '027',
    mediate: '028',
  },
  intend: {
    coop: '030',
    material: '031',
    'material.econ': '0311',
    'material.mil': '0312',
    'material.jud': '0313',
    'material.intel': '0314',
    diplomatic: '032',
    aid: '033',
    'aid.econ': '0331',
    'aid.mil': '0332',
    'aid.hum': '0333',
    'aid.peacekeeping': '0334',
    reform: '034',
    'reform.leadership': '0341',
    'reform.policy': '0342',
    'reform.rights': '0343',
    'reform.regime': '0344',
    yield: '035',
    'yield.admin': '0351',
    'yield.dissent': '0352',
    'yield.release': '0353',
    'yield.econsanctions': '0354',
    'yield.involvement': '0355',
    'yield.deescalate': '0356',
    meet: '036',
    settle: '037',
    mediate: '039',
  },
  demand: {
    coop: '100',
    material: '101',
    'material.econ': '1011',
    'material.mil': '1012',
    'material.jud': '1013',
    'material.intel': '1014',
    diplomatic: '102',
    aid: '103',
    'aid.econ': '1031',
    'aid.mil': '1032',
    'aid.hum': '1033',
    'aid.peacekeeping': '1034',
    reform: '104',
    'reform.leadership': '1041',
    'reform.policy': '1042',
    'reform.rights': '1043',
    'reform.regime': '1044',
    yield: '105',
    'yield.admin': '1051',
    'yield.dissent': '1052',
    'yield.release': '1053',
    'yield.econsanctions': '1054',
    'yield.involvement': '1055',
    'yield.deescalate': '1056',
    meet: '106',
    settle: '107',
    mediate: '108',
  },
  reject: {
    coop: '120',
    material: '121',
    'material.econ': '1211',
    'material.mil': '1212',
    'material.jud': '1213',
    'material.intel': '121',
    aid: '122',
    'aid.econ': '1221',
    'aid.mil': '1222',
    'aid.hum': '1223',
    'aid.peacekeeping': '1224',
    reform: '123',
    'reform.leadership': '1231',
    'reform.policy': '1232',
    'reform.rights': '1233',
    'reform.regime': '1234',
    yield: '124',
    'yield.admin': '1241',
    'yield.dissent': '1242',
    'yield.release': '1243',
    'yield.econsanctions': '1244',
    'yield.involvement': '1245',
    'yield.deescalate': '1246',
    meet: '125',
    settle: '127',
    mediate: '126',
  },
};

/** The content a code expresses, whether as a frame (03x) or as the act itself (06x). */
const CONTENT_OF: ReadonlyMap<string, Content> = (() => {
  const map = new Map<string, Content>();
  for (const table of Object.values(FRAME_CODES)) {
    for (const [content, code] of Object.entries(table))
      if (!map.has(code)) map.set(code, content as Content);
  }
  const acts: Record<string, Content> = {
    '040': 'meet',
    '041': 'meet',
    '042': 'meet',
    '043': 'meet',
    '044': 'meet',
    '045': 'mediate',
    '046': 'meet',
    // cooperation not specified (050) says nothing of its kind: "agreed that their countries
    // should cooperate" is the manual's example of 030, not 032
    '050': 'coop',
    '051': 'diplomatic',
    '052': 'diplomatic',
    '053': 'diplomatic',
    '054': 'diplomatic',
    '055': 'diplomatic',
    '056': 'diplomatic',
    '057': 'diplomatic',
    '060': 'material',
    '061': 'material.econ',
    '062': 'material.mil',
    '063': 'material.jud',
    '064': 'material.intel',
    '070': 'aid',
    '071': 'aid.econ',
    '072': 'aid.mil',
    '073': 'aid.hum',
    '074': 'aid.peacekeeping',
    '075': 'aid.hum',
    '080': 'yield',
    '081': 'yield.admin',
    '0811': 'yield.admin',
    '0812': 'yield.admin',
    '0813': 'yield.admin',
    '0814': 'yield.admin',
    '082': 'yield.dissent',
    '083': 'reform',
    '0831': 'reform.leadership',
    '0832': 'reform.policy',
    '0833': 'reform.rights',
    '0834': 'reform.regime',
    '084': 'yield.release',
    '0841': 'yield.release',
    '0842': 'yield.release',
    '085': 'yield.econsanctions',
    '086': 'yield.involvement',
    '0861': 'yield.involvement',
    '0862': 'yield.involvement',
    '0863': 'yield.involvement',
    '087': 'yield.deescalate',
    '0871': 'yield.deescalate',
    '0872': 'yield.deescalate',
    '0873': 'yield.deescalate',
    '0874': 'yield.deescalate',
  };
  for (const [code, content] of Object.entries(acts)) map.set(code, content);
  return map;
})();

/** Material conflict carried out -> the threat of it (CAMEO 13x), for future-tense statements. */
const THREAT_OF: Readonly<Record<string, string>> = {
  '14': '133',
  '15': '138',
  '160': '131',
  '161': '1313',
  '162': '1311',
  '1621': '1311',
  '1622': '1311',
  '1623': '1311',
  '163': '1312',
  '164': '134',
  '165': '135',
  '166': '136',
  '1661': '136',
  '1662': '136',
  '1663': '136',
  '17': '137',
  '172': '132',
  '1721': '1321',
  '1722': '1322',
  '1723': '1323',
  '1724': '1324',
  '18': '1383',
  '19': '1384',
  '191': '1381',
  '192': '1382',
  '20': '1385',
};

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

export function contentOf(code: string): Content | null {
  return CONTENT_OF.get(code) ?? null;
}

/** The frame a code belongs to, if it is a frame code (02x, 03x, 10x, 12x). */
export function frameOf(code: string): Frame | null {
  switch (rootOf(code)) {
    case '02':
      return 'appeal';
    case '03':
      return 'intend';
    case '10':
      return 'demand';
    case '12':
      return 'reject';
    default:
      return null;
  }
}

/** The code for a frame applied to a content, e.g. (intend, aid.hum) -> 0333. */
export function frameCode(frame: Frame, content: Content): string | null {
  const table = FRAME_CODES[frame];
  let key: string | undefined = content;
  while (key) {
    const code = table[key as Content];
    if (code) return code;
    key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : undefined;
  }
  return table.coop ?? null;
}

/**
 * The code of a statement about the future. The manual codes a promise of cooperation as
 * intent (03x) and an announced hostile act as a threat (13x); verbal acts keep their code.
 */
export function futureCode(code: string): string {
  const root = rootOf(code);
  if (root >= '04' && root <= '08') {
    const content = contentOf(code);
    return (content && frameCode('intend', content)) ?? '030';
  }
  if (root === '09') return '030';
  if (root >= '14') return threatOf(code);
  return code;
}

/** The threat (13x) of a material conflict act (14–20): 1723 curfew -> 1323. */
function threatOf(code: string): string {
  return THREAT_OF[code] ?? THREAT_OF[code.slice(0, 3)] ?? THREAT_OF[rootOf(code)] ?? '130';
}

/**
 * Combines a governing verb's code with the code of the verb it governs
 * ("A urged B to help C": urge=020 governs help=070 -> 023).
 *  - a statement (01x) passes the lower meaning through: "said it will attack" -> the attack;
 *  - a generic frame (020, 030, 100, 120) takes the lower act as its content;
 *  - a specific frame code, or a lower code that is itself verbal, keeps the upper code.
 */
export function combineCodes(upper: string, lower: string): string {
  const upperRoot = rootOf(upper);
  if (upperRoot === '01') return lower;
  // "threatened to impose a curfew": a threat of the act (1323)
  if (upper === '130' && rootOf(lower) >= '14') return threatOf(lower);
  const frame = frameOf(upper);
  if (!frame) return upper;
  const lowerFrame = frameOf(lower);
  if (lowerFrame === frame) return lower.length >= upper.length ? lower : upper;
  const content = contentOf(lower);
  if (!content) return upper;
  // an agreement to do something ("reached a consensus to share intelligence", 037) is the
  // intent to do it: the act agreed gives the content (0314)
  const generic =
    upper === frameCode(frame, 'coop') ||
    upper === frameCode(frame, 'material') ||
    (frame === 'intend' && upper === frameCode(frame, 'settle') && content !== 'coop');
  if (!generic) return upper;
  return frameCode(frame, content) ?? upper;
}

/** Refusing to yield (124x): the refusal of what a yielding code (08x) concedes. */
export function refusalCode(code: string): string {
  return frameCode('reject', contentOf(code) ?? 'yield') ?? '124';
}
