"""Settings of the Arnsberg partnership site, all from environment variables (.env.example lists them)."""

from datetime import timedelta
from pathlib import Path

from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

from arnsberg_site.db import database_settings
from arnsberg_site.env import env_bool, env_int, env_list, env_str, required, site_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DJANGO_DEBUG", False)

# Outside debug, a missing key or host list is a deployment mistake: stop rather than guess.
SECRET_KEY = env_str("DJANGO_SECRET_KEY") or ("django-insecure-debug-only-key" if DEBUG else None)
required("DJANGO_SECRET_KEY", SECRET_KEY, "the site needs a secret key when DJANGO_DEBUG is off")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or (["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
required("DJANGO_ALLOWED_HOSTS", ALLOWED_HOSTS, "list the host names the site answers to")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# Behind deploy/nginx.conf, which sets X-Forwarded-Proto and X-Real-IP itself (overwriting a client's
# own); without it those headers are the client's to invent and are not believed.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it comes before django.contrib.admin.
    "modeltranslation",
    # Django's admin on the site's admin site, which asks for a second factor (workplace.admin_site).
    "workplace.apps.SiteAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    # Form widgets' own templates, for FORM_RENDERER below.
    "django.forms",
    "csp",
    # The editor of body texts (core.rich_text), served from the site's own static files.
    "django_prose_editor",
    # Revisions of the content: history, comparison, restoring, recovering deleted objects.
    "reversion",
    "reversion_compare",
    # Failed sign-ins limited per user name and address; codes of authenticator apps (TOTP).
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    # Running the site (outage page, error mails, limits, sessions), then the shared app: content apps
    # build on both, and register their parts in this order.
    "operations",
    # Images and documents, below every page: the shared app and the content apps attach them.
    "uploads",
    "core",
    # Publication windows, addresses that last, previews and share links: content apps build on it.
    "publishing",
    # What translators still have to do: missing and outdated English texts.
    "translations",
    "checks",
    "translation_files",
    # The translators' page per object and language (admin/translate/…).
    "workbench",
    # The link checker (`manage.py check_links`, daily).
    "links",
    # Review dates: what is due, the reminder (`manage.py remind_reviews`, daily), one-click confirmation.
    "reviews",
    # The audit log: sign-ins, lockouts, roles, two-factor devices, publishing, restores, deletions.
    "audit",
    # Sign-off (four eyes, off by default): editors' changes to public content wait for "Freigabe".
    "signoff",
    # The search, on which the content apps register what they offer.
    "search",
    # The editors' workplace: the admin's base classes, roles, history, translation status.
    "workplace",
    "partnerships",
    "milestones",
    "stories",
    "events",
    "calendars",
    "signups",
    # E-mail alerts: subscriptions with double opt-in, announcements, mails sent outside requests.
    "alerts",
    # Statistics without tracking: views per page and day, counted on the server (visits.counting).
    "visits",
    # A weak connection: pages kept for reading offline (a service worker), thumbnails on Save-Data.
    "offline",
    "notices",
    "pages",
    "feedback",
]

MIDDLEWARE = [
    # First: counts the answers to visitors, those from the page cache too (no cookie, no address).
    "visits.counting.VisitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # WhiteNoise answers static files before sessions or locale are looked at.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every answer, and 304 to a revalidation, cached pages included.
    "django.middleware.http.ConditionalGetMiddleware",
    # Public pages for anonymous visitors, before sessions, CSRF, authentication and the database.
    "operations.page_cache.PageCacheMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware after sessions (it may read them) and before CommonMiddleware, so that
    # the redirect of "/" to a language prefix happens before any slash handling.
    "operations.languages.PublicLanguagesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Knows whether the signed-in user gave the second factor.
    "django_otp.middleware.OTPMiddleware",
    # Who acts in this request, for the audit log's receivers of model signals.
    "audit.record.AuditMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After locale (the 503 page speaks the visitor's language) and authentication (staff get through).
    "notices.middleware.NoticeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: answers a locked-out sign-in with its own page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out user name at that address before the password is even checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "arnsberg_site.urls"
# Where the admin lives: set per deployment, so that its address is not the one every bot tries.
ADMIN_PATH = env_str("DJANGO_ADMIN_PATH", "admin").strip("/") + "/"
WSGI_APPLICATION = "arnsberg_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Widgets render with the site's templates, so that templates/ can override one (core.filters).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {
    "default": database_settings(
        env_str("DATABASE_URL") or None,
        data_dir=Path(env_str("DATABASE_EMBEDDED_DIR") or VAR_DIR / "pgdata"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        # Seconds. Pages take milliseconds; a database that takes longer is treated as unavailable.
        connect_timeout=env_int("DATABASE_CONNECT_TIMEOUT", 2),
        statement_timeout=env_int("DATABASE_STATEMENT_TIMEOUT", 5),
        # Runs of a query on a connection before the server keeps its plan; 0: never (arnsberg_site.db).
        prepare_threshold=env_int("DATABASE_PREPARE_THRESHOLD", 2),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# German first: it is the city's language and the last fallback for untranslated content. The content
# is kept in the partners' languages too (Kiswahili for Morogoro, Romanian for Alba Iulia): their columns
# exist from the start, so that switching one on (DJANGO_LANGUAGE_SW, DJANGO_LANGUAGE_RO) needs no
# migration. A missing partner-language text falls back to English, then German (MODELTRANSLATION_…).
LANGUAGE_CODE = "de"
CONTENT_LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("sw", _("Kiswahili")),
    ("ro", _("Romanian")),
]
SWITCHED_ON = {"sw": env_bool("DJANGO_LANGUAGE_SW", False), "ro": env_bool("DJANGO_LANGUAGE_RO", False)}
# The public languages: the site's pages, the switcher, hreflang, the sitemap, the admin's tabs.
LANGUAGES = [(code, name) for code, name in CONTENT_LANGUAGES if SWITCHED_ON.get(code, True)]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates in English as the site writes them everywhere ("2 December 2026"): arnsberg_site/formats/en.
FORMAT_MODULE_PATH = ["arnsberg_site.formats"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "de"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in CONTENT_LANGUAGES)
# Partners read English better than German: their languages fall back to English first.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("de",), "sw": ("en", "de"), "ro": ("en", "de")}
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT") or BASE_DIR / "media")
# Every upload is asked for at /media/ and answers as its object's rule says (uploads.media_access). The
# file itself is sent by Django (`make run`: DJANGO_SERVE_MEDIA=1), or behind nginx by nginx from an
# internal location that only the site's X-Accel-Redirect reaches (deploy/nginx.conf).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", DEBUG)
MEDIA_INTERNAL_URL = "/internal-media/"
STORAGES = {
    "default": {"BACKEND": "uploads.media_access.ShareAwareStorage"},
    # Hashed names let WhiteNoise send far-future, immutable cache headers.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security. HTTPS is assumed outside debug; `make run` on plain http turns it off with DJANGO_HTTPS=0.
HTTPS = env_bool("DJANGO_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain http
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
# The one address the site is known by (arnsberg_site.env.site_url): canonical and hreflang links,
# feeds, calendars, sitemaps and mails are built from it, never from the Host or scheme a request
# claims, which the page cache would hand on to every later visitor.
SITE_URL = site_url(env_str("DJANGO_SITE_URL"), ALLOWED_HOSTS, HTTPS)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# Nothing is loaded from another host: fonts, images, scripts and styles are the site's own.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        # A nonce only where a page asks for one: the admin's text editor loads its modules through an
        # inline import map (workplace.admin.ContentAdmin). Public pages have no inline script at all.
        "script-src": [SELF, NONCE],
        # The editor (tiptap in django-prose-editor 0.28) injects ProseMirror's base style as a <style>
        # element; its hash allows exactly that text. A browser test watches for CSP violations.
        "style-src": [SELF, "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Without a mail server named (DJANGO_EMAIL_HOST), every mail is written to a file in var/mail/: a
# newcomer's sign-up or report can be followed there, and nothing is lost.
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("DJANGO_EMAIL_HOST")
    else "django.core.mail.backends.filebased.EmailBackend",
)
EMAIL_FILE_PATH = Path(env_str("DJANGO_EMAIL_FILE_PATH") or VAR_DIR / "mail")
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "webmaster@arnsberg.de")
# A mail server that does not answer holds a request (the feedback form's mails) at most this long.
EMAIL_TIMEOUT = env_int("DJANGO_EMAIL_TIMEOUT", 10)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ADMINS = [("Webmaster", address) for address in env_list("DJANGO_ADMINS")]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "outages": {"()": "operations.outage.OutageLogFilter"},
        "one_line": {"()": "operations.error_mail.OneLine"},
        "refusals": {"()": "operations.error_mail.QuietRefusals"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "console_one_line": {"class": "logging.StreamHandler", "filters": ["one_line"]},
        # Errors mailed to ADMINS: one per kind of error per period, with a count (operations.error_mail).
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "operations.error_mail.ThrottledAdminEmailHandler",
            "period": env_int("DJANGO_ERROR_MAIL_MINUTES", 10) * 60,
        },
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Replaces Django's default handlers of this logger (which mail every error); logs to the root.
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        # A request that failed because the database is away, and a refusal (403, 400): one line, not a
        # traceback (operations.outage, operations.error_mail).
        "django.request": {"filters": ["outages", "refusals"]},
        # A bad Host, a path out of the uploads folder, a forged cookie: what visitors send, not a fault
        # of the site. One line each, no traceback, no mail (a scan sends hundreds).
        "django.security": {"handlers": ["console_one_line"], "propagate": False},
        "pgserver": {"level": "WARNING"},
    },
}

# The cache every worker shares (the page cache, operations.page_cache): Redis when REDIS_URL is set (several
# servers), files under var/ otherwise. A cache belongs to one database: its keys name it.
REDIS_URL = env_str("REDIS_URL")
_database = DATABASES["default"]
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        # A Redis that is away costs a request half a second at most; the page is then rendered.
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    if REDIS_URL
    else {
        # Django's file cache as it is: it counts its files at every write (0.8 ms at 800), so it
        # keeps a thousand; a site with more pages, or several servers, sets REDIS_URL.
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache" / "pages",
        "OPTIONS": {"MAX_ENTRIES": 1000},
    },
    # Copies of pages a worker read from the shared cache, in its memory (operations.page_cache.read_copy).
    "pages_in_this_worker": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
        "OPTIONS": {"MAX_ENTRIES": 200},
    },
    # Files, so that every worker process sees which errors were mailed (operations.error_mail).
    "error_mail": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache" / "error-mail",
    },
}
CACHES["default"]["KEY_PREFIX"] = f"{_database['HOST']}:{_database['PORT']}/{_database['NAME']}"
# How long a public page may come from the cache at most (seconds; 0: no page cache), and how long
# nginx or a CDN may keep it without asking (s-maxage).
# Off by default with debug (`make dev`), where templates change under a running server.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 0 if DEBUG else 600)
SHARED_CACHE_SECONDS = env_int("DJANGO_SHARED_CACHE_SECONDS", 10)
# The query parameters public pages read (search and its pages, the timeline's filter); an address with
# any other is rendered every time, so that made-up addresses cannot crowd the cache.
PAGE_CACHE_QUERY_PARAMETERS = {"q", "page", "year", "partnership"}
# The browser features the site never uses are switched off for it and anything it might embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

