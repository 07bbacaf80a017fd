/**
 * Chinese text uses full-width punctuation. Names, units and definitions from data are often typed with ASCII marks
 * ("排名(1为最佳)", "北京, 上海"); in the Chinese interface they are shown with the full-width forms wherever the mark
 * sits in Chinese text: a bracket pair whose inside or left neighbour is Chinese, and , : ; ? ! after or before a
 * Chinese character. Latin-only text ("(IDC 2021)" after a Latin word, "3:2") is left alone.
 */
const HAN = /\p{Script=Han}/u;
const FULL: Record<string, string> = { ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）" };

export function zhPunctuation(text: string): string {
  const chars = [...text];
  const han = (i: number) => i >= 0 && i < chars.length && HAN.test(chars[i]!);
  // Bracket pairs: convert both marks, or neither.
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "(") stack.push(i);
    else if (chars[i] === ")" && stack.length > 0) {
      const open = stack.pop()!;
      const inside = chars.slice(open + 1, i).some((c) => HAN.test(c));
      if (inside || han(open - 1)) {
        chars[open] = FULL["("]!;
        chars[i] = FULL[")"]!;
      }
    }
  }
  // Separators: a Chinese character on either side (skipping one space, which full-width marks do not need).
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c in FULL && c !== "(" && c !== ")") {
      const next = chars[i + 1] === " " ? i + 2 : i + 1;
      if (han(i - 1) || (han(next) && !/\d/.test(chars[i - 1] ?? ""))) {
        out.push(FULL[c]!);
        if (next === i + 2) i++;
        continue;
      }
    }
    out.push(c);
  }
  return out.join("");
}
