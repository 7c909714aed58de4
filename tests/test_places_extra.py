"""Hand-made places beyond the gazetteer: conflict towns, camps, crossings and bases link with coordinates."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from collections import Counter
from importlib.resources import files

import pytest

import rasd
from rasd.entities.kb import KnowledgeBase


def _rows() -> list[dict[str, str]]:
    data = (files("rasd") / "data" / "kb" / "places_extra.tsv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(data), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p = math.pi / 180
    x = (lon2 - lon1) * p * math.cos((lat1 + lat2) / 2 * p)
    y = (lat2 - lat1) * p
    return 6371 * math.hypot(x, y)


@pytest.mark.parametrize(("sentence", "name", "lat", "lon"), [
    ("قصفت القوات الأذربيجانية مدينة ستيباناكيرت صباح اليوم.", "Stepanakert", 39.815, 46.752),
    ("دخلت القوات الأذربيجانية مدينة خانكندي بعد انسحاب الانفصاليين.", "Stepanakert", 39.815, 46.752),
    ("سيطر متمردو حركة 23 مارس على بلدة بوناغانا الحدودية مع أوغندا.", "Bunagana", -1.29, 29.60),
    ("اندلعت اشتباكات عنيفة في روتشورو بإقليم شمال كيفو.", "Rutshuru", -1.18, 29.45),
    ("استعاد الجيش المالي السيطرة على ديابالي بدعم من القوات الفرنسية.", "Diabaly", 14.69, -6.02),
    ("قتل جنديان في هجوم على قاعدة في تيساليت شمال مالي.", "Tessalit", 20.20, 1.01),
    ("أطلق حزب الله صواريخ على مستوطنة أفيفيم.", "Avivim", 33.09, 35.47),
    ("قصفت المدفعية الإسرائيلية أطراف بلدة عيترون جنوب لبنان.", "Aitaroun", 33.12, 35.47),
    ("توغلت الدبابات في مخيم جباليا شمال القطاع.", "Jabalia refugee camp", 31.53, 34.49),
    ("سقطت قذائف قرب مخيم الشابورة في رفح.", "Shaboura refugee camp", 31.29, 34.25),
    ("أعيد فتح معبر نصيب الحدودي مع الأردن.", "Nasib Border Crossing", 32.55, 36.20),
    ("شنت طائرات التحالف غارات على قاعدة حميميم.", "Hmeimim Air Base", 35.40, 35.95),
    ("استهدفت صواريخ قاعدة عين الأسد غرب العراق.", "Ain al-Asad Air Base", 33.80, 42.44),
    ("أغلق محتجون معبر الكركرات الحدودي مع موريتانيا.", "Guerguerat", 21.37, -16.96),
    ("وصلت تعزيزات عسكرية إلى سد النهضة.", "Grand Ethiopian Renaissance Dam", 11.21, 35.09),
    ("هاجم مسلحون بلدة شيبوك في ولاية بورنو.", "Chibok", 10.87, 12.85),
    ("قصفت الطائرات المسيرة مدينة الأبيض في شمال كردفان.", "El Obeid", 13.18, 30.22),
    ("هاجمت قوات الدعم السريع مدينة مليط شمال الفاشر.", "Mellit", 14.13, 25.55),
    ("قصفت مسيرة مطار بيروت الدولي.", "Beirut Rafic Hariri International Airport", 33.82, 35.49),
    ("عبرت ناقلة مضيق هرمز رغم التهديدات.", "Strait of Hormuz", 26.57, 56.25),
    ("فر آلاف النازحين من مخيم زمزم جنوب الفاشر.", "Zamzam camp", 13.47, 25.28),
    ("اقتحمت القوات الإسرائيلية مستشفى الشفاء في مدينة غزة.", "Al-Shifa Hospital", 31.52, 34.44),
    ("سيطر مقاتلو الشباب على بلدة بلد حاوا الحدودية.", "Beled Hawo", 3.93, 41.89),
])
def test_new_places_link_with_coordinates(sentence: str, name: str, lat: float, lon: float) -> None:
    article = rasd.process(rasd.Article(doc="p", text=sentence, published=dt.date(2024, 1, 15)))
    places = [e for e in article.entities.values() if e.name == name]
    assert places, [e.name for e in article.entities.values()]
    place = places[0]
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, lat, lon) < 30


def test_extending_rows_add_spellings_to_gazetteer_places() -> None:
    kb = KnowledgeBase.load()
    assert kb.lookup("كوباني")[0].id == kb.lookup("عين العرب")[0].id
    assert kb.lookup("البوكمال")[0].id == kb.lookup("أبو كمال")[0].id


def test_no_duplicate_ids() -> None:
    counts = Counter(row["id"] for row in _rows())
    assert [i for i, n in counts.items() if n > 1] == []


def test_every_row_has_coordinates_and_a_country() -> None:
    kb = KnowledgeBase.load()
    # a sea belongs to no one country
    seas = {"hand:mediterranean", "hand:red_sea", "hand:gulf_of_aden", "hand:persian_gulf", "hand:arabian_sea",
            "hand:gulf_of_oman"}
    for row in _rows():
        entry = kb.get(row["id"])
        assert entry.lat is not None and entry.lon is not None, row["id"]
        assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180, row["id"]
        assert entry.country or row["id"] in seas, row["id"]


def test_the_red_sea_is_the_sea_and_its_governorates_need_their_head_noun() -> None:
    text = "وأطلق الحوثيون صاروخا على سفينة تجارية في البحر الأحمر، بعد يوم من هجوم في خليج عدن."
    article = rasd.process(rasd.Article(doc="t", text=text, published=dt.date(2024, 1, 12)))
    names = {e.name for e in article.entities.values()}
    assert {"Red Sea", "Gulf of Aden"} <= names
    assert not names & {"Red Sea Governorate", "Red Sea State"}