# modeltranslation's tabbed admin needs jQuery UI and would take it from a CDN (these settings carry
# no prefix); the site serves its own copy, and Django's jQuery.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.tabs.js"
JQUERY_URL = "admin/js/vendor/jquery/jquery.min.js"

# Sign-in: after AXES_FAILURE_LIMIT wrong passwords for one user name from one address, that pair is
# locked for a while; colleagues at the same address and the same user elsewhere can still sign in.
# `manage.py axes_reset_username NAME` lifts a lock at once.
AXES_FAILURE_LIMIT = env_int("DJANGO_LOGIN_FAILURE_LIMIT", 10)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=env_int("DJANGO_LOGIN_LOCKOUT_MINUTES", 30))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
# Passwords are never written to the log of failed attempts.
AXES_SENSITIVE_PARAMETERS = ["password"]
AXES_VERBOSE = False
# Behind the reverse proxy, the client's address is in X-Real-IP (operations.clients); also for feedback.spam.
AXES_CLIENT_IP_CALLABLE = "operations.clients.client_address"
# Two-factor sign-in: staff with an authenticator app always enter its code; this makes it a must.
REQUIRE_TWO_FACTOR = env_bool("DJANGO_REQUIRE_TWO_FACTOR", False)
OTP_TOTP_ISSUER = "Stadt Arnsberg – Partnerschaften"
# Sessions in the database, a cookie that is no session key refused before the lookup (operations.sessions).
SESSION_ENGINE = "operations.sessions"
# After signing in with no `next`, or one that leads off the site: the admin's start page.
LOGIN_REDIRECT_URL = f"/{ADMIN_PATH}"
# Password reset links by e-mail stay valid for a day.
PASSWORD_RESET_TIMEOUT = 24 * 3600

