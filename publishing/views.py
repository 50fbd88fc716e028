from django.http import Http404

from publishing.preview import link_grants, staff_may_view
from uploads import media_access


def media(request, path):
    """An uploaded file, to whoever its object's rule lets see it (uploads.media_access): a public
    object's to all, an unpublished one's to staff who may preview it and to holders of its share
    link; else 404."""
    owner = media_access.owner_of(path) if media_access.plain_name(path) else None
    if owner is None:
        raise Http404
    if owner.public:
        return media_access.serve(request, path, owner.obj, private=False)
    if staff_may_view(request, type(owner.obj)) or link_grants(
        request, media_access.shared_object(owner.obj)
    ):
        return media_access.serve(request, path, owner.obj, private=True)
    raise Http404
