"""Whether a viewer draws anything for a form field's widget (an outside tool's signature box,
`desktop_app.signed_pages`), read from the pyHanko objects of a PDF: its appearances, or what a viewer
builds in their place. pyHanko is imported inside the functions.

Red-team R7: an appearance "q /Fm<NUL>Do Q" ran a form drawing a white box and another figure over
one (F1: what reads the content is `desktop_app.core.pdf_content` now); a widget with no appearance
but a background colour was painted by poppler and Acrobat as a box over a figure (F2). Red-team R8:
what is past a bound is not read, never cut off (F1: the 65th appearance state, the one /AS selects,
drew); a dictionary naming a key twice is two things, pyHanko reading the first and poppler the last
(F4): `read_as_viewers` does not read such an object.
"""
from __future__ import annotations

import re

MAX_STATES = 64  # appearance states in each of /N, /R, /D; a signature box has one, more is not read
MAX_BYTES = 65_536  # content read for one widget, its forms included; more is taken as drawing
MAX_DEPTH = 8  # forms inside forms

# What a viewer paints when it builds a widget's missing appearance: its appearance characteristics'
# colours, captions and icons (/R, a rotation, paints nothing).
_PAINTED_CHARACTERISTICS = ("/BG", "/BC", "/CA", "/RC", "/AC", "/I", "/RI", "/IX")


def viewer_draws(widget, value, form) -> bool:
    """Whether a viewer draws anything for `widget` (its objects read through `value`), a field of the
    AcroForm `form`. Drawn: an appearance (normal, mouse-over or pressed, of any state) whose content or
    a form it runs paints (`desktop_app.core.pdf_content.paints`); with no normal appearance, what a
    viewer builds instead (a background or border colour, a caption or icon, a border width, a field's
    value but a signature's); anything under /NeedAppearances true, where a viewer builds every
    appearance again; anything not read (more than `MAX_STATES` states among them). Visibility and
    place are the caller's; `value` resolves objects, as `read_as_viewers` does."""
    from pyhanko.pdf_utils.generic import BooleanObject, DictionaryObject, StreamObject

    try:
        if "/NeedAppearances" in form and value(form.raw_get("/NeedAppearances")) != BooleanObject(False):
            return True
        found = value(widget.raw_get("/AP")) if "/AP" in widget else DictionaryObject()
        if not _normal_stated(widget, found, value) and _built_in_place(widget, value):
            return True
        budget, selected = [MAX_BYTES], value(widget.raw_get("/AS")) if "/AS" in widget else None
        for key in ("/N", "/R", "/D"):
            entry = value(found.raw_get(key)) if key in found else None
            if entry is None or isinstance(entry, StreamObject):
                states = [entry]
            else:  # the state /AS selects, then every other: one a viewer may show is never left unread
                if selected in entry and _paints(value(entry.raw_get(selected)), value, None, budget, 0):
                    return True
                if len(entry) > MAX_STATES:
                    return True
                states = [value(entry.raw_get(state)) for state in entry]
            if any(s is not None and _paints(s, value, None, budget, 0) for s in states):
                return True
        return False
    except Exception:  # noqa: BLE001 - an appearance that cannot be read may draw anything
        return True


def _normal_stated(widget, found, value) -> bool:
    """Whether the widget has a normal appearance a viewer shows as it is: a stream, or the stream of
    its appearance state /AS among /N's states."""
    from pyhanko.pdf_utils.generic import DictionaryObject, StreamObject

    normal = value(found.raw_get("/N")) if "/N" in found else None
    if isinstance(normal, StreamObject):
        return True
    state = value(widget.raw_get("/AS")) if "/AS" in widget else None
    return isinstance(normal, DictionaryObject) and state in normal \
        and isinstance(value(normal.raw_get(state)), StreamObject)


