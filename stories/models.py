from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.rich_text import RichTextField
from partnerships.models import Partnership
from publishing.publishing import PublishableModel, PublishableModelQuerySet
from publishing.slugs import AddressedModel
from uploads.images import save_with_renditions, validate_image_upload
from uploads.media_access import RandomName


class StoryQuerySet(PublishableModelQuerySet):
    def published(self, now=None):
        """Public itself, and about at least one public partnership: a story of a partnership that is
        not (or no longer) public would lead to pages that are not there."""
        public = Partnership.objects.published(now)
        return (
            super()
            .published(now)
            .filter(pk__in=self.model.objects.filter(partnerships__in=public).values("pk"))
        )

    def newest_first(self):
        return self.order_by("-date", "-pk")

    def with_teaser_photo(self):
        """Each story with the renditions of the first photo its gallery shows (`teaser_photo`), in
        the same query: lists of stories show it beside the teaser."""
        first = Photo.objects.shown().filter(story=models.OuterRef("pk")).order_by("position", "pk")
        return self.annotate(
            teaser_photo=models.Subquery(first.values("renditions")[:1], output_field=models.JSONField())
        )


class Story(AddressedModel):
    """A report or news item about a partnership: a visit, a project, a workshop."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address name"), max_length=120, unique=True)
    teaser = models.TextField(
        _("teaser"), max_length=400, help_text=_("One or two sentences for lists, feeds and search engines.")
    )
    body = RichTextField(_("text"))
    date = models.DateField(
        _("date"), default=timezone.localdate, help_text=_("When it happened or was reported.")
    )
    author = models.CharField(
        _("author"), max_length=200, blank=True, help_text=_("A person or an office, e.g. “Stadt Arnsberg”.")
    )
    partnerships = models.ManyToManyField(
        "partnerships.Partnership", verbose_name=_("partnerships"), related_name="stories"
    )
    milestone = models.ForeignKey(
        "milestones.Milestone",
        verbose_name=_("report of the milestone"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        help_text=_("If the story reports on a step of the timeline, the step links to it."),
    )
    themes = models.ManyToManyField(
        "partnerships.SustainableDevelopmentGoal",
        verbose_name=_("theme channels"),
        blank=True,
        related_name="stories",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    # What the site's search reads of it, by weight (search.declaration).
    search_fields = {"title": "A", "teaser": "B", "body": "C", "shown_text": "C"}

    url_name = "stories:detail"
    objects = StoryQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        indexes = [models.Index(fields=["-date", "-id"], name="story_newest_first")]
        constraints = [*PublishableModel.Meta.constraints]

    def __str__(self):
        return self.title


class PhotoQuerySet(models.QuerySet):
    # Which photos the public sees, stated once: described (or decorative), and with consent where
    # people are shown. An upload that lacks either is kept, and shows once an editor supplies it.
    DESCRIBED = Q(is_decorative=True) | Q(alt_de__gt="")  # neither empty nor NULL
    CONSENTED = Q(shows_people=False) | Q(people_consented=True)

    def shown(self):
        return self.filter(self.DESCRIBED, self.CONSENTED)

    def published(self):
        """The photos the public sees: shown, of a published story (their files too: uploads.media_access)."""
        return self.shown().filter(story__in=Story.objects.published())

    def with_shown_status(self):
        """Each photo with `described` and `consented`, as the gallery's rows in the admin show them."""
        flag = models.BooleanField()
        return self.annotate(
            described=models.ExpressionWrapper(self.DESCRIBED, output_field=flag),
            consented=models.ExpressionWrapper(self.CONSENTED, output_field=flag),
        )


class Photo(models.Model):
    """A photo of a story's gallery: renditions like every image of the site, a caption and a credit."""

    story = models.ForeignKey(Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("photo"), upload_to=RandomName("stories"), validators=[validate_image_upload])
    renditions = models.JSONField(default=list, blank=True, editable=False)
    alt = models.CharField(
        _("alternative text"),
        max_length=300,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it. Required unless decorative."),
    )
    is_decorative = models.BooleanField(_("decorative"), default=False)
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("photo credit"), max_length=200, blank=True)
    shows_people = models.BooleanField(_("shows people"), default=False)
    people_consented = models.BooleanField(
        _("people consented"),
        default=False,
        help_text=_("The people shown agreed to publication. Photos showing people are shown only then."),
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    objects = PhotoQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    def __str__(self):
        return self.caption or self.image.name

    def save(self, **kwargs):
        save_with_renditions(self, super().save, "image", "renditions", **kwargs)

    @property
    def files_belong_to(self):
        """A share link of the story opens its photos (uploads.media_access)."""
        return self.story
