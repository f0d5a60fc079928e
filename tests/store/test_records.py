"""Reading records to ingest from every kind of file, bad ones named with their reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from rasd.errors import InputError
from rasd.ingest.records import FieldMap, Record, read_path

TEXT = "قال المتحدث إن ثلاثة آلاف مقاتل دخلوا مدينة الرقة صباح اليوم بعد معارك عنيفة."


def _all(path: Path, fields: FieldMap | None = None) -> list[Record | InputError]:
    return list(read_path(path, fields))


def test_a_text_file_is_one_record_keyed_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    (record,) = _all(path)
    assert isinstance(record, Record)
    assert record.text == TEXT and record.info.key == str(path)


def test_a_text_files_short_first_paragraph_is_its_title(tmp_path: Path) -> None:
    path = tmp_path / "h.txt"
    path.write_text("نزوح العائلات من ريف حلب\n\nأعلن المرصد أن العائلات نزحت.", encoding="utf-8")
    (record,) = _all(path)
    assert isinstance(record, Record) and record.info.title == "نزوح العائلات من ريف حلب"
    path.write_text("سطر أول\nسطر ثان بلا سطر فارغ", encoding="utf-8")
    (record,) = _all(path)
    assert isinstance(record, Record) and record.info.title is None


def test_jsonl_reads_every_good_line_and_names_the_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": TEXT, "published": "2017-05-10", "title": "ع"}),
        "{not json",
        json.dumps({"id": "x3", "body": ""}),
        json.dumps({"id": "x4", "content": TEXT + " ثانية"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = _all(path)
    assert [type(g).__name__ for g in got] == ["Record", "InputError", "InputError", "Record"]
    first, bad_json, empty, fourth = got
    assert isinstance(first, Record) and first.published == "2017-05-10"
    assert first.info.key == "x1" and first.info.title == "ع"
    assert str(bad_json).startswith(f"{path}:2") and "not valid JSON" in str(bad_json)
    assert "id=x3" in str(empty) and "empty" in str(empty)
    assert isinstance(fourth, Record) and fourth.text.endswith("ثانية")


def test_a_json_array_with_news_fields_and_a_column_map(tmp_path: Path) -> None:
    path = tmp_path / "day.json"
    articles = [
        {
            "url": "http://x/1",
            "content": TEXT,
            "date_extracted": "2015-08-01 08:00:57",
            "title": "خبر",
            "author": "",
            "source": "okaz",
        },
        {"url": "http://x/2", "story": "نص آخر"},
    ]
    path.write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    first, second = _all(path)
    assert isinstance(first, Record)
    assert (first.info.key, first.published, first.info.source) == (
        "http://x/1",
        "2015-08-01",
        "okaz",
    )
    assert first.info.author is None  # an empty field is unknown
    assert isinstance(second, InputError) and "--map text=" in str(second)
    unmapped, mapped = _all(path, FieldMap.parse("text=story"))
    assert isinstance(unmapped, InputError)  # its text is under "content", not "story"
    assert isinstance(mapped, Record) and mapped.text == "نص آخر"


def test_csv_with_a_column_map(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('nid,matn,day\n7,"' + TEXT + '",2017-05-10\n', encoding="utf-8")
    (record,) = _all(path, FieldMap.parse("text=matn,id=nid,published=day"))
    assert isinstance(record, Record)
    assert (record.text, record.info.key, record.published) == (TEXT, "7", "2017-05-10")


def test_a_column_map_names_its_mistakes() -> None:
    with pytest.raises(InputError, match="FIELD=COLUMN"):
        FieldMap.parse("words=content")
    with pytest.raises(InputError, match="FIELD=COLUMN"):
        FieldMap.parse("text")


HTML = f"""<html lang="ar" dir="rtl"><head><title>دخول الرقة</title>
<meta name="author" content="أحمد علي">
<meta property="article:published_time" content="2017-05-10"></head>
<body><nav>الرئيسية | الأخبار | اتصل بنا</nav><article><h1>دخول الرقة</h1>
<p>{TEXT}</p><p>وأضاف أن التنظيم انسحب من أحياء عدة في المدينة خلال الليل.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_gives_main_text_title_date_and_author(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (record,) = _all(path)
    assert isinstance(record, Record)
    assert TEXT in record.text and "انسحب" in record.text
    assert "جميع الحقوق" not in record.text and "اتصل بنا" not in record.text
    assert record.info.title == "دخول الرقة"
    assert record.info.author == "أحمد علي"
    assert record.published == "2017-05-10"


def test_an_html_page_without_text_fails_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>t</title></head><body></body></html>", encoding="utf-8")
    (err,) = _all(path)
    assert isinstance(err, InputError) and "main text" in str(err)


def test_an_rss_feed_gives_one_record_per_item(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(
        f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>وكالة</title><link>http://x/</link><description>d</description>
<item><title>خبر أول</title><link>http://x/1</link><guid>g1</guid>
<pubDate>Wed, 10 May 2017 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{TEXT}&lt;/p&gt;&lt;p&gt;فقرة ثانية.&lt;/p&gt;</description></item>
<item><title>بلا نص</title><link>http://x/2</link></item>
</channel></rss>""",
        encoding="utf-8",
    )
    first, second = _all(path)
    assert isinstance(first, Record)
    assert first.text == TEXT + "\nفقرة ثانية."
    assert (first.info.key, first.info.url, first.published) == ("g1", "http://x/1", "2017-05-10")
    assert first.info.source == "وكالة" and first.info.title == "خبر أول"
    assert isinstance(second, InputError) and "no text" in str(second)


def test_a_warc_file_gives_its_html_responses(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, ctype, body in (
            ("http://x/page", "text/html; charset=utf-8", HTML),
            ("http://x/logo.png", "image/png", "PNG"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
    (record,) = _all(path)
    assert isinstance(record, Record)
    assert record.info.key == "http://x/page" and TEXT in record.text


def test_a_folder_is_read_file_by_file_and_unknown_files_are_named(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT + " أ", encoding="utf-8")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG")
    got = _all(tmp_path)
    assert [g.info.key for g in got if isinstance(g, Record)] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]
    (err,) = _all(tmp_path / "skip.png")
    assert isinstance(err, InputError) and "not a kind of file" in str(err)
    (missing,) = _all(tmp_path / "none.txt")
    assert isinstance(missing, InputError) and "no such file" in str(missing)
