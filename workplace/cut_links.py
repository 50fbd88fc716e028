"""Links a deletion cuts: named on the confirmation, kept with the deletion, put back on recovery.

Deleting a milestone sets the "report of the milestone" of its stories to nothing (SET_NULL), and
deleting a partnership removes it from the stories and contacts that name it (many-to-many). Those
objects stay, so the deleted object's revision does not hold them: the confirmation lists them, the
deletion's revision keeps each cut link (workplace.models.CutLink), and recovering the object links them
again, unless an editor has linked the story to something else since.
"""

from dataclasses import dataclass

import reversion
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch, reverse

from workplace.models import CutLink


@dataclass(frozen=True)
class Cut:
    holder: models.Model  # stays, and loses its link
    field: models.Field  # the holder's ForeignKey (SET_NULL) or ManyToManyField
    target: models.Model  # is deleted

    @property
    def kind(self) -> str:
        return self.holder._meta.verbose_name

    @property
    def admin_url(self) -> str:
        opts = self.holder._meta
        try:
            return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[quote(self.holder.pk)])
        except NoReverseMatch:
            return ""


def deleted_with(objects) -> list[models.Model]:
    """The objects and every row their deletion cascades to (a partnership's milestones)."""
    found, queue = {}, list(objects)
    while queue:
        obj = queue.pop()
        if (type(obj), obj.pk) in found:
            continue
        found[type(obj), obj.pk] = obj
        for relation in obj._meta.related_objects:
            if not relation.many_to_many and relation.on_delete is models.CASCADE:
                queue.extend(relation.related_model._base_manager.filter(**{relation.field.name: obj}))
    return list(found.values())


def cuts(objects) -> list[Cut]:
    """Every link from an object that stays to one of the objects that go."""
    going = deleted_with(objects)
    keys = {(type(obj), obj.pk) for obj in going}
    found = []
    for target in going:
        for relation in target._meta.related_objects:
            if relation.many_to_many or relation.on_delete is models.SET_NULL:
                holders = relation.related_model._base_manager.filter(**{relation.field.name: target})
                found += [Cut(h, relation.field, target) for h in holders if (type(h), h.pk) not in keys]
    return found


def keep(objects):
    """Within the deletion's revision: remember the links it cuts."""
    for cut in cuts(objects):
        reversion.add_meta(
            CutLink,
            holder_type=ContentType.objects.get_for_model(cut.holder),
            holder_id=str(cut.holder.pk),
            field=cut.field.name,
            target_type=ContentType.objects.get_for_model(cut.target),
            target_id=str(cut.target.pk),
        )


def restore(revision) -> list[models.Model]:
    """Links the recovered objects again; returns the objects that got a link back."""
    relinked = []
    for link in revision.cut_links.select_related("holder_type", "target_type"):
        holder = link.holder_type.model_class()._base_manager.filter(pk=link.holder_id).first()
        target = link.target_type.model_class()._base_manager.filter(pk=link.target_id).first()
        if holder is None or target is None:
            continue
        field = holder._meta.get_field(link.field)
        if field.many_to_many:
            getattr(holder, field.name).add(target)
        elif getattr(holder, field.attname) is None:
            setattr(holder, field.name, target)
            holder.save(update_fields=[field.name])
        else:
            continue  # linked to something else since: the editor's later choice stands
        relinked.append(holder)
    return relinked
