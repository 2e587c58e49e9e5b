/**
 * Test helper: a rough stand-in for Dyad's wink-nlp tokenizer (whitespace,
 * hyphens between letters and "'s" become tokens; a final period or comma is
 * split off unless the word is an abbreviation like "U.S."). Returns the texts
 * and their norms.
 */
export function toks(sentence: string): { texts: string[]; norms: string[] } {
  const texts: string[] = [];
  for (const word of sentence.split(/\s+/).filter((w) => w.length > 0)) {
    const m = /^(.*?)([,;:]|\.(?<![A-Z]\.)(?<!\.[A-Za-z]\.))?$/.exec(word);
    const body = m?.[1] ?? word;
    const trail = m?.[2];
    for (const piece of body.split(/(?<=\p{L})(-)(?=\p{L})/u)) {
      const poss = /^(.+)(['’]s)$/u.exec(piece);
      if (poss) texts.push(poss[1] ?? '', poss[2] ?? '');
      else if (piece) texts.push(piece);
    }
    if (trail) texts.push(trail);
  }
  return { texts, norms: texts.map((t) => t.toLowerCase().replace(/’/g, "'")) };
}
