"""Shared fixtures: composed passages (invented people and places) and the CLI."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import isnad

REPO = Path(__file__).resolve().parents[2]

# Short passages in the style of Arabic news, composed for these tests.
PASSAGES = {
    "two_quotes": "قال وزير الزراعة كريم منصور إن «الموسم الزراعي سيكون جيداً هذا العام». "
    "وأضاف منصور: «سنوزع البذور على المزارعين مجاناً».",
    "names": "نشرت صحيفة «الفجر الجديد» تقريراً عن مشروع «واحة النخيل» في مدينة الرمال.",
    "nested": "وقالت المتحدثة باسم الشركة ليلى عواد: «إن شعار “معاً نبني” يعبر عن رؤيتنا».",
    "headline": "رئيس البلدية: «لن نرفع الضرائب»",
    "unclosed": "وأكد المدير العام أن «المشروع سيكتمل قريباً\nوفي سياق آخر، افتتح المعرض.",
    "straight": 'وصرح النائب فادي حمدان لـ"الأنباء" بأن "الجلسة المقبلة ستكون حاسمة".',
    "nominal": "وبحسب مصدر مطلع، فإن «المفاوضات وصلت إلى طريق مسدود».",
    "emoji": "🔥 قال المدرب سعيد ناصر: «الفريق جاهز للمباراة النهائية» 🏆",
    "dropped": "وأوضحت الطبيبة هالة يوسف أن «اللقاح آمن». وتابعت: «لا داعي للقلق».",
    "empty": "",
    "no_marks": "افتتح المحافظ الجسر الجديد صباح اليوم.",
}


@pytest.fixture(scope="session")
def extractor() -> isnad.Extractor:
    return isnad.Extractor()


def find_cli() -> "Path | None":
    """The isnad binary: $ISNAD_CLI, else target/release/isnad, else on PATH."""
    for candidate in (os.environ.get("ISNAD_CLI"), REPO / "target" / "release" / "isnad", shutil.which("isnad")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


@pytest.fixture(scope="session")
def cli() -> Path:
    path = find_cli()
    if path is None:
        if os.environ.get("ISNAD_CI"):
            pytest.fail("ISNAD_CI is set but no isnad binary was found")
        pytest.skip("no isnad binary: build it with `cargo build --release` or set ISNAD_CLI")
    return path


def run_cli(cli: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(cli), *args], capture_output=True, text=True, check=True)