# How long a preview link of unpublished content works (days).
PREVIEW_LINK_SECONDS = env_int("DJANGO_PREVIEW_LINK_DAYS", 7) * 24 * 3600

# The feedback desk ("Barriere melden"): where reports go, the reply deadline (BITV NRW: one month), when
# the daily reminder starts, how long personal data of a closed case is kept, and the limit per sender.
FEEDBACK_EMAIL = env_str("DJANGO_FEEDBACK_EMAIL")
FEEDBACK_REPLY_MONTHS = env_int("DJANGO_FEEDBACK_REPLY_MONTHS", 1)
FEEDBACK_REMINDER_DAYS = env_int("DJANGO_FEEDBACK_REMINDER_DAYS", 7)
FEEDBACK_RETENTION_DAYS = env_int("DJANGO_FEEDBACK_RETENTION_DAYS", 180)
FEEDBACK_LIMIT_PER_HOUR = env_int("DJANGO_FEEDBACK_LIMIT_PER_HOUR", 5)
# Sign-ups for events: how long the confirmation link holds, how many sign-ups one sender may send an
# hour, and how many days after its date a sign-up is deleted (the privacy statement names it).
SIGNUP_CONFIRM_HOURS = env_int("DJANGO_SIGNUP_CONFIRM_HOURS", 48)
SIGNUP_LIMIT_PER_HOUR = env_int("DJANGO_SIGNUP_LIMIT_PER_HOUR", 10)
SIGNUP_RETENTION_DAYS = env_int("DJANGO_SIGNUP_RETENTION_DAYS", 30)

