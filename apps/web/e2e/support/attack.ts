/**
 * The subtraction attack, as a reader of a screen, a CSV or a PDF would run it: take a
 * shown row, take away shown rows that lie inside it and do not overlap, and look at
 * what is left. What is left is the answers of the people in none of the rows taken
 * away; if they are fewer than k (but some), their answers are exposed.
 *
 * The attacker knows who is in which group (the structure's own list): a row is known
 * by the set of stakeholder groups it covers ("everyone" all of them, a side its groups).
 */

/** A row as read back from an output: which groups it covers, and how many answered. */
export interface ReadRow {
  label: string;
  groups: readonly string[];
  /** People who answered in the row (a level, "not applicable" or "don't know"). */
  answers: number;
}

/** Every leak: "<whole> − <parts> leaves <n> people". Empty when nothing small is left. */
export function subtractionLeaks(rows: readonly ReadRow[], minGroupSize: number): string[] {
  const leaks: string[] = [];
  for (const whole of rows) {
    const inside = rows.filter(
      (row) =>
        row !== whole &&
        row.groups.length < whole.groups.length &&
        row.groups.every((g) => whole.groups.includes(g)),
    );
    // Every set of rows inside `whole` that do not overlap.
    const visit = (start: number, chosen: ReadRow[], covered: Set<string>) => {
      if (chosen.length > 0) {
        const left = whole.answers - chosen.reduce((sum, row) => sum + row.answers, 0);
        if (left > 0 && left < minGroupSize) {
          leaks.push(
            `${whole.label} − ${chosen.map((row) => row.label).join(" − ")} leaves ${left}`,
          );
        }
      }
      for (let i = start; i < inside.length; i++) {
        const row = inside[i] as ReadRow;
        if (row.groups.some((g) => covered.has(g))) continue;
        visit(i + 1, [...chosen, row], new Set([...covered, ...row.groups]));
      }
    };
    visit(0, [], new Set());
  }
  return leaks;
}
