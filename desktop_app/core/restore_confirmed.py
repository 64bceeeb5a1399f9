"""Whether a restore still does what the administrator confirmed (red-team H4 F1).

The restore's question is built from the database and the backup as they are when it opens
(`backups.restore_warning`); another window or a command may act while it waits (a leader's
`chitieu approve`), and "Yes" then put back data the question never spoke of: the approval was
undone, unsaid. The restore builds the warning again while it holds the database and goes on only
when it says what the person answered (`unconfirmed`).
"""
from __future__ import annotations

from desktop_app.core.words import Words

_PARAGRAPHS = "\n\n"  # how the warning's lines are joined (backups._warning)


def unconfirmed(confirmed: str | None, now: Words | None) -> Words | None:
    """Why a restore may not go on: the warning it would give `now` is not the one the person confirmed
    (`confirmed`, None when the question warned of nothing); None when they are the same. Says what the
    question did not say (or, when nothing new, what it said that is no longer so) and to start again."""
    if (str(confirmed) if confirmed else None) == (str(now) if now else None):
        return None
    then, current = _paragraphs(confirmed), _paragraphs(now)
    said = {vi for vi, _ in then}
    new = [p for p in current if p[0] not in said]
    gone = [p for p in then if p[0] not in {vi for vi, _ in current}]
    if new:
        vi, en = "Câu hỏi lúc đó chưa nói:", "The question did not say:"
    else:
        vi, en = "Câu hỏi lúc đó đã nói điều nay không còn đúng:", "The question said what is no longer so:"
    shown = new or gone
    return Words(
        "Không khôi phục, chưa có gì bị thay: từ lúc câu hỏi khôi phục hiện ra, cơ sở dữ liệu đang dùng hoặc bản sao "
        f"lưu đã thay đổi (ở cửa sổ hoặc lệnh khác), nên khôi phục bây giờ không như câu hỏi đã nói. {vi}"
        + "".join(_PARAGRAPHS + p for p, _ in shown) + _PARAGRAPHS
        + "Hãy bắt đầu khôi phục lại để xem câu hỏi mới rồi trả lời.",
        "Not restored, nothing was replaced: since the restore's question appeared, the database in use or the "
        f"backup was changed (in another window or command), so restoring now is not what the question said. {en}"
        + "".join(_PARAGRAPHS + p for _, p in shown) + _PARAGRAPHS
        + "Start the restore again to see the new question, then answer it.")


def _paragraphs(warning: str | None) -> list[tuple[str, str]]:
    """The lines of a warning, each in Vietnamese and English (the Vietnamese again when only that is known)."""
    if not warning:
        return []
    vi = str(warning).split(_PARAGRAPHS)
    en = getattr(warning, "en", "").split(_PARAGRAPHS)
    return list(zip(vi, en if len(en) == len(vi) else vi))