# Machine drafts for translators (translations.engines): "deepl" (DJANGO_DEEPL_API_KEY; the free API
# unless DJANGO_DEEPL_API_URL says otherwise) or "libretranslate" (a self-hosted one at
# DJANGO_LIBRETRANSLATE_URL, with DJANGO_LIBRETRANSLATE_API_KEY if it asks for one); empty: none, and
# the buttons are not there. A request waits TRANSLATION_ENGINE_TIMEOUT seconds at most.
TRANSLATION_ENGINE = env_str("DJANGO_TRANSLATION_ENGINE").lower()
DEEPL_API_KEY = env_str("DJANGO_DEEPL_API_KEY")
DEEPL_API_URL = env_str("DJANGO_DEEPL_API_URL") or "https://api-free.deepl.com"
LIBRETRANSLATE_URL = env_str("DJANGO_LIBRETRANSLATE_URL")
LIBRETRANSLATE_API_KEY = env_str("DJANGO_LIBRETRANSLATE_API_KEY")
TRANSLATION_ENGINE_TIMEOUT = env_int("DJANGO_TRANSLATION_ENGINE_TIMEOUT", 15)

# Visit statistics: seconds a worker keeps its counts before adding them to the database.
VISITS_FLUSH_SECONDS = env_int("DJANGO_VISITS_FLUSH_SECONDS", 60)

