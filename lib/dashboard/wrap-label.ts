/**
 * A chart label broken into lines that fit a width, instead of being cut at the chart's edge. SVG text does not wrap
 * by itself. Widths are estimated from the font size (a Chinese character is about 1 em, Latin letters and digits
 * about 0.6 em), which is enough to keep labels inside their column. Latin words break at spaces; Chinese between any
 * two characters (but never before closing punctuation, never after an opening one).
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NO_START = /^[，。、；：？！）》」』】〕”’,.;:?!)\]}%]/u;
const NO_END = /[（《「『【〔“‘([{]$/u;

const charWidth = (c: string, em: number) => (WIDE.test(c) ? em : c === " " ? 0.3 * em : 0.62 * em);

/** Pieces that must stay together: a Latin word with its trailing space, or one wide character. */
function pieces(text: string): string[] {
  return (
    text.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/gu,
    ) ?? []
  );
}

export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  const lines: string[][] = [];
  let line: string[] = [];
  const widthOf = (ps: string[]) => [...ps.join("").trimEnd()].reduce((s, c) => s + charWidth(c, fontSize), 0);
  for (const piece of pieces(text)) {
    if (line.length > 0 && widthOf([...line, piece]) > width) {
      if (NO_START.test(piece) && line.length > 1) {
        // A closing mark may not start a line: it takes the piece before it along.
        const carried = line.pop()!;
        lines.push(line);
        line = [carried];
      } else if (NO_END.test(line.join("").trimEnd()) && line.length > 1) {
        // An opening mark may not end a line: it moves down with the piece after it.
        const carried = line.pop()!;
        lines.push(line);
        line = [carried];
      } else {
        lines.push(line);
        line = [];
      }
    }
    line.push(piece);
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => l.join("").trim()).filter((l) => l !== "");
}
