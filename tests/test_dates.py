import pytest

from corekit import dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Rabu, 08 November 2023 - 22:38 WIB", "2023-11-08T22:38:00+07:00"),
        ("Rabu, 16 Oktober 2024 | 21:45 WIB | dilihat", "2024-10-16T21:45:00+07:00"),
        ("Selasa, 29 Januari 2019 / 18:48 WIB", "2019-01-29T18:48:00+07:00"),
        ("Sen, 3 Feb 2025 08.15 WITA", "2025-02-03T08:15:00+08:00"),
        ("Jumat, 1 Agu 2025, 07:05:09 WIT", "2025-08-01T07:05:09+09:00"),
        ("Kamis, 9 Mei 2024 pukul 10:00", "2024-05-09T10:00:00+07:00"),  # no zone: WIB
        ("12 Des 2022 23:59 WIB", "2022-12-12T23:59:00+07:00"),
    ],
)
def test_parse_indonesian_datetimes(text: str, iso: str) -> None:
    assert dates.parse(text) == iso


@pytest.mark.parametrize("text", ["", "Rabu (8/11/2023)", "32 Januari 2024 10:00 WIB", "8 Nopember 2023"])
def test_parse_refuses_what_is_not_a_datetime(text: str) -> None:
    assert dates.parse(text) is None


def test_juni_is_not_read_as_jun() -> None:
    assert dates.parse("Senin, 02 Juni 2025 - 09:00 WIB") == "2025-06-02T09:00:00+07:00"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("08/11/2023, 22:38 WIB", "2023-11-08T22:38:00+07:00"),
        ("Ahmad Islamy Jamil · Senin, 17 April 2023 - 06:50:00 WIB", "2023-04-17T06:50:00+07:00"),
        ("Diperbarui: 09-11-2023 06:05 WITA", "2023-11-09T06:05:00+08:00"),
    ],
)
def test_numeric_dates_and_dates_after_other_words(text: str, iso: str) -> None:
    assert dates.parse(text) == iso


def test_an_impossible_month_is_refused() -> None:
    assert dates.parse("08/13/2023 22:38") is None
