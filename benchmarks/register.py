"""Register speed on a generated clinic: 10,000 patients, 50,000 visits.

Targets (issue 14): patient search (as you type) and the due list under 50 ms median, opening a
patient and saving a visit under 20 ms median; each measured against a bare `sqlite3` query on
the same data in the same run (the floor the register's own work sits on).

The register is generated fast: 21 real planned cases (7 visit days, 3 variants) give realistic
rows (their case file, day, phase and due items, shifted to each episode's onset), bulk-inserted
in one transaction. 10,000 patients (a fifth with a second fracture: 11,979 episodes) share the
50,000 visits; an episode's visits follow a schedule (day 3, week 4, week 8, day 100, month 6,
month 12, then 6-monthly); six in seven patients came as planned (today is before the first item
their last plan has ahead), one in seven missed it by up to 300 days (overdue).

    python benchmarks/register.py [--keep FILE]     # exit status 1 if a target is missed
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop import paths
from desktop.casefile import case_text
from desktop.engine import Case, Plan, Planner, load_rule_pack, validate_answers
from desktop.register.due import due_items
from desktop.register.rows import match_key, name_key
from desktop.register.store import Register

PATIENTS, VISITS = 10_000, 50_000
TODAY = date(2026, 12, 1)
# the days after onset of an episode's visits (then 6-monthly)
SCHEDULE = (3, 28, 56, 100, 182, 365, 547, 730, 912, 1095, 1277, 1460, 1642, 1825)  # days after onset of the visits
TEMPLATE_DAYS = (3, 28, 56, 100, 182, 365, 547)
FIRST = ("Ana", "Maria", "João", "José", "Francisca", "Antônio", "Lucia", "Paulo", "Helena", "Carlos", "Rosa",
         "Pedro", "Teresa", "Luis", "Marta", "Jorge", "Isabel", "Rui", "Clara", "Manuel", "Sofia", "Miguel",
         "Inês", "Raúl", "Beatriz", "Tomás", "Olga", "Diego", "Elena", "Hugo")
LAST = ("Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Ferreira", "Almeida", "Lima", "Gomes",
        "Ribeiro", "Carvalho", "Martins", "Rocha", "Dias", "Moreira", "Nunes", "Mendes", "Barros", "Freitas",
        "Teixeira", "Correia", "Cardoso", "Pinto", "Vieira", "Monteiro", "Cunha", "Lopes", "Reis", "Machado")


def answers(name: str, visit: date, onset: date, rng: random.Random) -> dict[str, Any]:
    dose = rng.random() < 0.3
    return {
        "visit_date": visit, "onset_date": onset, "patient.name": name, "patient.age": rng.randint(55, 95),
        "patient.sex": rng.choice(["female", "female", "male"]),
        "fracture.levels": rng.sample(["T8", "T12", "L1", "L2", "L3", "L4"], rng.randint(1, 2)),
        "fracture.neuro_deficit": False, "fracture.red_flags": [], "pain.nrs": rng.randint(0, 9),
        "pain.persistent": rng.choice([None, True, False]), "pain.conservative_failed": None,
        "safety.egfr": rng.choice([35, 60, 90]), "safety.calcium_status": "normal",
        "safety.oral_bisphosphonate_unsuitable": False, "safety.nsaid_risks": [],
        "safety.calcitonin_hypersensitivity": False, "safety.invasive_dental_work_planned": False,
        "history.antiresorptive": "denosumab" if dose else rng.choice(["none", "alendronate"]),
        "history.last_denosumab_dose": visit - timedelta(days=rng.randint(10, 170)) if dose else None,
        "history.antiresorptive_since": date(2024, 1, 1) if dose else None,
    }


def planned(planner: Planner, data: dict[str, Any]) -> tuple[Case, Plan, str]:
    case = validate_answers(planner.pack, data, planner.params, data["visit_date"])
    plan = planner.plan(case)
    return case, plan, case_text(planner.pack, case)


def generate(register: Register, planner: Planner, rng: random.Random) -> None:
    """Bulk rows in one transaction, from a few planned template visits (one per template day)."""
    templates = []
    for day in TEMPLATE_DAYS:
        for variant in range(3):
            onset = date(2026, 1, 1)
            _, plan, text = planned(planner, answers("@NAME@", onset + timedelta(days=day), onset,
                                                        random.Random(day * 10 + variant)))
            dues = [((d.due_date - onset).days, d.kind, d.label, d.item, int(d.urgent))  # days after onset
                    for d in due_items(plan)]
            templates.append((day, plan.day, plan.phase, text, dues))
    names: set[str] = set()
    while len(names) < PATIENTS:
        if rng.random() < 0.25:
            names.add(f"ID-{rng.randint(100000, 999999)}")
        else:
            names.add(f"{rng.choice(FIRST)} {rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}")
    episodes: list[tuple[int, int]] = []  # (episode id, patient id)
    db = register.connection
    sha, version = planner.pack.sha256, planner.pack.version
    stamp = "2026-11-30T12:00:00+00:00"
    with register.transaction():
        patient_rows = []
        for pid, name in enumerate(sorted(names, key=lambda _: rng.random()), start=1):
            age = rng.randint(55, 95)
            patient_rows.append((pid, name_key(name), name, age, TODAY.year - age, rng.choice(["female", "male"]),
                                 stamp, f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}", match_key(name)))
            for _ in range(2 if rng.random() < 0.2 else 1):
                episodes.append((len(episodes) + 1, pid))
        db.executemany("INSERT INTO patients(id, key, name, age, birth_year, sex, created, updated, match) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", patient_rows)
        counts = [1] * len(episodes)
        for _ in range(VISITS - len(episodes)):
            counts[rng.randrange(len(episodes))] += 1
        visit_rows, due_rows, episode_rows = [], [], []
        visit_id = 0
        onsets: set[tuple[int, date]] = set()
        for (episode_id, pid), k in zip(episodes, counts, strict=True):
            days = list(SCHEDULE[: min(k, len(SCHEDULE))]) + [SCHEDULE[-1] + 182 * i for i in range(1, k - 13)]
            # most patients came when their plan said (today is before the next item their last visit's
            # plan has due); one in seven missed it by up to 300 days: their due items are overdue
            chosen = [rng.choice([t for t in templates if t[0] <= day][-3:] or templates[:3]) for day in days]
            ahead = [due_day for due_day, *_ in chosen[-1][4] if due_day > days[-1]]
            gap = min(ahead) - days[-1] if ahead else 182
            late = rng.randint(1, 300) if rng.random() < 1 / 7 else 0
            onset = TODAY - timedelta(days=days[-1] + rng.randint(0, gap - 1) + late)
            while (pid, onset) in onsets:  # a patient's second fracture: another onset
                onset -= timedelta(days=1)
            onsets.add((pid, onset))
            name = patient_rows[pid - 1][2]
            for day, (_, _, phase, text, dues) in zip(days, chosen, strict=True):
                visit_id += 1
                visit = onset + timedelta(days=day)
                visit_rows.append((visit_id, episode_id, visit.isoformat(), day, phase, text.replace("@NAME@", name),
                                   "ovcf-pathway", version, sha, "default", None, stamp, "Benchmark"))
                due_rows.extend((visit_id, episode_id, (onset + timedelta(days=due_day)).isoformat(), kind, label,
                                 item, urgent, int(day == days[-1]))
                                for due_day, kind, label, item, urgent in dues if due_day > day)
            episode_rows.append((episode_id, pid, onset.isoformat(), "L1", stamp, visit_id))
        db.executemany("INSERT INTO episodes(id, patient_id, onset, levels, created, last_visit) "
                       "VALUES (?, ?, ?, ?, ?, ?)", episode_rows)
        db.executemany("INSERT INTO visits(id, episode_id, visit_date, day, phase, case_text, pack_id, pack_version, "
                       "pack_sha256, profile, source_file, saved, who) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       visit_rows)
        db.executemany("INSERT INTO due(visit_id, episode_id, due_date, kind, label, item, urgent, current) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", due_rows)
    db.execute("ANALYZE")


def median_ms(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the generated register here (kept)")
    args = parser.parse_args()
    rng = random.Random(14)
    pack = load_rule_pack(paths.rules_dir())
    planner = Planner(pack, pack.profiles[pack.default_profile])
    folder = tempfile.TemporaryDirectory()
    path = args.keep or Path(folder.name) / "register.sqlite"
    if path.exists():
        path.unlink()
    register = Register.open(path)
    start = time.perf_counter()
    generate(register, planner, rng)
    built = time.perf_counter() - start
    db = register.connection
    tables = ("patients", "episodes", "visits", "due")
    sizes = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    print(f"generated in {built:.1f} s: " + ", ".join(f"{n:,} {t}" for t, n in sizes.items())
          + f"; {path.stat().st_size / 1e6:.0f} MB")

    bare = sqlite3.connect(path, isolation_level=None)
    # search as you type: every prefix of a few names, and a substring from the middle
    typed = []
    for name in ("Maria Helena Costa", "id-4711", "silva"):
        typed += [name[:i] for i in range(1, len(name) + 1)]

    def search() -> None:
        for term in typed:
            register.patients(term)

    def bare_search() -> None:
        for term in typed:
            bare.execute("SELECT id, name, age, birth_year, sex FROM patients WHERE key LIKE ? "
                         "ORDER BY updated DESC LIMIT 200", (f"%{name_key(term)}%",)).fetchall()

    horizon = (TODAY + timedelta(days=30)).isoformat()

    def due() -> None:
        register.due(TODAY, within_days=30)

    def bare_due() -> None:
        bare.execute("SELECT d.episode_id, d.due_date, d.kind, d.label FROM due d "
                     "WHERE d.current = 1 AND d.due_date <= ? ORDER BY d.due_date", (horizon,)).fetchall()

    ids = [rng.randint(1, PATIENTS) for _ in range(200)]
    it = iter(ids * 10)
    bare_it = iter(ids * 10)

    def open_patient() -> None:
        register.patient(next(it))

    def bare_open() -> None:
        pid = next(bare_it)
        bare.execute("SELECT * FROM patients WHERE id = ?", (pid,)).fetchone()
        bare.execute("SELECT v.id, v.visit_date, v.day, v.phase FROM episodes e JOIN visits v ON v.episode_id = e.id "
                     "WHERE e.patient_id = ? ORDER BY v.visit_date DESC", (pid,)).fetchall()

    names = [r[0] for r in db.execute("SELECT name FROM patients ORDER BY random() LIMIT 40")]
    visits = iter([planned(planner, answers(n, TODAY, TODAY - timedelta(days=40), rng)) for n in names])
    bare_text = register.visit_text(1)

    def save() -> None:
        case, plan, text = next(visits)
        register.save_visit(planner, case, plan, text, who="Benchmark")

    def bare_save() -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO visits(episode_id, visit_date, day, phase, case_text, pack_id, pack_version, "
                     "pack_sha256, profile, saved, who) VALUES (1, ?, 40, 'subacute', ?, 'p', 'v', 's', 'd', 'x', 'y')",
                     (TODAY.isoformat(), bare_text))
        bare.execute("COMMIT")

    def due_week() -> None:
        register.due(TODAY, within_days=7)

    week = (TODAY + timedelta(days=7)).isoformat()

    def bare_due_week() -> None:
        bare.execute("SELECT d.episode_id, d.due_date, d.kind, d.label FROM due d "
                     "WHERE d.current = 1 AND d.due_date <= ? ORDER BY d.due_date", (week,)).fetchall()

    due_rows = len(register.due(TODAY, within_days=30))
    week_rows = len(register.due(TODAY, within_days=7))
    rows = [
        (f"patient search ({len(typed)} keystrokes, per keystroke)", lambda: median_ms(search, 15) / len(typed),
         lambda: median_ms(bare_search, 15) / len(typed), 50),
        (f"due list, within 30 days ({due_rows:,} rows, overdue included)", lambda: median_ms(due, 15),
         lambda: median_ms(bare_due, 15), 50),
        (f"due list, within 7 days ({week_rows:,} rows, overdue included)", lambda: median_ms(due_week, 15),
         lambda: median_ms(bare_due_week, 15), 50),
        ("open patient", lambda: median_ms(open_patient, 200), lambda: median_ms(bare_open, 200), 20),
        ("save one visit", lambda: median_ms(save, 40), lambda: median_ms(bare_save, 40), 20),
    ]
    print(f"\n{'operation':<58} {'register ms':>12} {'bare sqlite3 ms':>16} {'target ms':>10}  ok")
    failed = False
    for label, ours, floor, target in rows:
        mine, base = ours(), floor()
        failed |= mine >= target
        print(f"{label:<58} {mine:>12.2f} {base:>16.2f} {'< ' + str(target):>10}  {'yes' if mine < target else 'NO'}")
    print(f"\nintegrity_check: {db.execute('PRAGMA integrity_check').fetchone()[0]}")
    bare.close()
    register.close()
    folder.cleanup()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
