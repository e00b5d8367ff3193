"""cleaner.record means what the same @dataclass means, for what it supports; and a start-up does
not import dataclasses at all."""

from __future__ import annotations

import dataclasses
import os
import pickle
import subprocess
import sys
from collections import Counter
from typing import ClassVar

import pytest

from cleaner import record as rec


def _pair(frozen: bool):
    """The same class written as a dataclass and as a record."""
    def body():
        class Point:
            """A point."""

            KIND: ClassVar[str] = "point"
            x: int
            y: int = 0
            tags: list = rec.field(default_factory=list)
            note: str = rec.field(default="", repr=False, compare=False)

            def norm(self) -> int:
                return abs(self.x) + abs(self.y)
        return Point

    as_record = rec.record(body(), frozen=frozen)
    plain = body()
    for name in ("tags", "note"):  # the same fields, spelt dataclasses' way
        f = plain.__dict__[name]
        setattr(plain, name, dataclasses.field(
            **({"default_factory": f.default_factory} if f.default_factory is not rec._MISSING else {"default": f.default}),
            repr=f.repr, compare=f.compare))
    return as_record, dataclasses.dataclass(frozen=frozen)(plain)


CALLS = [((1,), {}), ((1, 2), {}), ((), {"x": 3, "y": 4, "tags": ["a"]}), ((1, 2, ["b"], "n"), {}), ((5,), {"note": "x"})]


@pytest.mark.parametrize("frozen", [False, True])
@pytest.mark.parametrize("args,kwargs", CALLS)
def test_a_record_behaves_as_the_same_dataclass(frozen, args, kwargs):
    R, D = _pair(frozen)
    r, d = R(*args, **kwargs), D(*args, **kwargs)
    assert repr(r).replace(R.__qualname__, "X") == repr(d).replace(D.__qualname__, "X")
    assert (r.x, r.y, r.tags, r.note, r.norm()) == (d.x, d.y, d.tags, d.note, d.norm())
    assert R(*args, **kwargs) == r and (R(*args, **kwargs) != r) is False
    assert (r == R(99)) == (d == D(99))
    assert r.KIND == "point" and "KIND" not in repr(r)
    other_note = rec.replace(r, note="changed")
    assert other_note == r  # not compared
    assert rec.replace(r, y=7).y == 7 and dataclasses.replace(d, y=7).y == 7
    if frozen:
        assert hash(R(1, 2, (), "a")) == hash(R(1, 2, (), "b"))
        with pytest.raises(AttributeError):
            r.x = 5
        with pytest.raises(rec.FrozenInstanceError):
            del r.y
    else:
        with pytest.raises(TypeError):
            hash(r)
        r.x = 5
        assert r.x == 5


@rec.record(frozen=True)
class Frozen:
    a: int
    b: tuple = ()


@rec.record
class Mutable:
    a: int
    counts: Counter = rec.field(default_factory=Counter)


def test_records_cross_process_boundaries():
    """Options and outcomes go to worker processes and back by pickle."""
    for value in (Frozen(1, (2, 3)), Mutable(4, Counter("aab"))):
        assert pickle.loads(pickle.dumps(value)) == value


def test_a_record_is_not_equal_to_another_class_with_the_same_fields():
    R, _ = _pair(True)
    S, _ = _pair(True)
    assert R(1) != S(1)


def test_missing_and_unknown_arguments_fail_as_in_a_dataclass():
    R, D = _pair(False)
    for make in (R, D):
        with pytest.raises(TypeError):
            make()
        with pytest.raises(TypeError):
            make(1, z=2)
    with pytest.raises(TypeError):
        rec.replace(R(1), z=2)


def test_defaults_are_fresh_and_post_init_runs():
    @rec.record
    class Box:
        counts: Counter = rec.field(default_factory=Counter)
        size: int = 0

        def __post_init__(self) -> None:
            self.size = self.size or 1

    a, b = Box(), Box()
    a.counts["x"] += 1
    assert b.counts == Counter() and a.size == b.size == 1


def test_a_record_cannot_extend_another_or_put_a_required_field_after_a_default():
    @rec.record
    class Base:
        a: int

    with pytest.raises(TypeError):
        @rec.record
        class Child(Base):
            b: int

    with pytest.raises(TypeError):
        @rec.record
        class Wrong:
            a: int = 0
            b: int


def test_the_filter_does_not_import_dataclasses():
    code = ("import sys, io, runpy; sys.argv = ['cleaner', 'clean', '-']; "
            "sys.stdin = io.TextIOWrapper(io.BytesIO(b'Hello world.\\n'))\n"
            "try:\n    runpy.run_module('cleaner', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(str('dataclasses' in sys.modules))")
    env = {k: v for k, v in os.environ.items() if k != "CLEANER_FULL_CLI"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, timeout=120)
    assert done.stdout.decode() == "Hello world.\n"
    assert done.stderr.decode().endswith("False"), done.stderr.decode()


@pytest.mark.parametrize("frozen", [False, True])
def test_methods_the_class_defines_are_kept_as_by_dataclasses(frozen):
    def body():
        class Named:
            name: str

            def __repr__(self) -> str:
                return f"<{self.name}>"

            def __eq__(self, other: object) -> bool:
                return isinstance(other, Named) and other.name.lower() == self.name.lower()

            def __hash__(self) -> int:
                return hash(self.name.lower())
        return Named

    R = rec.record(body(), frozen=frozen)
    D = dataclasses.dataclass(body()) if not frozen else None  # (a frozen dataclass refuses an own __hash__)
    r = R("Ada")
    assert repr(r) == "<Ada>" and r == R("ADA") and hash(r) == hash(R("ada"))
    if D is not None:
        assert repr(D("Ada")) == "<Ada>" and D("Ada") == D("ADA") and hash(D("Ada")) == hash(D("ada"))
