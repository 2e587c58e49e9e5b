/** The event categories of a brief, by CAMEO code, in the order an analyst reads them. */

export interface Category {
  readonly id: string;
  readonly title: string;
  /** The CAMEO roots its codes fall under. */
  readonly roots: readonly string[];
  readonly matches: (code: string) => boolean;
}

const root = (code: string) => code.slice(0, 2);

export const CATEGORIES: readonly Category[] = Object.freeze([
  { id: 'visits', title: 'Visits and meetings', roots: ['04'], matches: (c) => root(c) === '04' },
  {
    id: 'agreements',
    title: 'Agreements and cooperation',
    roots: ['03', '05', '06'],
    matches: (c) => c.startsWith('057') || root(c) === '06' || root(c) === '03',
  },
  { id: 'aid', title: 'Aid', roots: ['07'], matches: (c) => root(c) === '07' },
  {
    id: 'support',
    title: 'Support, praise and recognition',
    roots: ['05'],
    matches: (c) => root(c) === '05' && !c.startsWith('057'),
  },
  {
    id: 'statements',
    title: 'Statements and appeals',
    roots: ['01', '02'],
    matches: (c) => ['01', '02'].includes(root(c)),
  },
  {
    id: 'protest',
    title: 'Demands, criticism, protest and threats',
    roots: ['10', '11', '12', '13', '14'],
    matches: (c) => ['10', '11', '12', '13', '14'].includes(root(c)),
  },
  {
    id: 'concessions',
    title: 'Concessions',
    roots: ['08', '09'],
    matches: (c) => ['08', '09'].includes(root(c)),
  },
  {
    id: 'sanctions',
    title: 'Sanctions and reduced relations',
    roots: ['16'],
    matches: (c) => root(c) === '16',
  },
  {
    id: 'force',
    title: 'Force posture, coercion and violence',
    roots: ['15', '17', '18', '19', '20'],
    matches: (c) => ['15', '17', '18', '19', '20'].includes(root(c)),
  },
]);

export function categoryOf(code: string | null): Category | null {
  if (code === null) return null;
  return CATEGORIES.find((c) => c.matches(code)) ?? null;
}
