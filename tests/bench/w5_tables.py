#!/usr/bin/env python3
"""W5 input: two CSV tables of ROWS rows x 10 columns (~88 bytes a row) keyed by `id`,
the second with ~1% of rows changed: 0.5% with one edited cell, 0.25% removed, 0.25% added.
Usage: w5_tables.py ROWS A.csv B.csv   (standard library only, fixed seed)"""
import random
import sys


def main():
    rows, path_a, path_b = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    rng = random.Random(5)
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"]
    header = "id,user,score,ratio,label,count,day,group,weight,flag\n"

    def row(i):
        return (f"{i},u{rng.randrange(10**9):09d},{rng.uniform(0, 1000):.4f},"
                f"{rng.random():.8f},{rng.choice(words)}_{rng.choice(words)},"
                f"{rng.randrange(10**7)},"
                f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d},"
                f"g{rng.randrange(10**5):05d},{rng.gauss(70, 12):.3f},"
                f"{rng.choice(['true', 'false'])}\n")

    lines = [row(i) for i in range(1, rows + 1)]
    with open(path_a, "w") as f:
        f.write(header)
        f.writelines(lines)
    changed = lines[:]
    removed = set()
    for i in rng.sample(range(rows), rows // 100):
        kind = rng.random()
        if kind < 0.5:
            cells = changed[i].rstrip("\n").split(",")
            col = rng.randrange(1, 10)
            cells[col] = cells[col] + "9" if col not in (4, 9) else "zulu"
            changed[i] = ",".join(cells) + "\n"
        elif kind < 0.75:
            removed.add(i)
    added = [row(rows + 1 + k) for k in range(rows // 400)]
    with open(path_b, "w") as f:
        f.write(header)
        f.writelines(line for i, line in enumerate(changed) if i not in removed)
        f.writelines(added)


if __name__ == "__main__":
    main()
