"""Interviews: each answer after a question is a direct quote of the interviewee."""

from __future__ import annotations

from tests.stages.test_quotes import quotes_of

INTERVIEW = """أعرب أكسل بنسلر عن أمله في نمو المبيعات.
وفيما يلي حوار «الشرق الأوسط» مع أكسل بنسلر:
1- من هم العملاء المستهدفون بهذه السيارة؟
* تتمتع السيارة بتصميم عصري للسيارات الرياضية.
2- ما الطرازات المنافسة؟
* المنافسان الرئيسيان هما سيارتان ألمانيتان.
وهما تبيعان جيدا في الخليج.
3- هل تفكرون بنسخة هجين؟
ج: نعم، سندشن النسخة الهجين بنهاية السنة."""


def test_every_answer_is_a_quote_of_the_interviewee() -> None:
    found = quotes_of(INTERVIEW, (("أكسل بنسلر", "PER", "e1"),))
    assert [q.text for q in found] == [
        "تتمتع السيارة بتصميم عصري للسيارات الرياضية.",
        "المنافسان الرئيسيان هما سيارتان ألمانيتان.\nوهما تبيعان جيدا في الخليج.",
        "نعم، سندشن النسخة الهجين بنهاية السنة.",
    ]
    assert all(q.direct and q.speaker_name == "أكسل بنسلر" for q in found)
    assert all(q.speaker is not None and q.speaker.entity_id == "e1" for q in found)


def test_a_lead_speaker_answers_when_no_name_follows_ma() -> None:
    text = INTERVIEW.replace("مع أكسل بنسلر:", "معه:").replace(
        "أعرب أكسل بنسلر عن أمله في نمو المبيعات.", "وقال المدير أحمد الراشد إن المبيعات تنمو."
    )
    found = quotes_of(text, (("أحمد الراشد", "PER", "e2"),))
    assert len(found) == 4
    assert {q.speaker_name for q in found} == {"أحمد الراشد"}


def test_rhetorical_questions_make_no_interview() -> None:
    text = (
        "قال الكاتب إن الماضي جميل.\nلماذا نستذكر الماضي؟\nلأن الذكريات تسعدنا.\n"
        "وهل يعود الزمن؟\nلا يعود أبدا."
    )
    assert [q.text for q in quotes_of(text)] == ["الماضي جميل"]


QA = """الحرفي سعيد الغراش يتحدث في هذا اللقاء عن إرث الصنعة.
كم لكم من التجربة في صناعة الفخار؟
لنا ما بين 35 الى 40 سنة في هذه المهنة.
من أين تأتون بالمواد؟
نجلبها من مناطق معينة في القطيف.
هل تنصح الشباب باحتراف هذه المهنة؟
أتمنى ذلك، فهناك حرف كثيرة يمكن العمل فيها."""


def test_an_interview_named_without_ma_is_one_and_its_lead_subject_answers() -> None:
    found = quotes_of(QA)
    assert [q.text for q in found] == [
        "لنا ما بين 35 الى 40 سنة في هذه المهنة.",
        "نجلبها من مناطق معينة في القطيف.",
        "أتمنى ذلك، فهناك حرف كثيرة يمكن العمل فيها.",
    ]
    assert {q.speaker_name for q in found} == {"الحرفي سعيد الغراش"}


def test_the_guest_the_lead_names_answers_before_a_speaker_it_quotes() -> None:
    text = QA.replace(
        "الحرفي سعيد الغراش يتحدث في هذا اللقاء عن إرث الصنعة.",
        "شاعر شاب يقول إنه يتمنى المشاركة، وتحدث في هذا الحوار ضيفنا الشاعر سلطان المريخي.",
    )
    found = quotes_of(text, (("سلطان المريخي", "PER", "e3"),))
    assert len(found) == 3
    assert {q.speaker_name for q in found} == {"سلطان المريخي"}
