"""Images and documents: what editors upload, made safe and served by the rule of what holds it.

It holds photo renditions and their checks (images), PDF and office documents cleaned of authors'
names, scripts and attachments (documents, pdf_files, office_files), the `Download` attached to any
content, random file names and who may fetch a file (media_access), and the purge of files no row or
revision holds any more (file_retention). It must not hold pages, the admin or content types, and
imports no app of the site: `core` and the content apps build on it.
"""
