"""When content is public: published, and inside its optional time window. Stated once, for notices,
partnerships and milestones alike, as database conditions (no page needs a save to appear or go)."""

from django.db import models
from django.db.models import Case, Expression, F, Q, Value, When
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("publication status", "not published")
    SCHEDULED = "scheduled", pgettext_lazy("publication status", "scheduled")
    LIVE = "live", pgettext_lazy("publication status", "live now")
    ENDED = "ended", pgettext_lazy("publication status", "ended")


class QueryTime(Expression):
    """The current time, taken when a query's SQL is written instead of when the query is built: a
    query built once (PublishableManager) asks "public now?" of every run. As a parameter, so that
    the server keeps one plan for the query (DATABASE_PREPARE_THRESHOLD)."""

    output_field = models.DateTimeField()

    def as_sql(self, compiler, connection):
        return "%s", [self.output_field.get_db_prep_value(timezone.now(), connection)]


class PublishableManager(models.Manager):
    """`objects.published()` built once per process and language and copied for each use: its
    conditions and subqueries (a story's partnerships must be public too) cost more to build than
    the query takes to run. With an explicit `now`, or after other filters, it is built as asked."""

    def published(self, now=None):
        if now is not None:
            return self.get_queryset().published(now)
        # Per language: modeltranslation writes a translated default ordering into the query.
        built = self.__dict__.setdefault("_published", {})
        language = translation.get_language()
        if language not in built:
            built[language] = self.get_queryset().published()
        return built[language].all()


class PublishableQuerySet(models.QuerySet):
    """For a model with `is_published` and a time window; `window` names its two date-time fields."""

    window = ("starts_at", "ends_at")

    def _conditions(self, now) -> list[tuple[str, Q]]:
        """The status at `now` is the first of these that holds; live when none does."""
        start, end = self.window
        return [
            (PublicationStatus.DRAFT, Q(is_published=False)),
            (PublicationStatus.SCHEDULED, Q(**{f"{start}__gt": now})),
            (PublicationStatus.ENDED, Q(**{f"{end}__lte": now})),
        ]

    @classmethod
    def as_manager(cls):
        manager = PublishableManager.from_queryset(cls)()
        manager._built_with_queryset_class = True
        return manager

    as_manager.queryset_only = True

    def published(self, now=None):
        """Public at `now`, by default when the query runs: none of the conditions that keep it from
        the public holds."""
        conditions = self._conditions(now or QueryTime())
        return self.exclude(Q(*(condition for _status, condition in conditions), _connector=Q.OR))

    def with_publication_status(self, now=None):
        whens = [
            When(condition, then=Value(status))
            for status, condition in self._conditions(now or timezone.now())
        ]
        return self.annotate(publication_status=Case(*whens, default=Value(PublicationStatus.LIVE)))

    def in_publication_status(self, status, now=None):
        return self.with_publication_status(now).filter(publication_status=status)

    def window_changes(self, now) -> list[models.QuerySet]:
        """When the next published item's window opens, and when the next one closes, after `now`:
        two one-row queries, for a union with other models' (operations.page_cache)."""
        return [
            self.filter(is_published=True, **{f"{field}__gt": now}).order_by(field).values_list(field)[:1]
            for field in self.window
        ]


class PublishableModelQuerySet(PublishableQuerySet):
    """For a `PublishableModel`: its window is `publish_from` to `publish_until`."""

    window = ("publish_from", "publish_until")


class PublishableModel(models.Model):
    """Content that editors publish, at once or from a time until a time (`PublishableQuerySet`)."""

    is_published = models.BooleanField(_("published"), default=False)
    publish_from = models.DateTimeField(
        _("public from"), null=True, blank=True, help_text=_("German time. Empty: as soon as published.")
    )
    publish_until = models.DateTimeField(
        _("public until"), null=True, blank=True, help_text=_("German time. Empty: until an editor ends it.")
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(publish_until__isnull=True)
                | Q(publish_from__isnull=True)
                | Q(publish_until__gt=F("publish_from")),
                name="%(class)s_public_window_in_order",
                violation_error_message=_("“Public until” must be after “public from”."),
            ),
        ]
