"""The spaCy frame: one registered component per finder, facts as doc.spans."""
from extractor.pipeline import FINDERS, make_nlp

TEXT = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ Nghị "
        "định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ. Năm 2020, Chỉ số cải cách hành "
        "chính của xã đạt 76,824 điểm, xếp hạng 82/82. Tổng số hồ sơ đã tiếp nhận: 58.053 hồ "
        "sơ; đã giải quyết 56.863 hồ sơ. Năm 2018 hoàn thành 42/46 nhiệm vụ.")


def test_every_finder_is_a_registered_component():
    nlp = make_nlp()
    assert nlp.pipe_names == list(FINDERS)


def test_facts_become_spans_with_their_fact_attached():
    doc = make_nlp()(TEXT)
    assert [s._.reference.number for s in doc.spans["references"]] == ["61/2018/NĐ-CP"]
    assert [s._.fact.name for s in doc.spans["laws"]] == ["Luật Tổ chức chính quyền địa phương"]
    par = [s._.fact for s in doc.spans["scores"] if s._.fact.indicator == "PAR_INDEX"]
    assert [(f.value, f.rank, f.rank_total) for f in par] == [(76.824, 82, 82)]
    stats = [s._.fact for s in doc.spans["dossier_stats"]]
    assert [(f.received, f.resolved) for f in stats] == [(58053, 56863)]
    assert [(s._.fact.done, s._.fact.total) for s in doc.spans["tasks"]] == [(42, 46)]
    for key in FINDERS.values():
        for span in doc.spans[key[0]]:
            fact = span._.fact
            assert span.start_char <= fact.start and fact.end <= span.end_char


def test_a_pipeline_with_one_component():
    doc = make_nlp(("cchc_tasks",))(TEXT)
    assert list(doc.spans) == ["tasks"]