def _built_in_place(widget, value) -> bool:
    """Whether a viewer, building the widget's missing normal appearance, paints anything."""
    characteristics = value(widget.raw_get("/MK")) if "/MK" in widget else {}
    if any(key in characteristics and len(value(characteristics.raw_get(key))) for key in _PAINTED_CHARACTERISTICS):
        return True
    style = value(widget.raw_get("/BS")) if "/BS" in widget else None
    if style is not None and float(value(style.raw_get("/W")) if "/W" in style else 1) > 0:
        return True
    border = list(value(widget.raw_get("/Border")))[:3] if "/Border" in widget else []
    if len(border) == 3 and float(value(border[2])) > 0:
        return True
    return _field_type(widget, value) != "/Sig"  # a text, a choice, a button: its value is drawn


def _field_type(widget, value) -> str:
    """The /FT of the widget's field, inherited from its parents."""
    node = widget
    for _ in range(MAX_DEPTH):
        if "/FT" in node:
            return str(value(node.raw_get("/FT")))
        if "/Parent" not in node:
            break
        node = value(node.raw_get("/Parent"))
    return ""


def _paints(stream, value, inherited, budget: list[int], depth: int) -> bool:
    """Whether the content of the form `stream` paints, a form it runs (`Do`) included, its resources
    its own or else `inherited`; `budget` bytes left to read for the widget."""
    from pyhanko.pdf_utils.generic import StreamObject

    from desktop_app.core.pdf_content import paints

    budget[0] -= len(stream.encoded_data) + 1
    if budget[0] < 0:
        return True
    data = stream.data
    budget[0] -= len(data)
    if budget[0] < 0:
        return True
    resources = value(stream.raw_get("/Resources")) if "/Resources" in stream else inherited

    def form_paints(name) -> bool:
        """An image, a form that paints, or what is not found or not read."""
        xobjects = value(resources.raw_get("/XObject")) if resources is not None and "/XObject" in resources else {}
        called = value(xobjects.raw_get(name)) if name in xobjects else None
        if depth >= MAX_DEPTH or not isinstance(called, StreamObject) or called.get("/Subtype") != "/Form":
            return True
        return _paints(called, value, resources, budget, depth + 1)

    return paints(data, form_paints)


def read_as_viewers(reader):
    """A function resolving an object of `reader`'s latest revision (an indirect reference to what it
    points to, anything else as it is) that raises `desktop_app.core.pdf_content.Unreadable` when the
    object, as written in the file, names a key twice in any dictionary (`pdf_content.file_object`):
    pyHanko keeps the first value, poppler the last (red-team R8 F4: an appearance's resources
    /XObject << /Fm QUIET /Fm DRAWN >>, a quiet form to the check, a white box and "950.000" on paper).
    Each object is read once; one in an object stream is read from that stream's data."""
    from pyhanko.pdf_utils.generic import IndirectObject, Reference
    from pyhanko.pdf_utils.xref import ObjStreamRef

    from desktop_app.core.pdf_content import Unreadable, file_object

    written, checked = [], set()

    def raw(ref) -> tuple[bytes, int] | None:
        """The bytes holding the object `ref` and where it begins in them (None: not in the file)."""
        marker = reader.xrefs[ref]
        if isinstance(marker, ObjStreamRef):
            stream = reader.get_object(Reference(marker.obj_stream_id, 0, reader))
            data, first = stream.data, int(stream["/First"])
            header = [int(n) for n in re.findall(rb"\d+", data[:first])]
            offsets = [offset for number, offset in zip(header[::2], header[1::2]) if number == ref.idnum]
            if len(offsets) != 1:  # absent, or listed twice: which one a viewer reads is not known
                raise Unreadable("object not once in its stream")
            return data, first + offsets[0]
        if marker is None:
            return None
        if not written:
            written.append(reader.stream.getvalue())
        return written[0], marker

    def value(obj):
        if not isinstance(obj, IndirectObject):
            return obj
        ref = obj.reference
        if (ref.idnum, ref.generation) not in checked:
            found = raw(ref)
            if found is not None:
                file_object(*found)
            checked.add((ref.idnum, ref.generation))
        return obj.get_object()

    return value
