/**
 * Past participles, for passive voice ("was criticized", "were met", "has been given").
 * Regular participles end in -ed; the irregular ones are listed.
 */
const IRREGULAR = new Set(
  `arisen awoken beaten become begun bent bet bid bitten blown borne bought bound broadcast broken brought
  built burnt burst cast caught chosen come cost crept cut dealt done drawn dreamt driven drunk dwelt eaten
  fallen fed felt fled flown forbidden forecast forgiven forgotten forsaken fought found frozen given gone
  gotten got grown heard held hidden hit hung hurt kept knelt known laid learnt led left lent let lost made
  meant met mistaken overcome overseen overtaken overthrown paid proven put quit read rid ridden risen run
  said seen sent set sewn shaken shed shot shown shut slain slept slit sold sought sown spent spilt split
  spoken spread sprung stolen struck stuck stung sung sunk sworn swept swollen swum taken taught thought
  thrown told torn undertaken understood upheld upset withdrawn withheld woken won worn wound written`
    .split(/\s+/)
    .filter(Boolean),
);

export function isPassiveParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return (w.length > 3 && w.endsWith('ed')) || IRREGULAR.has(w);
}
