"""Frozen dataclass values made from their fields' values without the dataclass's __init__.

The province reads thousands of files, and each makes dozens of frozen values (items, the
submission, the file's result). A frozen __init__ sets each field through
object.__setattr__, about eight times slower than filling the instance's dict, and the
default pickling (a reading process sends every value back) sends a dict per value. These
are for values already of the right types, read and checked by a reader; a dict that is not
exactly the fields goes through __init__ and its errors.
"""
from __future__ import annotations

import operator
from dataclasses import fields


class _Shape:
    __slots__ = ("names", "keys", "values")

    def __init__(self, cls: type):
        self.names = tuple(f.name for f in fields(cls))
        self.keys = frozenset(self.names)
        self.values = operator.itemgetter(*self.names)  # an instance's dict -> its values, in order


_SHAPES: dict[type, _Shape] = {}


def _shape(cls: type) -> _Shape:
    shape = _SHAPES.get(cls)
    if shape is None:
        shape = _SHAPES[cls] = _Shape(cls)
    return shape


def field_names(cls: type) -> tuple[str, ...]:
    return _shape(cls).names


def from_values(cls: type, values: tuple):
    """An instance from the values of all its fields, in their order (what `reduce` pickles)."""
    obj = object.__new__(cls)
    obj.__dict__.update(zip(_shape(cls).names, values))
    return obj


def from_dict(cls: type, values: dict):
    """An instance from a dict of all its fields; any other dict goes through __init__."""
    if values.keys() != _shape(cls).keys:
        return cls(**values)
    obj = object.__new__(cls)
    obj.__dict__.update(values)
    return obj


def maker(cls: type, order: tuple[str, ...]):
    """A function making an instance from a tuple of all its fields' values in `order` (a
    reader's column order), the order checked once here rather than for every value."""
    if len(order) != len(_shape(cls).names) or set(order) != _shape(cls).keys:
        raise ValueError(f"not the fields of {cls.__name__}: {order}")
    new = object.__new__

    def make(values: tuple):
        obj = new(cls)
        obj.__dict__.update(zip(order, values))
        return obj

    return make


def replaced(obj, changes: dict):
    """`dataclasses.replace(obj, **changes)` for changes of the right types."""
    shape = _shape(type(obj))
    if not changes.keys() <= shape.keys:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(changes.keys() - shape.keys)}")
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


def reduce(obj):
    """A `__reduce__` pickling a value as its fields' values alone (half the default's time)."""
    cls = type(obj)
    return from_values, (cls, _shape(cls).values(obj.__dict__))
