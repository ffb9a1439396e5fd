"""The pack editor's edits: each change to the draft (the pack's details, a point's fields or
kind, adding, removing, moving a point, keeping a meeting's wording) as one undoable step. A part
of :class:`~.editor.PackEditor`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefer.gui.common.commands import Replace
from briefer.gui.common.i18n import tr
from briefer.gui.packs.forms import KIND_NAMES
from briefer.gui.packs.points import ABOUT
from briefer.gui.packs.variants import audience_label, text_labels
from briefer.packs.draft import Draft, Point
from briefer.page.content import SHORT_WORDS
from briefer.page.pack_rules import words

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from briefer.gui.packs.fields import Field
    from briefer.gui.packs.points import PointsPanel


class PointEdits:
    """The edits of the pack editor (which inherits this)."""

    if TYPE_CHECKING:  # what it uses of the editor
        draft: Draft | None
        current: int
        stack: QUndoStack
        points: PointsPanel
        about_fields: dict[str, Field]
        point_fields: dict[str, Field]

        def _apply_draft(self, draft: Draft, select: int | None) -> None: ...  # the editor's

    def apply(
        self, after: Draft, text: str, merge_key: str | None = None, select: int | None = None
    ) -> None:
        if self.draft is None or after == self.draft:
            return
        key = f"pack:{merge_key}" if merge_key else None
        apply = lambda draft: self._apply_draft(draft, select)  # noqa: E731
        self.stack.push(Replace(apply, self.draft, after, text, key))

    def _edit_about(self, name: str, text: str) -> None:
        if self.draft is None:
            return
        group, _, key = name.rpartition(".")
        if group == "labels":
            draft = self.draft.with_label(key, text)
        elif group:
            draft = self.draft.with_source(key, text)
        else:
            draft = self.draft.with_head(key, text)
        label = self.about_fields[name].caption.text().replace("<b>", "").replace("</b>", "")
        self.apply(draft, tr("Edit the pack’s {v0}").format(v0=label.lower()), merge_key=name)

    def _edit_point(self, name: str, text: str) -> None:
        if self.draft is None or self.current == ABOUT:
            return
        index = self.current
        draft = self.draft.with_point(index, **{name: text})
        title = self.draft.points[index].title or tr("point {value}").format(value=index + 1)
        label = self.point_fields[name].caption.text().replace("<b>", "").replace("</b>", "")
        self.apply(
            draft,
            tr("Edit {v0} of “{title}”").format(v0=label.lower(), title=title),
            f"{index}.{name}",
            index,
        )

    def _edit_variant(self, audience: str, name: str, text: str) -> None:
        """A point's words for an audience; an empty field uses the point's default text."""
        if self.draft is None or self.current == ABOUT:
            return
        index = self.current
        draft = self.draft.with_variant(index, audience, name, text)
        title = self.draft.points[index].title or tr("point {value}").format(value=index + 1)
        label = text_labels(self.draft.points[index].kind)[name]
        self.apply(
            draft,
            tr("Edit {v0} for {audience} of “{title}”").format(
                v0=label.lower(), audience=audience_label(audience), title=title
            ),
            f"{index}.variants.{audience}.{name}",
            index,
        )

    def _kind_chosen(self, kind: str) -> None:
        if self.draft is None or self.current == ABOUT:
            return
        index = self.current
        title = self.draft.points[index].title or tr("point {value}").format(value=index + 1)
        self.apply(
            self.draft.with_point(index, kind=kind),
            tr("Make “{title}” a {v0}").format(title=title, v0=KIND_NAMES[kind].lower()),
            select=index,
        )

    def add_point(self, point: Point | None = None, text: str = tr("Add a point")) -> None:
        if self.draft is None:
            return
        at = self.current + 1 if self.current != ABOUT else len(self.draft.points)
        kind = self.draft.points[self.current].kind if self.current != ABOUT else "framing"
        point = point or Point(id=self.draft.new_point_id(), kind=kind)
        self.apply(self.draft.inserted(at, point), text, select=at)
        self.point_fields["title"].input.setFocus()

    def remove_point(self) -> None:
        if self.draft is None or self.current == ABOUT or len(self.draft.points) < 2:
            return
        index = self.current
        title = self.draft.points[index].title or tr("point {value}").format(value=index + 1)
        self.apply(
            self.draft.removed(index),
            tr("Remove “{title}”").format(title=title),
            select=min(index, len(self.draft.points) - 2),
        )

    def move_point(self, step: int) -> None:
        if self.draft is None or self.current == ABOUT:
            return
        index, to = self.current, self.current + step
        if not 0 <= to < len(self.draft.points):
            return
        title = self.draft.points[index].title or tr("point {value}").format(value=index + 1)
        self.apply(self.draft.moved(index, to), tr("Move “{title}”").format(title=title), select=to)
        self.points.list.setFocus()

    def keep(self, block_id: str, text: str, how: str, title: str = "") -> None:
        """A meeting's wording kept in this pack: a point's short or long text, or a new point."""
        if self.draft is None:
            return
        ids = [p.id for p in self.draft.points]
        if how in ("short", "long") and block_id in ids:
            index = ids.index(block_id)
            draft = self.draft.with_point(index, **{how: text})
            name = self.draft.points[index].title
            self.apply(
                draft,
                tr("Keep the meeting’s text as the {how} text of “{name}”").format(
                    how=how, name=name
                ),
                select=index,
            )
            self.point_fields[how].input.setFocus()
            return
        source = self.draft.points[ids.index(block_id)] if block_id in ids else Point()
        point = Point(
            id=self.draft.new_point_id(f"{block_id}-ours"[:60]),
            kind=source.kind,
            title=tr("{value} (our wording)").format(value=title or source.title)[:120],
            claim=source.claim,
            short=text if words(text) <= SHORT_WORDS else "",
            long=text,
        )
        self.current = ids.index(block_id) if block_id in ids else len(ids) - 1
        self.add_point(
            point, tr("Keep the meeting’s text as a new point “{title}”").format(title=point.title)
        )
