/** The event categories of a brief, by CAMEO code, in the order an analyst reads them. */

export interface Category {
  readonly id: string;
  readonly title: string;
  readonly matches: (code: string) => boolean;
}

const root = (code: string) => code.slice(0, 2);

export const CATEGORIES: readonly Category[] = Object.freeze([
  { id: 'visits', title: 'Visits and meetings', matches: (c) => root(c) === '04' },
  {
    id: 'agreements',
    title: 'Agreements and cooperation',
    matches: (c) => c.startsWith('057') || root(c) === '06' || root(c) === '03',
  },
  { id: 'aid', title: 'Aid', matches: (c) => root(c) === '07' },
  {
    id: 'support',
    title: 'Support, praise and recognition',
    matches: (c) => root(c) === '05' && !c.startsWith('057'),
  },
  { id: 'statements', title: 'Statements and appeals', matches: (c) => ['01', '02'].includes(root(c)) },
  {
    id: 'protest',
    title: 'Demands, criticism, protest and threats',
    matches: (c) => ['10', '11', '12', '13', '14'].includes(root(c)),
  },
  { id: 'concessions', title: 'Concessions', matches: (c) => ['08', '09'].includes(root(c)) },
  { id: 'sanctions', title: 'Sanctions and reduced relations', matches: (c) => root(c) === '16' },
  {
    id: 'force',
    title: 'Force posture, coercion and violence',
    matches: (c) => ['15', '17', '18', '19', '20'].includes(root(c)),
  },
]);

export function categoryOf(code: string | null): Category | null {
  if (code === null) return null;
  return CATEGORIES.find((c) => c.matches(code)) ?? null;
}
