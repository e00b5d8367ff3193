"""Records: the part of :mod:`dataclasses` that the classes on the start-up path use, at a
fraction of its cost.

``dataclasses`` is a fifth of a one-line ``cleaner clean -`` with a warm cache: importing it
imports :mod:`inspect` (and with it ``ast``, ``dis`` and ``tokenize``), about 7 ms, and each class
costs about half a millisecond, as every method it writes is compiled with ``exec`` (about 13 ms
for the two dozen classes a start-up creates). A record compiles its ``__init__`` only and shares
one ``__repr__``, ``__eq__`` and ``__hash__`` among all records.

What a record means is what the same ``@dataclass`` means, for what it supports: the fields are
the class's own annotations in order (``ClassVar`` left out); a default is a class attribute or
``field(default=..., default_factory=..., repr=..., compare=..., hash=...)``; ``__init__`` takes
the fields in order and calls ``__post_init__`` when the class has one; ``__repr__`` shows the
fields with ``repr=True``; two records are equal when they are of the same class and their
compared fields are; ``frozen=True`` makes assignment raise :class:`FrozenInstanceError` and the
record hashable by its compared fields (a mutable record is unhashable, as a dataclass with
``eq=True``); a ``__repr__``, ``__eq__`` or ``__hash__`` the class defines itself is kept. :func:`replace` makes a changed copy (of a dataclass too). Not supported, and
refused: a record subclassing another record.
"""

from __future__ import annotations

from typing import Any, Callable

_MISSING = object()


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen record."""


class Field:
    __slots__ = ("name", "default", "default_factory", "repr", "compare", "hash")

    def __init__(self, default: Any = _MISSING, default_factory: Callable[[], Any] | Any = _MISSING,
                 repr: bool = True, compare: bool = True, hash: bool | None = None) -> None:  # noqa: A002 (dataclasses' names)
        if default is not _MISSING and default_factory is not _MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.default, self.default_factory = default, default_factory
        self.repr, self.compare, self.hash = repr, compare, hash


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | Any = _MISSING, repr: bool = True,  # noqa: A002
          compare: bool = True, hash: bool | None = None) -> Any:  # noqa: A002
    return Field(default, default_factory, repr, compare, hash)


def record(cls: type | None = None, *, frozen: bool = False):
    """``@record`` or ``@record(frozen=True)``: see the module's docstring."""
    if cls is None:
        return lambda c: _make(c, frozen)
    return _make(cls, frozen)


def _make(cls: type, frozen: bool) -> type:
    if any(hasattr(base, "__record_fields__") for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__name__}: a record cannot subclass another record")
    fields: list[Field] = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        value = cls.__dict__.get(name, _MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        if isinstance(value, Field):
            if f.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields.append(f)
    own = dict(cls.__dict__)
    # a __hash__ of the class's own, not the None Python puts there for an __eq__ of its own
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    cls.__record_fields__ = tuple(fields)
    cls.__init__ = _init(cls, fields, frozen)
    for name, method in (("__repr__", _repr), ("__eq__", _eq)):
        if name not in own:  # (as dataclasses: a method the class defines is kept)
            setattr(cls, name, method)
    if not explicit_hash:
        cls.__hash__ = _hash if frozen else None  # type: ignore[assignment]
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    return cls


def _init(cls: type, fields: list[Field], frozen: bool):
    """The record's ``__init__``, compiled once: positional or keyword arguments, defaults."""
    namespace: dict[str, Any] = {"_MISSING": _MISSING, "_set": object.__setattr__}
    params, body = [], []
    for k, f in enumerate(fields):
        if f.default is not _MISSING:
            namespace[f"_d{k}"] = f.default
            params.append(f"{f.name}=_d{k}")
        elif f.default_factory is not _MISSING:
            namespace[f"_f{k}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            body.append(f"if {f.name} is _MISSING: {f.name} = _f{k}()")
        else:
            if params and "=" in params[-1]:
                raise TypeError(f"{cls.__name__}: non-default field {f.name!r} follows a default one")
            params.append(f.name)
        body.append(f"_set(self, {f.name!r}, {f.name})" if frozen else f"self.{f.name} = {f.name}")
    if hasattr(cls, "__post_init__"):
        body.append("self.__post_init__()")
    source = f"def __init__(self, {', '.join(params)}):\n" + "".join(f"    {line}\n" for line in body or ["pass"])
    exec(source, namespace)  # noqa: S102 (code built from the class's own field names)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _repr(self) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self.__record_fields__ if f.repr)
    return f"{type(self).__qualname__}({shown})"


def _compared(self) -> tuple:
    return tuple(getattr(self, f.name) for f in self.__record_fields__ if f.compare)


def _eq(self, other: object):
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _compared(self) == _compared(other)


def _hash(self) -> int:
    fields = self.__record_fields__
    return hash(tuple(getattr(self, f.name) for f in fields if (f.compare if f.hash is None else f.hash)))


def _frozen_setattr(self, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def replace(obj: Any, **changes: Any) -> Any:
    """A copy of the record ``obj`` with ``changes`` (a dataclass instance works too)."""
    fields = getattr(type(obj), "__record_fields__", None)
    if fields is None:
        from dataclasses import replace as dataclass_replace

        return dataclass_replace(obj, **changes)
    for name in changes:
        if not any(f.name == name for f in fields):
            raise TypeError(f"{type(obj).__name__} has no field {name!r}")
    values = {f.name: changes[f.name] if f.name in changes else getattr(obj, f.name) for f in fields}
    return type(obj)(**values)
