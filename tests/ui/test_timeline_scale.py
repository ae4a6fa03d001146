"""Day-to-x mapping and week ticks: plain Python, no display needed."""

from __future__ import annotations

from datetime import date

from desktop.ui.timeline_scale import Scale, day_span, fit_px_per_day, week_ticks


def test_mapping_round_trips_and_clamps() -> None:
    scale = Scale(first_day=-7, last_day=392, left=158.0, px_per_day=2.0)
    assert scale.x(-7) == 158.0
    assert scale.x(0) == 172.0
    assert scale.day_at(scale.x(123)) == 123
    assert scale.clamp_x(None) == scale.right == scale.x(392)
    assert scale.clamp_x(-400) == scale.x(-7)


def test_span_covers_the_first_year_the_visit_and_every_item() -> None:
    assert day_span(3, [0, 31, 56]) == (-7, 392)
    first, last = day_span(500, [0, 600])
    assert first == -7
    assert last >= 628
    assert last % 28 == 0


def test_fit_uses_the_whole_width() -> None:
    assert fit_px_per_day(798, -7, 392) == 2.0


def test_week_ticks_are_weekly_with_dated_labels_that_fit() -> None:
    scale = Scale(-7, 392, 0.0, 2.0)  # 14 px a week: labels every 4 weeks
    ticks = week_ticks(scale, date(2026, 11, 18))
    assert [t.day for t in ticks[:3]] == [0, 7, 14]
    labelled = [t for t in ticks if t.major]
    assert [t.day for t in labelled[:3]] == [0, 28, 56]
    assert labelled[1].label == "wk 4  16 Dec"
    wide = week_ticks(Scale(-7, 392, 0.0, 10.0), date(2026, 11, 18))
    assert all(t.major for t in wide)
