"""The spaCy frame: one registered component per stage of extractor.stages.STAGES, facts
as doc.spans, and the same facts as `extract()` (one orchestrator)."""
import glob
import json
import os

import pytest

from extractor.stages import STAGES, extract_loaded, to_contract
from extractor.load import load, load_string
from extractor.pipeline import COMPONENTS, extraction, make_doc, make_nlp

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEXT = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; căn cứ Nghị "
        "định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ. Năm 2020, Chỉ số cải cách hành "
        "chính của xã đạt 76,824 điểm, xếp hạng 82/82. Tổng số hồ sơ đã tiếp nhận: 58.053 hồ "
        "sơ; đã giải quyết 56.863 hồ sơ. Năm 2018 hoàn thành 42/46 nhiệm vụ.")


def test_every_stage_is_a_registered_component_in_running_order():
    nlp = make_nlp()
    assert nlp.pipe_names == list(COMPONENTS)
    assert [field for field, _ in COMPONENTS.values()] == [name for name, _ in STAGES]
    assert nlp.pipe_names[0] == "cchc_metadata"


def test_facts_become_spans_with_their_fact_attached():
    doc = make_nlp()(TEXT)
    assert [s._.reference.number for s in doc.spans["references"]] == ["61/2018/NĐ-CP"]
    assert [s._.fact.name for s in doc.spans["laws"]] == ["Luật Tổ chức chính quyền địa phương"]
    par = [s._.fact for s in doc.spans["scores"] if s._.fact.indicator == "PAR_INDEX"]
    assert [(f.value, f.rank, f.rank_total) for f in par] == [(76.824, 82, 82)]
    stats = [s._.fact for s in doc.spans["dossier_stats"]]
    assert [(f.received, f.resolved) for f in stats] == [(58053, 56863)]
    assert [(s._.fact.done, s._.fact.total) for s in doc.spans["tasks"]] == [(42, 46)]
    for field, _ in COMPONENTS.values():
        if field == "document":
            continue
        for span in doc.spans[field]:
            fact = span._.fact
            assert span.start_char <= fact.start and fact.end <= span.end_char


def test_a_pipeline_with_one_component():
    doc = make_nlp(("cchc_tasks",))(TEXT)
    assert list(doc.spans) == ["tasks"]


def _corpus_files():
    files = sorted(glob.glob(os.path.join(ROOT, "corpora/seeds/*.txt")))
    files += sorted(glob.glob(os.path.join(ROOT, "corpora/unseen/*.txt")))
    files += sorted(f for f in glob.glob(os.path.join(ROOT, "corpora/formats/*"))
                    if f.endswith((".txt", ".docx", ".html")))
    return files


@pytest.mark.slow
@pytest.mark.parametrize("path", _corpus_files(), ids=os.path.basename)
def test_pipeline_and_extract_give_identical_facts(path):
    """Regression: pipeline.py and extract_loaded were two orchestrators that gave
    different dossier scopes and PAR INDEX / SIPAS subjects on seeds 001 and 002."""
    loaded = load(path)
    direct = to_contract(extract_loaded(loaded))
    via_spacy = to_contract(extraction(make_doc(make_nlp(), loaded)))
    assert json.dumps(via_spacy, ensure_ascii=False, sort_keys=True) == \
        json.dumps(direct, ensure_ascii=False, sort_keys=True)


def test_a_plain_text_through_spacy_equals_extract_of_that_text():
    direct = to_contract(extract_loaded(load_string(TEXT)))
    via_spacy = to_contract(extraction(make_nlp()(TEXT)))
    assert via_spacy == direct
