"""Propose time with the default options (issue 13) and the demo's nurse FTE before/after.

Prints, for every department of the demo workspace, the time of ``compute_proposal`` with the
default request («Omfordel med dagens ansatte», the safety floor, today's positions as the
supply), the nurse FTE (``Settings.safety_role_codes``) today, in the positions and in the
proposal, the change in kroner per year and any shortfall; then the same on a 300-task
department of a synthetic workspace (``oppgave demo X --scale N``).

Run: ``.venv/bin/python benchmarks/bench_propose.py`` (about a minute on two cores).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import tempfile
import time
from pathlib import Path

from oppgave.analysis.scenario_price import safety_roles
from oppgave.demo import generator, synthetic
from oppgave.domain.records import DepartmentData
from oppgave.services import staffing_proposals, workspaces
from oppgave.services.staffing_proposals import ProposalDraft, ProposalRequest


def timed_proposal(data: DepartmentData, times: int) -> tuple[ProposalDraft, float, float]:
    seconds = []
    draft = None
    for _ in range(times):
        started = time.perf_counter()
        draft = staffing_proposals.compute_proposal(data, ProposalRequest())
        seconds.append(time.perf_counter() - started)
    assert draft is not None
    return draft, min(seconds), statistics.median(seconds)


def nurse_row(data: DepartmentData, draft: ProposalDraft) -> str:
    price = draft.price
    nurses = {role.id for role in safety_roles(data)}
    today = sum(r.fte_today for r in price.roles if r.role_id in nurses)
    after = sum(r.fte for r in price.roles if r.role_id in nurses)
    positions = sum(r.positions_fte for r in price.roles if r.role_id in nurses)
    short = ", ".join(f"{r.role_code} {r.shortfall_fte:.2f}" for r in price.shortfalls) or "-"
    return (
        f"| {data.department.name} | {len(data.tasks)} | {positions:.2f} | {today:.2f} | "
        f"{after:.2f} | {price.change_vs_today:,.0f} | {short} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tasks", type=int, default=2000, help="tasks in the synthetic file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.oppgave"
        generator.generate(demo).close()
        with workspaces.open_workspace(demo) as workspace:
            datas = workspaces.load_workspace_data(workspace)
        print("== demo, default proposal per department (best of", args.repeat, "runs)")
        print(
            "| department | tasks | nurse FTE in positions | nurse FTE today | "
            "nurse FTE proposal | change kr/year | shortfall FTE |"
        )
        print("|---|---|---|---|---|---|---|")
        timings = []
        for data in datas:
            draft, best, median = timed_proposal(data, args.repeat)
            timings.append((data.department.name, len(data.tasks), best, median))
            print(nurse_row(data, draft))
        print()
        for name, tasks, best, median in timings:
            print(f"  {name} ({tasks} tasks): {best:.3f} s (median {median:.3f} s)")
        largest = max(timings, key=lambda t: t[1])
        print(f"largest demo department: {largest[0]} ({largest[1]} tasks) {largest[2]:.3f} s")

        big = Path(folder) / "big.oppgave"
        started = time.perf_counter()
        synthetic.generate(big, tasks=args.tasks, seed=20250101).close()
        built = time.perf_counter() - started
        print(f"\n== synthetic workspace of {args.tasks} tasks ({built:.1f} s)")
        with workspaces.open_workspace(big) as workspace:
            datas = workspaces.load_workspace_data(workspace)
        biggest = max(datas, key=lambda d: len(d.tasks))
        one = dataclasses.replace(biggest, tasks=biggest.tasks[:300])
        draft, best, median = timed_proposal(one, args.repeat)
        result = draft.result
        print(
            f"default proposal, one 300-task department: {best:.3f} s (median {median:.3f} s); "
            f"{result.variables} variables, {result.constraints} constraints, {result.status}; "
            f"{len(result.moves)} tasks moved"
        )
        print(nurse_row(one, draft))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