# E-mail alerts: how long a confirmation link holds (hours), days before an unconfirmed subscription is
# deleted, subscriptions per sender and hour, mails a run of send_alerts sends at most, and how often a
# mail an address's server refused is tried.
ALERTS_CONFIRM_HOURS = env_int("DJANGO_ALERTS_CONFIRM_HOURS", 48)
ALERTS_UNCONFIRMED_DAYS = env_int("DJANGO_ALERTS_UNCONFIRMED_DAYS", 3)
ALERTS_LIMIT_PER_HOUR = env_int("DJANGO_ALERTS_LIMIT_PER_HOUR", 5)
ALERTS_BATCH = env_int("DJANGO_ALERTS_BATCH", 200)
ALERTS_MOST_ATTEMPTS = env_int("DJANGO_ALERTS_MOST_ATTEMPTS", 5)

# Sign-off: with DJANGO_SIGN_OFF=1, publishing needs a second person (a member of the group "Freigabe").
SIGN_OFF = env_bool("DJANGO_SIGN_OFF", False)

# The audit log (audit): days an entry is kept (manage.py purge_audit_log, daily).
AUDIT_LOG_DAYS = env_int("DJANGO_AUDIT_LOG_DAYS", 365)

# Review dates ("Prüfen bis"): months after publishing, or after a review, until the next one; days
# ahead that the start page and the reminder (manage.py remind_reviews) list an entry.
REVIEW_MONTHS = env_int("DJANGO_REVIEW_MONTHS", 12)
REVIEW_NOTICE_DAYS = env_int("DJANGO_REVIEW_NOTICE_DAYS", 14)

# The link checker (links): a request to another site waits LINK_CHECK_TIMEOUT seconds at most, one
# site is asked one request after another with LINK_CHECK_PAUSE seconds between, at most
# LINK_CHECK_PER_HOST addresses a run (the rest in later runs). Machines of private networks are not
# asked unless LINK_CHECK_PRIVATE_NETWORKS (the checker is no way into the city's own network); with
# LINK_CHECK_EXTERNAL off, none but this site (a server without a way out).
LINK_CHECK_TIMEOUT = env_int("DJANGO_LINK_CHECK_TIMEOUT", 10)
LINK_CHECK_PAUSE = env_int("DJANGO_LINK_CHECK_PAUSE", 1)
LINK_CHECK_PER_HOST = env_int("DJANGO_LINK_CHECK_PER_HOST", 50)
LINK_CHECK_PRIVATE_NETWORKS = env_bool("DJANGO_LINK_CHECK_PRIVATE_NETWORKS", False)
LINK_CHECK_EXTERNAL = env_bool("DJANGO_LINK_CHECK_EXTERNAL", True)

# The general contact of the city's coordination of municipal development policy: shown on a
# partnership's page until editors name a contact person (and the admin's start page asks for it).
OFFICE_EMAIL = env_str("DJANGO_OFFICE_EMAIL")
OFFICE_PHONE = env_str("DJANGO_OFFICE_PHONE")

# Uploaded images: what the upload form accepts.
IMAGE_MAX_UPLOAD_BYTES = env_int("DJANGO_IMAGE_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
IMAGE_MAX_PIXELS = 40_000_000
IMAGE_RENDITION_WIDTHS = (160, 480, 800, 1200)
# Documents to download (PDF, ODT, DOCX, XLSX; uploads.documents).
DOCUMENT_MAX_UPLOAD_BYTES = env_int("DJANGO_DOCUMENT_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
# Where `make backup` writes its archives (operations.backups).
BACKUP_DIR = Path(env_str("DJANGO_BACKUP_DIR") or VAR_DIR / "backups")
# The sign-language video on the home page.
VIDEO_MAX_UPLOAD_BYTES = env_int("DJANGO_VIDEO_MAX_UPLOAD_BYTES", 300 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
