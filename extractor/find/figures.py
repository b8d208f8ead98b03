"""Figures inside cải cách hành chính reports: index scores (PAR INDEX, criteria, SIPAS,
other indices), dossier statistics (hồ sơ thủ tục hành chính), tasks done, and
part/total ratios with a stated rate.

Vocabulary is data (rules/figures.yaml, rules/criteria.yaml); the grammar lives in
figure_vocab.py (cues), figure_grammar.py (sentences, periods, units), dossiers.py,
scores.py and tasks.py. Everything is matched on `doc.view` (same length as the stored
text) so match offsets are document offsets; `doc.span()` gives the evidence.
This module is the public entry point.
"""
from extractor.find.dossiers import find_dossier_stats
from extractor.find.figure_vocab import compile_cue, criterion_key, cues, of_kind, scan, union
from extractor.find.scores import find_scores
from extractor.find.tasks import find_ratios, find_tasks

__all__ = ["find_dossier_stats", "find_scores", "find_tasks", "find_ratios", "compile_cue",
           "criterion_key", "cues", "of_kind", "scan", "union"]
