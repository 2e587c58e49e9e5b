/** Modules generated at build time by the dyad-data plugin in web/vite.config.ts. */
declare module 'virtual:dyad-cameo' {
  const names: Readonly<Record<string, string>>;
  export default names;
}
declare module 'virtual:dyad-land' {
  import type { LandGrid } from './land.js';
  const grid: LandGrid;
  export default grid;
}
declare module '*.css';
